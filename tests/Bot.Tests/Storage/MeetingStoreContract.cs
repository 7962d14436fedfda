using FocalBot.Bot.Storage;
using FocalBot.Bot.Storage.SharePoint;
using FocalBot.Bot.Storage.Sqlite;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Storage;

/// What every meeting store does: meetings (agenda versions included), answers, suggestions and external participants
/// kept exactly as given, in the documented orders, with versioned saves.
public abstract partial class MeetingStoreContract
{
    protected abstract IMeetingStore Store { get; }

    protected static readonly DateOnly Opening = new(2027, 3, 15);

    protected static string Text(char c, int length) => new(c, length);

    protected static string Id(int i) => $"s-{i:x32}";

    internal static Meeting AMeeting(string id = "mt-1", DateOnly? opening = null) => new()
    {
        Id = id,
        Kind = MeetingKind.ThematicSession,
        Title = new BilingualText("Returns: **good practice** <b>after Dublin</b>", "Retours : « bonnes pratiques » 🇪🇺\nà l’étranger"),
        OpeningDay = opening ?? Opening,
        ClosingDay = (opening ?? Opening).AddDays(1),
        StartsAt = new TimeOnly(9, 30),
        EndsAt = new TimeOnly(17, 45, 30),
        TimeZoneId = "Europe/Paris",
        Place = "Palais de l’Europe, salle 5\n67075 Strasbourg <i>Cedex</i>",
        OnlineLink = "https://teams.example/l/meetup-join/19%3ameeting?context=%7b%22Tid%22%7d&x=<1>",
        WithExternals = true,
        // Group id and member ids at once: not a real audience, but every field must survive the store.
        Audience = new MeetingAudience(AudienceKind.ChosenMembers, "g-returns", ["m-elise", "m-jonas"]),
        Status = MeetingStatus.Cancelled,
        Sequence = 3,
        AgendaVersions =
        [
            new AgendaVersion { Number = 1, Items = [new("a", BilingualText.Of("Opening", "Ouverture")), new("b", BilingualText.Of("Dublin", ""))], IssuedOn = new(2027, 1, 20) },
            new AgendaVersion
            {
                Number = 2,
                Items =
                [
                    new("b", new BilingualText("Dublin — *transfers*", "Dublin : <u>transferts</u>\nsuite"))
                    {
                        Time = new AgendaTime(2, new TimeOnly(9, 30), new TimeOnly(10, 45)),
                        Chair = new AgendaPerson(AgendaPersonKind.Member, "m-sophie", "Sophie Laurent"),
                        Speakers =
                        [
                            new AgendaPerson(AgendaPersonKind.Member, "m-elise", "Élise « Moreau »") { StateCode = "FR" },
                            new AgendaPerson(AgendaPersonKind.External, "ex-1", "Ağa Ümit Çelik"),
                            AgendaPerson.Named("Dr **Berg** <b>UNHCR</b>"),
                        ],
                        Documents = [AgendaDocument.Link("Rapport 2026 — « final »\n<i>v2</i>", "https://coe.example/docs/r%C3%A9f?x=1&y=<2>")],
                    },
                    new("a", BilingualText.Of("Opening", "Ouverture")) { Time = new AgendaTime(2, new TimeOnly(11, 0), new TimeOnly(11, 15)) },
                    new("s-c", BilingualText.Of("", "Proposé")),
                ],
                IssuedOn = new(2027, 2, 3),
                Changes =
                [
                    new(AgendaChangeKind.Reworded, "b", 2, 1), new(AgendaChangeKind.Moved, "b", 2, 1), new(AgendaChangeKind.Retimed, "b", 2, 1),
                    new(AgendaChangeKind.ChairChanged, "b", 2, 1), new(AgendaChangeKind.SpeakersChanged, "b", 2, 1), new(AgendaChangeKind.DocumentsChanged, "b", 2, 1),
                    new(AgendaChangeKind.Retimed, "a", 1, 2), new(AgendaChangeKind.Added, "s-c", null, 3),
                ],
            },
        ],
        CreatedBy = "m-sophie",
        CreatedOn = new(2027, 1, 10),
        ConvenedBy = "m-marc",
        ConvenedOn = new(2027, 1, 20),
        LateReason = "Salle indisponible — « urgence »\n**voir** <a href=\"x\">note</a>",
        InviteeIds = ["m-jonas", "m-elise"],
        CancelledOn = new(2027, 2, 10),
    };

    internal static Rsvp AnRsvp(string memberId = "m-elise", string meetingId = "mt-1") => new()
    {
        MeetingId = meetingId,
        MemberId = memberId,
        Choice = RsvpChoice.Substitute,
        Substitute = new Substitute("Zoë O’Brien-Łukasiewicz", "Cheffe de bureau\n<b>adjointe</b>", "zoe.obrien@interieur.example"),
        StateCode = "FR",
        Role = MemberRole.FocalPoint,
        AnsweredAt = new DateTimeOffset(2027, 2, 1, 9, 15, 42, 123, TimeSpan.FromHours(1)),
    };

