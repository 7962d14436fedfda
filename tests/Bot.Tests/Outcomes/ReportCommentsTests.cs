using System.Text.Json.Nodes;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Outcomes;
using FocalBot.Bot.Tests.Groups;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Outcomes;

/// The draft goes to the meeting's participants for comments until a deadline in working days, each once, in their
/// language; a comment reaches the office only; a late one is refused.
public sealed class ReportCommentsTests : IAsyncLifetime
{
    const string Sentinel = "SENTINEL-c0mment";
    BotApp _app = null!;
    readonly FaultyDeliveries.Switch _fault = new();

    static JsonObject Meeting => new() { [MeetingForm.IdKey] = OutcomeApp.MeetingId };

    /// A draft with two recommendations; Élise and Jonas recorded present (Sophie too, who wrote it).
    public async Task InitializeAsync()
    {
        _app = await OutcomeApp.StartAsync(ReportStatus.Draft, app => FaultyDeliveries.Install(app, _fault));
        Assert.IsType<SaveResult.Saved>(await _app.Service<IMeetingStore>().SaveAttendanceAsync(new Attendance
        {
            MeetingId = OutcomeApp.MeetingId,
            People = [Present("m-elise", "Élise Moreau"), Present("m-jonas", "Jonas Weber"), Present("m-sophie", "Sophie Laurent")],
        }, default));
    }

    static Attendee Present(string id, string name) => new() { Id = Attendee.MemberKey(id), Kind = AttendeeKind.Member, MemberId = id, Name = name, Present = true };

    public Task DisposeAsync() { _app.Dispose(); return Task.CompletedTask; }

    IEnumerable<FakeConnector.Sent> Sent(string aad, Text title, Language language) => _app.ChatOf(aad).Where(s => s.Shown.Contains(title.In(language)));

    async Task<FakeConnector.Sent> CirculateAsync()
    {
        var circulated = await _app.PressAsync(ReportRoutes.Circulate, Meeting);
        Assert.Contains(ReportTexts.Circulated.Format(Language.En, new DateOnly(2026, 12, 7), 2), circulated.CardText());
        await _app.RunJobsAsync();
        return Assert.Single(Sent(Payload.EliseAad, ReportTexts.SentTitle, Language.Fr));
    }

    static JsonObject CommentOn(FakeConnector.Sent card, string text, string about = "whole")
    {
        var data = ReportTests.ButtonData(new Pressed(System.Net.HttpStatusCode.OK, new JsonObject { ["type"] = Pressed.CardType, ["value"] = card.Card!.DeepClone() }), ReportRoutes.Comment);
        data[ReportForm.CommentKey] = text;
        data[ReportForm.AboutKey] = about;
        return data;
    }

    [Fact]
    public async Task The_draft_goes_once_to_each_participant_present_in_their_language_and_not_to_the_office()
    {
        var elise = await CirculateAsync();
        await _app.PressAsync(ReportRoutes.Circulate, Meeting);
        await _app.RunJobsAsync();

        var report = (await _app.Outcomes().GetReportAsync(OutcomeApp.MeetingId, default))!;
        Assert.Equal((ReportStatus.OpenForComments, new DateOnly(2026, 11, 23), new DateOnly(2026, 12, 7)), (report.Status, report.CirculatedOn, report.CommentsUntil));
        Assert.Contains("Désigner un tuteur sous 72 heures.", elise.Shown);
        Assert.Contains(ReportTexts.SentIntro.Format(Language.Fr, new DateOnly(2026, 12, 7)), elise.Shown);
        Assert.Single(Sent(Payload.JonasAad, ReportTexts.SentTitle, Language.En));
        Assert.Empty(Sent(Payload.SophieAad, ReportTexts.SentTitle, Language.En));
        Assert.Single(await _app.Service<IAuditLog>().ListAsync(20, default), e => e is { Action: "report.circulated", SubjectId: OutcomeApp.MeetingId });
    }

