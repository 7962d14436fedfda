using FocalBot.Bot.Outcomes;
using FocalBot.Bot.Tests.Groups;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Outcomes;

/// The job sends each action to its owners once its report is issued, and reminds them on the ladder (10 and 2 working
/// days before the due date, and the first working day it is overdue), each step once per owner: a second tick, a
/// day later or after a restart, sends nothing twice.
public sealed class ActionJobTests : IAsyncLifetime
{
    BotApp _app = null!;

    public async Task InitializeAsync() => _app = await OutcomeApp.StartAsync();

    public Task DisposeAsync() { _app.Dispose(); return Task.CompletedTask; }

    IEnumerable<FakeConnector.Sent> Jonas(Text title, params object[] args) =>
        _app.ChatOf(Payload.JonasAad).Where(s => s.Shown.Contains(title.Format(Language.En, args)));

    void On(int year, int month, int day) => _app.Clock.SetUtcNow(new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.Zero));

    async Task IssueAsync()
    {
        var report = (await _app.Outcomes().GetReportAsync(OutcomeApp.MeetingId, default))!;
        Assert.IsType<SaveResult.Saved>(await _app.Outcomes().SaveReportAsync(report with { Status = ReportStatus.Issued, IssuedOn = new DateOnly(2026, 11, 23) }, default));
    }

    [Fact]
    public async Task An_action_goes_to_its_owners_once_when_its_report_is_issued_in_each_ones_language()
    {
        await _app.PressAsync(ActionRoutes.Add, OutcomeApp.Form(owner: "state:FR"));
        await _app.PressAsync(ActionRoutes.Add, OutcomeApp.Form(id: "a-de"));
        await _app.RunJobsAsync();
        Assert.Empty(Jonas(ActionTexts.SentTitle));

        await IssueAsync();
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        var sent = Assert.Single(Jonas(ActionTexts.SentTitle));
        Assert.Contains("Share the national guardianship guidelines.", sent.Shown);
        Assert.Contains("Appoint a guardian within 72 hours.", sent.Shown);
        Assert.Contains(ActionRoutes.Doing, sent.AllText);
        Assert.Single(_app.ChatOf(Payload.EliseAad), s => s.Shown.Contains(ActionTexts.SentTitle.Fr) && s.Shown.Contains("Désigner un tuteur sous 72 heures."));
        Assert.Equal(new DateOnly(2026, 11, 23), (await _app.Outcomes().GetActionAsync("a-de", default))!.SentOn);
        Assert.DoesNotContain(_app.ChatOf(Payload.SophieAad), s => s.Shown.Contains(ActionTexts.SentTitle.En));
    }

    [Fact]
    public async Task The_owners_are_reminded_on_each_step_of_the_ladder_once_holidays_aside()
    {
        // Due Friday 15 January 2027. Ten working days before, with the year-end closure: Wednesday 30 December;
        // two before: Wednesday 13 January; overdue from Monday 18 January.
        await _app.ActionAsync("a1", due: new DateOnly(2027, 1, 15));

        On(2026, 12, 29); await _app.RunJobsAsync();
        Assert.Empty(Jonas(ActionTexts.ReminderTitle, new DateOnly(2027, 1, 15)));
        On(2026, 12, 30); await _app.RunJobsAsync(); await _app.RunJobsAsync();
        On(2027, 1, 4); await _app.RunJobsAsync();
        Assert.Single(Jonas(ActionTexts.ReminderTitle, new DateOnly(2027, 1, 15)));

        On(2027, 1, 13); await _app.RunJobsAsync();
        On(2027, 1, 15); await _app.RunJobsAsync();
        Assert.Equal(2, Jonas(ActionTexts.ReminderTitle, new DateOnly(2027, 1, 15)).Count());

        On(2027, 1, 18); await _app.RunJobsAsync(); await _app.RunJobsAsync();
        On(2027, 2, 1); await _app.RunJobsAsync();
        Assert.Single(Jonas(ActionTexts.OverdueTitle));
        foreach (var step in new[] { 10, 2, -1 })
        {
            var row = Assert.Single(await _app.Deliveries().ListAsync(ActionReminderCampaign.Key(new ActionReminder("a1", new DateOnly(2027, 1, 15), step)), default));
            Assert.Equal(("m-jonas", DeliveryStatus.Sent), (row.MemberId, row.Status));
        }
    }

    [Fact]
    public async Task A_reminder_queued_before_the_action_was_done_is_not_sent()
    {
        await _app.ActionAsync("a1", due: new DateOnly(2027, 1, 15));
        On(2027, 1, 13);
        await _app.Service<IEnumerable<FocalBot.Bot.Scheduling.IJob>>().OfType<ActionJob>().Single().RunAsync(_app.Clock.GetUtcNow(), default);   // queued; not sent yet
        Assert.Single(await _app.Deliveries().ListAsync(ActionReminderCampaign.Key(new("a1", new DateOnly(2027, 1, 15), 2)), default));

        await _app.PressAsync(ActionRoutes.Done, OutcomeApp.Ids("a1", note: "Done."), fromAad: Payload.JonasAad);
        await _app.RunJobsAsync();

        Assert.Empty(Jonas(ActionTexts.ReminderTitle, new DateOnly(2027, 1, 15)));
    }

    [Fact]
    public async Task More_time_granted_starts_a_new_ladder_for_the_new_date()
    {
        await _app.ActionAsync("a1", due: new DateOnly(2027, 1, 15));
        On(2027, 1, 13); await _app.RunJobsAsync();
        await _app.PressAsync(ActionRoutes.Ask, OutcomeApp.Ids("a1", note: "Busy."), fromAad: Payload.JonasAad);
        On(2027, 1, 18); await _app.RunJobsAsync();
        Assert.Empty(Jonas(ActionTexts.OverdueTitle));   // waiting for the office's answer: no reminder

        await _app.PressAsync(ActionRoutes.Grant, OutcomeApp.Ids("a1", request: 1, newDue: "2027-02-26"));
        On(2027, 2, 24); await _app.RunJobsAsync();

        Assert.Single(Jonas(ActionTexts.ReminderTitle, new DateOnly(2027, 2, 26)));
    }

    [Fact]
    public void A_ladder_step_out_of_range_stops_the_bot_at_startup()
    {
        using var app = new BotApp().Setting("Outcomes:ActionReminders:0", "500");

        Assert.Contains("Outcomes:ActionReminders", StartupFailure.Of(app));
    }

    [Fact]
    public void A_configured_ladder_replaces_the_default()
    {
        using var app = new BotApp().Setting("Outcomes:ActionReminders:0", "0");

        Assert.Equal([0], app.Service<Microsoft.Extensions.Options.IOptions<OutcomeOptions>>().Value.Settings.ActionReminderSteps);
        Assert.Equal([10, 2, -1], _app.Service<Microsoft.Extensions.Options.IOptions<OutcomeOptions>>().Value.Settings.ActionReminderSteps);
    }
}
