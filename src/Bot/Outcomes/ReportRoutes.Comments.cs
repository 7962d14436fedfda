using FocalBot.Bot.Protocol;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Outcomes;

public static partial class ReportRoutes
{
    /// A participant's comment on the draft: checked by the report's rules (open, before the deadline's end, from an
    /// invitee, with a text), saved under the id its card carried, then queued for the office only. A second press of
    /// the same card finds the comment saved and adds nothing but the office's rows a fault after the save left unmade.
    internal static async Task<InvokeResponse> CommentAsync(TurnContext turn, Member member, Meeting meeting, ActionSteps s, CancellationToken ct)
    {
        var language = turn.Language;
        if (await s.Outcomes.GetReportAsync(meeting.Id, ct) is not { } report)
            return InvokeResponse.Message(ReportTexts.Describe(ReportRefusal.NotOpenForComments, language));
        var id = turn.Data(ReportForm.CommentIdKey) is { Length: > 0 } given ? given : Guid.NewGuid().ToString("N");
        var book = await s.BookAsync(ct);
        if ((await s.Outcomes.ListCommentsAsync(meeting.Id, ct)).FirstOrDefault(c => c.Id == id) is { } saved)
        {
            if (saved.MemberId == member.Id && await QueueCommentAsync(s, meeting, id, book, ct) > 0) LogCommentQueuedAgain(Log(turn), id, meeting.Id);
            return InvokeResponse.Card(ReportCards.ForComment(meeting, report, book, NewId(), language, ReportTexts.CommentAlreadySent.In(language)));
        }

        var outcome = SummaryReports.Comment(report, meeting, member, turn.Data(ReportForm.CommentKey) ?? "", language, s.Calendar.Now, s.Calendar.Today, s.Settings);
        if (!outcome.IsAccepted)
        {
            LogCommentRefused(Log(turn), meeting.Id, outcome.Refusal!.Value);
            return InvokeResponse.Message(outcome.Refusal switch
            {
                ReportRefusal.TextMissing => ReportTexts.CommentMissing.In(language),
                ReportRefusal.TextTooLong => ReportTexts.CommentTooLong.Format(language, s.Settings.CommentMaxLength),
                _ => ReportTexts.Describe(outcome.Refusal!.Value, language),
            });
        }
        var comment = outcome.Value! with { Id = id };
        var about = turn.Data(ReportForm.AboutKey) ?? "";
        if (about.StartsWith('r') && int.TryParse(about[1..], out var n) && report.Recommendations.Any(r => r.Number == n)) comment = comment with { RecommendationNumber = n };
        else if (about.StartsWith("i:", StringComparison.Ordinal) && meeting.CurrentAgenda.NumberOf(about[2..]) is not null) comment = comment with { AgendaItemId = about[2..] };

        if (await s.Outcomes.SaveCommentAsync(comment, ct) is not SaveResult.Saved)
            return InvokeResponse.Card(ReportCards.ForComment(meeting, report, book, NewId(), language, ReportTexts.CommentAlreadySent.In(language)));
        await QueueCommentAsync(s, meeting, id, book, ct);
        await s.AuditAsync(member, "report.commented", "report-comment", id, ct);
        LogCommented(Log(turn), id, meeting.Id);
        return InvokeResponse.Card(ReportCards.ForComment(meeting, report, book, NewId(), language, ReportTexts.CommentSent.In(language)));
    }

    static string NewId() => Guid.NewGuid().ToString("N");

    /// A row per office member for the comment (never one twice); how many were new.
    static async Task<int> QueueCommentAsync(ActionSteps s, Meeting meeting, string commentId, OwnerBook book, CancellationToken ct)
    {
        var added = await s.Deliveries.AddPendingAsync(ReportCommentCampaign.Key(new(meeting.Id, commentId)), book.Office, s.Calendar.Now, ct);
        s.Soon.Nudge();
        return added;
    }

    [LoggerMessage(LogLevel.Information, "Comment {CommentId} on the report of meeting {MeetingId} saved and queued for the office")]
    static partial void LogCommented(ILogger logger, string commentId, string meetingId);

    [LoggerMessage(LogLevel.Information, "Comment {CommentId} on the report of meeting {MeetingId} found saved but not queued: queued now")]
    static partial void LogCommentQueuedAgain(ILogger logger, string commentId, string meetingId);

    [LoggerMessage(LogLevel.Information, "Comment on the report of meeting {MeetingId} refused: {Refusal}")]
    static partial void LogCommentRefused(ILogger logger, string meetingId, ReportRefusal refusal);
}
