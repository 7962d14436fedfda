using FocalBot.Bot.Protocol;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Scheduling;

/// What a campaign sends: the message for one member. Campaign names start with the prefix, e.g. "details-check/2026".
public interface ICampaign
{
    string Prefix { get; }

    /// The message for this member, or null when there is nothing to send any more (its subject was withdrawn); the
    /// row is then closed as Failed "Withdrawn", never sent.
    Task<Activity?> MessageAsync(string campaign, Member member, CancellationToken ct);

    /// Rows that the campaign's own job sends (a channel post, mentions): the sender leaves them alone.
    bool SentElsewhere => false;
}

/// Sends the waiting delivery rows, exactly once each (STYLE §5): reread the row, go on only if it still waits, mark it
/// Uncertain just before the POST; the answer makes it Sent, Failed, or Pending again after a 429, which pauses the
/// sender until Retry-After. No answer leaves it Uncertain: shown, never replayed. So a restart sends nothing twice.
public sealed partial class ProactiveSender(
    IDeliveryStore deliveries,
    IMemberDirectory members,
    IConversationStore conversations,
    IConnector connector,
    KnownConversations known,
    IEnumerable<ICampaign> campaigns,
    TimeProvider clock,
    ILogger<ProactiveSender> log)
{
    /// Teams codes after which the bot may not write to that chat until the user comes back (bot-protocol §4).
    static readonly HashSet<string> DeadChat = new(StringComparer.OrdinalIgnoreCase)
    {
        "ConversationBlockedByUser", "BotNotInConversationRoster", "ForbiddenOperationException", "ConversationNotFound", "BotDisabledByAdmin",
    };

    DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    public async Task<int> SendWaitingAsync(CancellationToken ct)
    {
        var sent = 0;
        foreach (var row in await deliveries.ListWaitingAsync(ct))
        {
            if (clock.GetUtcNow() < _pausedUntil) break;
            if (await SendOneAsync(row, ct)) sent++;
        }
        return sent;
    }

    async Task<bool> SendOneAsync(Delivery listed, CancellationToken ct)
    {
        var row = await deliveries.GetAsync(listed.Campaign, listed.MemberId, ct);
        if (row is null || row.Status is not (DeliveryStatus.Pending or DeliveryStatus.NoChat)) return false;
        var campaign = campaigns.FirstOrDefault(c => row.Campaign.StartsWith(c.Prefix, StringComparison.Ordinal));
        if (campaign is null) { LogUnknownCampaign(log, row.Campaign); return false; }   // parked: left as it is
        if (campaign.SentElsewhere) return false;

        var member = await members.GetAsync(row.MemberId, ct);
        if (member is not { IsActive: true })
        {
            await MarkAsync(row, DeliveryStatus.Failed, error: "MemberNotActive", ct: ct);
            return false;
        }

        var chat = await conversations.FindPersonalAsync(member.TenantId, member.AadObjectId, ct);
        if (chat is null || chat.IsDead)
        {
            if (row.Status != DeliveryStatus.NoChat) await MarkAsync(row, DeliveryStatus.NoChat, ct: ct);
            return false;
        }

        if (await campaign.MessageAsync(row.Campaign, member, ct) is not { } message)
        {
            await MarkAsync(row, DeliveryStatus.Failed, error: "Withdrawn", ct: ct);
            return false;
        }

        // From here on a crash leaves the row Uncertain: it may have been delivered, so it is never sent again by itself.
        var uncertain = row with { Status = DeliveryStatus.Uncertain, UpdatedAt = clock.GetUtcNow() };
        if (await deliveries.SaveAsync(uncertain, ct) is not SaveResult.Saved marked) return false;   // someone else took it
        uncertain = uncertain with { Version = marked.Version };

        var result = await connector.SendAsync(chat, message, ct);
        switch (result.Status)
        {
            case SendStatus.Sent:
                await MarkAsync(uncertain, DeliveryStatus.Sent, activityId: result.ActivityId, ct: ct);
                LogSent(log, row.Campaign, row.MemberId);
                return true;
            case SendStatus.Throttled:
                _pausedUntil = clock.GetUtcNow() + (result.RetryAfter ?? TimeSpan.FromSeconds(30));
                await MarkAsync(uncertain, DeliveryStatus.Pending, ct: ct);
                return false;
            case SendStatus.Failed:
                if (result.ErrorCode is { } code && DeadChat.Contains(code))
                {
                    await conversations.MarkDeadAsync(chat.ConversationId, ct);
                    known.Forget(chat.ConversationId);   // the user's next message revives the chat
                }
                await MarkAsync(uncertain, DeliveryStatus.Failed, error: result.ErrorCode ?? $"HTTP {result.HttpStatus}", ct: ct);
                LogFailed(log, row.Campaign, row.MemberId, result.ErrorCode ?? "");
                return false;
            default:
                LogUncertain(log, row.Campaign, row.MemberId);
                return false;
        }
    }

    async Task MarkAsync(Delivery row, DeliveryStatus status, string? activityId = null, string? error = null, CancellationToken ct = default) =>
        await deliveries.SaveAsync(row with { Status = status, ActivityId = activityId, ErrorCode = error, UpdatedAt = clock.GetUtcNow() }, ct);

    [LoggerMessage(LogLevel.Information, "Delivery {Campaign} to member {MemberId} sent")]
    static partial void LogSent(ILogger logger, string campaign, string memberId);

    [LoggerMessage(LogLevel.Warning, "Delivery {Campaign} to member {MemberId} failed: {Code}")]
    static partial void LogFailed(ILogger logger, string campaign, string memberId, string code);

    [LoggerMessage(LogLevel.Warning, "Delivery {Campaign} to member {MemberId} is uncertain: no answer from Teams")]
    static partial void LogUncertain(ILogger logger, string campaign, string memberId);

    [LoggerMessage(LogLevel.Error, "Delivery rows of campaign {Campaign} have no sender; parked")]
    static partial void LogUnknownCampaign(ILogger logger, string campaign);
}
