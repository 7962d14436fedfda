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

    /// Calls the meeting off. A convened meeting gets a higher calendar sequence, and everyone invited one notice
    /// (MeetingNotices); a draft was never sent, so it just stops. Cancelling twice changes nothing.
    public static Outcome<Meeting, MeetingRefusal> Cancel(Member actor, Meeting meeting, DateOnly today)
    {
        if (!IsOffice(actor)) return Refuse(MeetingRefusal.NotAllowed);
        if (meeting.Status == MeetingStatus.Cancelled) return Accept(meeting);
        if (today > meeting.ClosingDay) return Refuse(MeetingRefusal.MeetingOver);
        return Accept(meeting with
        {
            Status = MeetingStatus.Cancelled,
            CancelledOn = today,
            Sequence = meeting.Status == MeetingStatus.Convened ? meeting.Sequence + 1 : meeting.Sequence,
        });
    }

    /// Moves a convened meeting to other days or times, another time zone, place or link; the rest of the edited
    /// meeting is ignored. The calendar sequence goes up, so calendar programs update the invitation, and everyone
    /// invited gets one notice. Moving a plenary's opening day to less than the convocation notice from today needs a
    /// reason, as a late convocation does (working methods 4.2): members learn of the new day only now.
    public static Outcome<Meeting, MeetingRefusal> Move(
        Member actor, Meeting meeting, Meeting edited, string? lateReason, DateOnly today, WorkingDays calendar, MeetingSettings settings)
    {
        if (!IsOffice(actor)) return Refuse(MeetingRefusal.NotAllowed);
        if (meeting.Status == MeetingStatus.Cancelled) return Refuse(MeetingRefusal.Cancelled);
        if (meeting.Status != MeetingStatus.Convened) return Refuse(MeetingRefusal.NotConvened);
        if (today > meeting.ClosingDay) return Refuse(MeetingRefusal.MeetingOver);

        var e = Normalized(edited);
        var moved = meeting with
        {
            OpeningDay = e.OpeningDay, ClosingDay = e.ClosingDay, StartsAt = e.StartsAt, EndsAt = e.EndsAt,
            TimeZoneId = e.TimeZoneId, Place = e.Place, OnlineLink = e.OnlineLink,
        };
        if (moved == meeting) return Refuse(MeetingRefusal.NothingChanged);
        if (MeetingValidation.Problems(moved, today, settings).Count > 0) return Refuse(MeetingRefusal.Invalid);

        var reason = MemberDetails.Blank(lateReason);
        var late = moved.OpeningDay != meeting.OpeningDay && Convocation.Timing(moved, today, calendar, settings).NeedsReason;
        if (late && reason is null) return Refuse(MeetingRefusal.LateReasonMissing);
        if (reason?.Length > settings.ReasonMaxLength) return Refuse(MeetingRefusal.ReasonTooLong);

        return Accept(moved with { Sequence = meeting.Sequence + 1, LateReason = late ? reason : meeting.LateReason });
    }

    internal static Meeting Normalized(Meeting m) => m with
    {
        Title = m.Title.Trimmed(),
        TimeZoneId = m.TimeZoneId.Trim(),
        Place = MemberDetails.Blank(m.Place),
        OnlineLink = MemberDetails.Blank(m.OnlineLink),
        AgendaVersions = m.AgendaVersions.Take(m.AgendaVersions.Count - 1)
            .Append(m.CurrentAgenda with { Items = Trimmed(m.CurrentAgenda.Items) }).ToList(),
    };

    internal static IReadOnlyList<AgendaItem> Trimmed(IEnumerable<AgendaItem> items) => items.Select(AgendaDetails.Normalized).ToList();

    internal static bool IsOffice(Member actor) => actor is { IsActive: true, Role: MemberRole.Office };

    internal static Outcome<Meeting, MeetingRefusal> Accept(Meeting m) => Outcome<Meeting, MeetingRefusal>.Accept(m);

    internal static Outcome<Meeting, MeetingRefusal> Refuse(MeetingRefusal r) => Outcome<Meeting, MeetingRefusal>.Refuse(r);
}
