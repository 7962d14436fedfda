using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Meetings;

/// Working methods 4.3: someone from outside the network at a thematic session that admits external participants.
/// The office enters them; they receive nothing from the bot and appear in the participants list marked external.
/// Country is free text: they may come from a state outside the Council of Europe or an international body.
public sealed record ExternalParticipant
{
    public string Id { get; init; } = Guid.NewGuid().ToString("N");
    public required string MeetingId { get; init; }
    public required string Name { get; init; }
    public string? Title { get; init; }
    public string? Organisation { get; init; }
    public string? Country { get; init; }
    public string? Email { get; init; }
    public string? AddedBy { get; init; }
    public DateOnly? AddedOn { get; init; }

    /// The store's version of this record as it was read; null for one not stored yet.
    public string? Version { get; init; }

    public IReadOnlyList<PersonProblem> Problems() => PersonDetails.Problems(Name, Title, Organisation, Country, Email, emailRequired: false);
}

/// Why the office's change to the external participants was refused; nothing changed.
public enum ExternalRefusal
{
    NotAllowed,
    /// A plenary, or a thematic session the office marked closed.
    ClosedMeeting,
    Cancelled,
    MeetingOver,
    /// The details have problems (ExternalParticipant.Problems says which).
    Invalid,
}

public static class ExternalParticipants
{
    /// Adds an external participant, or replaces one with the same id, trimmed, for a meeting still to come.
    public static Outcome<ExternalParticipant, ExternalRefusal> Enter(Member actor, Meeting meeting, ExternalParticipant external, DateOnly today)
    {
        if (Check(actor, meeting, today) is { } refused) return Refuse(refused);
        var e = external with
        {
            MeetingId = meeting.Id,
            Name = external.Name.Trim(),
            Title = MemberDetails.Blank(external.Title),
            Organisation = MemberDetails.Blank(external.Organisation),
            Country = MemberDetails.Blank(external.Country),
            Email = MemberDetails.Blank(external.Email)?.ToLowerInvariant(),
            AddedBy = external.AddedBy ?? actor.Id,
            AddedOn = external.AddedOn ?? today,
        };
        return e.Problems().Count > 0 ? Refuse(ExternalRefusal.Invalid) : Accept(e);
    }

    /// Whether the office may remove this external participant; the store removes it.
    public static Outcome<ExternalParticipant, ExternalRefusal> Remove(Member actor, Meeting meeting, ExternalParticipant external, DateOnly today) =>
        Check(actor, meeting, today) is { } refused ? Refuse(refused) : Accept(external);

    static ExternalRefusal? Check(Member actor, Meeting meeting, DateOnly today) =>
        !MeetingWorkflow.IsOffice(actor) ? ExternalRefusal.NotAllowed
        : meeting.Kind == MeetingKind.Plenary || !meeting.WithExternals ? ExternalRefusal.ClosedMeeting
        : meeting.Status == MeetingStatus.Cancelled ? ExternalRefusal.Cancelled
        : today > meeting.ClosingDay ? ExternalRefusal.MeetingOver
        : null;

    static Outcome<ExternalParticipant, ExternalRefusal> Accept(ExternalParticipant e) => Outcome<ExternalParticipant, ExternalRefusal>.Accept(e);

    static Outcome<ExternalParticipant, ExternalRefusal> Refuse(ExternalRefusal r) => Outcome<ExternalParticipant, ExternalRefusal>.Refuse(r);
}
