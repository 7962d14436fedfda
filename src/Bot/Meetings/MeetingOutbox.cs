using FocalBot.Bot.Deliveries;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// What the office's decisions send: a delivery row per recipient, all pending, and for a meeting of the whole network
/// its post in the channel; then the sender is woken. Nothing is sent here, so each confirmation says where the channel
/// post stands, never that anything went out.
public sealed partial class MeetingOutbox(IDeliveryStore deliveries, IMemberDirectory members, NetworkChannel channel, NetworkCalendar calendar,
    SendSoon soon, ILogger<MeetingOutbox> log)
{
    /// Queues the convocation for each invitee and its post in the channel; returns what the office is told of that post.
    public async Task<string> ConvocationAsync(Meeting sent, Language language, CancellationToken ct)
    {
        var campaign = ConvocationCampaign.Key(sent.Id);
        await MeetingPosts.QueueAsync(deliveries, sent, MeetingChannelPostCampaign.Key(sent.Id), calendar.Now, ct);
        await deliveries.AddPendingAsync(campaign, sent.InviteeIds, calendar.Now, ct);
        LogConvened(log, sent.Id, sent.InviteeIds.Count, sent.LateReason is not null);
        soon.Nudge();
        // Said as it is now: the post goes out with the next tick, if the bot knows the channel at all and the meeting is
        // the whole network's.
        var post = sent.IsForWholeNetwork ? await channel.StateAsync(MeetingChannelPostCampaign.Key(sent.Id), ct) : ChannelPost.NotForNetwork;
        return DeliveryCards.ChannelLine(post, language) ?? "";
    }

    /// Queues the revised agenda for each invitee and its post; returns the line on that post.
    public async Task<string> RevisedAgendaAsync(Meeting issued, Language language, CancellationToken ct)
    {
        var post = MeetingChannelPostCampaign.AgendaKey(issued.Id, issued.CurrentAgenda.Number);
        await MeetingPosts.QueueAsync(deliveries, issued, post, calendar.Now, ct);
        await deliveries.AddPendingAsync(RevisedAgendaCampaign.Key(issued.Id, issued.CurrentAgenda.Number), issued.InviteeIds, calendar.Now, ct);
        soon.Nudge();
        return await MeetingPosts.LineAsync(channel, issued, post, calendar.Zone, language, ct);
    }

    /// Queues the notice of a move or cancellation for everyone invited and, for a meeting of the whole network, its post
    /// in the channel; returns what the confirmation says of that post. A draft cancelled gets no notice and says nothing.
    public async Task<string> NoticeAsync(Meeting changed, Language language, CancellationToken ct)
    {
        if (MeetingNotices.For(changed, await members.ListAsync(ct)) is not { } notice) return "";
        var post = MeetingChannelPostCampaign.NoticeKey(changed.Id, notice.Sequence);
        await MeetingPosts.QueueAsync(deliveries, changed, post, calendar.Now, ct);
        await deliveries.AddPendingAsync(MeetingNoticeCampaign.Key(notice), notice.MemberIds, calendar.Now, ct);
        soon.Nudge();
        return await MeetingPosts.LineAsync(channel, changed, post, calendar.Zone, language, ct);
    }

    /// Queues the office's decision on a suggestion for the member who made it, once.
    public async Task DecisionAsync(AgendaSuggestion decided, CancellationToken ct)
    {
        await deliveries.AddPendingAsync(SuggestionDecisionCampaign.Key(decided.Id), [decided.ProposerId], calendar.Now, ct);
        soon.Nudge();
    }

    [LoggerMessage(LogLevel.Information, "Meeting {MeetingId} convened for {Invitees} members (late: {Late})")]
    static partial void LogConvened(ILogger logger, string meetingId, int invitees, bool late);
}
