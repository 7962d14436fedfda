using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Outcomes;

/// Meetings' summary reports, the participants' comments on them and the follow-up actions of their recommendations:
/// one port, SQLite locally and SharePoint lists in production. Every save is versioned (SaveResult): a record carries
/// the store version it was read with (null when new), and a stale save gets Conflict and changes nothing. Comments
/// and actions are records of their own, so a participant commenting never collides with the office revising.
public interface IOutcomeStore
{
    /// The report of this meeting, or null.
    Task<SummaryReport?> GetReportAsync(string meetingId, CancellationToken ct);

    /// Every report, the latest started first. The network holds a few meetings a year.
    Task<IReadOnlyList<SummaryReport>> ListReportsAsync(CancellationToken ct);

    /// Adds a report (Version null; Duplicate when the meeting has one) or updates it if unchanged since read.
    Task<SaveResult> SaveReportAsync(SummaryReport report, CancellationToken ct);

    /// The comments on this meeting's report, oldest first.
    Task<IReadOnlyList<ReportComment>> ListCommentsAsync(string meetingId, CancellationToken ct);

    /// Adds a comment (Version null; Duplicate when its id is taken) or updates it if unchanged since read.
    Task<SaveResult> SaveCommentAsync(ReportComment comment, CancellationToken ct);

    Task<FollowUpAction?> GetActionAsync(string id, CancellationToken ct);

    /// Every action, or the actions of one meeting, by due date, then in the order added.
    Task<IReadOnlyList<FollowUpAction>> ListActionsAsync(string? meetingId, CancellationToken ct);

    /// Adds an action (Version null; Duplicate when its id is taken) or updates it if unchanged since read.
    Task<SaveResult> SaveActionAsync(FollowUpAction action, CancellationToken ct);
}
