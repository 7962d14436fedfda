using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Outcomes;

namespace FocalBot.Bot.Outcomes;

/// Each tick: the actions of issued reports not yet sent go to their owners (ActionRelease), and the reminder ladder
/// (ActionReminders) queues the step due for each open action, to its owners today. Every message is a delivery row,
/// so a restart, or a tick the day after, sends nothing twice.
public sealed partial class ActionJob(ActionSteps steps, ILogger<ActionJob> log) : IJob
{
    public async Task RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        var actions = (await steps.Outcomes.ListActionsAsync(null, ct)).Where(a => a.IsOpen || a.SentOn is null).ToList();
        if (actions.Count == 0) return;
        var today = steps.Calendar.DayOf(now);
        var ladder = steps.Settings.ActionReminderSteps;
        // The reports and the people are read only when an action is waiting for its report or has a reminder due.
        var unsent = actions.Where(a => a.SentOn is null).ToList();
        var issued = unsent.Count == 0 ? [] : (await steps.Outcomes.ListReportsAsync(ct)).Where(r => r.Status == ReportStatus.Issued).Select(r => r.MeetingId).ToHashSet();
        OwnerBook? book = null;
        var queued = 0;
        foreach (var action in actions)
        {
            var current = action;
            if (current.SentOn is null)
            {
                if (!issued.Contains(current.MeetingId)) continue;
                book ??= await steps.BookAsync(ct);
                if (await ActionRelease.ReleaseAsync(current, book, steps.Outcomes, steps.Deliveries, now, today, ct) is not { } sent) continue;
                LogSent(log, current.Id);
                current = sent;
            }
            if (ActionReminders.Due(current, today, steps.Calendar.Days, ladder) is not { } reminder) continue;
            book ??= await steps.BookAsync(ct);
            queued += await steps.Deliveries.AddPendingAsync(ActionReminderCampaign.Key(reminder), book.Recipients(current.Owner), now, ct);
        }
        if (queued > 0) LogReminders(log, queued);
    }

    [LoggerMessage(LogLevel.Information, "Action {ActionId} sent to its owners")]
    static partial void LogSent(ILogger logger, string actionId);

    [LoggerMessage(LogLevel.Information, "{Count} action reminders queued")]
    static partial void LogReminders(ILogger logger, int count);
}
