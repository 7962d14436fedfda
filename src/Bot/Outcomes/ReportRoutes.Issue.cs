using FocalBot.Bot.Deliveries;
using FocalBot.Bot.Exports;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Outcomes;

public static partial class ReportRoutes
{
    /// In the confirmation card's "Issue" only: the press that issues. Without it, a press shows what will happen.
    public const string ConfirmKey = "confirm";

    /// The final report (ReportIssue), once the meeting has ended and the draft went out for comments. The first press
    /// shows what issuing does; the confirmed one writes both Word documents, THEN saves the report issued (a versioned
    /// save: a card drawn before a colleague's change issues nothing), THEN queues a row per invitee and the channel's.
    /// A press that finds it issued (a second press, or one after a fault before the rows) only queues what is missing.
    internal static async Task<InvokeResponse> IssueAsync(TurnContext turn, Member office, Meeting meeting, ActionSteps s, IExportStore exports,
        NetworkChannel channel, CancellationToken ct)
    {
        var language = turn.Language;
        if (await s.Outcomes.GetReportAsync(meeting.Id, ct) is not { } stored) return InvokeResponse.Message(ReportTexts.NoReport.In(language));
        var book = await s.BookAsync(ct);
        var invitees = ReportIssue.Invitees(meeting, book.Everyone);
        if (stored.Status == ReportStatus.Issued)
        {
            var added = await ReportIssue.QueueAsync(meeting, invitees, s.Deliveries, s.Calendar.Now, ct);
            if (added > 0) { s.Soon.Nudge(); LogQueuedAgain(Log(turn), meeting.Id, added); }
            return await IssuedAsync(turn, meeting, stored, book, invitees, exports, channel, ReportTexts.IssuedAlready.In(language), s, ct);
        }
        var outcome = SummaryReports.Issue(stored, meeting, office, s.Calendar.Now, s.Calendar.Today);
        if (!outcome.IsAccepted) return InvokeResponse.Message(ReportTexts.Describe(outcome.Refusal!.Value, language));
        if ((turn.Data(ReportForm.VersionKey) ?? "") != (stored.Version ?? ""))
            return await DraftAsync(turn, meeting, stored, ReportForm.Of(stored, meeting), new DraftNotes(ReportTexts.IssueChangedMeanwhile.In(language)), s, ct);
        if (turn.Data(ConfirmKey) != "true")
        {
            var comments = (await s.Outcomes.ListCommentsAsync(meeting.Id, ct)).Count;
            return InvokeResponse.Card(ReportCards.ConfirmIssue(meeting, stored, invitees.Count, comments, language));
        }

        // Written before the report says issued: if writing fails, nothing is issued and nothing goes out.
        var issued = outcome.Value! with { Files = await ReportIssue.WriteAsync(outcome.Value!, meeting, book, s.Meetings, exports, ct) };
        if (await s.Outcomes.SaveReportAsync(issued, ct) is not SaveResult.Saved saved)
        {
            var now = await s.Outcomes.GetReportAsync(meeting.Id, ct) ?? stored;
            return now.Status == ReportStatus.Issued
                ? await IssuedAsync(turn, meeting, now, book, invitees, exports, channel, ReportTexts.IssuedAlready.In(language), s, ct)
                : await DraftAsync(turn, meeting, now, ReportForm.Of(now, meeting), new DraftNotes(ReportTexts.IssueChangedMeanwhile.In(language)), s, ct);
        }
        issued = issued with { Version = saved.Version };
        // Audited as soon as it is saved: a fault in queuing leaves it issued, and the next press only queues.
        await s.AuditAsync(office, "report.issued", AuditSubject, meeting.Id, ct);
        await ReportIssue.QueueAsync(meeting, invitees, s.Deliveries, s.Calendar.Now, ct);
        s.Soon.Nudge();
        LogIssued(Log(turn), meeting.Id, invitees.Count, meeting.IsForWholeNetwork);
        return await IssuedAsync(turn, meeting, issued, book, invitees, exports, channel, ReportTexts.IssuedNow.Format(language, invitees.Count), s, ct);
    }

    /// A member's own new links to the issued report, in their personal chat (links expire; the report does not).
    internal static async Task<InvokeResponse> LinksAsync(TurnContext turn, Member member, Meeting meeting, ActionSteps s, IExportStore exports, CancellationToken ct)
    {
        var language = turn.Language;
        if (await s.Outcomes.GetReportAsync(meeting.Id, ct) is not { Status: ReportStatus.Issued, Files.Count: > 0 } report)
            return InvokeResponse.Message(ReportTexts.NotIssued.In(language));
        var card = ReportCards.Received(meeting, report, await s.BookAsync(ct), ReportIssue.Links(report, member, language, exports, s.Calendar), language);
        LogLinks(Log(turn), meeting.Id, member.Id);
        return await PersonalChat.AnswerAsync(turn, card, TurnTexts.LinksSentToChat, TurnTexts.OpenPersonalChat, ct);
    }

    /// The issued report's card, with what is true now: the invitees' rows counted, the channel post's state, and
    /// whether something a fault left unqueued is still to queue.
    static async Task<InvokeResponse> IssuedAsync(TurnContext turn, Meeting meeting, SummaryReport report, OwnerBook book, IReadOnlyList<string> invitees,
        IExportStore exports, NetworkChannel channel, string? notice, ActionSteps s, CancellationToken ct)
    {
        var language = turn.Language;
        var rows = await s.Deliveries.ListAsync(ReportIssuedCampaign.Key(meeting.Id), ct);
        var post = meeting.IsForWholeNetwork ? await channel.StateAsync(ReportChannelCampaign.Key(meeting.Id), ct) : ChannelPost.NotForNetwork;
        var queued = rows.Select(r => r.MemberId).ToHashSet();
        var missing = invitees.Any(id => !queued.Contains(id)) || post.State == ChannelPostState.NotQueued;
        var channelText = post.State == ChannelPostState.NotQueued ? ReportTexts.NotQueued.In(language) : DeliveryCards.ChannelValue(post, s.Calendar.Zone, language);
        var state = new IssuedState(ReachCount.Of(rows, []).Describe(language), channelText, missing);
        var links = ReportIssue.Links(report, turn.Member!, language, exports, s.Calendar);
        var comments = (await s.Outcomes.ListCommentsAsync(meeting.Id, ct)).Count;
        return InvokeResponse.Card(ReportCards.Issued(meeting, report, book, links, state, notice, language, comments));
    }

    [LoggerMessage(LogLevel.Information, "Report of meeting {MeetingId} issued: queued for {Invitees} invitees, channel {WholeNetwork}")]
    static partial void LogIssued(ILogger logger, string meetingId, int invitees, bool wholeNetwork);

    [LoggerMessage(LogLevel.Information, "Report of meeting {MeetingId} already issued: {Rows} missing rows queued")]
    static partial void LogQueuedAgain(ILogger logger, string meetingId, int rows);

    [LoggerMessage(LogLevel.Information, "Report of meeting {MeetingId}: links made for member {MemberId}")]
    static partial void LogLinks(ILogger logger, string meetingId, string memberId);
}
