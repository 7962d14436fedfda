using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Meetings;

public enum MeetingReminderKind
{
    /// To invitees who have not answered, some working days after the convocation.
    NoAnswer,
    /// To those attending, with the practical details; members sending a substitute get it too, to pass on.
    PracticalDetails,
    /// To those attending, just before the meeting. It repeats the practical details, so someone who answered too
    /// late for the earlier reminder misses nothing.
    LastReminder,
}

/// One reminder of a meeting to some invitees. The meeting, the kind and Day name it exactly, so the bot's delivery rows
/// make it go once per member, even when the plan names it again the next day or after a restart.
public sealed record MeetingReminder(string MeetingId, MeetingReminderKind Kind, DateOnly OpeningDay, IReadOnlyList<string> MemberIds)
{
    /// The opening day the reminder is for: the reminders before the meeting are due again for a new day after a move;
    /// the no-answer reminder is not (null), as the member's answer stands.
    public DateOnly? Day => Kind == MeetingReminderKind.NoAnswer ? null : OpeningDay;
}

/// The reminder ladder of a convened meeting (MeetingSettings): when and whom to remind.
public static class ReminderPlan
{
    /// The reminders due today. Each step is due from its day on, not only on it, so a day the job missed (an
    /// outage) is caught up, and someone who answers after a step's day still gets it; the delivery rows keep it to once
    /// per member. The no-answer reminder stays due until the RSVP cut-off, when answering ends. Of the two steps
    /// for those attending, only the latest reached is due, so nobody gets both on the same day. Nothing is due for a
    /// draft or cancelled meeting, or from the opening day on.
    public static IReadOnlyList<MeetingReminder> Due(
        Meeting meeting, IEnumerable<Rsvp> rsvps, IEnumerable<Member> everyone, DateOnly today, WorkingDays calendar, MeetingSettings settings)
    {
        if (meeting is not { Status: MeetingStatus.Convened, ConvenedOn: { } convenedOn } || today >= meeting.OpeningDay) return [];

        var active = everyone.Where(m => m.IsActive).Select(m => m.Id).ToHashSet();
        var invitees = meeting.InviteeIds.Where(active.Contains).ToList();
        var answers = Rsvps.Latest(meeting, rsvps);
        var due = new List<MeetingReminder>();

        if (settings.NoAnswerReminderWorkingDays > 0
            && calendar.Add(convenedOn, settings.NoAnswerReminderWorkingDays) <= today
            && today <= Rsvps.CutOff(meeting, calendar, settings))
            Add(MeetingReminderKind.NoAnswer, invitees.Where(id => !answers.ContainsKey(id)));

        var step = new[]
            {
                (Kind: MeetingReminderKind.PracticalDetails, Days: settings.PracticalReminderWorkingDays),
                (Kind: MeetingReminderKind.LastReminder, Days: settings.LastReminderWorkingDays),
            }
            .Where(s => s.Days > 0)
            .Select(s => (s.Kind, Day: calendar.Add(meeting.OpeningDay, -s.Days)))
            .Where(s => s.Day <= today)
            .OrderBy(s => s.Day).ThenBy(s => s.Kind)
            .LastOrDefault();
        if (step.Day != default)
            Add(step.Kind, invitees.Where(id => answers.TryGetValue(id, out var a)
                && (a.IsAttending || (step.Kind == MeetingReminderKind.PracticalDetails && a.Choice == RsvpChoice.Substitute))));

        return due;

        void Add(MeetingReminderKind kind, IEnumerable<string> memberIds)
        {
            var ids = memberIds.ToList();
            if (ids.Count > 0) due.Add(new MeetingReminder(meeting.Id, kind, meeting.OpeningDay, ids));
        }
    }
}
