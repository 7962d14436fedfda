using System.Text.Json.Nodes;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace FocalBot.Bot.Tests.Meetings;

/// Invitees answer their convocation until the cut-off, reminded on a ladder; the office follows the answers. The clock
/// starts on Monday 23 November 2026.
public sealed class RespondRoutesTests : IDisposable
{
    readonly BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_member_answers_changes_the_answer_and_a_double_click_records_it_once()
    {
        var meeting = await _app.ConvenedAsync();
        var answer = new JsonObject { [MeetingForm.IdKey] = meeting.Id, [MeetingCards.ChoiceKey] = "Online" };

        await _app.PressAsync(MeetingRoutes.Rsvp, answer.DeepClone().AsObject(), fromAad: Payload.EliseAad);
        var again = (await _app.PressAsync(MeetingRoutes.Rsvp, answer.DeepClone().AsObject(), fromAad: Payload.EliseAad)).CardJson();
        var substitute = answer.With(MeetingCards.ChoiceKey, "Substitute").With(MeetingCards.SubstituteNameKey, "Marie Curie")
            .With(MeetingCards.SubstituteEmailKey, "marie.curie@interieur.example");
        await _app.PressAsync(MeetingRoutes.Rsvp, substitute, fromAad: Payload.EliseAad);

        Assert.Contains(MeetingTexts.RsvpSaved.Fr, again);
        var rsvp = (await _app.Service<IMeetingStore>().GetRsvpAsync(meeting.Id, "m-elise", default))!;
        Assert.Equal(RsvpChoice.Substitute, rsvp.Choice);
        Assert.Equal("Marie Curie", rsvp.Substitute!.Name);
        Assert.Equal("FR", rsvp.StateCode);
        Assert.Single(await _app.Service<IMeetingStore>().ListRsvpsAsync(meeting.Id, default));
    }

    [Fact]
    public async Task A_substitute_without_an_email_is_refused_and_nothing_changes()
    {
        var meeting = await _app.ConvenedAsync();

        var card = (await _app.PressAsync(MeetingRoutes.Rsvp, new JsonObject
        {
            [MeetingForm.IdKey] = meeting.Id, [MeetingCards.ChoiceKey] = "Substitute", [MeetingCards.SubstituteNameKey] = "Marie Curie",
        }, fromAad: Payload.JonasAad)).CardJson();

        Assert.Contains(MeetingTexts.Describe(RsvpRefusal.SubstituteInvalid, Language.En), card);
        Assert.Null(await _app.Service<IMeetingStore>().GetRsvpAsync(meeting.Id, "m-jonas", default));
    }

