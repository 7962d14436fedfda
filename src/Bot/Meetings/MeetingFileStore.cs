using FocalBot.Bot.Exports;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Meetings;

/// A meeting's files in the export store: each invitee's own calendar file, and the list of participants. Members reach
/// them through personal links (signed locally, the restricted library's page in SharePoint).
public sealed class MeetingFileStore(IExportStore exports, IMeetingStore meetings, IMemberDirectory members, IOptions<MeetingOptions> options,
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
        if (MeetingFiles.Invitation(meeting, invitee, options.Value.Organizer, calendar.Now, invitee.PreferredLanguage ?? Language.En) is not { } file) return null;
        var saved = await exports.SaveAsync(MeetingFiles.InvitationFolder(meeting, invitee.Id), file, ct);
        return exports.LinkFor(saved, invitee, CalendarLinkUntil(meeting)).Url.AbsoluteUri;
    }

    /// The meeting's end in its own time zone plus the margin; never less than Exports:LinkLifetime from now, which
    /// the export store ensures.
    public static DateTimeOffset CalendarLinkUntil(Meeting meeting) => MeetingCalendar.EndOf(meeting) + CalendarLinkMargin;

    /// Writes the list of participants as Word and Excel, and the member's links to both.
    public async Task<(int Attending, string Word, string Excel)> ParticipantListsAsync(Meeting meeting, Member forMember, Language language, CancellationToken ct)
    {
        var rsvps = await meetings.ListRsvpsAsync(meeting.Id, ct);
        var externals = await meetings.ListExternalsAsync(meeting.Id, ct);
        var everyone = await members.ListAsync(ct);
        var rows = ParticipantList.Of(meeting, rsvps, everyone, externals);
        var files = MeetingFiles.ParticipantLists(meeting, rsvps, everyone, externals, calendar.Today, language);
        var saved = new List<ExportedFile>();
        foreach (var file in files) saved.Add(await exports.SaveAsync(MeetingFiles.Folder(meeting), file, ct));
        // Office working files: they live Exports:LinkLifetime, as a compilation's do.
        string Link(string extension) => exports.LinkFor(saved.Single(f => f.Name.EndsWith(extension, StringComparison.Ordinal)), forMember).Url.AbsoluteUri;
        return (rows.Count, Link(".docx"), Link(".xlsx"));
    }
}
