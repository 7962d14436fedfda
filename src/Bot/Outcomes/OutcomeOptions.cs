using System.ComponentModel.DataAnnotations;
using FocalBot.Domain.Outcomes;

namespace FocalBot.Bot.Outcomes;

/// Section "Outcomes": the comment period of a draft report and the reminder ladder of follow-up actions, in working
/// days; checked at startup.
public sealed class OutcomeOptions : IValidatableObject
{
    public const string Section = "Outcomes";

    [Range(1, 60)] public int CommentWorkingDays { get; set; } = OutcomeSettings.Default.CommentWorkingDays;

    /// Working days before an action's due date on which its owners are reminded; 0 is the due date, -1 the first
    /// working day it is overdue. Empty: 10, 2 and -1. (A default list here would be appended to by the configuration
    /// binder, not replaced.)
    public List<int> ActionReminders { get; set; } = [];

    public OutcomeSettings Settings => OutcomeSettings.Default with
    {
        CommentWorkingDays = CommentWorkingDays,
        ActionReminderSteps = ActionReminders.Count == 0 ? OutcomeSettings.Default.ActionReminderSteps : [.. ActionReminders.Distinct()],
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (ActionReminders.Any(step => step is < -20 or > 100))
            yield return new ValidationResult(
                "Outcomes:ActionReminders are working days before an action's due date, from 100 to -20 (0: the due date; -1: the first working day after it).",
                [nameof(ActionReminders)]);
    }
}
