using FocalBot.Domain.Members;

namespace FocalBot.Domain.Meetings;

public enum NoticeKind { Cancelled, Moved }

/// One notice of a change to everyone invited, with a new .ics: METHOD:CANCEL, or an update at the new sequence.
/// The sequence names the change, so a second move is a new notice.
public sealed record MeetingNotice(string MeetingId, NoticeKind Kind, int Sequence, IReadOnlyList<string> MemberIds);

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
