using FocalBot.Bot.Deliveries;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

public enum MeetingPostKind { Convocation, Agenda, Move, Cancellation }

/// One post of a meeting in the network's channel: the campaign of its one row (NetworkChannel.Recipient), and what it
/// announces. Number is the agenda's version, or the notice's calendar sequence.
public sealed record MeetingPost(MeetingPostKind Kind, string Campaign, int Number);

/// What the network's channel is told of a meeting, each post once: the convocation, then each revised agenda, move and
/// cancellation, as a reply in the convocation's thread (or a post of its own when Teams gave no thread). Only a meeting
/// for the whole network is posted; one for some members is told to its invitees alone (issue 11: the channel is every
/// member's). A later post waits for the convocation's; it is never posted when a later change made it obsolete, when
/// the convocation never reached the channel, or once the meeting is over: its row then says why.
public static class MeetingPosts
{
    /// Days after a meeting's last day during which the job still looks at its posts: the first closes what still waits
    /// (the meeting is over), the others cover a bot that was down; after them, nothing is read any more.
    public const int DaysLookedAtAfter = 7;

    /// Every post the meeting can have had, in order: the convocation, a revised agenda per version after the first, and
    /// a notice per calendar sequence (a move, or the cancellation when it is the cancelled meeting's last).
    public static IReadOnlyList<MeetingPost> Of(Meeting meeting)
    {
        var posts = new List<MeetingPost> { new(MeetingPostKind.Convocation, MeetingChannelPostCampaign.Key(meeting.Id), 0) };
        posts.AddRange(meeting.AgendaVersions.Where(v => v.Number > 1).Select(v => new MeetingPost(MeetingPostKind.Agenda, MeetingChannelPostCampaign.AgendaKey(meeting.Id, v.Number), v.Number)));
        for (var sequence = 1; sequence <= meeting.Sequence; sequence++)
        {
            var kind = meeting.Status == MeetingStatus.Cancelled && sequence == meeting.Sequence ? MeetingPostKind.Cancellation : MeetingPostKind.Move;
            posts.Add(new MeetingPost(kind, MeetingChannelPostCampaign.NoticeKey(meeting.Id, sequence), sequence));
        }
        return posts;
    }

    /// Queues a post for the channel, for a meeting of the whole network only.
    public static async Task QueueAsync(IDeliveryStore deliveries, Meeting meeting, string campaign, DateTimeOffset now, CancellationToken ct)
    {
        if (meeting.IsForWholeNetwork) await deliveries.AddPendingAsync(campaign, [NetworkChannel.Recipient], now, ct);
    }

    public static string Label(MeetingPost post, Language language) => post.Kind switch
    {
        MeetingPostKind.Convocation => MeetingChannelTexts.ConvocationPost.In(language),
        MeetingPostKind.Agenda => MeetingChannelTexts.AgendaPost.Format(language, post.Number),
        MeetingPostKind.Move => MeetingChannelTexts.MovePost.Format(language, post.Number),
        _ => MeetingChannelTexts.CancellationPost.In(language),
    };

    /// Each post the status card shows, titled, with its state as it is. A meeting for some members shows that its
    /// convocation is not posted and why, unless an earlier version of the bot did post it: that is shown as it was.
    public static async Task<IReadOnlyList<(string Title, ChannelPost State)>> StatesAsync(NetworkChannel channel, Meeting meeting, Language language, CancellationToken ct)
    {
        var convocation = await channel.StateAsync(MeetingChannelPostCampaign.Key(meeting.Id), ct);
        if (!meeting.IsForWholeNetwork)
            return [(DeliveryTexts.ChannelFact.In(language), convocation.State is ChannelPostState.Posted or ChannelPostState.Uncertain ? convocation : ChannelPost.NotForNetwork)];
        var states = new List<(string, ChannelPost)>();
        if (convocation.State != ChannelPostState.NotQueued) states.Add((DeliveryTexts.ChannelFact.In(language), convocation));
        foreach (var post in Of(meeting).Skip(1))
            if (await channel.StateAsync(post.Campaign, ct) is { State: not ChannelPostState.NotQueued } state) states.Add((Label(post, language), state));
        return states;
    }

