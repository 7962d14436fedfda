using System.Diagnostics.CodeAnalysis;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Members;
using FocalBot.Domain.Outcomes;

namespace FocalBot.Bot.Outcomes;

// The campaigns of a meeting's summary report, each a delivery row per recipient, so each goes once. Messages are
// written when the sender reaches each row, from the report as it then stands.

/// The draft to each participant for comments, in their language, while it is open: "report-draft/{meeting id}".
public sealed class ReportDraftCampaign(ActionSteps steps) : ICampaign<string>
{
    public static string Prefix => "report-draft/";

    public static string Key(string meetingId) => Prefix + meetingId;

    public static bool TryParse(string key, [MaybeNullWhen(false)] out string meetingId) => (meetingId = CampaignKey.Rest(key, Prefix)) is not null;

    public async Task<Activity?> MessageAsync(string meetingId, Member member, CancellationToken ct)
    {
        if (await steps.Outcomes.GetReportAsync(meetingId, ct) is not { Status: ReportStatus.OpenForComments } report
            || await steps.Meetings.GetAsync(meetingId, ct) is not { } meeting) return null;
        var book = await steps.BookAsync(ct);
        return ProactiveMessage.Card(ReportCards.ForComment(meeting, report, book, Guid.NewGuid().ToString("N"), ActionMessages.In(member)));
    }

    public MailNoticeKind? MailNotice => MailNoticeKind.OfficeMessage;
}

/// A participant's comment, to each office member (never to another participant):
/// "report-comment/{meeting id}/{comment id}".
public sealed class ReportCommentCampaign(ActionSteps steps) : ICampaign<ReportCommentCampaign.Subject>
{
    public sealed record Subject(string MeetingId, string CommentId);

    public static string Prefix => "report-comment/";

    public static string Key(Subject s) => $"{Prefix}{s.MeetingId}/{s.CommentId}";

    public static bool TryParse(string key, [MaybeNullWhen(false)] out Subject subject)
    {
        subject = CampaignKey.Segments(key, Prefix) is [{ Length: > 0 } meeting, { Length: > 0 } comment] ? new Subject(meeting, comment) : null;
        return subject is not null;
    }

    public async Task<Activity?> MessageAsync(Subject s, Member member, CancellationToken ct)
    {
        if (member.Role != MemberRole.Office || await steps.Meetings.GetAsync(s.MeetingId, ct) is not { } meeting) return null;
        if ((await steps.Outcomes.ListCommentsAsync(s.MeetingId, ct)).FirstOrDefault(c => c.Id == s.CommentId) is not { } comment) return null;
        var book = await steps.BookAsync(ct);
        return ProactiveMessage.Card(ReportCards.CommentNotice(meeting, comment, book.Find(comment.MemberId), ActionMessages.In(member)));
    }
}
