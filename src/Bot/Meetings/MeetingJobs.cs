using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Meetings;

/// The messages of a meeting's campaigns, written when the sender reaches each row: a meeting cancelled meanwhile
/// sends no convocation or reminder (the row is closed, not sent).
public sealed class MeetingMessages(IMeetingStore store, MeetingFileStore files, NetworkCalendar calendar, IOptions<MeetingOptions> options)
{
    public const string ConvocationPrefix = "meeting-convocation/";
    public const string AgendaPrefix = "meeting-agenda/";
    public const string DecisionPrefix = "meeting-suggestion/";
    public const string NoticePrefix = "meeting-notice/";
    public const string ReminderPrefix = "meeting-reminder/";
    public const string ChannelPrefix = "meeting-channel/";
    public const string MentionPrefix = "meeting-mention/";

    static Language In(Member m) => m.PreferredLanguage ?? Language.En;

    static string Segment(string campaign, string prefix, int index = 0) =>
        campaign.Length > prefix.Length ? campaign[prefix.Length..].Split('/') is var parts && parts.Length > index ? parts[index] : "" : "";

    public async Task<Activity?> ConvocationAsync(string campaign, Member member, CancellationToken ct)
    {
        if (await store.GetAsync(Segment(campaign, ConvocationPrefix), ct) is not { Status: MeetingStatus.Convened } meeting) return null;
        var settings = options.Value.Settings;
        var link = await files.InvitationLinkAsync(meeting, member, ct);
        var card = MeetingCards.Convocation(meeting, await store.GetRsvpAsync(meeting.Id, member.Id, ct), Rsvps.CutOff(meeting, calendar.Days, settings),
            AgendaSuggestions.Deadline(meeting, calendar.Days, settings), link, null, [], In(member), calendar.Today);
        return Campaign.CardMessage(card);
    }

    /// Whether the invitees no chat reaches are @mentioned in the convocation's thread: only for a meeting posted in the
    /// channel, the whole network's; the invitees of a meeting for some members go on to the e-mail notice.
    public async Task<bool> MentionedInChannelAsync(string campaign, CancellationToken ct) =>
        await store.GetAsync(Segment(campaign, ConvocationPrefix), ct) is { IsForWholeNetwork: true };

    public async Task<Activity?> AgendaAsync(string campaign, Member member, CancellationToken ct) =>
        await store.GetAsync(Segment(campaign, AgendaPrefix), ct) is { Status: MeetingStatus.Convened } meeting
            ? Campaign.CardMessage(MeetingCards.Revised(meeting, In(member))) : null;

    public async Task<Activity?> DecisionAsync(string campaign, Member member, CancellationToken ct)
    {
        if (await store.GetSuggestionAsync(Segment(campaign, DecisionPrefix), ct) is not { Status: not SuggestionStatus.Pending } suggestion) return null;
        return await store.GetAsync(suggestion.MeetingId, ct) is { } meeting ? Campaign.CardMessage(MeetingCards.Decision(meeting, suggestion, In(member))) : null;
    }

    public async Task<Activity?> NoticeAsync(string campaign, Member member, CancellationToken ct)
    {
        if (await store.GetAsync(Segment(campaign, NoticePrefix), ct) is not { } meeting) return null;
        var link = await files.InvitationLinkAsync(meeting, member, ct);
        return Campaign.CardMessage(meeting.Status == MeetingStatus.Cancelled
            ? MeetingCards.Cancelled(meeting, link, In(member))
            : MeetingCards.Convocation(meeting, await store.GetRsvpAsync(meeting.Id, member.Id, ct), Rsvps.CutOff(meeting, calendar.Days, options.Value.Settings),
                AgendaSuggestions.Deadline(meeting, calendar.Days, options.Value.Settings), link, MeetingTexts.Updated.In(In(member)), [], In(member), calendar.Today));
    }

    public async Task<Activity?> ReminderAsync(string campaign, Member member, CancellationToken ct)
    {
        if (await store.GetAsync(Segment(campaign, ReminderPrefix), ct) is not { Status: MeetingStatus.Convened } meeting) return null;
        var kind = Segment(campaign, ReminderPrefix, 1) switch
        {
            "no-answer" => MeetingReminderKind.NoAnswer,
            "practical" => MeetingReminderKind.PracticalDetails,
            _ => MeetingReminderKind.LastReminder,
        };
        return Campaign.CardMessage(MeetingCards.Reminder(meeting, kind, In(member)));
    }
}

/// Tells the network's channel of each meeting for the whole network (MeetingPosts: the convocation, its mentions, then
/// each later announcement), closes what an earlier version queued for a meeting of some members, and queues the
/// reminder ladder (ReminderPlan) each day. Every step is a delivery row, so a restart repeats none. Once Teams holds a
/// channel post back, nothing more goes to the channel in this run; reminders are still queued.
public sealed class MeetingJobs(IMeetingStore store, IMemberDirectory members, IDeliveryStore deliveries, NetworkChannel channel, NetworkCalendar calendar,
    IOptions<MeetingOptions> options) : IJob
{
    public static string MentionCampaign(string meetingId) => MeetingMessages.MentionPrefix + meetingId;

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
                await deliveries.AddPendingAsync(reminder.Campaign, reminder.MemberIds, now, ct);
        }
    }

    /// The meeting's posts and the convocation's mentions; false when Teams held one back.
    async Task<bool> PostAsync(Meeting meeting, DateOnly today, CancellationToken ct)
    {
        if (!MeetingPosts.IsLookedAt(meeting, today)) return true;   // long over: nothing about it is read or posted any more
        var convocation = MeetingPosts.Convocation(meeting.Id);
        // Not the channel's business, called off, or over before the channel heard of it: its convocation never goes.
        if (MeetingPosts.WhyNotPosted(meeting, today) is { } why && await deliveries.GetAsync(convocation, NetworkChannel.Recipient, ct) is { } row)
            await channel.WithdrawAsync(row, why, ct);
        if (!meeting.IsForWholeNetwork) return true;
        var post = await channel.PostOnceAsync(convocation, () => Campaign.CardMessage(MeetingChannelCards.Post(meeting)), ct);
        if (post.HeldBack) return false;
        if (post.Thread is { } thread && meeting.Status == MeetingStatus.Convened)
        {
            var noChat = (await deliveries.ListAsync(MeetingCampaigns.Convocation(meeting.Id), ct))
                .Where(d => d.Status == DeliveryStatus.NoChat && PersonalChats.MentionReaches(d.ErrorCode)).Select(d => d.MemberId);
            if (!await channel.MentionOnceAsync(MentionCampaign(meeting.Id), thread, noChat, people => MeetingChannelCards.Mention(meeting, people), ct)) return false;
        }
        return await MeetingPosts.AnnounceAsync(channel, deliveries, meeting, post.Thread, today, ct);
    }
}
