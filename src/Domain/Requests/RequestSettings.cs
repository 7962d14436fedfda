namespace FocalBot.Domain.Requests;

/// The limits and delays of the request workflow; bound from configuration by the bot, these defaults otherwise.
/// Lengths count UTF-16 characters as typed, the way Teams' input limits count them.
public sealed record RequestSettings
{
    public int TitleMaxLength { get; init; } = 200;
    public int BackgroundMaxLength { get; init; } = 1500;
    public int MaxQuestions { get; init; } = 20;
    public int QuestionMaxLength { get; init; } = 500;
    public int AnswerMaxLength { get; init; } = 5000;

    /// States need time to consult their ministries: a deadline fewer working days ahead is refused.
    public int MinimumWorkingDays { get; init; } = 5;

    /// The deadline a new request is given until the office changes it.
    public int DefaultWorkingDays { get; init; } = 15;

    /// When true, answers after the deadline are kept and marked late; when false they are refused.
    public bool AcceptLateAnswers { get; init; } = true;

    /// Reminders go this many working days before the deadline; the smallest is the last one.
    public IReadOnlyList<int> ReminderOffsets { get; init; } = [5, 1];

    public static RequestSettings Default { get; } = new();
}
