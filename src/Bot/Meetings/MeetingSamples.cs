using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Members;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Groups;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// Every meeting card filled with sample data, for AllCards: rendered in tests in both languages, and walked for verbs.
public static partial class MeetingSamples
{
    /// The opening, chaired by the SRSG's office.
    static AgendaItem Opening => new("a1", new BilingualText("Opening", "Ouverture"))
    {
        Time = new AgendaTime(1, new TimeOnly(9, 30), new TimeOnly(10, 15)),
        Chair = new AgendaPerson(AgendaPersonKind.Member, "demo-sophie", "Sophie Laurent"),
    };

    public static Meeting Plenary { get; } = new()
    {
        Id = "sample-meeting",
        Kind = MeetingKind.Plenary,
        Title = new BilingualText("10th plenary meeting of the Network", "10e réunion plénière du Réseau"),
        OpeningDay = new DateOnly(2027, 3, 15),
        ClosingDay = new DateOnly(2027, 3, 16),
        StartsAt = new TimeOnly(9, 30),
        EndsAt = new TimeOnly(17, 0),
        TimeZoneId = "Europe/Paris",
        Place = "Palais de l’Europe, Room 9, Strasbourg",
        OnlineLink = "https://meet.example.org/plenary-10",
        Audience = MeetingAudience.AllFocalPoints,
        Status = MeetingStatus.Convened,
        AgendaVersions =
        [
            new AgendaVersion { Number = 1, IssuedOn = new DateOnly(2026, 12, 1), Items = [Opening with { Time = new AgendaTime(1, new TimeOnly(9, 30), new TimeOnly(10, 0)) }, new AgendaItem("a2", new BilingualText("**Return** policies <b>2026</b>", "Politiques de **retour**"))] },
            new AgendaVersion
            {
                Number = 2, IssuedOn = new DateOnly(2027, 1, 20),
                Items =
                [
                    Opening,
                    new AgendaItem("s-1", new BilingualText("", "Mineurs non accompagnés"))
                    {
                        Time = new AgendaTime(1, new TimeOnly(10, 15), new TimeOnly(12, 30)),
                        Chair = new AgendaPerson(AgendaPersonKind.Member, "demo-elise", "Élise Moreau") { StateCode = "FR" },
                        Speakers = [new AgendaPerson(AgendaPersonKind.Member, "demo-jonas", "Jonas Weber") { StateCode = "DE" }, AgendaPerson.Named("Dr Lena **Berg**, UNHCR")],
                        Documents = [AgendaDocument.Link("Age assessment: **practice** note", "https://coe.example/docs/age-assessment.pdf")],
                    },
                    new AgendaItem("a2", new BilingualText("Return policies", "Politiques de retour"))
                    {
                        Time = new AgendaTime(2, new TimeOnly(9, 30), new TimeOnly(12, 0)),
                        Documents =
                        [
                            AgendaDocument.Link("Draft recommendations", "https://coe.example/docs/returns.docx"), AgendaDocument.Link("Questionnaire 2026/07", "https://coe.example/docs/2026-07.xlsx"),
                            AgendaDocument.Stored("Return statistics 2026", new AgendaFile("0f8e7d6c5b4a39281706f5e4d3c2b1a0", "sample-file", "Return statistics 2026.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 48_000)),
                        ],
                    },
                ],
                Changes =
                [
                    new AgendaChange(AgendaChangeKind.Retimed, "a1", 1, 1), new AgendaChange(AgendaChangeKind.ChairChanged, "a1", 1, 1),
                    new AgendaChange(AgendaChangeKind.Added, "s-1", null, 2), new AgendaChange(AgendaChangeKind.Reworded, "a2", 2, 3), new AgendaChange(AgendaChangeKind.Moved, "a2", 2, 3),
                    new AgendaChange(AgendaChangeKind.SpeakersChanged, "a2", 2, 3), new AgendaChange(AgendaChangeKind.DocumentsChanged, "a2", 2, 3),
                ],
            },
        ],
        ConvenedOn = new DateOnly(2026, 12, 1),
        InviteeIds = ["demo-elise", "demo-jonas"],
        Version = "3",
    };

    static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static IEnumerable<(string Name, JsonObject Card)> Cards(Language language, SampleText typed)
    {
        var plenary = Typed(Plenary, typed);
        var settings = MeetingSettings.Default;
        var everyone = typed.Members(DemoNetwork.Members);
        var elise = everyone.Single(m => m.Id == "demo-elise");
        var jonas = everyone.Single(m => m.Id == "demo-jonas");
        var draft = plenary with { Status = MeetingStatus.Draft, AgendaVersions = [plenary.AgendaVersions[0] with { IssuedOn = null }], InviteeIds = [] };
        var rsvp = new Rsvp { MeetingId = plenary.Id, MemberId = elise.Id, Choice = RsvpChoice.Substitute, Substitute = new Substitute(typed.Text("Marc Dubois"), typed.Text("Adjoint"), typed.Text("marc.dubois@interieur.example")),
            StateCode = "FR", Role = MemberRole.FocalPoint, AnsweredAt = new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero) };
        var online = rsvp with { MemberId = jonas.Id, Choice = RsvpChoice.Online, Substitute = null, StateCode = "DE" };
        var suggestion = new AgendaSuggestion { Id = "sug-1", MeetingId = plenary.Id, ProposerId = elise.Id, Title = typed.Text("Mineurs non accompagnés"), Explanation = typed.Text("Échange sur les **pratiques** d’évaluation de l’âge."),
            Language = Language.Fr, SuggestedOn = new DateOnly(2026, 12, 3) };
        var timing = new ConvocationTiming(new DateOnly(2027, 1, 29), 46, false, false);
        var late = new ConvocationTiming(new DateOnly(2026, 11, 20), -1, true, true);
        var cutOff = new DateOnly(2027, 3, 12);
        var until = new DateOnly(2027, 2, 12);

        yield return ("meetings.form", MeetingCards.Form(MeetingForm.New("Europe/Paris"), everyone, [], [], settings, language));
        yield return ("meetings.form-problems", MeetingCards.Form(MeetingForm.Of(draft) with { TitleEn = "" }, everyone, [],
            [MeetingTexts.Describe(new MeetingIssue(MeetingProblem.TitleMissing), language), MeetingTexts.Describe(new MeetingIssue(MeetingProblem.AgendaItemEmpty, 2), language)], settings, language));
        foreach (var sample in GroupSamples(draft, everyone, typed, language)) yield return sample;
        yield return ("meetings.draft", MeetingCards.Draft(draft, 46, timing, new PlenaryYearCheck(2027, 1, 2), [], null, language));
        yield return ("meetings.draft-late", MeetingCards.Draft(draft, 46, late, null, [MeetingTexts.Describe(MeetingRefusal.LateReasonMissing, language)], MeetingTexts.ChangedMeanwhile.In(language), language));
        yield return ("meetings.convocation", MeetingCards.Convocation(plenary, null, cutOff, until, "https://focalbot.example/exports/ics?s=1", null, [], language,
            files: SampleFileLink));
        yield return ("meetings.convocation-answered", MeetingCards.Convocation(plenary, rsvp, cutOff, until, null, MeetingTexts.RsvpSaved.In(language),
            [MeetingTexts.Describe(RsvpRefusal.CutOffPassed, language, cutOff)], language));
        foreach (var sample in ChannelSamples(plenary, [elise, jonas], typed)) yield return sample;
        yield return ("meetings.suggest", MeetingCards.SuggestForm(plenary, "", "", language, [MeetingTexts.Describe(SuggestionRefusal.TitleMissing, language)], settings, language));
        yield return ("meetings.decision-declined", MeetingCards.Decision(plenary, suggestion with { Status = SuggestionStatus.Declined, DeclineReason = typed.Text("Already item 3.") }, language));
        yield return ("meetings.decision-merged", MeetingCards.Decision(plenary, suggestion with { Status = SuggestionStatus.Merged, MergedInto = "a2" }, language));
        foreach (var status in StatusSamples(plenary, (elise, rsvp), (jonas, online), suggestion, typed, language)) yield return status;
        yield return ("meetings.move", MeetingCards.MoveForm(plenary, MeetingForm.Of(plenary), [MeetingTexts.Describe(MeetingRefusal.LateReasonMissing, language)], settings, language));
        yield return ("meetings.external", MeetingCards.ExternalForm(plenary, null, [MeetingTexts.Describe(ExternalRefusal.Invalid, language)], language));
        yield return ("meetings.revise", MeetingCards.ReviseForm(plenary, MeetingForm.Of(plenary), [MeetingTexts.Describe(MeetingRefusal.NothingChanged, language)], settings, language));
        yield return ("meetings.revised", MeetingCards.Revised(plenary, language, files: SampleFileLink));
        yield return ("meetings.revised-office", MeetingCards.Revised(plenary, language, MeetingChannelTexts.WillPostLine.In(language)));
        yield return ("meetings.cancelled", MeetingCards.Cancelled(plenary with { Status = MeetingStatus.Cancelled }, "https://focalbot.example/exports/ics?s=2", language));
        yield return ("meetings.reminder", MeetingCards.Reminder(plenary, MeetingReminderKind.PracticalDetails, language));
        yield return ("meetings.participants", MeetingCards.ParticipantLinks(plenary, 31, "https://focalbot.example/exports/a?s=1", "https://focalbot.example/exports/b?s=2", language));
        yield return ("meetings.list", MeetingCards.List([plenary, draft with { Id = "d" }], new Dictionary<string, Rsvp> { [plenary.Id] = rsvp }, everyone.Single(m => m.Role == MemberRole.Office), language));
        foreach (var sample in AgendaSamples(plenary, draft, everyone, language)) yield return sample;
        foreach (var sample in AttendanceSamples(plenary, [rsvp, online], everyone, typed, language)) yield return sample;
        yield return ("meetings.notice", MeetingCards.Notice(MeetingTexts.ConvenedTitle.In(language),
            $"{MeetingTexts.ConvenedBody.Format(language, 46)} {Deliveries.DeliveryCards.ChannelLine(new ChannelPost(ChannelPostState.NoChannel), language)}", language));
    }

    /// What the network's channel shows: the bilingual post (also of a meeting titled in one language only), the
    /// mention line, and the replies for a revised agenda, a move and a cancellation.
    static IEnumerable<(string Name, JsonObject Card)> ChannelSamples(Meeting plenary, IReadOnlyList<Member> mentioned, SampleText typed)
    {
        yield return ("meetings.channel-post", MeetingChannelCards.Post(plenary));
        yield return ("meetings.channel-post-one-language", MeetingChannelCards.Post(plenary with { Title = typed.Bilingual(new BilingualText("", "Session thématique sur les **retours**")), Place = null }));
        yield return ("meetings.mention", MeetingChannelCards.Mention(plenary, mentioned));
        yield return ("meetings.channel-revised", MeetingChannelCards.Revised(plenary, plenary.AgendaVersions[1]));
        yield return ("meetings.channel-moved", MeetingChannelCards.Moved(plenary with { Sequence = 1, Place = typed.Text("Agora, **Room** G03, Strasbourg") }));
        yield return ("meetings.channel-cancelled", MeetingChannelCards.Cancelled(plenary with { Status = MeetingStatus.Cancelled, Sequence = 2 }));
    }

    /// A thematic session for a thematic group: the form with the group chosen (and the problem of one withdrawn since),
    /// and the draft naming the group.
    static IEnumerable<(string Name, JsonObject Card)> GroupSamples(Meeting draft, IReadOnlyList<Member> everyone, SampleText typed, Language language)
    {
        ThematicGroup Group(string id, string en, string fr) => new()
        {
            Id = id, NameEn = typed.Text(en)!, NameFr = typed.Text(fr)!, Purpose = typed.Text("Compare return practices.")!, Language = Language.En,
            Status = GroupStatus.Active, CreatedBy = "demo-sophie", CreatedOn = new DateOnly(2026, 11, 2),
            People = [new GroupMembership("demo-elise", GroupMemberStatus.Member, new DateOnly(2026, 11, 9)), new GroupMembership("demo-jonas", GroupMemberStatus.Member, new DateOnly(2026, 11, 9))],
        };
        var returns = Group("g-returns", "Return **policies**", "Politiques de **retour**");
        var minors = Group("g-minors", "Unaccompanied minors", "Mineurs non accompagnés");
        var session = draft with { Kind = MeetingKind.ThematicSession, Audience = MeetingAudience.Group(returns.Id) };
        var settings = MeetingSettings.Default;
        yield return ("meetings.form-group", MeetingCards.Form(MeetingForm.Of(session), everyone, [returns, minors], [], settings, language));
        yield return ("meetings.form-group-unavailable", MeetingCards.Form(MeetingForm.Of(session), everyone, [minors], [MeetingTexts.GroupUnavailable.In(language)], settings, language));
        yield return ("meetings.draft-group", MeetingCards.Draft(session, 2, new ConvocationTiming(new DateOnly(2027, 1, 29), 46, false, false), null, [], null, language, returns));
    }

    /// The office's status: with answers, suggestions, an external participant and every state of a channel post; a
    /// thematic session convened late with no channel; a session for some members, which has no post.
    static IEnumerable<(string Name, JsonObject Card)> StatusSamples(Meeting plenary, (Member Member, Rsvp Answer) elise, (Member Member, Rsvp Answer) jonas,
        AgendaSuggestion suggestion, SampleText typed, Language language)
    {
        var (rsvp, online) = (elise.Answer, jonas.Answer);
        yield return ("meetings.status", MeetingCards.Status(plenary, RsvpSummary.Of(plenary, [rsvp, online]), [elise, jonas],
            [(suggestion, elise.Member), (suggestion with { Id = "sug-2", Status = SuggestionStatus.Accepted }, jonas.Member)],
            [new ExternalParticipant { MeetingId = plenary.Id, Name = typed.Text("Dr Lena **Berg**"), Organisation = typed.Text("UNHCR"), Country = typed.Text("Switzerland") }],
            [
                (Deliveries.DeliveryTexts.ChannelFact.In(language), new ChannelPost(ChannelPostState.Posted)),
                (MeetingPosts.Label(new MeetingPost(MeetingPostKind.Agenda, "", 2), language), new ChannelPost(ChannelPostState.Uncertain, "HTTP 504", new DateTimeOffset(2027, 1, 20, 9, 5, 0, TimeSpan.Zero))),
                (MeetingPosts.Label(new MeetingPost(MeetingPostKind.Move, "", 1), language), new ChannelPost(ChannelPostState.NotPosted, NetworkChannel.Superseded)),
                (MeetingPosts.Label(new MeetingPost(MeetingPostKind.Move, "", 2), language), new ChannelPost(ChannelPostState.Waiting)),
            ], Paris, new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero), ["29:office"], language));
        yield return ("meetings.status-thematic", MeetingCards.Status(plenary with { Kind = MeetingKind.ThematicSession, WithExternals = true, LateReason = typed.Text("Venue confirmed late.") },
            RsvpSummary.Of(plenary, []), [], [], [], [(Deliveries.DeliveryTexts.ChannelFact.In(language), new ChannelPost(ChannelPostState.NoChannel, Configured: true))],
            Paris, new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero), [], language));
        yield return ("meetings.status-some-members", MeetingCards.Status(plenary with { Kind = MeetingKind.ThematicSession, Audience = MeetingAudience.Members("demo-elise") },
            RsvpSummary.Of(plenary, []), [], [], [], [(Deliveries.DeliveryTexts.ChannelFact.In(language), ChannelPost.NotForNetwork)],
            Paris, new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero), [], language));
    }

    /// The meeting with what the office typed given by `typed`.
    static Meeting Typed(Meeting m, SampleText typed) => m with
    {
        Title = typed.Bilingual(m.Title), Place = typed.Text(m.Place), LateReason = typed.Text(m.LateReason),
        AgendaVersions = [.. m.AgendaVersions.Select(v => v with { Items = [.. v.Items.Select(i => Typed(i, typed))] })],
    };

    /// A member's own link to a stored file, as AgendaFileLinks makes it.
    static string? SampleFileLink(AgendaDocument document) => document.File is { } f ? $"https://focalbot.example/exports/{f.FileId}?m=demo-elise&s=1" : null;

    /// An item with what the office typed (title, names, document titles) given by `typed`; links stay as checked.
    static AgendaItem Typed(AgendaItem i, SampleText typed) => i with
    {
        Title = typed.Bilingual(i.Title),
        Chair = i.Chair is { } c ? c with { Name = typed.Text(c.Name) } : null,
        Speakers = [.. i.Speakers.Select(s => s with { Name = typed.Text(s.Name) })],
        Documents = [.. i.Documents.Select(d => d with { Title = typed.Text(d.Title) })],
    };
}