    /// What the confirmation of a revision, move or cancellation says of its post, true at that moment.
    public static async Task<string> LineAsync(NetworkChannel channel, Meeting meeting, string campaign, TimeZoneInfo zone, Language language, CancellationToken ct)
    {
        if (!meeting.IsForWholeNetwork) return MeetingChannelTexts.NotForNetworkLine.In(language);
        var state = await channel.StateAsync(campaign, ct);
        return state.State switch
        {
            ChannelPostState.Waiting => MeetingChannelTexts.WillPostLine.In(language),
            ChannelPostState.NoChannel => (state.Configured ? MeetingChannelTexts.NotInConfiguredTeamLine : MeetingChannelTexts.NoTeamLine).In(language),
            _ => MeetingChannelTexts.StateLine.Format(language, DeliveryTexts.ChannelFact.In(language), DeliveryCards.ChannelValue(state, zone, language)),
        };
    }

    /// Whether the job reads the meeting's posts today: until a few days after its last day.
    public static bool IsLookedAt(Meeting meeting, DateOnly today) => today <= meeting.ClosingDay.AddDays(DaysLookedAtAfter);

    /// Why the convocation's post, if still waiting, is not to go: the meeting is for some members, cancelled, or over.
    public static string? WhyNotPosted(Meeting meeting, DateOnly today) =>
        !meeting.IsForWholeNetwork ? NetworkChannel.NotForNetwork
        : meeting.Status == MeetingStatus.Cancelled ? NetworkChannel.Withdrawn
        : today > meeting.ClosingDay ? NetworkChannel.Over
        : null;

    /// Whether the job would post this post if it were waiting: the convocation of a meeting still on, a later post of a
    /// meeting not over that no later change made obsolete.
    public static bool IsCurrent(MeetingPost post, Meeting meeting, DateOnly today) => post.Kind == MeetingPostKind.Convocation
        ? WhyNotPosted(meeting, today) is null
        : meeting.IsForWholeNetwork && today <= meeting.ClosingDay && !IsSuperseded(post, meeting);

    /// The later posts still waiting: each goes once, in the order they were queued, as a reply in the convocation's
    /// thread (a post of its own without one). False when Teams held one back: nothing more goes to the channel this run.
    public static async Task<bool> AnnounceAsync(NetworkChannel channel, IDeliveryStore deliveries, Meeting meeting, ConversationReference? thread,
        DateOnly today, CancellationToken ct)
    {
        var waiting = new List<(MeetingPost Post, Delivery Row)>();
        foreach (var post in Of(meeting).Skip(1))
            if (await deliveries.GetAsync(post.Campaign, NetworkChannel.Recipient, ct) is { Status: DeliveryStatus.Pending or DeliveryStatus.NoChat } row) waiting.Add((post, row));
        if (waiting.Count == 0) return true;

        var first = await deliveries.GetAsync(MeetingChannelPostCampaign.Key(meeting.Id), NetworkChannel.Recipient, ct);
        foreach (var (post, row) in waiting.OrderBy(w => w.Row.UpdatedAt))
        {
            if (today > meeting.ClosingDay) await channel.WithdrawAsync(row, NetworkChannel.Over, ct);
            else if (IsSuperseded(post, meeting)) await channel.WithdrawAsync(row, NetworkChannel.Superseded, ct);
            else if (first?.Status is DeliveryStatus.Pending or DeliveryStatus.NoChat) continue;   // the convocation goes first
            else if (first?.Status is not (DeliveryStatus.Sent or DeliveryStatus.Uncertain)) await channel.WithdrawAsync(row, NetworkChannel.NoFirstPost, ct);
            else if ((await channel.ReplyOnceAsync(post.Campaign, thread, () => ProactiveMessage.Card(CardOf(meeting, post)), ct)).HeldBack) return false;
        }
        return true;
    }

    /// A revised agenda with a newer version after it, a move with a later notice (another move, or the cancellation),
    /// anything but the cancellation of a cancelled meeting: posting it now would announce what is no longer true.
    static bool IsSuperseded(MeetingPost post, Meeting meeting) => post.Kind switch
    {
        MeetingPostKind.Agenda => post.Number < meeting.CurrentAgenda.Number || meeting.Status == MeetingStatus.Cancelled,
        MeetingPostKind.Move => post.Number < meeting.Sequence,
        _ => false,
    };

    static System.Text.Json.Nodes.JsonObject CardOf(Meeting meeting, MeetingPost post) => post.Kind switch
    {
        MeetingPostKind.Agenda => MeetingChannelCards.Revised(meeting, meeting.AgendaVersions.Single(v => v.Number == post.Number)),
        MeetingPostKind.Move => MeetingChannelCards.Moved(meeting),
        MeetingPostKind.Cancellation => MeetingChannelCards.Cancelled(meeting),
        _ => MeetingChannelCards.Post(meeting),
    };
}
