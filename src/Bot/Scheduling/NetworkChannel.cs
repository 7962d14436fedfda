using FocalBot.Bot.Members;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Scheduling;

/// Section "Network": the network's channel in Teams, where requests and convocations are posted.
public sealed class NetworkOptions
{
    public const string Section = "Network";

    /// Conversation id of the channel ("19:…@thread.tacv2"). Empty: the network team's General channel (Members:TeamId,
    /// or the team the bot was added to last).
    public string? ChannelId { get; set; }
}

/// Posts into the network's channel exactly once per campaign: a delivery row with one recipient, marked Uncertain
/// before the post, so a crash in between is shown, never repeated. The row keeps the new thread's id, where later
/// messages about the same subject (mentions) are replied.
public sealed partial class NetworkChannel(
    IDeliveryStore deliveries, IConversationStore conversations, IConnector connector, IOptions<NetworkOptions> options,
    IOptions<MemberOptions> memberOptions, TimeProvider clock, ILogger<NetworkChannel> log)
{
    /// The one recipient of a channel campaign's row.
    public const string Recipient = "#channel";

    public async Task<ConversationReference?> ChannelAsync(CancellationToken ct)
    {
        if (options.Value.ChannelId is { Length: > 0 } id)
            return await conversations.GetAsync(id, ct) is { IsDead: false } configured ? configured : null;
        return await conversations.FindTeamAsync(memberOptions.Value.TeamId is { Length: > 0 } team ? team : null, ct);
    }

    /// The thread of the campaign's post, posting it first if it is queued and not yet done; null while there is none.
    public async Task<ConversationReference?> PostOnceAsync(string campaign, Func<Activity> message, CancellationToken ct)
    {
        var row = await deliveries.GetAsync(campaign, Recipient, ct);
        if (row is null) return null;   // nothing queued for the channel
        var channel = await ChannelAsync(ct);
        if (channel is null) return null;
        if (row.Status == DeliveryStatus.Sent && row.ActivityId is { } threadId) return channel with { ConversationId = threadId };
        if (row.Status is not (DeliveryStatus.Pending or DeliveryStatus.NoChat)) return null;

        var uncertain = row with { Status = DeliveryStatus.Uncertain, UpdatedAt = clock.GetUtcNow() };
        if (await deliveries.SaveAsync(uncertain, ct) is not SaveResult.Saved marked) return null;
        uncertain = uncertain with { Version = marked.Version };

        // A post to the channel's own id (no ";messageid=") starts a new thread; replies then go to channel;messageid=id.
        var root = channel with { ConversationId = ConversationReference.WithoutThread(channel.ConversationId) };
        var result = await connector.SendAsync(root, message(), ct);
        var thread = result.ActivityId is { } id ? $"{root.ConversationId};messageid={id}" : null;
        var status = StatusOf(result);
        await deliveries.SaveAsync(uncertain with { Status = status, ActivityId = thread, ErrorCode = result.ErrorCode, UpdatedAt = clock.GetUtcNow() }, ct);
        LogPosted(log, campaign, status);
        return status == DeliveryStatus.Sent && thread is not null ? channel with { ConversationId = thread } : null;
    }

    /// What a send's outcome makes of a delivery row: a 429 leaves it waiting, no answer leaves it Uncertain.
    public static DeliveryStatus StatusOf(SendResult result) => result.Status switch
    {
        SendStatus.Sent => DeliveryStatus.Sent,
        SendStatus.Throttled => DeliveryStatus.Pending,
        SendStatus.Failed => DeliveryStatus.Failed,
        _ => DeliveryStatus.Uncertain,
    };

    [LoggerMessage(LogLevel.Information, "Channel post {Campaign}: {Status}")]
    static partial void LogPosted(ILogger logger, string campaign, DeliveryStatus status);
}