    internal static AgendaSuggestion ASuggestion(string id = "sg-1", string meetingId = "mt-1", DateOnly? on = null) => new()
    {
        Id = id,
        MeetingId = meetingId,
        ProposerId = "m-elise",
        Title = "Mineurs : **âge** <script>x</script>",
        Explanation = "Ligne 1\nLigne 2 — « guillemets » [lien](https://x.example)\n\n- point",
        Language = Language.Fr,
        SuggestedOn = on ?? new DateOnly(2027, 1, 25),
        Status = SuggestionStatus.Declined,
        MergedInto = "b",
        DeclineReason = "Déjà traité\nau point 2 <i>(Dublin)</i>",
        DecidedBy = "m-sophie",
        DecidedOn = new DateOnly(2027, 1, 28),
    };

    internal static ExternalParticipant AnExternal(string id = "ex-1", string name = "Ağa Ümit Çelik", string meetingId = "mt-1") => new()
    {
        Id = id,
        MeetingId = meetingId,
        Name = name,
        Title = "Chargé de mission\n<b>senior</b>",
        Organisation = "UNHCR — « Bureau de Genève »",
        Country = "Türkiye",
        Email = "a.celik@unhcr.example",
        AddedBy = "m-sophie",
        AddedOn = new DateOnly(2027, 2, 2),
    };

    [Fact]
    public async Task A_meeting_comes_back_exactly_as_saved_with_every_agenda_version()
    {
        var meeting = AMeeting();

        var saved = Assert.IsType<SaveResult.Saved>(await Store.SaveAsync(meeting, default));

        var read = (await Store.GetAsync("mt-1", default))!;
        Assert.Equal(saved.Version, read.Version);
        Assert.Equivalent(meeting with { Version = read.Version }, read, strict: true);
        Assert.Equal(meeting.AgendaVersions.Select(v => (v.Number, v.IssuedOn)), read.AgendaVersions.Select(v => (v.Number, v.IssuedOn)));
        Assert.Equal(meeting.AgendaVersions.SelectMany(v => v.Items), read.AgendaVersions.SelectMany(v => v.Items));
        Assert.Equal(meeting.AgendaVersions.SelectMany(v => v.Changes), read.AgendaVersions.SelectMany(v => v.Changes));
        Assert.Equal(meeting.Audience.MemberIds, read.Audience.MemberIds);
        Assert.Equal(meeting.InviteeIds, read.InviteeIds);
        Assert.Null(await Store.GetAsync("nobody", default));
    }

    [Fact]
    public async Task An_items_link_and_stored_file_come_back_as_saved_and_an_agenda_written_before_files_reads()
    {
        var file = new AgendaFile("0f8e7d6c5b4a39281706f5e4d3c2b1a0", "01ABCDEF-file", "Programme « détaillé ».pdf", "application/pdf", 1_258_291)
        {
            FileUrl = "https://coe.sharepoint.com/sites/focalbot/Exports/Meetings/mt-1/Documents/0f8e/Programme%20d%C3%A9taill%C3%A9.pdf",
        };
        var item = new AgendaItem("a", BilingualText.Of("Opening", "Ouverture"))
        {
            Documents = [AgendaDocument.Link("Note", "https://coe.example/note.pdf"), AgendaDocument.Stored("Programme « détaillé »", file)],
        };
        var meeting = AMeeting() with { Id = "mt-files", AgendaVersions = [AgendaVersion.Draft([item])] };

        await Store.SaveAsync(meeting, default);

        var read = (await Store.GetAsync("mt-files", default))!.CurrentAgenda.Items.Single();
        Assert.Equal(item, read);
        Assert.Equal(["01ABCDEF-file"], read.Documents.Select(d => d.FileId).OfType<string>());
        Assert.Null(read.Documents[0].File);
        // A link as stored before files existed: a title and an address, no "file" at all.
        var written = System.Text.Json.Nodes.JsonNode.Parse(MeetingJson.Write(meeting with { AgendaVersions = [AgendaVersion.Draft([item with { Documents = [item.Documents[0]] }])] }))!;
        var documents = written["agendaVersions"]![0]!["items"]![0]!["documents"]!.AsArray();
        documents[0]!.AsObject().Remove("file");
        var before = MeetingJson.ReadMeeting(written.ToJsonString(), "1");
        Assert.Equal([AgendaDocument.Link("Note", "https://coe.example/note.pdf")], before.CurrentAgenda.Items.Single().Documents);
    }

