using FocalBot.Bot.Outcomes;
using FocalBot.Bot.Tests.Groups;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Outcomes;

/// An owner marks an action done or asks for more time; the office hears of it once and grants or refuses; the owners
/// hear the answer once. A second press has no second effect; a member who is not an owner learns nothing.
public sealed class ActionStepsTests : IAsyncLifetime
{
    BotApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await OutcomeApp.StartAsync(ReportStatus.Issued);
        await _app.ActionAsync("a1");
    }

    public Task DisposeAsync() { _app.Dispose(); return Task.CompletedTask; }

    Task<FocalBot.Domain.Outcomes.FollowUpAction?> ActionAsync() => _app.Outcomes().GetActionAsync("a1", default);

    [Fact]
    public async Task Jonas_marks_it_done_with_a_note_and_the_office_hears_of_it_once()
    {
        var form = await _app.PressAsync(ActionRoutes.Doing, OutcomeApp.Ids("a1"), fromAad: Payload.JonasAad);
        var done = await _app.PressAsync(ActionRoutes.Done, OutcomeApp.Ids("a1", note: "Published on the ministry's site."), fromAad: Payload.JonasAad);
        await _app.RunJobsAsync();
        var again = await _app.PressAsync(ActionRoutes.Done, OutcomeApp.Ids("a1", note: "Twice."), fromAad: Payload.JonasAad);
        await _app.RunJobsAsync();

        Assert.Contains(ActionTexts.NoteLabel.En, form.CardText());
        Assert.Contains(ActionTexts.MarkedDone.En, done.CardText());
        Assert.Equal((ActionStatus.Done, "Published on the ministry's site.", "m-jonas"), ((await ActionAsync())!.Status, (await ActionAsync())!.DoneNote, (await ActionAsync())!.DoneBy));
        Assert.Equal(ActionTexts.Describe(ActionRefusal.AlreadyDone, Language.En), again.Message);
        var notice = Assert.Single(_app.ChatOf(Payload.SophieAad), s => s.Shown.Contains(ActionTexts.DoneNoticeTitle.En));
        Assert.Contains("Published on the ministry's site.", notice.Shown);
        Assert.Single(_app.ChatOf(GroupApp.ClaireAad), s => s.Shown.Contains(ActionTexts.DoneNoticeTitle.Fr));
        Assert.Single(await _app.Service<IAuditLog>().ListAsync(20, default), e => e is { Action: "action.done", ActorId: "m-jonas", SubjectId: "a1" });
    }

    [Fact]
    public async Task Done_without_a_note_shows_the_form_again_with_the_problem_and_changes_nothing()
    {
        var refused = await _app.PressAsync(ActionRoutes.Done, OutcomeApp.Ids("a1", note: "   "), fromAad: Payload.JonasAad);

        Assert.Contains(ActionTexts.Describe(ActionRefusal.NoteMissing, Language.En), refused.CardText());
        Assert.Contains(ActionTexts.DoneFormTitle.En, refused.CardText());
        Assert.Equal(ActionStatus.Open, (await ActionAsync())!.Status);
    }

    [Fact]
    public async Task A_focal_point_of_another_state_is_told_the_action_is_not_found_and_nothing_changes()
    {
        foreach (var verb in new[] { ActionRoutes.Doing, ActionRoutes.Done, ActionRoutes.Asking, ActionRoutes.Ask })
        {
            var refused = await _app.PressAsync(verb, OutcomeApp.Ids("a1", note: "Not mine."), fromAad: Payload.EliseAad);
            Assert.Equal(ActionTexts.NotFound.Fr, refused.Message);
        }

        Assert.Equal(ActionStatus.Open, (await ActionAsync())!.Status);
        Assert.Empty((await ActionAsync())!.Extensions);
    }

    [Fact]
    public async Task An_action_not_sent_yet_is_not_its_owners_to_see()
    {
        await _app.ActionAsync("a-draft", sent: false);

        var refused = await _app.PressAsync(ActionRoutes.Doing, OutcomeApp.Ids("a-draft"), fromAad: Payload.JonasAad);

        Assert.Equal(ActionTexts.NotFound.En, refused.Message);
    }

    [Fact]
    public async Task Jonas_asks_for_more_time_the_office_hears_once_and_grants_a_new_date_Jonas_hears_once()
    {
        var asked = await _app.PressAsync(ActionRoutes.Ask, OutcomeApp.Ids("a1", note: "The law changes in February."), fromAad: Payload.JonasAad);
        var twice = await _app.PressAsync(ActionRoutes.Ask, OutcomeApp.Ids("a1", note: "Again."), fromAad: Payload.JonasAad);
        await _app.RunJobsAsync();

        Assert.Contains(ActionTexts.Asked.En, asked.CardText());
        Assert.Equal(ActionTexts.Describe(ActionRefusal.AlreadyAsked, Language.En), twice.Message);
        var notice = Assert.Single(_app.ChatOf(Payload.SophieAad), s => s.Shown.Contains(ActionTexts.MoreTimeNoticeTitle.En));
        Assert.Contains("The law changes in February.", notice.Shown);
        Assert.Contains(ActionRoutes.Grant, notice.AllText);

        var granted = await _app.PressAsync(ActionRoutes.Grant, OutcomeApp.Ids("a1", request: 1, newDue: "2027-03-31"));
        var grantedTwice = await _app.PressAsync(ActionRoutes.Grant, OutcomeApp.Ids("a1", request: 1, newDue: "2027-04-30"));
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        Assert.Contains(ActionTexts.Granted.Format(Language.En, new DateOnly(2027, 3, 31)), granted.CardText());
        Assert.Equal(ActionTexts.Describe(ActionRefusal.NothingToAnswer, Language.En), grantedTwice.Message);
        var action = (await ActionAsync())!;
        Assert.Equal((ActionStatus.Open, new DateOnly(2027, 3, 31), ExtensionDecision.Granted), (action.Status, action.Due, action.Extensions[0].Decision));
        var answer = Assert.Single(_app.ChatOf(Payload.JonasAad), s => s.Shown.Contains(ActionTexts.AnswerTitle.En));
        Assert.Contains(ActionTexts.AnswerGranted.Format(Language.En, new DateOnly(2027, 3, 31)), answer.Shown);
        var audit = await _app.Service<IAuditLog>().ListAsync(20, default);
        Assert.Single(audit, e => e is { Action: "action.more-time", ActorId: "m-jonas" });
        Assert.Single(audit, e => e is { Action: "action.granted", ActorId: "m-sophie" });
    }

    [Fact]
    public async Task The_office_refuses_more_time_and_the_due_date_stands()
    {
        await _app.PressAsync(ActionRoutes.Ask, OutcomeApp.Ids("a1", note: "Busy."), fromAad: Payload.JonasAad);

        var refused = await _app.PressAsync(ActionRoutes.Refuse, OutcomeApp.Ids("a1", request: 1), fromAad: GroupApp.ClaireAad);
        await _app.RunJobsAsync();

        Assert.Contains(ActionTexts.Refused.Fr, refused.CardText());
        Assert.Equal((ActionStatus.Open, new DateOnly(2027, 1, 15)), ((await ActionAsync())!.Status, (await ActionAsync())!.Due));
        Assert.Contains(ActionTexts.AnswerRefused.Format(Language.En, new DateOnly(2027, 1, 15)),
            Assert.Single(_app.ChatOf(Payload.JonasAad), s => s.Shown.Contains(ActionTexts.AnswerTitle.En)).Shown);
    }

    [Fact]
    public async Task A_new_date_in_the_past_or_not_later_is_refused_and_changes_nothing()
    {
        await _app.PressAsync(ActionRoutes.Ask, OutcomeApp.Ids("a1", note: "Busy."), fromAad: Payload.JonasAad);

        var past = await _app.PressAsync(ActionRoutes.Grant, OutcomeApp.Ids("a1", request: 1, newDue: "2026-11-20"));
        var earlier = await _app.PressAsync(ActionRoutes.Grant, OutcomeApp.Ids("a1", request: 1, newDue: "2027-01-10"));
        var missing = await _app.PressAsync(ActionRoutes.Grant, OutcomeApp.Ids("a1", request: 1));

        Assert.All([past, earlier, missing], p => Assert.Equal(ActionTexts.Describe(ActionRefusal.NewDueNotLater, Language.En), p.Message));
        Assert.Equal(ActionStatus.MoreTimeAsked, (await ActionAsync())!.Status);
    }

    [Fact]
    public async Task Only_the_office_answers_a_request_for_more_time()
    {
        await _app.PressAsync(ActionRoutes.Ask, OutcomeApp.Ids("a1", note: "Busy."), fromAad: Payload.JonasAad);

        var refused = await _app.PressAsync(ActionRoutes.Grant, OutcomeApp.Ids("a1", request: 1, newDue: "2027-03-31"), fromAad: Payload.JonasAad);

        Assert.Equal(ActionTexts.OfficeOnly.En, refused.Message);
        Assert.Equal(ActionStatus.MoreTimeAsked, (await ActionAsync())!.Status);
    }

    [Fact]
    public async Task An_answer_that_comes_after_a_done_writes_nothing_to_the_owners()
    {
        await _app.PressAsync(ActionRoutes.Ask, OutcomeApp.Ids("a1", note: "Busy."), fromAad: Payload.JonasAad);
        await _app.PressAsync(ActionRoutes.Done, OutcomeApp.Ids("a1", note: "Done after all."), fromAad: Payload.JonasAad);
        await _app.RunJobsAsync();

        var late = await _app.PressAsync(ActionRoutes.Grant, OutcomeApp.Ids("a1", request: 1, newDue: "2027-03-31"));

        Assert.Equal(ActionTexts.Describe(ActionRefusal.NothingToAnswer, Language.En), late.Message);
        Assert.DoesNotContain(_app.ChatOf(Payload.SophieAad), s => s.Shown.Contains(ActionTexts.MoreTimeNoticeTitle.En));   // answered by the done
        Assert.Single(_app.ChatOf(Payload.SophieAad), s => s.Shown.Contains(ActionTexts.DoneNoticeTitle.En));
    }
}
