using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using FocalBot.Bot.Exports;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// A meeting's files as the export store keeps them, all in the meeting's folder: the list of participants (Word and
/// Excel, one language) and each invitee's calendar file. Names carry ids and the opening day, never a title or a
/// person's name: they show in links, libraries and logs.
public static partial class MeetingFiles
{
    public static string Folder(Meeting meeting) => $"Meetings/{Key(meeting.Id)}";

    /// Everyone expected (ParticipantList.Of) as of drawnUpOn. Drawing the list up again the same day replaces both
    /// files; after a move the new opening day names new files.
    public static IReadOnlyList<ExportFile> ParticipantLists(
        Meeting meeting, IEnumerable<Rsvp> rsvps, IEnumerable<Member> everyone, IEnumerable<ExternalParticipant> externals, DateOnly drawnUpOn, Language language)
    {
        var members = everyone.ToList();
        var rows = ParticipantList.Of(meeting, rsvps, members, externals);
        return
        [
            ParticipantDocument.Write(meeting, rows, members, drawnUpOn, language),
            ParticipantWorkbook.Write(meeting, rows, members, drawnUpOn, language),
        ];
    }

    /// The invitee's own .ics (MeetingCalendar.For: them as the only attendee, the description in language), or null
    /// for a member without an e-mail address, whom no calendar program could match to the invitation. The name holds
    /// the meeting's and the member's ids and nothing that changes: a move or a cancellation (a higher SEQUENCE) saved
    /// in the same folder replaces the file, so the invitee's link always gives the latest.
    public static ExportFile? Invitation(Meeting meeting, Member invitee, CalendarOrganizer organizer, DateTimeOffset now, Language language)
    {
        if (CalendarInvitee.For(invitee) is not { } attendee) return null;
        var ics = MeetingCalendar.For(meeting, attendee with { Language = language }, organizer, now);
        return new ExportFile(InvitationName(meeting, invitee.Id), MeetingCalendar.ContentType(meeting), Encoding.UTF8.GetBytes(ics));
    }

    // The meeting's id again, though the folder has it: the name is all a download keeps, and two meetings' files
    // should not both be "Calendar m-….ics" in the invitee's downloads.
    internal static string InvitationName(Meeting meeting, string memberId) => $"Calendar {Key(meeting.Id)} {Key(memberId)}.ics";

    /// An id as a piece of a folder or file name. The ids the bot makes (hex, "m-" and hex) are used as they are; any
    /// other id becomes "h_" and part of its SHA-256, so it stays a safe name (ExportNames) and never equals an id kept
    /// as is, which has no "_". Upper case is hashed too: SharePoint names ignore case, so "M-1" and "m-1" would share
    /// a file.
    internal static string Key(string id) =>
        PlainId().IsMatch(id) ? id : "h_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..20];

    // Forty characters at most, so the name stays under ExportNames.MaxSegmentLength with both ids.
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex PlainId();
}
