using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Outcomes;

/// One reminder of an action: the step of the ladder (OutcomeSettings.ActionReminderSteps) for its due date. The
/// action, the due date and the step name it exactly, so the bot's delivery rows send it once per owner, even when it is
/// due again the next day or after a restart; a new due date (more time granted) is a new ladder.
public sealed record ActionReminder(string ActionId, DateOnly Due, int Step);

/// The reminder ladder of follow-up actions: which step is due today.
public static class ActionReminders
{
    /// The day a step falls on: `step` working days before the due date, the due date itself for 0, and for a negative
    /// step that many working days after it (-1: the first working day the action is overdue).
    public static DateOnly DayOf(DateOnly due, int step, WorkingDays calendar) => step == 0 ? due : calendar.Add(due, -step);

    /// The reminder due today, or null. Only an open action that went to its owners is reminded (not one done, nor one
    /// waiting for the office's answer on more time). A step is due from its day on, so a day the job missed is caught
    /// up; of the steps reached, only the latest, so nobody gets two on one day. Steps whose day came before the due
    /// date was set (the action sent, or more time granted) are passed over: the owner has just read the date.
    public static ActionReminder? Due(FollowUpAction action, DateOnly today, WorkingDays calendar, IReadOnlyList<int> steps)
    {
        if (action is not { Status: ActionStatus.Open, DueSince: { } since }) return null;
        var reached = steps.Distinct()
            .Select(step => (Step: step, Day: DayOf(action.Due, step, calendar)))
            .Where(s => s.Day > since && s.Day <= today)
            .OrderBy(s => s.Day)
            .LastOrDefault();
        return reached.Day == default ? null : new ActionReminder(action.Id, action.Due, reached.Step);
    }
}
