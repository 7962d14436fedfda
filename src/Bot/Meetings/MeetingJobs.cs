using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Meetings;

/// Tells the network's channel of each meeting for the whole network (MeetingPosts: the convocation, its mentions, then
/// each later announcement), closes what an earlier version queued for a meeting of some members, and queues the
/// reminder ladder (ReminderPlan) each day. Every step is a delivery row, so a restart repeats none. Once Teams holds a
/// channel post back, nothing more goes to the channel in this run; reminders are still queued.
public sealed class MeetingJobs(IMeetingStore store, IMemberDirectory members, IDeliveryStore deliveries, NetworkChannel channel, NetworkCalendar calendar,
    IOptions<MeetingOptions> options) : IJob
{
    public async Task RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        var today = calendar.DayOf(now);
        // A cancelled meeting still has its cancellation to post, until a few days after it would have ended.
        var meetings = (await store.ListAsync(ct))
            .Where(m => m.Status == MeetingStatus.Convened || m.Status == MeetingStatus.Cancelled && MeetingPosts.IsLookedAt(m, today)).ToList();
        if (meetings.Count == 0) return;
        var everyone = await members.ListAsync(ct);
        var channelOpen = true;
        foreach (var meeting in meetings)
        {
            if (channelOpen) channelOpen = await PostAsync(meeting, today, ct);
            if (meeting.Status != MeetingStatus.Convened) continue;
            var rsvps = await store.ListRsvpsAsync(meeting.Id, ct);
            foreach (var reminder in ReminderPlan.Due(meeting, rsvps, everyone, today, calendar.Days, options.Value.Settings))
                await deliveries.AddPendingAsync(MeetingReminderCampaign.Key(reminder), reminder.MemberIds, now, ct);
        }
    }

    /// The meeting's posts and the convocation's mentions; false when Teams held one back.
    async Task<bool> PostAsync(Meeting meeting, DateOnly today, CancellationToken ct)
    {
        if (!MeetingPosts.IsLookedAt(meeting, today)) return true;   // long over: nothing about it is read or posted any more
        var convocation = MeetingChannelPostCampaign.Key(meeting.Id);
        // Not the channel's business, called off, or over before the channel heard of it: its convocation never goes.
        if (MeetingPosts.WhyNotPosted(meeting, today) is { } why && await deliveries.GetAsync(convocation, NetworkChannel.Recipient, ct) is { } row)
            await channel.WithdrawAsync(row, why, ct);
        if (!meeting.IsForWholeNetwork) return true;
        var post = await channel.PostOnceAsync(convocation, () => ProactiveMessage.Card(MeetingChannelCards.Post(meeting)), ct);
        if (post.HeldBack) return false;
        if (post.Thread is { } thread && meeting.Status == MeetingStatus.Convened)
        {
            var noChat = (await deliveries.ListAsync(ConvocationCampaign.Key(meeting.Id), ct))
                .Where(d => d.Status == DeliveryStatus.NoChat && PersonalChats.MentionReaches(d.ErrorCode)).Select(d => d.MemberId);
            if (!await channel.MentionOnceAsync(MeetingMentionCampaign.Key(meeting.Id), thread, noChat, people => MeetingChannelCards.Mention(meeting, people), ct)) return false;
        }
        return await MeetingPosts.AnnounceAsync(channel, deliveries, meeting, post.Thread, today, ct);
    }
}
