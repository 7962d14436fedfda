using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Meetings;

/// Why a step of a meeting's life was refused; nothing changed.
public enum MeetingRefusal
{
    /// Working methods 4.1 and 4.4: the office convenes meetings and proposes their agendas; nobody else may.
    NotAllowed,
    /// Only a draft can be edited as a whole or convened.
    NotDraft,
    /// Moves and agenda revisions are for a convened meeting.
    NotConvened,
    Cancelled,
    /// The meeting has closed.
    MeetingOver,
    /// The meeting has problems (MeetingValidation says which).
    Invalid,
    /// A plenary convened after its latest convocation day needs the office's reason (Convocation).
    LateReasonMissing,
    ReasonTooLong,
    /// The audience names no active member.
    NobodyInvited,
    /// A move or revision that changes nothing would only send noise.
    NothingChanged,
}

/// The office's steps with a meeting: draft it, convene it (Convocation), move or cancel it.
public static class MeetingWorkflow
{
    /// Creates the draft, or replaces it while it is one. Problems are not refused here: the office may save a half
    /// written draft, sees MeetingValidation's list while drafting, and Convene refuses until it is empty.
    public static Outcome<Meeting, MeetingRefusal> Draft(Member actor, Meeting? current, Meeting edited, DateOnly today)
    {
        if (!IsOffice(actor)) return Refuse(MeetingRefusal.NotAllowed);
        if (current is not null && current.Status != MeetingStatus.Draft) return Refuse(MeetingRefusal.NotDraft);
        var m = Normalized(edited);
        return Accept(m with
        {
            Id = current?.Id ?? edited.Id,
            Version = current?.Version,
            Status = MeetingStatus.Draft,
            Sequence = 0,
            AgendaVersions = [AgendaVersion.Draft(m.CurrentAgenda.Items)],
            CreatedBy = current?.CreatedBy ?? actor.Id,
            CreatedOn = current?.CreatedOn ?? today,
            ConvenedBy = null,
            ConvenedOn = null,
            LateReason = null,
            InviteeIds = [],
            CancelledOn = null,
        });
    }

    internal static Meeting Normalized(Meeting m) => m with
    {
        Title = m.Title.Trimmed(),
        TimeZoneId = m.TimeZoneId.Trim(),
        Place = Blank(m.Place),
        OnlineLink = Blank(m.OnlineLink),
        AgendaVersions = m.AgendaVersions.Take(m.AgendaVersions.Count - 1)
            .Append(m.CurrentAgenda with { Items = Trimmed(m.CurrentAgenda.Items) }).ToList(),
    };

    internal static IReadOnlyList<AgendaItem> Trimmed(IEnumerable<AgendaItem> items) =>
        items.Select(i => i with { Title = i.Title.Trimmed() }).ToList();

    internal static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    internal static bool IsOffice(Member actor) => actor is { IsActive: true, Role: MemberRole.Office };

    internal static Outcome<Meeting, MeetingRefusal> Accept(Meeting m) => Outcome<Meeting, MeetingRefusal>.Accept(m);

    internal static Outcome<Meeting, MeetingRefusal> Refuse(MeetingRefusal r) => Outcome<Meeting, MeetingRefusal>.Refuse(r);
}