    [Fact]
    public async Task A_draft_with_nothing_optional_comes_back_as_saved()
    {
        var draft = new Meeting
        {
            Id = "mt-draft", Kind = MeetingKind.Plenary, Title = BilingualText.Of("Plenary"), OpeningDay = Opening, ClosingDay = Opening,
            TimeZoneId = "Europe/Paris", Audience = MeetingAudience.AllFocalPoints, AgendaVersions = [AgendaVersion.Draft([])],
        };

        await Store.SaveAsync(draft, default);

        var read = (await Store.GetAsync("mt-draft", default))!;
        Assert.Equivalent(draft with { Version = read.Version }, read, strict: true);
        Assert.True(read.IsAllDay);
    }

    [Fact]
    public async Task The_largest_meeting_fits_and_a_smaller_one_replaces_it()
    {
        var settings = MeetingSettings.Default;
        // Every item timed and chaired, and the most speakers and documents an agenda takes, each at its longest.
        var perItem = settings.MaxAgendaSpeakers / settings.MaxAgendaItems;
        AgendaPerson Person(int i) => new(AgendaPersonKind.External, Id(i), Text('n', MemberDetails.MaxName)) { StateCode = "FR" };
        AgendaItem Item(int i) => new(Id(i), new BilingualText(Text('e', settings.AgendaItemMaxLength), Text('é', settings.AgendaItemMaxLength)))
        {
            Time = new AgendaTime(2, new TimeOnly(9, 0).AddMinutes(i * 10), new TimeOnly(9, 10).AddMinutes(i * 10)),
            Chair = Person(i),
            Speakers = [.. Enumerable.Range(1, perItem).Select(n => Person(1000 * i + n))],
            Documents = i <= settings.MaxAgendaDocuments
                ? [new AgendaDocument(Text('d', settings.DocumentTitleMaxLength), "https://coe.example/" + Text('u', settings.DocumentLinkMaxLength - 20))] : [],
        };
        var kinds = Enum.GetValues<AgendaChangeKind>().Where(k => k is not (AgendaChangeKind.Added or AgendaChangeKind.Removed)).ToList();
        AgendaVersion Version(int number) => new()
        {
            Number = number,
            Items = [.. Enumerable.Range(1, settings.MaxAgendaItems).Select(Item)],
            IssuedOn = Opening.AddDays(-60 + number),
            Changes = number == 1 ? [] : [.. Enumerable.Range(1, settings.MaxAgendaItems).SelectMany(i => kinds.Select(k => new AgendaChange(k, Id(i), i, i)))],
        };
        var invitees = Enumerable.Range(1, 150).Select(i => $"m-{i:x32}").ToList();
        // Version 1 and a dozen revisions, each of the largest agenda: more than a meeting ever gets.
        var big = AMeeting() with
        {
            Title = new BilingualText(Text('t', settings.TitleMaxLength), Text('à', settings.TitleMaxLength)),
            Place = Text('p', settings.PlaceMaxLength),
            OnlineLink = "https://teams.example/" + Text('l', settings.LinkMaxLength - 22),
            LateReason = Text('r', settings.ReasonMaxLength),
            Audience = MeetingAudience.Members([.. invitees]),
            InviteeIds = invitees,
            AgendaVersions = [.. Enumerable.Range(1, 13).Select(Version)],
        };

        Assert.Empty(MeetingValidation.AgendaProblems(big.CurrentAgenda.Items, big, settings));
        Assert.InRange(MeetingJson.Write(big).Length, 1_250_000, 1_350_000);

        var saved = Assert.IsType<SaveResult.Saved>(await Store.SaveAsync(big, default));

        var read = (await Store.GetAsync(big.Id, default))!;
        Assert.Equivalent(big with { Version = read.Version }, read, strict: true);

        var small = AMeeting() with { Version = saved.Version };
        Assert.IsType<SaveResult.Saved>(await Store.SaveAsync(small, default));

        var after = (await Store.GetAsync(big.Id, default))!;
        Assert.Equivalent(small with { Version = after.Version }, after, strict: true);
    }

    [Fact]
    public async Task A_stale_meeting_save_loses_and_changes_nothing()
    {
        await Store.SaveAsync(AMeeting(), default);
        var read = (await Store.GetAsync("mt-1", default))!;
        Assert.IsType<SaveResult.Saved>(await Store.SaveAsync(read with { Place = "First" }, default));

        Assert.IsType<SaveResult.Conflict>(await Store.SaveAsync(read with { Place = "Second", Sequence = 9 }, default));

        var now = (await Store.GetAsync("mt-1", default))!;
        Assert.Equal(("First", 3), (now.Place, now.Sequence));
        Assert.IsType<SaveResult.Conflict>(await Store.SaveAsync(AMeeting("mt-never") with { Version = read.Version }, default));
        Assert.Null(await Store.GetAsync("mt-never", default));
    }

