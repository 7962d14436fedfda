using System.Text.Json.Nodes;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Storage;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Scheduling;

/// Section "Network": the network's channel in Teams, where requests and convocations are posted, and its team.
public sealed class NetworkOptions
{
    public const string Section = "Network";

    /// The team's key sits with the members' settings, where operators know it; it is read here only, for the channel
    /// and for the office's roster check alike.
    public const string TeamIdKey = "Members:TeamId";

    /// Teams team id ("19:…@thread.tacv2") of the network's team (Members:TeamId). Empty: the team the bot was added to last.
    public string? TeamId { get; set; }

    /// Conversation id of the channel ("19:…@thread.tacv2"). Empty: the channel chosen when the bot was installed in the
    /// network's team (Members:TeamId, or the team it was installed in last).
    public string? ChannelId { get; set; }
}

/// Where a campaign's channel post stands, as the office is told it: only Posted says it happened.
public enum ChannelPostState
{
    /// Nothing was queued for the channel.
    NotQueued,
    /// Queued, and a channel is known: the next job tick posts it.
    Waiting,
    /// Queued, but the bot knows no channel: not in the network's team yet, and Network:ChannelId not usable.
    NoChannel,
    /// Teams confirmed the post.
    Posted,
    /// Posted, but Teams gave no answer that says whether it was: shown, never repeated by itself.
    Uncertain,
    /// Teams refused it for good; the row's ErrorCode says why.
    Failed,
    /// Never posted, on purpose: the row's ErrorCode says why (NetworkChannel.NotPostedCodes).
    NotPosted,
}

/// A channel post's state, with what Teams answered and when (the delivery row's UpdatedAt), and whether the channel is
/// the one set in Network:ChannelId (the office then adds the bot to that channel's team).
public sealed record ChannelPost(ChannelPostState State, string? ErrorCode = null, DateTimeOffset? At = null, bool Configured = false)
{
    public static readonly ChannelPost None = new(ChannelPostState.NotQueued);

    /// A subject for some members only is not the whole network's business: nothing of it goes to the channel.
    public static readonly ChannelPost NotForNetwork = new(ChannelPostState.NotPosted, NetworkChannel.NotForNetwork);
}

/// What one attempt to post gave: the thread to reply in once posted, and whether Teams (or the pacer) held the post
/// back, after which nothing more goes to the channel in this run.
public sealed record ChannelPostResult(ConversationReference? Thread, bool HeldBack)
{
    public static readonly ChannelPostResult Nothing = new(null, false);
}

