namespace FocalBot.Domain.Outcomes;

/// The limits and delays of meeting outcomes; bound from configuration by the bot, these defaults otherwise. Delays
/// count working days (WorkingDays), lengths UTF-16 characters as Teams' inputs count them, per language.
public sealed record OutcomeSettings
{
    public int BackgroundMaxLength { get; init; } = 4000;
    public int SummaryMaxLength { get; init; } = 4000;
    public int RecommendationMaxLength { get; init; } = 1000;
    public int MaxRecommendations { get; init; } = 30;
    public int CommentMaxLength { get; init; } = 2000;
    public int ActionMaxLength { get; init; } = 1000;
    /// The owner's note on a done action, and their reason for asking more time.
    public int NoteMaxLength { get; init; } = 500;

    /// Participants comment on the draft report until this many working days after the day it is sent to them.
    public int CommentWorkingDays { get; init; } = 10;

    /// The reminder ladder of a follow-up action, in working days relative to its due date: a positive step is that
    /// many working days before it, 0 the due date itself, a negative one that many working days after it (-1: the
    /// first working day the action is overdue). Each step reaches each owner once (ActionReminders).
    public IReadOnlyList<int> ActionReminderSteps { get; init; } = [10, 2, -1];

    public static OutcomeSettings Default { get; } = new();
}
