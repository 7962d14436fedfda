using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Outcomes;

/// Announces each issued report of a meeting of the whole network in the network's channel, once, in English and French
/// (NetworkChannel makes it exactly-once with the row ReportIssue queued). Only reports issued in the last few days are
/// looked at: a post still waiting once PostDays have passed is no longer news and is closed with why, so the office is
/// told it was not posted rather than that it waits. Once Teams holds a post back, nothing more goes this run.
public sealed class ReportChannelJob(ActionSteps steps, NetworkChannel channel) : IJob
{
    /// Days after the day it was issued during which a report's post still goes out.
    public const int PostDays = 3;

    /// Days after the day it was issued during which the job looks at a report: the days after PostDays close what still
    /// waits, or cover a bot that was down; after them, nothing of the report is read any more.
    public const int DaysLookedAt = 7;

    /// Whether the job would post the report's announcement now if it were waiting.
    public static bool Posts(SummaryReport report, DateOnly today) => report.IssuedOn is { } on && today <= on.AddDays(PostDays);

    public async Task RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        var today = steps.Calendar.DayOf(now);
        var recent = (await steps.Outcomes.ListReportsAsync(ct))
            .Where(r => r is { Status: ReportStatus.Issued, IssuedOn: { } on } && today <= on.AddDays(DaysLookedAt));
        foreach (var report in recent)
        {
            var campaign = ReportChannelCampaign.Key(report.MeetingId);
            if (await steps.Deliveries.GetAsync(campaign, NetworkChannel.Recipient, ct) is not { Status: DeliveryStatus.Pending or DeliveryStatus.NoChat } row) continue;
            if (await steps.Meetings.GetAsync(report.MeetingId, ct) is not { } meeting) continue;
            if (!meeting.IsForWholeNetwork) await channel.WithdrawAsync(row, NetworkChannel.NotForNetwork, ct);
            else if (!Posts(report, today)) await channel.WithdrawAsync(row, NetworkChannel.Late, ct);
            else if ((await channel.PostOnceAsync(campaign, () => ProactiveMessage.Card(ReportCards.ChannelPost(meeting, report)), ct)).HeldBack) return;
        }
    }
}