    [Fact]
    public async Task Answers_close_at_the_cut_off()
    {
        var meeting = await _app.ConvenedAsync();
        _app.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 15, 8, 0, 0, TimeSpan.Zero));

        var card = (await _app.PressAsync(MeetingRoutes.Rsvp, new JsonObject { [MeetingForm.IdKey] = meeting.Id, [MeetingCards.ChoiceKey] = "InPerson" }, fromAad: Payload.JonasAad)).CardJson();

        Assert.Contains(MeetingTexts.Describe(RsvpRefusal.CutOffPassed, Language.En, new DateOnly(2027, 3, 12)), card);
        Assert.Null(await _app.Service<IMeetingStore>().GetRsvpAsync(meeting.Id, "m-jonas", default));
    }

    [Fact]
    public async Task Reminders_follow_the_ladder_and_go_once()
    {
        await _app.OpenChatAsync(Payload.JonasAad);
        var meeting = await _app.ConvenedAsync();
        await _app.RunJobsAsync();

        // Ten working days after Monday 23 November: Monday 7 December. Jonas has not answered.
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.JonasAad)
            && s.AllText.Contains(MeetingTexts.NoAnswerReminder.Format(Language.En, "10th plenary meeting", new DateOnly(2027, 3, 15))));
        _ = meeting;
    }

    [Fact]
    public async Task The_status_counts_the_answers()
    {
        var meeting = await _app.ConvenedAsync();
        await _app.PressAsync(MeetingRoutes.Rsvp, new JsonObject { [MeetingForm.IdKey] = meeting.Id, [MeetingCards.ChoiceKey] = "InPerson" }, fromAad: Payload.JonasAad);

        var card = (await _app.PressAsync(MeetingRoutes.Status, new JsonObject { [MeetingForm.IdKey] = meeting.Id })).CardJson();

        Assert.Contains("\"title\":\"In person\",\"value\":\"1\"", card);
        Assert.Contains("\"title\":\"No answer yet\",\"value\":\"2\"", card);
        Assert.Contains("Jonas Weber (Germany)", card);
    }

    [Fact]
    public async Task Nothing_of_a_meeting_or_an_answer_reaches_the_logs()
    {
        const string sentinel = "SENTINEL-9c2e";
        await _app.OpenChatAsync(Payload.JonasAad);
        var meeting = await _app.ConvenedAsync(MeetingSteps.Plenary(items: ["Item " + sentinel]).With(MeetingForm.TitleEnKey, "Title " + sentinel));
        await _app.RunJobsAsync();

        await _app.PressAsync(MeetingRoutes.Rsvp, new JsonObject
        {
            [MeetingForm.IdKey] = meeting.Id, [MeetingCards.ChoiceKey] = "Substitute", [MeetingCards.SubstituteNameKey] = "Name " + sentinel,
            [MeetingCards.SubstituteEmailKey] = "sentinel-9c2e@example.org",
        }, fromAad: Payload.JonasAad);

        Assert.Equal(RsvpChoice.Substitute, (await _app.Service<IMeetingStore>().GetRsvpAsync(meeting.Id, "m-jonas", default))!.Choice);
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains(sentinel, StringComparison.OrdinalIgnoreCase) || l.Contains("Jonas Weber") || l.Contains("jonas.weber"));
    }

    [Fact]
    public async Task An_answer_that_keeps_losing_to_other_saves_is_not_confirmed()
    {
        var meeting = await _app.ConvenedAsync();
        var store = _app.Service<IMeetingStore>();
        _losing.Inner = store;   // a second host on the same meetings whose answer saves always lose

        using var losing = RequestApp.New().WithServices(s => s.AddSingleton<IMeetingStore>(_losing));
        var card = (await losing.PressAsync(MeetingRoutes.Rsvp, new JsonObject { [MeetingForm.IdKey] = meeting.Id, [MeetingCards.ChoiceKey] = "Online" }, fromAad: Payload.JonasAad)).CardJson();

        Assert.Contains(MeetingTexts.NotSaved.En, card);
        Assert.DoesNotContain(MeetingTexts.RsvpSaved.En, card);
        Assert.Null(await store.GetRsvpAsync(meeting.Id, "m-jonas", default));
    }

    readonly LosingRsvps _losing = new();

    /// A store whose answer saves always lose to someone else's (reads and other saves go to the real store).
    sealed class LosingRsvps : IMeetingStore
    {
        public IMeetingStore Inner { get; set; } = null!;
        public Task<Meeting?> GetAsync(string id, CancellationToken ct) => Inner.GetAsync(id, ct);
        public Task<IReadOnlyList<Meeting>> ListAsync(CancellationToken ct) => Inner.ListAsync(ct);
        public Task<SaveResult> SaveAsync(Meeting meeting, CancellationToken ct) => Inner.SaveAsync(meeting, ct);
        public Task<Rsvp?> GetRsvpAsync(string meetingId, string memberId, CancellationToken ct) => Inner.GetRsvpAsync(meetingId, memberId, ct);
        public Task<IReadOnlyList<Rsvp>> ListRsvpsAsync(string meetingId, CancellationToken ct) => Inner.ListRsvpsAsync(meetingId, ct);
        public Task<SaveResult> SaveRsvpAsync(Rsvp rsvp, CancellationToken ct) => Task.FromResult(SaveResult.Conflicted);
        public Task<AgendaSuggestion?> GetSuggestionAsync(string id, CancellationToken ct) => Inner.GetSuggestionAsync(id, ct);
        public Task<IReadOnlyList<AgendaSuggestion>> ListSuggestionsAsync(string meetingId, CancellationToken ct) => Inner.ListSuggestionsAsync(meetingId, ct);
        public Task<SaveResult> SaveSuggestionAsync(AgendaSuggestion suggestion, CancellationToken ct) => Inner.SaveSuggestionAsync(suggestion, ct);
        public Task<IReadOnlyList<ExternalParticipant>> ListExternalsAsync(string meetingId, CancellationToken ct) => Inner.ListExternalsAsync(meetingId, ct);
        public Task<SaveResult> SaveExternalAsync(ExternalParticipant external, CancellationToken ct) => Inner.SaveExternalAsync(external, ct);
        public Task<SaveResult> RemoveExternalAsync(ExternalParticipant external, CancellationToken ct) => Inner.RemoveExternalAsync(external, ct);
        public Task<Attendance?> GetAttendanceAsync(string meetingId, CancellationToken ct) => Inner.GetAttendanceAsync(meetingId, ct);
        public Task<SaveResult> SaveAttendanceAsync(Attendance attendance, CancellationToken ct) => Inner.SaveAttendanceAsync(attendance, ct);
    }
}
