using FocalBot.Bot.Exports;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Outcomes;

/// A member's own links to the issued report's documents, by language, and the day they stop working (null: never).
public sealed record ReportLinks(IReadOnlyList<(Language Language, string Url)> Documents, DateOnly? Until)
{
    public static readonly ReportLinks None = new([], null);
}

/// The final report's documents and messages (ReportRoutes.IssueAsync): the Word report in English and French, written
/// before the report is saved issued, so an issued report always has them; then one delivery row per invitee
/// (ReportIssuedCampaign) and, for a meeting of the whole network, the channel's row (ReportChannelCampaign). Rows are
/// never added twice, so queuing again after a fault adds only what is missing.
public static class ReportIssue
{
    public static readonly IReadOnlyList<Language> Languages = [Language.En, Language.Fr];

    /// Both documents of the report as it will be issued, saved (replacing those of an earlier attempt); the participants
    /// annex and the counts are those of the attendance recorded, none before it is.
    public static async Task<IReadOnlyList<ReportFile>> WriteAsync(SummaryReport issued, Meeting meeting, OwnerBook book, IMeetingStore meetings,
        IExportStore exports, CancellationToken ct)
    {
        var attendance = await meetings.GetAttendanceAsync(meeting.Id, ct);
        IReadOnlyList<ParticipantRow> attended = attendance is null ? [] : ParticipantList.Attended(attendance);
        var figures = attendance is null ? null : AttendanceFigures.Of(attendance);
        var files = new List<ReportFile>();
        foreach (var language in Languages)
        {
            var saved = await exports.SaveAsync(ReportDocument.Folder(meeting), ReportDocument.Write(issued, meeting, attended, figures, book, language), ct);
            files.Add(new ReportFile(language, saved.Id, saved.Name, saved.ContentType, saved.Length, saved.WebUrl?.AbsoluteUri));
        }
        return files;
    }

    /// Whom the issued report goes to: every active invitee but the office, which issued it, whether they attended or
    /// not (the draft went to the participants only, for their comments; the final report is for everyone invited).
    public static IReadOnlyList<string> Invitees(Meeting meeting, IEnumerable<Member> everyone) =>
        [.. everyone.Where(m => m.Role != MemberRole.Office && meeting.IsInvited(m)).Select(m => m.Id).Distinct()];

    /// A row per invitee, then the channel's for a meeting of the whole network; how many rows were new.
    public static async Task<int> QueueAsync(Meeting meeting, IEnumerable<string> invitees, IDeliveryStore deliveries, DateTimeOffset now, CancellationToken ct)
    {
        var queued = await deliveries.AddPendingAsync(ReportIssuedCampaign.Key(meeting.Id), invitees, now, ct);
        if (meeting.IsForWholeNetwork) queued += await deliveries.AddPendingAsync(ReportChannelCampaign.Key(meeting.Id), [NetworkChannel.Recipient], now, ct);
        return queued;
    }

    /// The member's own links to the report's documents, the reader's language first, made now (Exports:LinkLifetime),
    /// and the network's day they expire on (null for a library's page, which does not).
    public static ReportLinks Links(SummaryReport report, Member member, Language first, IExportStore exports, NetworkCalendar calendar)
    {
        var links = report.Files.OrderBy(f => f.Language == first ? 0 : 1).Select(f => (f.Language, Link: exports.LinkFor(FileOf(f), member))).ToList();
        var expires = links.Select(l => l.Link.Expires).Min();
        return new ReportLinks([.. links.Select(l => (l.Language, l.Link.Url.AbsoluteUri))], expires is { } at ? calendar.DayOf(at) : null);
    }

    static ExportedFile FileOf(ReportFile file) =>
        new(file.FileId, file.Name, file.ContentType, file.Length, file.Url is { } url ? new Uri(url) : null);
}
