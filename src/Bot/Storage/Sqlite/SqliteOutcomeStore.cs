using System.Globalization;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Storage.Sqlite;

/// Summary reports, comments and follow-up actions, each row one JSON document (OutcomeJson) beside the columns the
/// lookups and the listing orders need. Every save is one statement guarded by the version read (VersionedRows).
public sealed class SqliteOutcomeStore(SqliteDatabase db) : IOutcomeStore
{
    public async Task<SummaryReport?> GetReportAsync(string meetingId, CancellationToken ct) =>
        (await db.DocumentsAsync("summary_reports", "WHERE meeting = $meeting", "", OutcomeJson.ReadReport, ct, ("$meeting", meetingId))).SingleOrDefault();

    // The latest started first; of two started the same day, the one added last.
    public Task<IReadOnlyList<SummaryReport>> ListReportsAsync(CancellationToken ct) =>
        db.DocumentsAsync("summary_reports", "", "ORDER BY created_on DESC, seq DESC", OutcomeJson.ReadReport, ct);

    public async Task<SaveResult> SaveReportAsync(SummaryReport report, CancellationToken ct)
    {
        await using var connection = await db.OpenWriterAsync(ct);
        return await connection.SaveVersionedAsync("summary_reports", [("meeting", report.MeetingId)],
            [("created_on", Day(report.CreatedOn)), ("status", report.Status.ToString()), ("body", OutcomeJson.Write(report))],
            report.Version, SaveResult.Duplicated, ct);
    }

    public Task<IReadOnlyList<ReportComment>> ListCommentsAsync(string meetingId, CancellationToken ct) =>
        db.DocumentsAsync("report_comments", "WHERE meeting = $meeting", "ORDER BY seq", OutcomeJson.ReadComment, ct, ("$meeting", meetingId));

    public async Task<SaveResult> SaveCommentAsync(ReportComment comment, CancellationToken ct)
    {
        await using var connection = await db.OpenWriterAsync(ct);
        return await connection.SaveVersionedAsync("report_comments", [("id", comment.Id)],
            [("meeting", comment.MeetingId), ("body", OutcomeJson.Write(comment))], comment.Version, SaveResult.Duplicated, ct);
    }

    public async Task<FollowUpAction?> GetActionAsync(string id, CancellationToken ct) =>
        (await db.DocumentsAsync("follow_up_actions", "WHERE id = $id", "", OutcomeJson.ReadAction, ct, ("$id", id))).SingleOrDefault();

    public Task<IReadOnlyList<FollowUpAction>> ListActionsAsync(string? meetingId, CancellationToken ct) => meetingId is null
        ? db.DocumentsAsync("follow_up_actions", "", "ORDER BY due, seq", OutcomeJson.ReadAction, ct)
        : db.DocumentsAsync("follow_up_actions", "WHERE meeting = $meeting", "ORDER BY due, seq", OutcomeJson.ReadAction, ct, ("$meeting", meetingId));

    public async Task<SaveResult> SaveActionAsync(FollowUpAction action, CancellationToken ct)
    {
        await using var connection = await db.OpenWriterAsync(ct);
        return await connection.SaveVersionedAsync("follow_up_actions", [("id", action.Id)],
            [("meeting", action.MeetingId), ("due", Day(action.Due)), ("status", action.Status.ToString()), ("body", OutcomeJson.Write(action))],
            action.Version, SaveResult.Duplicated, ct);
    }

    static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
