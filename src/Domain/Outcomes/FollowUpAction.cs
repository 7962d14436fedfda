using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;

namespace FocalBot.Domain.Outcomes;

/// Who must carry out a follow-up action.
public enum OwnerKind
{
    /// The SRSG office.
    Office,
    /// A member state's focal points, leads and alternates alike.
    MemberState,
    /// A rapporteur, by member id.
    Rapporteur,
    /// A thematic group's members, by the group's id.
    ThematicGroup,
}

/// An action's owner: the office, or a state, a rapporteur or a group named by its code or id.
public sealed record ActionOwner(OwnerKind Kind, string? Id = null)
{
    public static ActionOwner Office { get; } = new(OwnerKind.Office);
    public static ActionOwner State(StateCode code) => new(OwnerKind.MemberState, code.Value);
    public static ActionOwner OfRapporteur(string memberId) => new(OwnerKind.Rapporteur, memberId);
    public static ActionOwner Group(string groupId) => new(OwnerKind.ThematicGroup, groupId);

    /// "office", "state:DE", "rapporteur:m-giulia", "group:g1": how a form names the owner, and how lists group them.
    public string Key => Kind switch
    {
        OwnerKind.Office => "office",
        OwnerKind.MemberState => $"state:{Id}",
        OwnerKind.Rapporteur => $"rapporteur:{Id}",
        _ => $"group:{Id}",
    };

    /// The owner a key names; null for anything else (an empty choice, a forged value).
    public static ActionOwner? Parse(string? key)
    {
        var text = key?.Trim() ?? "";
        if (text == "office") return Office;
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon == text.Length - 1) return null;
        var (kind, id) = (text[..colon], text[(colon + 1)..]);
        return kind switch
        {
            "state" when StateCode.TryParse(id, out var code) && code.IsMemberState => State(code),
            "rapporteur" => OfRapporteur(id),
            "group" => Group(id),
            _ => null,
        };
    }
}

public enum ActionStatus
{
    /// To be done by the due date; reminded on the ladder.
    Open,
    /// The owner asked the office for more time; no reminder until the office answers.
    MoreTimeAsked,
    /// Done, with the owner's note.
    Done,
}

public enum ExtensionDecision { Granted, Refused }

/// An owner's request for more time and the office's answer. Numbered from 1 in the action, so each request (and its
/// notice to the office) is told from the next.
public sealed record ExtensionRequest(int Number, string AskedBy, DateOnly AskedOn, string Reason)
{
    public ExtensionDecision? Decision { get; init; }
    /// The due date the office granted.
    public DateOnly? NewDue { get; init; }
    public string? DecidedBy { get; init; }
    public DateOnly? DecidedOn { get; init; }
}

/// What a recommendation asks someone to do next, by when: sent to its owners once the report is issued, reminded
/// on a ladder of working days before its due date, and marked done (with a note) or given more time.
public sealed record FollowUpAction
{
    public string Id { get; init; } = Guid.NewGuid().ToString("N");
    public required string MeetingId { get; init; }
    public required string RecommendationId { get; init; }
    /// The recommendation's number, which never changes: kept here so an action reads without its report.
    public required int RecommendationNumber { get; init; }
    /// What to do, as the office wrote it (one of the languages may be empty).
    public required BilingualText What { get; init; }
    public required ActionOwner Owner { get; init; }
    public required DateOnly Due { get; init; }
    public ActionStatus Status { get; init; } = ActionStatus.Open;
    public string? DoneNote { get; init; }
    public DateOnly? DoneOn { get; init; }
    public string? DoneBy { get; init; }
    public IReadOnlyList<ExtensionRequest> Extensions { get; init; } = [];
    /// The day the action went to its owners (its report issued); null until then.
    public DateOnly? SentOn { get; init; }
    public required string CreatedBy { get; init; }
    public required DateOnly CreatedOn { get; init; }

    /// The store's version of this record as it was read; null for an action not stored yet.
    public string? Version { get; init; }

    public bool IsOpen => Status != ActionStatus.Done;

    public bool IsOverdue(DateOnly today) => IsOpen && today > Due;

    /// The request for more time waiting for the office's answer, if any.
    public ExtensionRequest? PendingExtension => Status == ActionStatus.MoreTimeAsked && Extensions.Count > 0 ? Extensions[^1] : null;

    /// Since when the current due date stands: the day the action was sent, or the day the office last granted more time.
    public DateOnly? DueSince => Extensions.Where(e => e.Decision == ExtensionDecision.Granted).Select(e => e.DecidedOn).Max() ?? SentOn;
}
