using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Meetings;

public enum SuggestionStatus
{
    /// Waiting for the office.
    Pending,
    /// To be added as an item of its own in the next revision.
    Accepted,
    /// Folded into an existing item (MergedInto).
    Merged,
    /// Not taken; the proposer is told the office's reason.
    Declined,
}

/// An agenda item a member suggests (working methods 4.4): a title and a short explanation, in English or French,
/// kept as written.
public sealed record AgendaSuggestion
{
    public string Id { get; init; } = Guid.NewGuid().ToString("N");
    public required string MeetingId { get; init; }
    public required string ProposerId { get; init; }
    public required string Title { get; init; }
    public required string Explanation { get; init; }
    public required Language Language { get; init; }
    public required DateOnly SuggestedOn { get; init; }
    public SuggestionStatus Status { get; init; } = SuggestionStatus.Pending;
    public string? MergedInto { get; init; }
    public string? DeclineReason { get; init; }
    public string? DecidedBy { get; init; }
    public DateOnly? DecidedOn { get; init; }

    /// The store's version of this record as it was read; null for a suggestion not stored yet.
    public string? Version { get; init; }
}

/// Why a suggestion, or the office's decision on it, was refused; nothing changed.
public enum SuggestionRefusal
{
    /// Only an active member the convocation went to suggests items.
    NotInvited,
    NotConvened,
    Cancelled,
    /// Past the suggestion deadline (AgendaSuggestions.Deadline).
    DeadlinePassed,
    TitleMissing,
    TitleTooLong,
    ExplanationMissing,
    ExplanationTooLong,
    /// Only the office decides on suggestions.
    NotAllowed,
    /// The office decided otherwise already; the proposer has been told.
    AlreadyDecided,
    /// A decline needs a reason: the proposer is told why.
    ReasonMissing,
    ReasonTooLong,
    /// A merge must name an item of the current agenda.
    UnknownItem,
}

public static class AgendaSuggestions
{
    /// Suggestions are taken from the convocation through this whole day (default: 20 working days before the
    /// opening day), which leaves the office time to revise the agenda before the meeting.
    public static DateOnly Deadline(Meeting meeting, WorkingDays calendar, MeetingSettings settings) =>
        calendar.Add(meeting.OpeningDay, -settings.SuggestionDeadlineWorkingDays);

    public static Outcome<AgendaSuggestion, SuggestionRefusal> Suggest(
        Member actor, Meeting meeting, string title, string explanation, Language language,
        DateOnly today, WorkingDays calendar, MeetingSettings settings)
    {
        if (meeting.Status == MeetingStatus.Draft) return Refuse(SuggestionRefusal.NotConvened);
        if (meeting.Status == MeetingStatus.Cancelled) return Refuse(SuggestionRefusal.Cancelled);
        if (!meeting.IsInvited(actor)) return Refuse(SuggestionRefusal.NotInvited);
        if (today > Deadline(meeting, calendar, settings)) return Refuse(SuggestionRefusal.DeadlinePassed);
        var (t, e) = (title.Trim(), explanation.Trim());
        if (t.Length == 0) return Refuse(SuggestionRefusal.TitleMissing);
        if (t.Length > settings.SuggestionTitleMaxLength) return Refuse(SuggestionRefusal.TitleTooLong);
        if (e.Length == 0) return Refuse(SuggestionRefusal.ExplanationMissing);
        if (e.Length > settings.SuggestionExplanationMaxLength) return Refuse(SuggestionRefusal.ExplanationTooLong);

        return Accept(new AgendaSuggestion
        {
            MeetingId = meeting.Id, ProposerId = actor.Id, Title = t, Explanation = e, Language = language, SuggestedOn = today,
        });
    }

    /// Takes the suggestion as an item of its own; the office adds it (ItemFor) to the revision it issues next.
    public static Outcome<AgendaSuggestion, SuggestionRefusal> Accept(Member actor, Meeting meeting, AgendaSuggestion suggestion, DateOnly today) =>
        Check(actor, meeting) is { } refused ? Refuse(refused)
        : Decide(actor, suggestion, suggestion with { Status = SuggestionStatus.Accepted }, today);

    /// Folds the suggestion into an item of the current agenda, which the office may re-word in the next revision.
    public static Outcome<AgendaSuggestion, SuggestionRefusal> Merge(Member actor, Meeting meeting, AgendaSuggestion suggestion, string itemId, DateOnly today) =>
        Check(actor, meeting) is { } refused ? Refuse(refused)
        : meeting.CurrentAgenda.NumberOf(itemId) is null ? Refuse(SuggestionRefusal.UnknownItem)
        : Decide(actor, suggestion, suggestion with { Status = SuggestionStatus.Merged, MergedInto = itemId }, today);

    public static Outcome<AgendaSuggestion, SuggestionRefusal> Decline(
        Member actor, Meeting meeting, AgendaSuggestion suggestion, string? reason, DateOnly today, MeetingSettings settings)
    {
        var r = reason?.Trim();
        return Check(actor, meeting) is { } refused ? Refuse(refused)
            : string.IsNullOrEmpty(r) ? Refuse(SuggestionRefusal.ReasonMissing)
            : r.Length > settings.ReasonMaxLength ? Refuse(SuggestionRefusal.ReasonTooLong)
            : Decide(actor, suggestion, suggestion with { Status = SuggestionStatus.Declined, DeclineReason = r }, today);
    }

    /// The agenda item an accepted suggestion becomes, in the language it was written in; its id derives from the
    /// suggestion's, so adding it twice to a revision is caught as a repeated item.
    public static AgendaItem ItemFor(AgendaSuggestion suggestion) =>
        new($"s-{suggestion.Id}", suggestion.Language == Language.Fr ? new BilingualText("", suggestion.Title) : new BilingualText(suggestion.Title, ""));

    static SuggestionRefusal? Check(Member actor, Meeting meeting) =>
        !MeetingWorkflow.IsOffice(actor) ? SuggestionRefusal.NotAllowed
        : meeting.Status == MeetingStatus.Cancelled ? SuggestionRefusal.Cancelled
        : null;

    // A decision is final once the proposer has been told; the same decision clicked twice changes nothing.
    static Outcome<AgendaSuggestion, SuggestionRefusal> Decide(Member actor, AgendaSuggestion suggestion, AgendaSuggestion decided, DateOnly today) =>
        suggestion.Status == SuggestionStatus.Pending ? Accept(decided with { DecidedBy = actor.Id, DecidedOn = today })
        : Same(suggestion, decided) ? Accept(suggestion)
        : Refuse(SuggestionRefusal.AlreadyDecided);

    static bool Same(AgendaSuggestion a, AgendaSuggestion b) =>
        a.Status == b.Status && a.MergedInto == b.MergedInto && a.DeclineReason == b.DeclineReason;

    static Outcome<AgendaSuggestion, SuggestionRefusal> Accept(AgendaSuggestion s) => Outcome<AgendaSuggestion, SuggestionRefusal>.Accept(s);

    static Outcome<AgendaSuggestion, SuggestionRefusal> Refuse(SuggestionRefusal r) => Outcome<AgendaSuggestion, SuggestionRefusal>.Refuse(r);
}
