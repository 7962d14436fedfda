using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Meetings;

/// Working methods 4.1 and 4.3: plenary meetings of the whole network, and thematic sessions with some members or
/// national experts.
public enum MeetingKind { Plenary, ThematicSession }

public enum MeetingStatus
{
    /// Being prepared by the office; nobody has been told.
    Draft,
    /// The convocation went out: invitees answer, suggest agenda items and get reminders.
    Convened,
    /// Called off; everyone invited was told.
    Cancelled,
}

public enum AudienceKind { AllFocalPoints, ThematicGroup, ChosenMembers }

/// Who is invited: every focal point, the members of a thematic group, or members the office picks.
public sealed record MeetingAudience(AudienceKind Kind, string? GroupId, IReadOnlyList<string> MemberIds)
{
    public static MeetingAudience AllFocalPoints { get; } = new(AudienceKind.AllFocalPoints, null, []);

    public static MeetingAudience Group(string groupId) => new(AudienceKind.ThematicGroup, groupId, []);

    public static MeetingAudience Members(params string[] memberIds) => new(AudienceKind.ChosenMembers, null, memberIds);

    /// The active members this audience names, in the directory's order. Meetings do not read thematic groups, so the
    /// caller passes the group's current member ids (an active group's); they are ignored for the other kinds.
    public IReadOnlyList<Member> Invitees(IEnumerable<Member> everyone, IReadOnlyCollection<string>? groupMemberIds = null)
    {
        var active = everyone.Where(m => m.IsActive);
        return Kind switch
        {
            AudienceKind.AllFocalPoints => active.Where(m => m.Role == MemberRole.FocalPoint).ToList(),
            AudienceKind.ThematicGroup => groupMemberIds is null ? [] : active.Where(m => groupMemberIds.Contains(m.Id)).ToList(),
            _ => active.Where(m => MemberIds.Contains(m.Id)).ToList(),
        };
    }
}

/// What the office wrote in the network's two languages. One of them may be empty: its readers then see the other,
/// which beats an empty title.
public sealed record BilingualText(string En, string Fr)
{
    public static BilingualText Of(string en, string? fr = null) => new(en, fr ?? "");

    public bool IsEmpty => string.IsNullOrWhiteSpace(En) && string.IsNullOrWhiteSpace(Fr);

    public string In(Language language)
    {
        var (wanted, other) = language == Language.Fr ? (Fr, En) : (En, Fr);
        return (string.IsNullOrWhiteSpace(wanted) ? other : wanted).Trim();
    }

    public BilingualText Trimmed() => new(En.Trim(), Fr.Trim());
}

/// A plenary meeting or thematic session, from the office's draft to the convocation and a possible cancellation.
/// Opening and closing are calendar days in the meeting's time zone; with times, the meeting starts at StartsAt on
/// the opening day and ends at EndsAt on the closing day, otherwise it takes whole days.
public sealed record Meeting
{
    public string Id { get; init; } = Guid.NewGuid().ToString("N");
    public required MeetingKind Kind { get; init; }
    public required BilingualText Title { get; init; }
    public required DateOnly OpeningDay { get; init; }
    public required DateOnly ClosingDay { get; init; }
    public TimeOnly? StartsAt { get; init; }
    public TimeOnly? EndsAt { get; init; }
    /// An IANA id ("Europe/Paris"): calendars everywhere understand it, and it names the zone rather than an offset.
    public required string TimeZoneId { get; init; }
    public string? Place { get; init; }
    public string? OnlineLink { get; init; }
    /// Working methods 4.3: a thematic session may admit external participants; a plenary is always closed (4.1).
    public bool WithExternals { get; init; }
    public required MeetingAudience Audience { get; init; }
    public MeetingStatus Status { get; init; } = MeetingStatus.Draft;

    /// The calendar SEQUENCE: 0 at the convocation, one more at each move or cancellation, so calendar programs
    /// replace the invitation they hold instead of adding a second one.
    public int Sequence { get; init; }

    /// Every agenda issued, oldest first: version 1 is the draft agenda of the convocation; revisions follow.
    public required IReadOnlyList<AgendaVersion> AgendaVersions { get; init; }

    public string? CreatedBy { get; init; }
    public DateOnly? CreatedOn { get; init; }
    public string? ConvenedBy { get; init; }
    public DateOnly? ConvenedOn { get; init; }

    /// Why a plenary was convened after its latest convocation day (or moved closer than that), as the office gave it;
    /// the audit log and the monitoring report show it.
    public string? LateReason { get; init; }

    /// Who the convocation went to, fixed when it was sent: reminders and notices go to these people even if the
    /// audience's membership changes later.
    public IReadOnlyList<string> InviteeIds { get; init; } = [];

    public DateOnly? CancelledOn { get; init; }

    /// The store's version of this record as it was read; null for a meeting not stored yet.
    public string? Version { get; init; }

    public AgendaVersion CurrentAgenda => AgendaVersions[^1];

    public bool IsAllDay => StartsAt is null && EndsAt is null;

    public bool IsInvited(Member member) => member.IsActive && InviteeIds.Contains(member.Id);

    /// Convened with every focal point, so the network's business: only such a meeting is shown in the network's channel.
    /// A meeting for some members (a group, or members the office picked) is seen by its invitees and the office alone.
    public bool IsForWholeNetwork => Audience.Kind == AudienceKind.AllFocalPoints;
}
