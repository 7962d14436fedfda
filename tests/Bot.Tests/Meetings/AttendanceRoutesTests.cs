using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Storage.Sqlite;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Shared;
using static FocalBot.Bot.Tests.Exports.OpenXmlFiles;
using Microsoft.Extensions.DependencyInjection;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FocalBot.Bot.Tests.Meetings;

/// The office records who attended the plenary of 15 and 16 March 2027 in Strasbourg (whole days, Paris time): Jonas
/// answered online, Élise sends Zoé in her place, Marc did not answer. The clock starts on Monday 23 November 2026.
public sealed class AttendanceRoutesTests : IDisposable
{
    const string Zoe = "Zoé SENTINEL-5c2e Laurent";
    static readonly DateTimeOffset DuringTheMeeting = new(2027, 3, 15, 9, 0, 0, TimeSpan.Zero);

    readonly BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    async Task<Meeting> AnsweredAsync()
    {
        var meeting = await _app.ConvenedAsync();
        await _app.PressAsync(MeetingRoutes.Rsvp, new JsonObject { [MeetingForm.IdKey] = meeting.Id, [MeetingCards.ChoiceKey] = "Online" }, fromAad: Payload.JonasAad);
        await _app.PressAsync(MeetingRoutes.Rsvp, new JsonObject
        {
            [MeetingForm.IdKey] = meeting.Id, [MeetingCards.ChoiceKey] = "Substitute", [MeetingCards.SubstituteNameKey] = Zoe,
            [MeetingCards.SubstituteTitleKey] = "Adjointe", [MeetingCards.SubstituteEmailKey] = "zoe.laurent@interieur.example",
        }, fromAad: Payload.EliseAad);
        return meeting;
    }

    JsonObject Ticks(params (string Id, bool Present)[] ticks)
    {
        var data = new JsonObject { [MeetingForm.IdKey] = MeetingSteps.Id };
        foreach (var (id, present) in ticks) data[MeetingCards.PresentKey(id)] = present ? "true" : "false";
        return data;
    }

    static readonly string Jonas = Attendee.MemberKey("m-jonas");
    static readonly string ZoeId = Attendee.SubstituteKey("m-elise");

    Task<Attendance?> StoredAsync() => _app.Service<IMeetingStore>().GetAttendanceAsync(MeetingSteps.Id, default);

