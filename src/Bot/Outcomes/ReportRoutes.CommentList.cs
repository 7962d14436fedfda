using System.Globalization;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Meetings;

namespace FocalBot.Bot.Outcomes;

public static partial class ReportRoutes
{
    // Cards already sent carry this verb: never rename it.
    public const string ReadComments = "report.comments";

    /// Every comment on the report, a page at a time, for the office while it revises (ReportCards.CommentList). The
    /// route's guard keeps them from anyone else: a participant's comment reaches the office only.
    internal static async Task<InvokeResponse> CommentListAsync(TurnContext turn, Meeting meeting, ActionSteps s, CancellationToken ct)
    {
        var language = turn.Language;
        if (await s.Outcomes.GetReportAsync(meeting.Id, ct) is not { } report) return InvokeResponse.Message(ReportTexts.NoReport.In(language));
        var comments = await s.Outcomes.ListCommentsAsync(meeting.Id, ct);
        var book = await s.BookAsync(ct);
        var page = int.TryParse(turn.Data(ReportCards.CommentPageKey), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0;
        LogCommentsRead(Log(turn), meeting.Id, comments.Count, page);
        return InvokeResponse.Card(ReportCards.CommentList(meeting, report, comments, book.Find, page, s.Calendar.Zone, language));
    }

    [LoggerMessage(LogLevel.Information, "Comments on the report of meeting {MeetingId} read by the office: {Comments}, page {Page}")]
    static partial void LogCommentsRead(ILogger logger, string meetingId, int comments, int page);
}
