using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using FocalBot.Bot.Exports;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// A meeting's files as the export store keeps them, all in the meeting's folder: the list of participants (Word and
/// Excel, one language). Names carry ids and the opening day, never a title or a person's name: they show in links,
/// libraries and logs.
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

    /// An id as a piece of a folder or file name. The ids the bot makes (hex) are used as they are; any other id
    /// becomes "h_" and part of its SHA-256, so it stays a safe name (ExportNames) and never equals an id kept as is,
    /// which has no "_". Upper case is hashed too: SharePoint names ignore case, so "A1" and "a1" would share a folder.
    internal static string Key(string id) =>
        PlainId().IsMatch(id) ? id : "h_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..20];

    // Forty characters at most, well under ExportNames.MaxSegmentLength.
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex PlainId();
}
