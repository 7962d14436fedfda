using FocalBot.Domain.Members;

namespace FocalBot.Domain.Meetings;

public enum AttendeeKind
{
    /// An invitee who said they would attend, in person or online.
    Member,
    /// The person an invitee named in their answer to attend in their place.
    Substitute,
    /// An external participant the office entered for a thematic session.
    External,
    /// Someone the office added on the day: a member not invited or who did not answer, or an outside person.
    WalkIn,
}

/// What kind of body a participant comes from, for the figures by organisation kind.
public enum OrganisationKind { NationalAuthority, CouncilOfEurope, InternationalOrganisation, CivilSociety, Academia, Other }

public enum Gender { Woman, Man, Other }

/// One person on a meeting's attendance list, copied in when the list is drawn up (as an answer copies the member's
/// state), so the participants annex still says whom they represented if the directory changes later. Gender is kept
/// only for a participant who agreed (GenderConsent); it is counted in the office's figures, never shown to members.
public sealed record Attendee
{
    /// "member:…", "substitute:…" (the member's id), "external:…" or "walkin:…": stable, so a double click or an old
    /// form finds the same person.
    public required string Id { get; init; }
    public required AttendeeKind Kind { get; init; }
    /// The invitee, the member a substitute stands in for, or the member walking in; null for an outside person.
    public string? MemberId { get; init; }
    public required string Name { get; init; }
    public string? Title { get; init; }
    public string? Organisation { get; init; }
    public OrganisationKind? OrganisationKind { get; init; }
    /// The member state represented.
    public StateCode? StateCode { get; init; }
    /// An outside person's country when it is not a member state, as typed.
    public string? Country { get; init; }
    /// How the invitee's answer said they would attend; null for walk-ins and external participants.
    public RsvpChoice? Announced { get; init; }
    public bool Present { get; init; }
    public Gender? Gender { get; init; }
    public bool GenderConsent { get; init; }

    public static string MemberKey(string memberId) => $"member:{memberId}";
    public static string SubstituteKey(string memberId) => $"substitute:{memberId}";
    public static string ExternalKey(string externalId) => $"external:{externalId}";
    public static string WalkInKey(string id) => $"walkin:{id}";
}

/// Who actually attended a meeting, recorded by the office from its start on: one record per meeting, saved whole
/// and versioned like every other record.
public sealed record Attendance
{
    public required string MeetingId { get; init; }
    public IReadOnlyList<Attendee> People { get; init; } = [];
    public string? RecordedBy { get; init; }
    public DateTimeOffset? RecordedAt { get; init; }

    /// The store's version of this record as it was read; null for a list not stored yet.
    public string? Version { get; init; }

    public IEnumerable<Attendee> Present => People.Where(p => p.Present);

    public bool Equals(Attendance? other) =>
        other is not null && MeetingId == other.MeetingId && People.SequenceEqual(other.People) && RecordedBy == other.RecordedBy
        && RecordedAt == other.RecordedAt && Version == other.Version;

    public override int GetHashCode() => HashCode.Combine(MeetingId, People.Count, RecordedAt, Version);
}

/// Why the office's change to the attendance was refused; nothing changed.
public enum AttendanceRefusal
{
    NotAllowed,
    NotConvened,
    Cancelled,
    /// Attendance is recorded from the meeting's start on (MeetingDates.StartOf).
    NotStarted,
    /// Someone neither expected (invited and attending, a substitute, an external participant) nor added as a walk-in.
    NotExpected,
    /// A gender without the participant's consent to record it.
    GenderWithoutConsent,
    /// A walk-in needs a member chosen or a name typed.
    WalkInMissing,
    /// A member chosen and a name typed: which one walked in?
    WalkInTwice,
    /// The member is on the list already: tick them present there.
    AlreadyListed,
    /// The member chosen is not an active member of the network.
    UnknownMember,
    /// The outside person's details have problems (PersonDetails), or the state chosen is not a member state.
    Invalid,
    /// An outside person's organisation kind, needed for the figures.
    OrganisationKindMissing,
    /// The list holds MeetingSettings.MaxAttendees people already.
    TooMany,
}

/// The office's tick for one person: present or not, and a gender only with the person's consent.
public sealed record AttendanceMark(bool Present, Gender? Gender = null, bool Consent = false);

/// An addition on the day, as the office typed it: a member chosen, or an outside person's details. Id comes from the
/// form, so a second press of the same form adds nobody twice.
public sealed record WalkIn(string Id)
{
    public string? MemberId { get; init; }
    public string? Name { get; init; }
    public string? Title { get; init; }
    public string? Organisation { get; init; }
    public OrganisationKind? OrganisationKind { get; init; }
    public StateCode? StateCode { get; init; }
    public string? Country { get; init; }
    public Gender? Gender { get; init; }
    public bool Consent { get; init; }
}