    [Fact]
    public async Task A_new_meeting_with_a_taken_id_is_a_duplicate_and_changes_nothing()
    {
        await Store.SaveAsync(AMeeting(), default);

        Assert.IsType<SaveResult.Duplicate>(await Store.SaveAsync(AMeeting() with { Place = "Other" }, default));

        Assert.Equal(AMeeting().Place, Assert.Single(await Store.ListAsync(default)).Place);
    }

    [Fact]
    public async Task A_revision_is_saved_with_its_meeting()
    {
        await Store.SaveAsync(AMeeting(), default);
        var read = (await Store.GetAsync("mt-1", default))!;
        var revision = new AgendaVersion { Number = 3, Items = [new("a", BilingualText.Of("Opening", "Ouverture"))], IssuedOn = new(2027, 2, 5), Changes = [new(AgendaChangeKind.Removed, "b", 1, null)] };

        Assert.IsType<SaveResult.Saved>(await Store.SaveAsync(read with { AgendaVersions = [.. read.AgendaVersions, revision] }, default));

        var now = (await Store.GetAsync("mt-1", default))!;
        Assert.Equal([1, 2, 3], now.AgendaVersions.Select(v => v.Number));
        Assert.Equivalent(revision, now.CurrentAgenda, strict: true);
    }

    [Fact]
    public async Task Meetings_are_listed_latest_opening_day_first_drafts_and_cancelled_ones_included()
    {
        await Store.SaveAsync(AMeeting("mt-march") with { Status = MeetingStatus.Convened }, default);
        await Store.SaveAsync(AMeeting("mt-november", new DateOnly(2026, 11, 30)) with { Status = MeetingStatus.Cancelled }, default);
        await Store.SaveAsync(AMeeting("mt-june", new DateOnly(2027, 6, 1)) with { Status = MeetingStatus.Draft }, default);
        await Store.SaveAsync(AMeeting("mt-march-too"), default);   // the same opening day, added later

        Assert.Equal(["mt-june", "mt-march-too", "mt-march", "mt-november"], (await Store.ListAsync(default)).Select(m => m.Id));
    }

    [Fact]
    public async Task A_moved_meeting_takes_its_new_place_in_the_list()
    {
        await Store.SaveAsync(AMeeting("mt-a"), default);
        await Store.SaveAsync(AMeeting("mt-b", Opening.AddDays(7)), default);
        var a = (await Store.GetAsync("mt-a", default))!;

        await Store.SaveAsync(a with { OpeningDay = Opening.AddDays(14), ClosingDay = Opening.AddDays(15) }, default);

        Assert.Equal(["mt-a", "mt-b"], (await Store.ListAsync(default)).Select(m => m.Id));
    }

    [Fact]
    public async Task An_answer_comes_back_exactly_as_saved_with_its_substitute()
    {
        var rsvp = AnRsvp();
        var plain = AnRsvp("m-jonas") with { Choice = RsvpChoice.Online, Substitute = null, StateCode = null, Role = MemberRole.Expert };

        var saved = Assert.IsType<SaveResult.Saved>(await Store.SaveRsvpAsync(rsvp, default));
        await Store.SaveRsvpAsync(plain, default);

        var read = (await Store.GetRsvpAsync("mt-1", "m-elise", default))!;
        Assert.Equal(saved.Version, read.Version);
        Assert.Equal(rsvp with { Version = read.Version }, read);
        Assert.Equal((rsvp.AnsweredAt.Ticks, rsvp.AnsweredAt.Offset), (read.AnsweredAt.Ticks, read.AnsweredAt.Offset));
        var other = (await Store.GetRsvpAsync("mt-1", "m-jonas", default))!;
        Assert.Equal(plain with { Version = other.Version }, other);
        Assert.Null(await Store.GetRsvpAsync("mt-1", "m-ana", default));
        Assert.Null(await Store.GetRsvpAsync("mt-2", "m-elise", default));
    }

    [Fact]
    public async Task The_largest_answer_fits()
    {
        var rsvp = AnRsvp() with
        {
            Substitute = new Substitute(Text('ñ', MemberDetails.MaxName), Text('\n', MemberDetails.MaxTitle), $"{Text('z', 64)}@{Text('d', 180)}.example"),
        };

        Assert.IsType<SaveResult.Saved>(await Store.SaveRsvpAsync(rsvp, default));

        var read = (await Store.GetRsvpAsync("mt-1", "m-elise", default))!;
        Assert.Equal(rsvp with { Version = read.Version }, read);
    }

    [Fact]
    public async Task A_second_first_answer_of_the_same_member_is_a_conflict_and_keeps_the_first()
    {
        await Store.SaveRsvpAsync(AnRsvp() with { Choice = RsvpChoice.InPerson, Substitute = null }, default);

        Assert.IsType<SaveResult.Conflict>(await Store.SaveRsvpAsync(AnRsvp(), default));

        Assert.Equal(RsvpChoice.InPerson, Assert.Single(await Store.ListRsvpsAsync("mt-1", default)).Choice);
    }

