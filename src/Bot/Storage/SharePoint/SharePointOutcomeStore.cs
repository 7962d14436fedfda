using System.Globalization;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Storage.SharePoint;

/// Summary reports, comments and follow-up actions in three lists, one item per record whose content is one JSON
/// document (OutcomeJson), so every save is one write. A version is the item's eTag: an update sends it as If-Match,
/// and a fresh write id lets a write the SDK resent after a lost answer recognise its own first attempt.
public sealed class SharePointOutcomeStore(SharePointLists lists) : IOutcomeStore
{
    const string MeetingId = "MeetingId", CreatedOn = "CreatedOn", Status = "Status", CommentId = "CommentId", MemberId = "MemberId",
        ActionId = "ActionId", Due = "Due", WriteId = KeyedItems.WriteId;

    /// The largest report, in plain text with accents: background and aims (2 × 4,000 characters), a summary of each
    /// of 40 agenda items (40 × 2 × 4,000) and 30 recommendations (30 × 2 × 1,000) are 388,000 characters, about
    /// 400,000 in JSON. Eight columns hold 480,000. A report written mostly in emoji (six characters for each half of
    /// one) would not fit; the limits keep ordinary prose well within.
    static readonly ListBody ReportBody = new(8);

    /// A comment (2,000 characters) or an action (2 × 1,000, a 500-character note and a few requests for more time of
    /// 500 each) is under 25,000 characters of JSON even in emoji. One column holds 60,000.
    static readonly ListBody Body = new(1);

    internal static readonly ListSpec Reports = new("Summary reports", "FocalBot: meetings' summary reports with their recommendations, one item per meeting. Title is the meeting id.",
    [
        // One report per meeting: the meeting's id is its key, so two offices starting it at once make one.
        ColumnSpec.Text(MeetingId, "Meeting id", 64).Key(),
        // Calendar days as yyyy-MM-dd text: how a dateOnly column round-trips across time zones is not documented.
        ColumnSpec.Text(CreatedOn, "Started on", 10),
        ColumnSpec.Choice<ReportStatus>(Status, "Status"),
        .. ReportBody.Specs(),
        ColumnSpec.Text(WriteId, "Last write", 36),
    ]);

    internal static readonly ListSpec Comments = new("Report comments", "FocalBot: participants' comments on draft reports, read by the office only. Title is the comment id.",
    [
        ColumnSpec.Text(CommentId, "Comment id", 64).Key(),
        ColumnSpec.Text(MeetingId, "Meeting id", 64).Filtered(),
        ColumnSpec.Text(MemberId, "Participant id", 64),
        .. Body.Specs(),
        ColumnSpec.Text(WriteId, "Last write", 36),
    ]);

    internal static readonly ListSpec Actions = new("Follow-up actions", "FocalBot: follow-up actions of the reports' recommendations, one item each. Title is the action id.",
    [
        ColumnSpec.Text(ActionId, "Action id", 64).Key(),
        ColumnSpec.Text(MeetingId, "Meeting id", 64).Filtered(),
        ColumnSpec.Text(Due, "Due", 10),
        ColumnSpec.Choice<ActionStatus>(Status, "Status"),
        .. Body.Specs(),
        ColumnSpec.Text(WriteId, "Last write", 36),
    ]);

    public async Task<SummaryReport?> GetReportAsync(string meetingId, CancellationToken ct) =>
        await (await lists.ItemsAsync(Reports, ct)).ByKeyAsync(MeetingId, meetingId, ct) is { } row ? ReadReport(row) : null;

    /// A few reports a year: all are read and ordered here (Graph does not sort on fields), the latest started first,
    /// then the one added last.
    public async Task<IReadOnlyList<SummaryReport>> ListReportsAsync(CancellationToken ct) =>
        [.. (await AllAsync(Reports, ct)).Select(r => (Row: r, Report: ReadReport(r)))
            .OrderByDescending(x => x.Report.CreatedOn).ThenByDescending(x => x.Row.Sequence).Select(x => x.Report)];

