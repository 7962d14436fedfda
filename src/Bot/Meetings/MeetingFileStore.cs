using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using System.Text;
using FocalBot.Bot.Exports;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Meetings;

/// A meeting's files in the export store, all in the meeting's folder: the list of participants (Word and Excel, one
/// language), the agenda as Word and, in a folder per invitee, each invitee's calendar file. Folders carry ids, the lists' names the
/// opening day, a calendar file's name the meeting's title and days (what the invitee keeps in their downloads); never a
/// person's name: names show in links, libraries and logs. Members reach them through personal links (signed locally,
/// the restricted library's page in SharePoint).
public sealed partial class MeetingFileStore(IExportStore exports, IMeetingStore meetings, IMemberDirectory members, IOptions<MeetingOptions> options,
    NetworkCalendar calendar)
{
    /// How long after its meeting's end a calendar link still opens: a day, so an invitee checking the event that
    /// evening or the morning after still gets the file.
    public static readonly TimeSpan CalendarLinkMargin = TimeSpan.FromDays(1);

    /// The invitee's .ics at the meeting's current sequence, in their folder (saved again each time, so a cancellation
    /// replaces it and a move, with new days in the name, is saved beside it), or null for a member without an e-mail
    /// address, whom no calendar program could match. The link goes out with a convocation months ahead, so it lives
    /// until the meeting has ended (CalendarLinkUntil).
    public async Task<string?> InvitationLinkAsync(Meeting meeting, Member invitee, CancellationToken ct)
    {
        if (meeting.Status == MeetingStatus.Draft) return null;
        if (Invitation(meeting, invitee, options.Value.Organizer, calendar.Now, invitee.PreferredLanguage ?? Language.En) is not { } file) return null;
        var saved = await exports.SaveAsync(InvitationFolder(meeting, invitee.Id), file, ct);
        return exports.LinkFor(saved, invitee, CalendarLinkUntil(meeting)).Url.AbsoluteUri;
    }

    /// The meeting's end in its own time zone plus the margin; never less than Exports:LinkLifetime from now, which
    /// the export store ensures.
    public static DateTimeOffset CalendarLinkUntil(Meeting meeting) => MeetingDates.EndOf(meeting) + CalendarLinkMargin;

    /// Writes the list of participants as Word and Excel, and the member's links to both: those expected, or, once the
    /// office recorded attendance, those present (the participants annex). Attended says which.
    public async Task<(int Count, bool Attended, string Word, string Excel)> ParticipantListsAsync(Meeting meeting, Member forMember, Language language, CancellationToken ct)
    {
        var rsvps = await meetings.ListRsvpsAsync(meeting.Id, ct);
        var externals = await meetings.ListExternalsAsync(meeting.Id, ct);
        var attendance = await meetings.GetAttendanceAsync(meeting.Id, ct);
        var everyone = await members.ListAsync(ct);
        var count = attendance is null ? ParticipantList.Of(meeting, rsvps, everyone, externals).Count : attendance.Present.Count();
        var files = ParticipantLists(meeting, rsvps, everyone, externals, calendar.Today, language, attendance);
        var saved = new List<ExportedFile>();
        foreach (var file in files) saved.Add(await exports.SaveAsync(Folder(meeting), file, ct));
        // Office working files: they live Exports:LinkLifetime, as a compilation's do.
        string Link(string extension) => exports.LinkFor(saved.Single(f => f.Name.EndsWith(extension, StringComparison.Ordinal)), forMember).Url.AbsoluteUri;
        return (count, attendance is not null, Link(".docx"), Link(".xlsx"));
    }

    /// Writes the current agenda as Word in the annex layout (AgendaAnnex), and the member's link to it. Each version
    /// has its own file; writing one again replaces it.
    public async Task<string> AgendaLinkAsync(Meeting meeting, Member forMember, Language language, CancellationToken ct)
    {
        var saved = await exports.SaveAsync(Folder(meeting), AgendaAnnex.Write(meeting, meeting.CurrentAgenda, language), ct);
        return exports.LinkFor(saved, forMember).Url.AbsoluteUri;
    }

    // Where each file goes, what it is named and what it holds

    public static string Folder(Meeting meeting) => $"Meetings/{Key(meeting.Id)}";

    /// Everyone expected (ParticipantList.Of) as of drawnUpOn, or, with the attendance recorded, the participants annex
    /// (ParticipantList.Attended and its counts). Drawing the list up again the same day replaces both files; after a
    /// move the new opening day names new files.
    public static IReadOnlyList<ExportFile> ParticipantLists(Meeting meeting, IEnumerable<Rsvp> rsvps, IEnumerable<Member> everyone,
        IEnumerable<ExternalParticipant> externals, DateOnly drawnUpOn, Language language, Attendance? attendance = null)
    {
        var members = everyone.ToList();
        var rows = attendance is null ? ParticipantList.Of(meeting, rsvps, members, externals) : ParticipantList.Attended(attendance);
        var figures = attendance is null ? null : AttendanceFigures.Of(attendance);
        return
        [
            ParticipantDocument.Write(meeting, rows, members, drawnUpOn, language, figures),
            ParticipantWorkbook.Write(meeting, rows, members, drawnUpOn, language, figures),
        ];
    }

    /// The invitee's own .ics (MeetingCalendar.For: them as the only attendee, the description in language), or null
    /// for a member without an e-mail address, whom no calendar program could match to the invitation. Saved in the
    /// invitee's folder (InvitationFolder) under the meeting's title and days: a cancellation (a higher SEQUENCE) saved
    /// there replaces the file, and a move, which changes the days, saves a new one that its notice links to.
    public static ExportFile? Invitation(Meeting meeting, Member invitee, CalendarOrganizer organizer, DateTimeOffset now, Language language)
    {
        if (CalendarInvitee.For(invitee) is not { } attendee) return null;
        var ics = MeetingCalendar.For(meeting, attendee with { Language = language }, organizer, now);
        return new ExportFile(InvitationName(meeting, language), MeetingCalendar.ContentType(meeting), Encoding.UTF8.GetBytes(ics));
    }

    /// Each invitee's file in their own folder: every invitee's file has the same name, and the folder, not the name,
    /// keeps Élise's link from giving Jonas's file.
    public static string InvitationFolder(Meeting meeting, string memberId) => $"{Folder(meeting)}/{Key(memberId)}";

    /// "Plenary meeting of the network (11-12 May 2026).ics", "Réunion plénière du réseau (11-12 mai 2026).ics": what a
    /// download keeps, so two meetings' files are told apart in the invitee's downloads. The title is cleaned to what
    /// ExportNames accepts and shortened to fit; a title with nothing usable left gives the meeting's kind.
    internal static string InvitationName(Meeting meeting, Language language)
    {
        var suffix = $" ({Days(meeting, language)}).ics";
        var title = ExportNames.Clean(meeting.Title.In(language), ExportNames.MaxSegmentLength - suffix.Length);
        if (title.Length == 0) title = (meeting.Kind == MeetingKind.Plenary ? MeetingTexts.Plenary : MeetingTexts.Thematic).In(language);
        return title + suffix;
    }

    // "11 May 2026", "11-12 May 2026", "30 June-1 July 2026", "31 December 2026-2 January 2027": a hyphen, as names
    // allow no dash.
    static string Days(Meeting meeting, Language language)
    {
        var (from, to) = (meeting.OpeningDay, meeting.ClosingDay);
        var start = from == to ? "" : from.Year != to.Year ? Text.Date(from, "d MMMM yyyy", language) + "-"
            : from.Month != to.Month ? Text.Date(from, "d MMMM", language) + "-"
            : (from.Day == 1 && language == Language.Fr ? "1er" : from.Day.ToString(CultureInfo.InvariantCulture)) + "-";
        return start + Text.Date(to, "d MMMM yyyy", language);
    }

    /// An id as a piece of a folder or file name. The ids the bot makes (hex, "m-" and hex) are used as they are; any
    /// other id becomes "h_" and part of its SHA-256, so it stays a safe name (ExportNames) and never equals an id kept
    /// as is, which has no "_". Upper case is hashed too: SharePoint names ignore case, so "M-1" and "m-1" would share
    /// a file.
    internal static string Key(string id) =>
        PlainId().IsMatch(id) ? id : "h_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..20];

    // Forty characters at most, short enough for any folder or name it is part of.
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex PlainId();
}
