using System.Globalization;
using FocalBot.Domain.Members;

namespace FocalBot.Domain.Meetings;

/// The campaign keys of a meeting's proactive messages. The sender keeps one delivery row per recipient and campaign
/// (Delivery), so a key that names the message exactly is what makes each message go once, across restarts.
public static class MeetingCampaigns
{
    /// The convocation with the draft agenda, .ics and RSVP card; the network channel's post is one more recipient.
    public static string Convocation(string meetingId) => $"meeting-convocation/{meetingId}";

    /// A revised agenda; version 1 went with the convocation.
    public static string Agenda(string meetingId, int version) => Invariant($"meeting-agenda/{meetingId}/{version}");

    /// The office's decision on a suggestion, to its proposer.
    public static string Decision(string suggestionId) => $"meeting-suggestion/{suggestionId}";

    /// A cancellation or move: the sequence names the change, so a second move is a new notice.
    public static string Notice(string meetingId, int sequence) => Invariant($"meeting-notice/{meetingId}/{sequence}");

    /// A reminder of the ladder (ReminderPlan). Those before the meeting name its opening day: after a move they
    /// are due again for the new day.
    public static string Reminder(string meetingId, MeetingReminderKind kind, DateOnly openingDay) => kind switch
    {
        MeetingReminderKind.NoAnswer => $"meeting-reminder/{meetingId}/no-answer",
        MeetingReminderKind.PracticalDetails => Invariant($"meeting-reminder/{meetingId}/practical/{openingDay:yyyy-MM-dd}"),
        _ => Invariant($"meeting-reminder/{meetingId}/last/{openingDay:yyyy-MM-dd}"),
    };

    static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

public enum NoticeKind { Cancelled, Moved }

/// One notice of a change to everyone invited, with a new .ics: METHOD:CANCEL, or an update at the new sequence.
public sealed record MeetingNotice(string MeetingId, NoticeKind Kind, int Sequence, IReadOnlyList<string> MemberIds)
{
    public string Campaign => MeetingCampaigns.Notice(MeetingId, Sequence);
}

public static class MeetingNotices
{
    /// The notice the meeting's last change calls for; none for a draft or a meeting unchanged since its
    /// convocation. It goes to every invitee still active, whatever they answered: a member who declined may come
    /// on the new day, and one who accepted must hear of a cancellation.
    public static MeetingNotice? For(Meeting meeting, IEnumerable<Member> everyone)
    {
        if (meeting.ConvenedOn is null || meeting.Sequence == 0) return null;
        var active = everyone.Where(m => m.IsActive).Select(m => m.Id).ToHashSet();
        var kind = meeting.Status == MeetingStatus.Cancelled ? NoticeKind.Cancelled : NoticeKind.Moved;
        return new MeetingNotice(meeting.Id, kind, meeting.Sequence, meeting.InviteeIds.Where(active.Contains).ToList());
    }
}
