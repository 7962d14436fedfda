using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Rapporteurs;

public enum CallStatus
{
    /// Proposed to the network; waiting for its decision (a silence procedure).
    Proposed,
    /// The network decided: nominations are taken until the closing date.
    Open,
    /// The office appointed rapporteurs, or nobody.
    Closed,
    /// The office withdrew the proposal, or the network objected and the office let it go.
    Withdrawn,
}

/// A call for nominations of thematic rapporteurs (working methods 4.8): a theme, its terms of reference, how many
/// posts, for how long, and until when nominations are taken. Title and terms are kept as typed, in the call's language
/// with an optional translation, as requests are.
public sealed record RapporteurCall
{
    public string Id { get; init; } = Guid.NewGuid().ToString("N");
    public required string Theme { get; init; }
    public string? ThemeTranslation { get; init; }
    public required string Terms { get; init; }
    public string? TermsTranslation { get; init; }
    public required Language Language { get; init; }
    public required int Posts { get; init; }
    public required int MandateMonths { get; init; }
    /// The last day nominations, consents and withdrawals are taken, whole.
    public required DateOnly ClosingDate { get; init; }
    public CallStatus Status { get; init; } = CallStatus.Proposed;
    /// The silence procedure that decides whether the call opens.
    public string? ProcedureId { get; init; }
    public required string CreatedBy { get; init; }
    public required DateOnly CreatedOn { get; init; }
    public DateOnly? OpenedOn { get; init; }
    public DateOnly? ClosedOn { get; init; }
    /// The nominations the office appointed when it closed the call (none: closed with nobody). Saved with the closing,
    /// so the mandates and notices that follow can always be completed from it.
    public IReadOnlyList<string> Appointed { get; init; } = [];

    /// The store's version of this record as it was read; null for a call not stored yet.
    public string? Version { get; init; }

    /// The theme in the reader's language when translated, as written otherwise.
    public string ThemeIn(Language reader) => reader != Language && !string.IsNullOrWhiteSpace(ThemeTranslation) ? ThemeTranslation : Theme;

    public bool TakesNominations(DateOnly today) => Status == CallStatus.Open && today <= ClosingDate;
}

public sealed record RapporteurSettings
{
    public int ThemeMaxLength { get; init; } = 200;
    public int TermsMaxLength { get; init; } = 3000;
    public int MotivationMaxLength { get; init; } = 1000;
    public int MaxPosts { get; init; } = 10;
    public int MaxMandateMonths { get; init; } = 60;
    /// Nominations need time: the closing date lies at least this many working days after the network's decision.
    public int MinimumNominationWorkingDays { get; init; } = 5;
    /// The office is reminded this many working days before a mandate ends.
    public int MandateReminderWorkingDays { get; init; } = 20;

    public static RapporteurSettings Default { get; } = new();
}

/// What is wrong with a call the office writes; every problem at once, so the form shows them together.
public enum CallProblem
{
    ThemeMissing,
    ThemeTooLong,
    TermsMissing,
    TermsTooLong,
    TranslationTooLong,
    PostsOutOfRange,
    MandateOutOfRange,
    /// The closing date leaves too little time after the network's decision.
    ClosingTooSoon,
}

public static class RapporteurCalls
{
    /// The problems of a call as written. `decidedBy` is the last day the network may object: nominations start after it.
    public static IReadOnlyList<CallProblem> Problems(RapporteurCall call, DateOnly decidedBy, WorkingDays calendar, RapporteurSettings settings)
    {
        var problems = new List<CallProblem>();
        Check(call.Theme, settings.ThemeMaxLength, CallProblem.ThemeMissing, CallProblem.ThemeTooLong, problems);
        Check(call.Terms, settings.TermsMaxLength, CallProblem.TermsMissing, CallProblem.TermsTooLong, problems);
        if ((call.ThemeTranslation?.Trim().Length ?? 0) > settings.ThemeMaxLength || (call.TermsTranslation?.Trim().Length ?? 0) > settings.TermsMaxLength)
            problems.Add(CallProblem.TranslationTooLong);
        if (call.Posts < 1 || call.Posts > settings.MaxPosts) problems.Add(CallProblem.PostsOutOfRange);
        if (call.MandateMonths < 1 || call.MandateMonths > settings.MaxMandateMonths) problems.Add(CallProblem.MandateOutOfRange);
        if (call.ClosingDate < calendar.Add(decidedBy, settings.MinimumNominationWorkingDays)) problems.Add(CallProblem.ClosingTooSoon);
        return problems;
    }

    /// The earliest closing date the form accepts for a call proposed today.
    public static DateOnly EarliestClosing(DateOnly silenceDeadline, WorkingDays calendar, RapporteurSettings settings) =>
        calendar.Add(silenceDeadline, settings.MinimumNominationWorkingDays);

    /// The network decided for the call: nominations open.
    public static RapporteurCall? Open(RapporteurCall call, DateOnly today) =>
        call.Status == CallStatus.Proposed ? call with { Status = CallStatus.Open, OpenedOn = today } : null;

    /// The proposal is withdrawn before nominations open.
    public static RapporteurCall? Withdraw(RapporteurCall call, DateOnly today) =>
        call.Status == CallStatus.Proposed ? call with { Status = CallStatus.Withdrawn, ClosedOn = today } : null;

    static void Check(string text, int max, CallProblem missing, CallProblem tooLong, List<CallProblem> problems)
    {
        var length = text.Trim().Length;
        if (length == 0) problems.Add(missing);
        else if (length > max) problems.Add(tooLong);
    }
}