    public async Task<SaveResult> SaveReportAsync(SummaryReport report, CancellationToken ct)
    {
        var fields = new Dictionary<string, object?>
        {
            ["Title"] = report.MeetingId, [MeetingId] = report.MeetingId, [CreatedOn] = Day(report.CreatedOn), [Status] = report.Status.ToString(),
            [WriteId] = Guid.NewGuid().ToString(),
        };
        ReportBody.Add(fields, OutcomeJson.Write(report), "report");
        return await (await lists.ItemsAsync(Reports, ct)).SaveKeyedAsync(MeetingId, report.MeetingId, report.Version, fields, SaveResult.Duplicated, ct);
    }

    /// In the order made.
    public async Task<IReadOnlyList<ReportComment>> ListCommentsAsync(string meetingId, CancellationToken ct) =>
        [.. (await OfMeetingAsync(Comments, meetingId, ct)).OrderBy(r => r.Sequence).Select(ReadComment)];

    public async Task<SaveResult> SaveCommentAsync(ReportComment comment, CancellationToken ct)
    {
        var fields = new Dictionary<string, object?>
        {
            ["Title"] = comment.Id, [CommentId] = comment.Id, [MeetingId] = comment.MeetingId, [MemberId] = comment.MemberId, [WriteId] = Guid.NewGuid().ToString(),
        };
        Body.Add(fields, OutcomeJson.Write(comment), "comment");
        return await (await lists.ItemsAsync(Comments, ct)).SaveKeyedAsync(CommentId, comment.Id, comment.Version, fields, SaveResult.Duplicated, ct);
    }

    public async Task<FollowUpAction?> GetActionAsync(string id, CancellationToken ct) =>
        await (await lists.ItemsAsync(Actions, ct)).ByKeyAsync(ActionId, id, ct) is { } row ? ReadAction(row) : null;

    /// A few dozen actions a year: all (or one meeting's) are read and ordered here by due date, then as added.
    public async Task<IReadOnlyList<FollowUpAction>> ListActionsAsync(string? meetingId, CancellationToken ct) =>
        [.. (meetingId is null ? await AllAsync(Actions, ct) : await OfMeetingAsync(Actions, meetingId, ct))
            .Select(r => (Row: r, Action: ReadAction(r)))
            .OrderBy(x => x.Action.Due).ThenBy(x => x.Row.Sequence).Select(x => x.Action)];

    public async Task<SaveResult> SaveActionAsync(FollowUpAction action, CancellationToken ct)
    {
        var fields = new Dictionary<string, object?>
        {
            ["Title"] = action.Id, [ActionId] = action.Id, [MeetingId] = action.MeetingId, [Due] = Day(action.Due), [Status] = action.Status.ToString(),
            [WriteId] = Guid.NewGuid().ToString(),
        };
        Body.Add(fields, OutcomeJson.Write(action), "action");
        return await (await lists.ItemsAsync(Actions, ct)).SaveKeyedAsync(ActionId, action.Id, action.Version, fields, SaveResult.Duplicated, ct);
    }

    async Task<IReadOnlyList<ListRow>> AllAsync(ListSpec spec, CancellationToken ct) =>
        await (await lists.ItemsAsync(spec, ct)).QueryAsync(null, int.MaxValue, ct);

    // SharePoint compares text without case: only the exact meeting id counts.
    async Task<IEnumerable<ListRow>> OfMeetingAsync(ListSpec spec, string meetingId, CancellationToken ct) =>
        (await (await lists.ItemsAsync(spec, ct)).WhereAsync(MeetingId, meetingId, ct)).Where(r => r.Text(MeetingId) == meetingId);

    static SummaryReport ReadReport(ListRow row) => OutcomeJson.ReadReport(ReportBody.Read(row), row.ETag);

    static ReportComment ReadComment(ListRow row) => OutcomeJson.ReadComment(Body.Read(row), row.ETag);

    static FollowUpAction ReadAction(ListRow row) => OutcomeJson.ReadAction(Body.Read(row), row.ETag);

    static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