    [Fact]
    public async Task Two_first_answers_at_the_same_moment_store_one()
    {
        var results = await Task.WhenAll(
            Task.Run(() => Store.SaveRsvpAsync(AnRsvp() with { Choice = RsvpChoice.InPerson, Substitute = null }, default)),
            Task.Run(() => Store.SaveRsvpAsync(AnRsvp() with { Choice = RsvpChoice.Online, Substitute = null }, default)));

        Assert.Single(results, r => r is SaveResult.Saved);
        Assert.Single(results, r => r is SaveResult.Conflict);
        Assert.Single(await Store.ListRsvpsAsync("mt-1", default));
    }

    [Fact]
    public async Task A_stale_answer_loses_and_changes_nothing()
    {
        await Store.SaveRsvpAsync(AnRsvp(), default);
        var read = (await Store.GetRsvpAsync("mt-1", "m-elise", default))!;
        Assert.IsType<SaveResult.Saved>(await Store.SaveRsvpAsync(read with { Choice = RsvpChoice.NotAttending, Substitute = null }, default));

        Assert.IsType<SaveResult.Conflict>(await Store.SaveRsvpAsync(read with { Choice = RsvpChoice.Online, Substitute = null }, default));

        Assert.Equal(RsvpChoice.NotAttending, (await Store.GetRsvpAsync("mt-1", "m-elise", default))!.Choice);
    }

    [Fact]
    public async Task Answers_are_one_per_member_listed_for_their_meeting_only()
    {
        await Store.SaveRsvpAsync(AnRsvp("m-jonas"), default);
        await Store.SaveRsvpAsync(AnRsvp("m-elise"), default);
        await Store.SaveRsvpAsync(AnRsvp("m-ana", "mt-2"), default);
        await Store.SaveRsvpAsync(AnRsvp("m-elise", "mt-1-later"), default);

        Assert.Equal(["m-elise", "m-jonas"], (await Store.ListRsvpsAsync("mt-1", default)).Select(r => r.MemberId));
        Assert.All(await Store.ListRsvpsAsync("mt-1", default), r => Assert.Equal("mt-1", r.MeetingId));
        Assert.Equal(["m-ana"], (await Store.ListRsvpsAsync("mt-2", default)).Select(r => r.MemberId));
        Assert.Empty(await Store.ListRsvpsAsync("MT-1", default));
    }

    [Fact]
    public async Task A_suggestion_comes_back_exactly_as_saved_with_the_offices_decision()
    {
        var suggestion = ASuggestion();

        var saved = Assert.IsType<SaveResult.Saved>(await Store.SaveSuggestionAsync(suggestion, default));

        var read = (await Store.GetSuggestionAsync("sg-1", default))!;
        Assert.Equal(saved.Version, read.Version);
        Assert.Equal(suggestion with { Version = read.Version }, read);
        Assert.Null(await Store.GetSuggestionAsync("nobody", default));
    }

    [Fact]
    public async Task The_largest_suggestion_fits()
    {
        var settings = MeetingSettings.Default;
        var suggestion = ASuggestion() with
        {
            Title = Text('"', settings.SuggestionTitleMaxLength),
            Explanation = string.Concat(Enumerable.Repeat("é\n", settings.SuggestionExplanationMaxLength / 2)),
            DeclineReason = Text('\\', settings.ReasonMaxLength),
        };

        Assert.IsType<SaveResult.Saved>(await Store.SaveSuggestionAsync(suggestion, default));

        var read = (await Store.GetSuggestionAsync("sg-1", default))!;
        Assert.Equal(suggestion with { Version = read.Version }, read);
    }

    [Fact]
    public async Task A_stale_decision_loses_and_a_taken_suggestion_id_is_a_duplicate()
    {
        var pending = ASuggestion() with { Status = SuggestionStatus.Pending, MergedInto = null, DeclineReason = null, DecidedBy = null, DecidedOn = null };
        await Store.SaveSuggestionAsync(pending, default);
        var read = (await Store.GetSuggestionAsync("sg-1", default))!;
        Assert.IsType<SaveResult.Saved>(await Store.SaveSuggestionAsync(read with { Status = SuggestionStatus.Accepted }, default));

        Assert.IsType<SaveResult.Conflict>(await Store.SaveSuggestionAsync(read with { Status = SuggestionStatus.Declined, DeclineReason = "No" }, default));
        Assert.IsType<SaveResult.Duplicate>(await Store.SaveSuggestionAsync(pending with { Title = "Again" }, default));

        var now = (await Store.GetSuggestionAsync("sg-1", default))!;
        Assert.Equal((SuggestionStatus.Accepted, (string?)null, pending.Title), (now.Status, now.DeclineReason, now.Title));
    }