    [Fact]
    public async Task A_comment_reaches_the_office_only_once_for_a_double_press_and_is_audited_without_its_text()
    {
        var card = await CirculateAsync();

        var sent = await _app.PressAsync(ReportRoutes.Comment, CommentOn(card, $"Préciser la recommandation. {Sentinel}", "r1"), fromAad: Payload.EliseAad);
        var again = await _app.PressAsync(ReportRoutes.Comment, CommentOn(card, $"Préciser la recommandation. {Sentinel}", "r1"), fromAad: Payload.EliseAad);
        await _app.RunJobsAsync();

        Assert.Contains(ReportTexts.CommentSent.Fr, sent.CardText());
        Assert.Contains(ReportTexts.CommentAlreadySent.Fr, again.CardText());
        var comment = Assert.Single(await _app.Outcomes().ListCommentsAsync(OutcomeApp.MeetingId, default));
        Assert.Equal(("m-elise", 1, Language.Fr), (comment.MemberId, comment.RecommendationNumber, comment.Language));
        var notice = Assert.Single(Sent(Payload.SophieAad, ReportTexts.CommentNoticeTitle, Language.En));
        Assert.Contains(Sentinel, notice.Shown);
        Assert.Contains(ReportTexts.CommentFrom.Format(Language.En, "Élise Moreau", "France"), notice.Shown);
        Assert.Single(Sent(GroupApp.ClaireAad, ReportTexts.CommentNoticeTitle, Language.Fr));
        Assert.DoesNotContain(_app.ChatOf(Payload.JonasAad), s => s.AllText.Contains(Sentinel));
        Assert.DoesNotContain(_app.ChatOf(Payload.EliseAad), s => s.AllText.Contains(Sentinel));
        Assert.Single(await _app.Service<IAuditLog>().ListAsync(20, default), e => e is { Action: "report.commented", ActorId: "m-elise", SubjectType: "report-comment" });
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains(Sentinel) || l.Contains("Élise Moreau"));
    }

    [Fact]
    public async Task A_fault_after_the_comment_is_saved_loses_nothing_and_the_next_press_queues_it_for_the_office_once()
    {
        var card = await CirculateAsync();
        _fault.FailNext(ReportCommentCampaign.Prefix);

        var failed = await _app.PressAsync(ReportRoutes.Comment, CommentOn(card, "Préciser la recommandation."), fromAad: Payload.EliseAad);
        var comment = Assert.Single(await _app.Outcomes().ListCommentsAsync(OutcomeApp.MeetingId, default));
        Assert.DoesNotContain(ReportTexts.CommentSent.Fr, failed.ToJsonString());
        Assert.Empty(await _app.Deliveries().ListAsync(ReportCommentCampaign.Key(new(OutcomeApp.MeetingId, comment.Id)), default));

        var again = await _app.PressAsync(ReportRoutes.Comment, CommentOn(card, "Préciser la recommandation."), fromAad: Payload.EliseAad);
        await _app.PressAsync(ReportRoutes.Comment, CommentOn(card, "Préciser la recommandation."), fromAad: Payload.EliseAad);
        await _app.RunJobsAsync();

        Assert.Contains(ReportTexts.CommentAlreadySent.Fr, again.CardText());
        Assert.Single(await _app.Outcomes().ListCommentsAsync(OutcomeApp.MeetingId, default));
        Assert.Single(Sent(Payload.SophieAad, ReportTexts.CommentNoticeTitle, Language.En));
        Assert.Single(Sent(GroupApp.ClaireAad, ReportTexts.CommentNoticeTitle, Language.Fr));
    }

    [Fact]
    public async Task A_comment_after_the_deadline_is_refused_in_French_and_nothing_reaches_the_office()
    {
        var card = await CirculateAsync();
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 8, 8, 0, 0, TimeSpan.Zero));

        var refused = await _app.PressAsync(ReportRoutes.Comment, CommentOn(card, "Trop tard"), fromAad: Payload.EliseAad);
        await _app.RunJobsAsync();

        Assert.Equal(ReportTexts.Describe(ReportRefusal.CommentsClosed, Language.Fr), refused.Message);
        Assert.Empty(await _app.Outcomes().ListCommentsAsync(OutcomeApp.MeetingId, default));
        Assert.Empty(Sent(Payload.SophieAad, ReportTexts.CommentNoticeTitle, Language.En));
    }

    [Fact]
    public async Task On_the_deadlines_last_day_a_comment_is_still_taken()
    {
        var card = await CirculateAsync();
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 20, 0, 0, TimeSpan.Zero));

        var sent = await _app.PressAsync(ReportRoutes.Comment, CommentOn(card, "Just in time"), fromAad: Payload.JonasAad);

        Assert.Contains(ReportTexts.CommentSent.En, sent.CardText());
    }

    [Fact]
    public async Task An_empty_comment_is_refused_and_nothing_is_saved()
    {
        var card = await CirculateAsync();

        var refused = await _app.PressAsync(ReportRoutes.Comment, CommentOn(card, "   "), fromAad: Payload.EliseAad);

        Assert.Equal(ReportTexts.CommentMissing.Fr, refused.Message);
        Assert.Empty(await _app.Outcomes().ListCommentsAsync(OutcomeApp.MeetingId, default));
    }
}
