using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Meetings;

/// Where a meeting stands against the convocation rule on a given day: the latest day to send it, the working days
/// left until then (negative once it has passed), and whether the office must give a reason to send it now.
public sealed record ConvocationTiming(DateOnly LatestDay, int WorkingDaysLeft, bool IsLate, bool NeedsReason);

/// Working methods 4.2: the convocation and the draft agenda go to every focal point at least 30 working days before
/// the opening day.
///
/// How the days are counted: the latest convocation day is the 30th working day counted back from the opening day,
/// the opening day itself not counted (WorkingDays.Add(opening, -30)). A convocation sent on that day is on time:
/// that day and the 29 working days after it all lie before the opening day, so members have 30 working days,
/// the day it arrives included, to arrange their travel. Sent the working day after, they have 29: late.
/// Weekends and the network's holidays never count, and an opening on a holiday or a weekend counts back from that
/// day all the same (the working day before it is the first of the 30). A convocation sent on a weekend is on time
/// when the following working day would be.
public static class Convocation
{
    public static DateOnly LatestDay(DateOnly opening, WorkingDays calendar, MeetingSettings settings) =>
        calendar.Add(opening, -settings.ConvocationWorkingDays);

    /// Shown to the office while the meeting is drafted. Only a plenary needs a reason when late: the rule is the
    /// plenary's, and a thematic session may be called at shorter notice.
    public static ConvocationTiming Timing(Meeting meeting, DateOnly today, WorkingDays calendar, MeetingSettings settings)
    {
        var latest = LatestDay(meeting.OpeningDay, calendar, settings);
        var late = today > latest;
        return new ConvocationTiming(latest, calendar.Count(today, latest), late, late && meeting.Kind == MeetingKind.Plenary);
    }

    /// Sends a valid draft to its audience: the invitee list is fixed now, the draft agenda becomes version 1 issued
    /// today. A late plenary is refused unless the office gives a reason, which is kept on the meeting for the audit
    /// log and the monitoring report. The thematic group's member ids are needed only for that kind of audience.
    public static Outcome<Meeting, MeetingRefusal> Convene(
        Member actor, Meeting meeting, IEnumerable<Member> everyone, IReadOnlyCollection<string>? groupMemberIds,
        string? lateReason, DateOnly today, WorkingDays calendar, MeetingSettings settings)
    {
        if (!MeetingWorkflow.IsOffice(actor)) return MeetingWorkflow.Refuse(MeetingRefusal.NotAllowed);
        if (meeting.Status == MeetingStatus.Cancelled) return MeetingWorkflow.Refuse(MeetingRefusal.Cancelled);
        if (meeting.Status != MeetingStatus.Draft) return MeetingWorkflow.Refuse(MeetingRefusal.NotDraft);
        var m = MeetingWorkflow.Normalized(meeting);
        if (MeetingValidation.Problems(m, today, settings).Count > 0) return MeetingWorkflow.Refuse(MeetingRefusal.Invalid);

        var reason = MemberDetails.Blank(lateReason);
        var timing = Timing(m, today, calendar, settings);
        if (timing.NeedsReason && reason is null) return MeetingWorkflow.Refuse(MeetingRefusal.LateReasonMissing);
        if (reason?.Length > settings.ReasonMaxLength) return MeetingWorkflow.Refuse(MeetingRefusal.ReasonTooLong);

        var invitees = m.Audience.Invitees(everyone, groupMemberIds);
        if (invitees.Count == 0) return MeetingWorkflow.Refuse(MeetingRefusal.NobodyInvited);

        return MeetingWorkflow.Accept(m with
        {
            Status = MeetingStatus.Convened,
            Sequence = 0,
            ConvenedBy = actor.Id,
            ConvenedOn = today,
            // A reason given for an on-time convocation explains nothing; keeping it would flag the meeting as late.
            LateReason = timing.IsLate ? reason : null,
            InviteeIds = invitees.Select(i => i.Id).ToList(),
            AgendaVersions = [m.CurrentAgenda with { Number = 1, IssuedOn = today, Changes = [] }],
        });
    }
}