    [Fact]
    public async Task Suggestions_are_listed_oldest_first_for_their_meeting_only()
    {
        await Store.SaveSuggestionAsync(ASuggestion("sg-b", on: new DateOnly(2027, 1, 10)), default);
        await Store.SaveSuggestionAsync(ASuggestion("sg-a", on: new DateOnly(2027, 1, 5)), default);
        await Store.SaveSuggestionAsync(ASuggestion("sg-other", "mt-2", new DateOnly(2027, 1, 1)), default);
        await Store.SaveSuggestionAsync(ASuggestion("sg-c", on: new DateOnly(2027, 1, 10)), default);
        var b = (await Store.GetSuggestionAsync("sg-b", default))!;
        await Store.SaveSuggestionAsync(b with { Status = SuggestionStatus.Accepted }, default);   // a decision keeps its place

        Assert.Equal(["sg-a", "sg-b", "sg-c"], (await Store.ListSuggestionsAsync("mt-1", default)).Select(s => s.Id));
        Assert.Equal(["sg-other"], (await Store.ListSuggestionsAsync("mt-2", default)).Select(s => s.Id));
        Assert.Empty(await Store.ListSuggestionsAsync("mt-3", default));
    }

    [Fact]
    public async Task An_external_participant_comes_back_exactly_as_saved()
    {
        var external = AnExternal();
        var bare = new ExternalParticipant { Id = "ex-bare", MeetingId = "mt-1", Name = "N" };

        var saved = Assert.IsType<SaveResult.Saved>(await Store.SaveExternalAsync(external, default));
        await Store.SaveExternalAsync(bare, default);

        var read = await Store.ListExternalsAsync("mt-1", default);
        Assert.Equal(saved.Version, read[0].Version);
        Assert.Equal([external with { Version = read[0].Version }, bare with { Version = read[1].Version }], read);
    }

    [Fact]
    public async Task The_largest_external_participant_fits()
    {
        var external = AnExternal() with
        {
            Name = Text('ç', MemberDetails.MaxName),
            Title = Text('<', MemberDetails.MaxTitle),
            Organisation = Text('\t', MemberDetails.MaxOrganisation),
            Country = Text('ü', PersonDetails.MaxCountry),
            Email = $"{Text('a', 64)}@{Text('o', 180)}.example",
        };

        Assert.IsType<SaveResult.Saved>(await Store.SaveExternalAsync(external, default));

        var read = Assert.Single(await Store.ListExternalsAsync("mt-1", default));
        Assert.Equal(external with { Version = read.Version }, read);
    }

    [Fact]
    public async Task External_participants_are_listed_in_the_order_entered_for_their_meeting_only()
    {
        await Store.SaveExternalAsync(AnExternal("ex-1", "Zoé"), default);
        await Store.SaveExternalAsync(AnExternal("ex-2", "Anna"), default);
        await Store.SaveExternalAsync(AnExternal("ex-other", "Bo", "mt-2"), default);
        await Store.SaveExternalAsync(AnExternal("ex-3", "Marc"), default);
        var first = (await Store.ListExternalsAsync("mt-1", default))[0];
        await Store.SaveExternalAsync(first with { Name = "Zoé Martin" }, default);   // an edit keeps its place

        Assert.Equal(["Zoé Martin", "Anna", "Marc"], (await Store.ListExternalsAsync("mt-1", default)).Select(e => e.Name));
        Assert.Equal(["ex-other"], (await Store.ListExternalsAsync("mt-2", default)).Select(e => e.Id));
    }

    [Fact]
    public async Task A_stale_external_save_loses_and_a_taken_id_is_a_duplicate()
    {
        await Store.SaveExternalAsync(AnExternal(), default);
        var read = Assert.Single(await Store.ListExternalsAsync("mt-1", default));
        Assert.IsType<SaveResult.Saved>(await Store.SaveExternalAsync(read with { Country = "Norge" }, default));

        Assert.IsType<SaveResult.Conflict>(await Store.SaveExternalAsync(read with { Country = "Sverige" }, default));
        Assert.IsType<SaveResult.Duplicate>(await Store.SaveExternalAsync(AnExternal() with { Name = "Other" }, default));

        var now = Assert.Single(await Store.ListExternalsAsync("mt-1", default));
        Assert.Equal(("Norge", AnExternal().Name), (now.Country, now.Name));
    }

