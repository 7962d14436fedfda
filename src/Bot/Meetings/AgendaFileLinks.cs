using FocalBot.Bot.Exports;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;

namespace FocalBot.Bot.Meetings;

/// The links to a meeting's stored agenda files for one member, made only for those who may open them: the office,
/// the meeting's invitees, and for a meeting of the whole network every member. A link goes out with a convocation
/// months ahead, so it lives until the meeting has ended, as the calendar file's (MeetingFileStore.CalendarLinkUntil).
public sealed class AgendaFileLinks(IExportStore exports)
{
    public static bool MayOpen(Member member, Meeting meeting) =>
        member.IsActive && (member.Role == MemberRole.Office || meeting.IsForWholeNetwork || meeting.InviteeIds.Contains(member.Id));

    /// The member's links, or none at all (each document then shows its title alone).
    public FileLink For(Meeting meeting, Member member) => document =>
        document.File is { } file && MayOpen(member, meeting)
            ? exports.LinkFor(FileOf(file), member, MeetingFileStore.CalendarLinkUntil(meeting)).Url.AbsoluteUri
            : null;

    /// The stored file as the export store saved it, for a link.
    public static ExportedFile FileOf(AgendaFile file) =>
        new(file.FileId, file.Name, file.ContentType, file.Length, file.FileUrl is { } url ? new Uri(url) : null);
}