/// Posts into the network's channel exactly once per campaign: a delivery row with one recipient, marked Uncertain
/// before the post, so a crash in between is shown, never repeated. The row keeps the new thread's id, where later
/// messages about the same subject (mentions) are replied, once each, with a row per member mentioned.
public sealed partial class NetworkChannel(
    IDeliveryStore deliveries, IConversationStore conversations, IMemberDirectory members, IConnector connector, TenantPacer pacer,
    IOptions<NetworkOptions> options, TimeProvider clock, ILogger<NetworkChannel> log)
{
    /// The one recipient of a channel campaign's row.
    public const string Recipient = "#channel";

    /// A channel message mentions this many people at most, so one line does not become a wall of names.
    public const int MentionsPerMessage = 20;

    /// Why a post was closed without posting: its subject is for some members only; it was withdrawn (a meeting cancelled
    /// before its convocation went out); a later post about the same subject replaced it before it went out; the first
    /// post about its subject never reached the channel, so a follow-up would stand alone; or its subject (a meeting)
    /// was over before it could go out; or it could not go out in the few days its subject (an issued report) was news.
    public const string NotForNetwork = "NotForNetwork";
    public const string Withdrawn = "Withdrawn";
    public const string Superseded = "Superseded";
    public const string NoFirstPost = "NoFirstPost";
    public const string Over = "Over";
    public const string Late = "Late";

    public static readonly IReadOnlySet<string> NotPostedCodes = new HashSet<string>(StringComparer.Ordinal) { NotForNetwork, Withdrawn, Superseded, NoFirstPost, Over, Late };

    /// Retry-After when Teams gives none with its 429.
    static readonly TimeSpan DefaultPause = TimeSpan.FromSeconds(30);

    /// True when Network:ChannelId names the channel (the office is told to add the bot to that channel's team).
    public bool IsConfigured => options.Value.ChannelId is { Length: > 0 };

    /// Network:ChannelId wins; its reference is the one the bot met there, else the network team's (same service URL)
    /// with the configured id. Without it, the channel of the latest installation in the team. Null when neither is known.
    public async Task<ConversationReference?> ChannelAsync(CancellationToken ct)
    {
        var team = await conversations.FindTeamAsync(options.Value.TeamId is { Length: > 0 } id ? id : null, ct);
        if (options.Value.ChannelId is not { Length: > 0 } configured) return team;
        if (await conversations.GetAsync(configured, ct) is { } met) return met.IsDead ? null : met;
        return team is null ? null : team with { ConversationId = configured };
    }

    /// The campaign's post as the office should hear of it.
    public async Task<ChannelPost> StateAsync(string campaign, CancellationToken ct)
    {
        if (await deliveries.GetAsync(campaign, Recipient, ct) is not { } row) return ChannelPost.None;
        return row.Status switch
        {
            DeliveryStatus.Sent => new ChannelPost(ChannelPostState.Posted, null, row.UpdatedAt),
            DeliveryStatus.Uncertain => new ChannelPost(ChannelPostState.Uncertain, row.ErrorCode, row.UpdatedAt),
            DeliveryStatus.Failed when row.ErrorCode is { } code && NotPostedCodes.Contains(code) => new ChannelPost(ChannelPostState.NotPosted, code, row.UpdatedAt),
            DeliveryStatus.Failed => new ChannelPost(ChannelPostState.Failed, row.ErrorCode, row.UpdatedAt),
            _ => new ChannelPost(await ChannelAsync(ct) is null ? ChannelPostState.NoChannel : ChannelPostState.Waiting, row.ErrorCode, row.UpdatedAt, IsConfigured),
        };
    }

    /// The thread of the campaign's post, posting it first if it is queued and not yet done; no thread while there is none.
    public Task<ChannelPostResult> PostOnceAsync(string campaign, Func<Activity> message, CancellationToken ct) =>
        PostOnceAsync(campaign, replyTo: null, message, ct);

    /// A later message about a subject already posted (a revised agenda, a moved meeting), once: a reply in the subject's
    /// thread when there is one, else a new post. Returns that thread (or the new post's) once it is posted.
    public Task<ChannelPostResult> ReplyOnceAsync(string campaign, ConversationReference? thread, Func<Activity> message, CancellationToken ct) =>
        PostOnceAsync(campaign, thread, message, ct);

    async Task<ChannelPostResult> PostOnceAsync(string campaign, ConversationReference? replyTo, Func<Activity> message, CancellationToken ct)
    {
        var row = await deliveries.GetAsync(campaign, Recipient, ct);
        if (row is null) return ChannelPostResult.Nothing;   // nothing queued for the channel
        var channel = await ChannelAsync(ct);
        if (channel is null) return ChannelPostResult.Nothing;
        if (row.Status == DeliveryStatus.Sent && row.ActivityId is { } threadId)
            return new(replyTo ?? channel with { ConversationId = threadId }, false);
        if (row.Status is not (DeliveryStatus.Pending or DeliveryStatus.NoChat)) return ChannelPostResult.Nothing;

        // A post to the channel's own id (no ";messageid=") starts a new thread; replies then go to channel;messageid=id.
        var to = replyTo ?? channel with { ConversationId = ConversationReference.WithoutThread(channel.ConversationId) };
        var (result, marked) = await PostAsync(to, [row], _ => message(), ct);
        if (result is null) return new(null, marked is null);
        // A new post keeps its thread's id on the row, a reply its own message id (as a mention does).
        var id = replyTo is not null ? result.ActivityId : result.ActivityId is { } posted ? $"{to.ConversationId};messageid={posted}" : null;
        var status = await RecordAsync(marked!, result, id, path: null);
        LogPosted(log, campaign, status);
        if (status != DeliveryStatus.Sent || id is null) return new(null, Held(result));
        return new(replyTo ?? channel with { ConversationId = id }, false);
    }

    /// Closes a post still waiting without posting it, with why (one of NotPostedCodes); false when it was no longer
    /// waiting (posted meanwhile, or taken by a run now posting it), which the versioned save sees.
    public async Task<bool> WithdrawAsync(Delivery row, string why, CancellationToken ct)
    {
        if (row.Status is not (DeliveryStatus.Pending or DeliveryStatus.NoChat)) return false;
        var closed = row with { Status = DeliveryStatus.Failed, ErrorCode = why, UpdatedAt = clock.GetUtcNow() };
        if (await deliveries.SaveAsync(closed, ct) is not SaveResult.Saved) return false;
        LogWithdrawn(log, row.Campaign, why);
        return true;
    }

    /// @mentions the members in the campaign's thread, once each (a row per member in the mention campaign), in
    /// messages of at most MentionsPerMessage names. Returns false when a post was held back: nothing more goes to the
    /// thread in this run. Members no longer active, or without an identity Teams can mention, are closed as Failed.
    public async Task<bool> MentionOnceAsync(string campaign, ConversationReference thread, IEnumerable<string> memberIds,
        Func<IReadOnlyList<Member>, JsonObject> card, CancellationToken ct)
    {
        var ids = memberIds.ToList();
        if (ids.Count == 0) return true;
        await deliveries.AddPendingAsync(campaign, ids, clock.GetUtcNow(), ct);
        // Only those still given: someone reached in their chat since an earlier tick is not mentioned any more.
        var waiting = (await deliveries.ListAsync(campaign, ct)).Where(d => d.Status == DeliveryStatus.Pending && ids.Contains(d.MemberId)).ToList();
        foreach (var batch in waiting.Chunk(MentionsPerMessage))
        {
            var people = new Dictionary<string, Member>();
            foreach (var row in batch)
            {
                var member = await members.GetAsync(row.MemberId, ct);
                if (member is { IsActive: true } && !string.IsNullOrWhiteSpace(member.AadObjectId)) people[row.MemberId] = member;
                else await deliveries.SaveAsync(row with
                {
                    Status = DeliveryStatus.Failed, ErrorCode = member is { IsActive: true } ? "NoIdentity" : "MemberNotActive", UpdatedAt = clock.GetUtcNow(),
                }, ct);
            }
            if (people.Count == 0) continue;

            var (result, marked) = await PostAsync(thread, [.. batch.Where(r => people.ContainsKey(r.MemberId))],
                rows => ProactiveMessage.Card(card([.. rows.Select(r => people[r.MemberId])])), ct);
            if (marked is null) return false;
            if (result is null) continue;
            var status = await RecordAsync(marked, result, result.ActivityId, DeliveryPath.ChannelMention);
            LogMentioned(log, campaign, marked.Count, status);
            if (Held(result)) return false;
        }
        return true;
    }

    /// Takes a place from the pacer (Teams counts channel posts with the rest), marks the rows Uncertain, then posts
    /// the message for the rows marked. Marked is null when the tenant is paused (nothing was touched); Result is null
    /// when no row could be marked (another run has them), so nothing was posted.
    async Task<(SendResult? Result, IReadOnlyList<Delivery>? Marked)> PostAsync(ConversationReference to, IReadOnlyList<Delivery> rows,
        Func<IReadOnlyList<Delivery>, Activity> message, CancellationToken ct)
    {
        var tenant = to.TenantId ?? "";
        using var permit = await pacer.EnterAsync(tenant, TimeSpan.Zero, ct);
        if (permit is null) return (null, null);
        var marked = new List<Delivery>();
        foreach (var row in rows)
        {
            var uncertain = row with { Status = DeliveryStatus.Uncertain, ErrorCode = null, UpdatedAt = clock.GetUtcNow() };
            if (await deliveries.SaveAsync(uncertain, ct) is SaveResult.Saved saved) marked.Add(uncertain with { Version = saved.Version });
        }
        if (marked.Count == 0) return (null, marked);
        var result = await connector.SendAsync(to, message(marked), ct);
        if (result.Status == SendStatus.Throttled) pacer.Pause(tenant, result.RetryAfter ?? DefaultPause);
        return (result, marked);
    }

    /// Writes Teams' answer on the rows, even while the run stops: a Sent row left Uncertain would be shown in doubt.
    async Task<DeliveryStatus> RecordAsync(IReadOnlyList<Delivery> marked, SendResult result, string? activityId, DeliveryPath? path)
    {
        var status = StatusOf(result);
        var error = status is DeliveryStatus.Sent or DeliveryStatus.Pending ? null : result.ErrorCode ?? (result.HttpStatus is { } http ? $"HTTP {http}" : null);
        foreach (var row in marked)
            await deliveries.SaveAsync(row with { Status = status, ActivityId = activityId, ErrorCode = error, Path = path ?? row.Path, UpdatedAt = clock.GetUtcNow() },
                CancellationToken.None);
        return status;
    }

    static bool Held(SendResult result) => result.Status == SendStatus.Throttled;

    /// What a send's outcome makes of a delivery row: a refusal (429, 503, or refused inside the process) leaves it
    /// waiting; only an answer that may follow a delivery, or none, leaves it Uncertain.
    public static DeliveryStatus StatusOf(SendResult result) => result.Status switch
    {
        SendStatus.Sent => DeliveryStatus.Sent,
        SendStatus.Throttled => DeliveryStatus.Pending,
        SendStatus.Failed => DeliveryStatus.Failed,
        _ => DeliveryStatus.Uncertain,
    };

    [LoggerMessage(LogLevel.Information, "Channel post {Campaign}: {Status}")]
    static partial void LogPosted(ILogger logger, string campaign, DeliveryStatus status);

    [LoggerMessage(LogLevel.Information, "Channel post {Campaign}: not posted ({Why})")]
    static partial void LogWithdrawn(ILogger logger, string campaign, string why);

    [LoggerMessage(LogLevel.Information, "Channel mentions {Campaign}: {Count} members, {Status}")]
    static partial void LogMentioned(ILogger logger, string campaign, int count, DeliveryStatus status);
}