    [Fact]
    public async Task An_external_participant_is_removed_only_if_unchanged_since_read()
    {
        await Store.SaveExternalAsync(AnExternal(), default);
        await Store.SaveExternalAsync(AnExternal("ex-2", "Anna"), default);
        var read = (await Store.ListExternalsAsync("mt-1", default))[0];
        Assert.IsType<SaveResult.Saved>(await Store.SaveExternalAsync(read with { Country = "Norge" }, default));

        Assert.IsType<SaveResult.Conflict>(await Store.RemoveExternalAsync(read, default));
        var current = (await Store.ListExternalsAsync("mt-1", default))[0];
        Assert.Equal("Norge", current.Country);

        Assert.Equal("", Assert.IsType<SaveResult.Saved>(await Store.RemoveExternalAsync(current, default)).Version);

        Assert.Equal(["ex-2"], (await Store.ListExternalsAsync("mt-1", default)).Select(e => e.Id));
        Assert.IsType<SaveResult.Conflict>(await Store.RemoveExternalAsync(current, default));   // removed already
        Assert.IsType<SaveResult.Conflict>(await Store.RemoveExternalAsync(AnExternal("ex-never"), default));
        Assert.IsType<SaveResult.Duplicate>(await Store.SaveExternalAsync(AnExternal("ex-2"), default));
        Assert.IsType<SaveResult.Saved>(await Store.SaveExternalAsync(AnExternal() with { Country = "Again" }, default));   // its id is free again
    }
}

/// The stored document holds what the records hold, and nothing computed from it.
public sealed class MeetingStoreJsonTests
{
    [Fact]
    public void Computed_properties_stay_out_of_the_documents()
    {
        var meeting = MeetingJson.Write(MeetingStoreContract.AMeeting());
        var rsvp = MeetingJson.Write(MeetingStoreContract.AnRsvp() with { Choice = RsvpChoice.InPerson });

        Assert.DoesNotContain("currentAgenda", meeting);
        Assert.DoesNotContain("isAllDay", meeting);
        Assert.DoesNotContain("isEmpty", meeting);
        Assert.DoesNotContain("isAttending", rsvp);
        Assert.DoesNotContain("hasDetails", meeting);
        Assert.DoesNotContain("\"present\":[", MeetingJson.Write(MeetingStoreContract.AnAttendance()));
        Assert.Contains("\"agendaVersions\"", meeting);
    }

    [Fact]
    public void The_store_version_stays_out_of_the_documents()
    {
        var meeting = MeetingStoreContract.AMeeting() with { Version = "VERSION-7" };
        var rsvp = MeetingStoreContract.AnRsvp() with { Version = "VERSION-7" };
        var suggestion = MeetingStoreContract.ASuggestion() with { Version = "VERSION-7" };
        var external = MeetingStoreContract.AnExternal() with { Version = "VERSION-7" };

        Assert.All([MeetingJson.Write(meeting), MeetingJson.Write(rsvp), MeetingJson.Write(suggestion), MeetingJson.Write(external)],
            json => Assert.DoesNotContain("VERSION-7", json));
        Assert.Equal("v2", MeetingJson.ReadMeeting(MeetingJson.Write(meeting), "v2").Version);
    }

    [Fact]
    public void A_meeting_stored_before_agenda_details_existed_reads_with_untimed_items_and_its_changes()
    {
        // As the store held it before items had times, chairs, speakers and documents.
        const string stored = """
            {"id":"mt-old","kind":"Plenary","title":{"en":"Plenary","fr":"Plénière"},"openingDay":"2027-03-15","closingDay":"2027-03-15",
             "timeZoneId":"Europe/Paris","place":"Strasbourg","withExternals":false,"audience":{"kind":"AllFocalPoints","groupId":null,"memberIds":[]},
             "status":"Convened","sequence":0,"agendaVersions":[
               {"number":1,"items":[{"id":"a","title":{"en":"Opening","fr":"Ouverture"}}],"issuedOn":"2027-01-20","changes":[]},
               {"number":2,"items":[{"id":"a","title":{"en":"Opening","fr":"Ouverture"}},{"id":"b","title":{"en":"Returns","fr":""}}],
                "issuedOn":"2027-02-01","changes":[{"kind":"Added","itemId":"b","oldNumber":null,"newNumber":2}]}],
             "inviteeIds":["m-elise"]}
            """;

        var meeting = MeetingJson.ReadMeeting(stored, "7");

        Assert.Equal(["a", "b"], meeting.CurrentAgenda.Items.Select(i => i.Id));
        Assert.All(meeting.CurrentAgenda.Items, i => Assert.False(i.HasDetails));
        Assert.Empty(meeting.CurrentAgenda.Items[0].Speakers);
        Assert.Equal([new AgendaChange(AgendaChangeKind.Added, "b", null, 2)], meeting.CurrentAgenda.Changes);
        Assert.Equal(meeting.CurrentAgenda.Items, MeetingJson.ReadMeeting(MeetingJson.Write(meeting), "8").CurrentAgenda.Items);
    }
}

public sealed class SqliteMeetingStoreTests : MeetingStoreContract, IDisposable
{
    readonly SqliteTestDatabase _db = new();

    protected override IMeetingStore Store => new SqliteMeetingStore(_db.Database);

    public void Dispose() => _db.Dispose();
}

