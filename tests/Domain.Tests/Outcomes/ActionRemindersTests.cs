using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;
using static FocalBot.Domain.Tests.Outcomes.AReport;

namespace FocalBot.Domain.Tests.Outcomes;

public sealed class ActionRemindersTests
{
    // Due Tuesday 30 June 2026, sent Wednesday 13 May. The ladder 10, 2, -1: Tuesday 16 June, Friday 26 June, and
    // Wednesday 1 July, the first working day it is overdue.
    static readonly DateOnly Due = new(2026, 6, 30);
    static readonly int[] Ladder = [10, 2, -1];

    static int? StepOn(DateOnly today, FollowUpAction? action = null, IReadOnlyList<int>? steps = null, WorkingDays? calendar = null) =>
        ActionReminders.Due(action ?? Action(due: Due), today, calendar ?? WorkingDays.WeekdaysOnly, steps ?? Ladder)?.Step;

    [Fact]
    public void Nothing_is_due_before_the_first_step()
    {
        Assert.Null(StepOn(new DateOnly(2026, 6, 15)));
    }

    [Fact]
    public void Each_step_is_due_from_its_working_day_and_only_the_latest_reached()
    {
        Assert.Equal(10, StepOn(new DateOnly(2026, 6, 16)));
        Assert.Equal(10, StepOn(new DateOnly(2026, 6, 25)));   // a day the job missed is caught up
        Assert.Equal(2, StepOn(new DateOnly(2026, 6, 26)));
        Assert.Equal(2, StepOn(Due));
        Assert.Equal(-1, StepOn(new DateOnly(2026, 7, 1)));
        Assert.Equal(-1, StepOn(new DateOnly(2026, 9, 1)));
    }

    [Fact]
    public void The_overdue_step_falls_on_the_first_working_day_after_the_due_date()
    {
        var friday = new DateOnly(2026, 7, 3);

        Assert.Equal(new DateOnly(2026, 7, 6), ActionReminders.DayOf(friday, -1, WorkingDays.WeekdaysOnly));
        Assert.Equal(new DateOnly(2026, 7, 7), ActionReminders.DayOf(friday, -1, new WorkingDays(["2026-07-06"])));
        Assert.Equal(friday, ActionReminders.DayOf(friday, 0, WorkingDays.WeekdaysOnly));
    }

    [Fact]
    public void The_reminder_names_the_action_its_due_date_and_step_so_each_goes_once_per_due_date()
    {
        var reminder = ActionReminders.Due(Action(due: Due), new DateOnly(2026, 6, 26), WorkingDays.WeekdaysOnly, Ladder);

        Assert.Equal(new ActionReminder("a1", Due, 2), reminder);
    }

    [Fact]
    public void No_reminder_for_an_action_done_waiting_for_more_time_or_not_yet_sent()
    {
        var late = new DateOnly(2026, 7, 1);

        Assert.Null(StepOn(late, Action(due: Due) with { Status = ActionStatus.Done }));
        Assert.Null(StepOn(late, Action(due: Due) with { Status = ActionStatus.MoreTimeAsked }));
        Assert.Null(StepOn(late, Action(due: Due) with { SentOn = null }));
    }

    [Fact]
    public void Steps_that_fell_before_the_action_reached_its_owners_are_passed_over()
    {
        var sentLate = Action(due: Due, sentOn: new DateOnly(2026, 6, 22));

        Assert.Null(StepOn(new DateOnly(2026, 6, 22), sentLate));
        Assert.Equal(2, StepOn(new DateOnly(2026, 6, 26), sentLate));
    }

    [Fact]
    public void More_time_granted_starts_a_new_ladder_from_the_day_it_was_granted()
    {
        var asked = FollowUpActions.AskMoreTime(Action(due: Due), Germany, true, "Busy", new DateOnly(2026, 6, 29), OutcomeSettings.Default).Value!;
        var granted = FollowUpActions.GrantMoreTime(asked, Office, new DateOnly(2026, 7, 10), new DateOnly(2026, 7, 1)).Value!;

        // 10 working days before 10 July is 26 June, before the grant: passed over. 2 before is Wednesday 8 July.
        Assert.Null(StepOn(new DateOnly(2026, 7, 2), granted));
        Assert.Equal(new ActionReminder("a1", new DateOnly(2026, 7, 10), 2),
            ActionReminders.Due(granted, new DateOnly(2026, 7, 8), WorkingDays.WeekdaysOnly, Ladder));
    }

    [Fact]
    public void The_ladder_is_configurable_a_step_of_zero_falls_on_the_due_date()
    {
        Assert.Null(StepOn(new DateOnly(2026, 6, 29), steps: [0]));
        Assert.Equal(0, StepOn(Due, steps: [0]));
        Assert.Null(StepOn(new DateOnly(2026, 7, 1), steps: []));
    }
}