    [Fact]
    public async Task Before_the_meeting_starts_nothing_is_recorded_and_the_office_is_told_when_it_can_be()
    {
        await AnsweredAsync();
        _app.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 14, 22, 59, 0, TimeSpan.Zero));   // 23:59 in Paris, the evening before

        var opened = await _app.PressAsync(MeetingRoutes.Attendance, new JsonObject { [MeetingForm.IdKey] = MeetingSteps.Id });
        var saved = await _app.PressAsync(MeetingRoutes.AttendanceSave, Ticks((Jonas, true)));

        Assert.Equal("Attendance is recorded from the meeting's start, 15 March 2027 at 00:00 where it is held. Nothing was recorded.", opened.Message);
        Assert.Equal(opened.Message, saved.Message);
        Assert.Null(await StoredAsync());
    }

    [Fact]
    public async Task The_list_starts_from_the_answers_and_the_same_ticks_sent_twice_are_recorded_once()
    {
        await AnsweredAsync();
        _app.Clock.SetUtcNow(DuringTheMeeting);

        var opened = (await _app.PressAsync(MeetingRoutes.Attendance, new JsonObject { [MeetingForm.IdKey] = MeetingSteps.Id })).CardText();
        var ticks = Ticks((Jonas, false), (ZoeId, true));
        ticks[MeetingCards.GenderKey(ZoeId)] = "Woman";
        ticks[MeetingCards.ConsentKey(ZoeId)] = "true";
        var first = await _app.PressAsync(MeetingRoutes.AttendanceSave, (JsonObject)ticks.DeepClone());
        var version = (await StoredAsync())!.Version;
        var second = await _app.PressAsync(MeetingRoutes.AttendanceSave, (JsonObject)ticks.DeepClone());

        Assert.Contains("Jonas Weber — Germany · answered: online", opened);
        Assert.Contains($"{Zoe} — France · substitute for Élise Moreau", opened);
        Assert.Contains(AttendanceTexts.NotSavedYet.En, opened);
        var stored = (await StoredAsync())!;
        Assert.Equal([(ZoeId, true, (Gender?)Gender.Woman), (Jonas, false, null)], stored.People.Select(p => (p.Id, p.Present, p.Gender)));
        Assert.Equal(version, stored.Version);
        Assert.Contains(AttendanceTexts.Saved.Format(Language.En, 1), first.CardText());
        Assert.Contains(AttendanceTexts.Saved.Format(Language.En, 1), second.CardText());
        Assert.Single(await _app.AuditAsync(), e => e is { Action: "meeting.attendance.recorded", SubjectId: MeetingSteps.Id });
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains("SENTINEL-5c2e"));

        var status = await _app.StatusAsync();
        Assert.Contains(MeetingSteps.Fact(AttendanceTexts.PresentFact.En, "1"), status);
        Assert.Contains("1 participant (1 woman) from 1 member state.", status);
    }

    [Fact]
    public async Task Ticks_from_a_card_drawn_before_a_colleagues_save_are_not_recorded_over_it()
    {
        await AnsweredAsync();
        _app.Clock.SetUtcNow(DuringTheMeeting);
        await _app.PressAsync(MeetingRoutes.AttendanceSave, Ticks((Jonas, true)));

        // Drawn before anything was saved, so it carries no version, and it says otherwise.
        var stale = await _app.PressAsync(MeetingRoutes.AttendanceSave, Ticks((Jonas, false)));

        Assert.Contains(MeetingTexts.ChangedMeanwhile.En, stale.CardText());
        Assert.True((await StoredAsync())!.People.Single(p => p.Id == Jonas).Present);
    }

    [Fact]
    public async Task Someone_neither_invited_and_attending_nor_a_walk_in_cannot_be_ticked_until_added_as_one()
    {
        await AnsweredAsync();
        _app.Clock.SetUtcNow(DuringTheMeeting);

        var refused = await _app.PressAsync(MeetingRoutes.AttendanceSave, Ticks((Jonas, true), (Attendee.MemberKey("m-marc"), true)));

        Assert.Contains(AttendanceTexts.Describe(AttendanceRefusal.NotExpected, Language.En), refused.CardText());
        Assert.Null(await StoredAsync());

        var form = await _app.PressAsync(MeetingRoutes.AttendanceSave, Ticks((Jonas, true)).With(MeetingCards.AttendanceThenKey, "walkin"));
        var add = form.Button(MeetingRoutes.WalkInAdd, (MeetingCards.WalkInMemberKey, "m-marc"));
        await _app.PressAsync(MeetingRoutes.WalkInAdd, (JsonObject)add.DeepClone());
        var again = await _app.PressAsync(MeetingRoutes.WalkInAdd, (JsonObject)add.DeepClone());

        Assert.Contains("Marc Dubois", form.CardJson());
        Assert.Contains(AttendanceTexts.WalkInAdded.Format(Language.En, "Marc Dubois"), again.CardText());
        var marc = Assert.Single((await StoredAsync())!.People, p => p.MemberId == "m-marc");
        Assert.Equal((AttendeeKind.WalkIn, true, "FR"), (marc.Kind, marc.Present, marc.StateCode!.Value));
        Assert.Single(await _app.AuditAsync(), e => e.Action == "meeting.attendance.walkin");
        var unticked = await _app.PressAsync(MeetingRoutes.AttendanceSave, Ticks((marc.Id, false)).With(MeetingCards.AttendanceVersionKey, (await StoredAsync())!.Version!));
        // Jonas ticked, Zoé present as her member's answer said, Marc no longer.
        Assert.Contains(AttendanceTexts.Saved.Format(Language.En, 2), unticked.CardText());
    }

    [Fact]
    public async Task An_outside_person_needs_a_kind_of_organisation_and_a_gender_needs_consent()
    {
        await AnsweredAsync();
        _app.Clock.SetUtcNow(DuringTheMeeting);
        var guest = new JsonObject
        {
            [MeetingForm.IdKey] = MeetingSteps.Id, [MeetingCards.WalkInIdKey] = "w-berg", [MeetingCards.WalkInNameKey] = "Dr Lena Berg",
            [MeetingCards.WalkInOrganisationKey] = "UNHCR", [MeetingCards.WalkInCountryKey] = "Switzerland", [MeetingCards.WalkInGenderKey] = "Woman",
        };

        var noKind = await _app.PressAsync(MeetingRoutes.WalkInAdd, guest.With(MeetingCards.WalkInConsentKey, "true"));
        var noConsent = await _app.PressAsync(MeetingRoutes.WalkInAdd, guest.With(MeetingCards.WalkInKindKey, "InternationalOrganisation"));
        var added = await _app.PressAsync(MeetingRoutes.WalkInAdd,
            guest.With(MeetingCards.WalkInKindKey, "InternationalOrganisation").With(MeetingCards.WalkInConsentKey, "true"));

        Assert.Contains(AttendanceTexts.Describe(AttendanceRefusal.OrganisationKindMissing, Language.En), noKind.CardText());
        Assert.Contains(AttendanceTexts.Describe(AttendanceRefusal.GenderWithoutConsent, Language.En), noConsent.CardText());
        Assert.Contains("\"value\":\"Dr Lena Berg\"", noConsent.CardJson());
        Assert.Contains(AttendanceTexts.WalkInAdded.Format(Language.En, "Dr Lena Berg"), added.CardText());
        var berg = Assert.Single((await StoredAsync())!.People, p => p.Kind == AttendeeKind.WalkIn);
        Assert.Equal(("UNHCR", "Switzerland", OrganisationKind.InternationalOrganisation, Gender.Woman, true),
            (berg.Organisation, berg.Country, berg.OrganisationKind!.Value, berg.Gender!.Value, berg.GenderConsent));
    }

    [Fact]
    public async Task A_walk_in_the_store_keeps_refusing_comes_back_as_typed_with_its_members_to_choose_from()
    {
        using var app = RequestApp.New().WithServices(s => s.AddSingleton<SqliteMeetingStore>()
            .AddSingleton<IMeetingStore>(sp => new AttendanceAlwaysChanged(sp.GetRequiredService<SqliteMeetingStore>())));
        await app.ConvenedAsync();
        app.Clock.SetUtcNow(DuringTheMeeting);

        var refused = await app.PressAsync(MeetingRoutes.WalkInAdd,
            new JsonObject { [MeetingForm.IdKey] = MeetingSteps.Id, [MeetingCards.WalkInIdKey] = "w-marc", [MeetingCards.WalkInMemberKey] = "m-marc" });

        Assert.Contains(MeetingTexts.NotSaved.En, refused.CardText());
        Assert.Contains("Marc Dubois (France)", refused.CardJson());   // still among the members to choose
        Assert.Contains("\"value\":\"m-marc\"", refused.CardJson());
        Assert.Null(await app.Service<IMeetingStore>().GetAttendanceAsync(MeetingSteps.Id, default));
    }

    /// The meeting store, but every attendance save finds the list changed meanwhile.
    sealed class AttendanceAlwaysChanged(IMeetingStore store) : IMeetingStore
    {
        public Task<SaveResult> SaveAttendanceAsync(Attendance attendance, CancellationToken ct) => Task.FromResult<SaveResult>(new SaveResult.Conflict());
        public Task<Attendance?> GetAttendanceAsync(string meetingId, CancellationToken ct) => store.GetAttendanceAsync(meetingId, ct);
        public Task<Meeting?> GetAsync(string id, CancellationToken ct) => store.GetAsync(id, ct);
        public Task<IReadOnlyList<Meeting>> ListAsync(CancellationToken ct) => store.ListAsync(ct);
        public Task<SaveResult> SaveAsync(Meeting meeting, CancellationToken ct) => store.SaveAsync(meeting, ct);
        public Task<Rsvp?> GetRsvpAsync(string meetingId, string memberId, CancellationToken ct) => store.GetRsvpAsync(meetingId, memberId, ct);
        public Task<IReadOnlyList<Rsvp>> ListRsvpsAsync(string meetingId, CancellationToken ct) => store.ListRsvpsAsync(meetingId, ct);
        public Task<SaveResult> SaveRsvpAsync(Rsvp rsvp, CancellationToken ct) => store.SaveRsvpAsync(rsvp, ct);
        public Task<AgendaSuggestion?> GetSuggestionAsync(string id, CancellationToken ct) => store.GetSuggestionAsync(id, ct);
        public Task<IReadOnlyList<AgendaSuggestion>> ListSuggestionsAsync(string meetingId, CancellationToken ct) => store.ListSuggestionsAsync(meetingId, ct);
        public Task<SaveResult> SaveSuggestionAsync(AgendaSuggestion suggestion, CancellationToken ct) => store.SaveSuggestionAsync(suggestion, ct);
        public Task<IReadOnlyList<ExternalParticipant>> ListExternalsAsync(string meetingId, CancellationToken ct) => store.ListExternalsAsync(meetingId, ct);
        public Task<SaveResult> SaveExternalAsync(ExternalParticipant external, CancellationToken ct) => store.SaveExternalAsync(external, ct);
        public Task<SaveResult> RemoveExternalAsync(ExternalParticipant external, CancellationToken ct) => store.RemoveExternalAsync(external, ct);
    }

    [Fact]
    public async Task Only_the_office_records_attendance_and_a_cancelled_meeting_has_none()
    {
        await AnsweredAsync();
        await _app.CancelAsync();
        _app.Clock.SetUtcNow(DuringTheMeeting);

        var member = await _app.PressAsync(MeetingRoutes.Attendance, new JsonObject { [MeetingForm.IdKey] = MeetingSteps.Id }, fromAad: Payload.JonasAad);
        var cancelled = await _app.PressAsync(MeetingRoutes.Attendance, new JsonObject { [MeetingForm.IdKey] = MeetingSteps.Id });

        Assert.Equal(MeetingTexts.OfficeOnly.En, member.Message);
        Assert.Equal(AttendanceTexts.Describe(AttendanceRefusal.Cancelled, Language.En), cancelled.Message);
    }

    [Fact]
    public async Task Once_attendance_is_recorded_the_list_of_participants_is_the_annex_of_those_present_with_the_counts()
    {
        await AnsweredAsync();
        _app.Clock.SetUtcNow(DuringTheMeeting);
        var ticks = Ticks((Jonas, true), (ZoeId, true));
        ticks[MeetingCards.GenderKey(ZoeId)] = "Woman";
        ticks[MeetingCards.ConsentKey(ZoeId)] = "true";
        await _app.PressAsync(MeetingRoutes.AttendanceSave, ticks);

        var card = await _app.PressAsync(MeetingRoutes.Participants, new JsonObject { [MeetingForm.IdKey] = MeetingSteps.Id });

        Assert.Contains(AttendanceTexts.AnnexReady.Format(Language.En, 2), card.CardText());
        var word = await _app.CreateClient().GetAsync(new Uri((string)card["value"]!["actions"]![0]!["url"]!).PathAndQuery);
        using var document = WordprocessingDocument.Open(new MemoryStream(await word.Content.ReadAsByteArrayAsync()), false);
        var rows = document.MainDocumentPart!.Document!.Body!.Elements<W.Table>().Single().Elements<W.TableRow>()
            .Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToArray()).ToList();
        Assert.Equal(["Name", "Organisation", "Title", "Country"], rows[0]);
        Assert.Equal([[Zoe, "", "Adjointe", "France"], ["Jonas Weber", "", "", "Germany"]], rows.Skip(1));
        Assert.Contains(new Para(null, "2 participants (gender recorded for 1: 1 woman) from 2 member states.", false),
            Paragraphs(await word.Content.ReadAsByteArrayAsync()).Select(p => p with { Italic = false }));
        Assert.DoesNotContain("Woman", document.MainDocumentPart.Document.InnerText);
        Assert.Empty(ValidationErrors(document));
    }
}