public sealed class SharePointMeetingStoreTests : MeetingStoreContract
{
    readonly GraphTestSite _site = new();

    protected override IMeetingStore Store => _site.Meetings();

    IEnumerable<GraphListEmulator.Recorded> Writes(ListSpec spec) => _site.RequestsTo(spec).Where(r => r.IsWrite);

    [Fact]
    public async Task Every_save_is_one_write()
    {
        var store = _site.Meetings();
        await _site.Lists.EnsureAsync(default);

        var meeting = (SaveResult.Saved)await store.SaveAsync(AMeeting(), default);
        await store.SaveAsync(AMeeting() with { Sequence = 4, Version = meeting.Version }, default);
        var rsvp = (SaveResult.Saved)await store.SaveRsvpAsync(AnRsvp(), default);
        await store.SaveRsvpAsync(AnRsvp() with { Choice = RsvpChoice.Online, Substitute = null, Version = rsvp.Version }, default);
        var suggestion = (SaveResult.Saved)await store.SaveSuggestionAsync(ASuggestion(), default);
        await store.SaveSuggestionAsync(ASuggestion() with { Title = "T", Version = suggestion.Version }, default);
        var external = (SaveResult.Saved)await store.SaveExternalAsync(AnExternal(), default);
        var edited = (SaveResult.Saved)await store.SaveExternalAsync(AnExternal() with { Country = "Norge", Version = external.Version }, default);
        await store.RemoveExternalAsync(AnExternal() with { Version = edited.Version }, default);
        var attendance = (SaveResult.Saved)await store.SaveAttendanceAsync(AnAttendance(), default);
        await store.SaveAttendanceAsync(AnAttendance() with { People = [], Version = attendance.Version }, default);

        Assert.Equal(["POST", "PATCH"], Writes(SharePointMeetingStore.Meetings).Select(w => w.Method));
        Assert.Equal(["POST", "PATCH"], Writes(SharePointMeetingStore.Answers).Select(w => w.Method));
        Assert.Equal(["POST", "PATCH"], Writes(SharePointMeetingStore.Suggestions).Select(w => w.Method));
        Assert.Equal(["POST", "PATCH", "DELETE"], Writes(SharePointMeetingStore.Externals).Select(w => w.Method));
        Assert.Equal(["POST", "PATCH"], Writes(SharePointMeetingStore.Attendances).Select(w => w.Method));
    }

    [Fact]
    public async Task A_meeting_too_large_for_its_list_is_refused_before_anything_is_written()
    {
        var huge = AMeeting() with { LateReason = Text('x', 24 * 60_000) };

        await Assert.ThrowsAsync<InvalidOperationException>(() => _site.Meetings().SaveAsync(huge, default));

        Assert.Empty(Writes(SharePointMeetingStore.Meetings));
    }

    [Fact]
    public async Task A_first_answer_whose_reply_was_lost_and_resent_is_saved_once_not_a_conflict()
    {
        await _site.Lists.EnsureAsync(default);
        _site.Emulator.Fail(1, 503, GraphListEmulator.IsItemCreate, retryAfter: TimeSpan.Zero, afterApplying: true);

        var saved = Assert.IsType<SaveResult.Saved>(await _site.Meetings().SaveRsvpAsync(AnRsvp(), default));

        Assert.Equal(saved.Version, (await _site.Meetings().GetRsvpAsync("mt-1", "m-elise", default))!.Version);
        Assert.Single(_site.Emulator.List(_site.ListName(SharePointMeetingStore.Answers))!.Items);
    }

    [Fact]
    public async Task A_meeting_update_whose_reply_was_lost_and_resent_is_recognised_as_saved()
    {
        var first = (SaveResult.Saved)await _site.Meetings().SaveAsync(AMeeting(), default);
        _site.Emulator.Fail(1, 503, GraphListEmulator.IsFieldsUpdate, retryAfter: TimeSpan.Zero, afterApplying: true);

        var saved = Assert.IsType<SaveResult.Saved>(await _site.Meetings().SaveAsync(AMeeting() with { Sequence = 4, Version = first.Version }, default));

        var stored = (await _site.Meetings().GetAsync("mt-1", default))!;
        Assert.Equal((4, saved.Version), (stored.Sequence, stored.Version));
    }

    [Fact]
    public async Task A_removal_whose_reply_was_lost_and_resent_is_saved()
    {
        var saved = (SaveResult.Saved)await _site.Meetings().SaveExternalAsync(AnExternal(), default);
        _site.Emulator.Fail(1, 503, r => r.Method == HttpMethod.Delete, retryAfter: TimeSpan.Zero, afterApplying: true);

        Assert.IsType<SaveResult.Saved>(await _site.Meetings().RemoveExternalAsync(AnExternal() with { Version = saved.Version }, default));

        Assert.Empty(await _site.Meetings().ListExternalsAsync("mt-1", default));
    }
}
