using System.ComponentModel.DataAnnotations;
using FocalBot.Domain.Requests;

namespace FocalBot.Bot.Requests;

/// Section "Requests": the limits and delays of information requests (the channel they are posted to is Network:ChannelId).
public sealed class RequestOptions : IValidatableObject
{
    public const string Section = "Requests";

    [Range(1, 1000)] public int TitleMaxLength { get; set; } = RequestSettings.Default.TitleMaxLength;
    [Range(0, 10_000)] public int BackgroundMaxLength { get; set; } = RequestSettings.Default.BackgroundMaxLength;
    [Range(1, 50)] public int MaxQuestions { get; set; } = RequestSettings.Default.MaxQuestions;
    [Range(10, 2000)] public int QuestionMaxLength { get; set; } = RequestSettings.Default.QuestionMaxLength;
    [Range(100, 20_000)] public int AnswerMaxLength { get; set; } = RequestSettings.Default.AnswerMaxLength;
    [Range(0, 100)] public int MinimumWorkingDays { get; set; } = RequestSettings.Default.MinimumWorkingDays;
    [Range(1, 200)] public int DefaultWorkingDays { get; set; } = RequestSettings.Default.DefaultWorkingDays;
    public bool AcceptLateAnswers { get; set; } = RequestSettings.Default.AcceptLateAnswers;

    /// Working days before the deadline on which states that have not answered are reminded; the smallest is the last.
    /// Empty: 5 and 1. (A default list here would be appended to by the configuration binder, not replaced.)
    public List<int> ReminderOffsets { get; set; } = [];

    public RequestSettings Settings => new()
    {
        TitleMaxLength = TitleMaxLength,
        BackgroundMaxLength = BackgroundMaxLength,
        MaxQuestions = MaxQuestions,
        QuestionMaxLength = QuestionMaxLength,
        AnswerMaxLength = AnswerMaxLength,
        MinimumWorkingDays = MinimumWorkingDays,
        DefaultWorkingDays = DefaultWorkingDays,
        AcceptLateAnswers = AcceptLateAnswers,
        ReminderOffsets = ReminderOffsets.Count == 0 ? RequestSettings.Default.ReminderOffsets : [.. ReminderOffsets.Distinct()],
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (ReminderOffsets.Any(o => o is < 1 or > 100))
            yield return new ValidationResult("Requests:ReminderOffsets are working days before the deadline, from 1 to 100.", [nameof(ReminderOffsets)]);
        if (DefaultWorkingDays < MinimumWorkingDays)
            yield return new ValidationResult("Requests:DefaultWorkingDays must not be below Requests:MinimumWorkingDays.", [nameof(DefaultWorkingDays)]);
    }
}
