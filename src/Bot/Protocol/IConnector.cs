namespace FocalBot.Bot.Protocol;

/// <summary>Outbound Bot Connector operations (bot-protocol §4). One interface because tests record sends instead of making them.</summary>
public interface IConnector
{
    /// <summary><c>POST v3/conversations/{id}/activities</c>: a new post, or a reply in the thread when the id is a thread id.</summary>
    Task<SendResult> SendAsync(ConversationReference to, Activity activity, CancellationToken ct);

    /// <summary><c>PUT v3/conversations/{id}/activities/{activityId}</c>: replaces a message the bot sent.</summary>
    Task<SendResult> UpdateAsync(ConversationReference to, string activityId, Activity activity, CancellationToken ct);

    /// <summary><c>POST v3/conversations</c> with one member: the bot's 1:1 chat with a user (same id every time).</summary>
    Task<CreateConversationResult> CreatePersonalConversationAsync(string serviceUrl, string tenantId, string userId, CancellationToken ct);

    /// <summary><c>GET v3/conversations/{id}/pagedmembers</c>: one page of a team's or chat's roster.</summary>
    Task<MembersPage> GetPagedMembersAsync(ConversationReference conversation, string? continuationToken, CancellationToken ct);
}

/// <summary>What became of a send. <see cref="SendStatus.Uncertain"/> means the service may have posted it: never replay it blindly.</summary>
public enum SendStatus { Sent, Failed, Throttled, Uncertain }

/// <summary>Outcome of one connector write.</summary>
public sealed record SendResult(SendStatus Status, string? ActivityId = null, int? HttpStatus = null, string? ErrorCode = null, TimeSpan? RetryAfter = null)
{
    /// <summary>True when Teams confirmed the send.</summary>
    public bool IsSent => Status == SendStatus.Sent;
}

/// <summary>Outcome of creating a conversation: its id when it worked, else the failure.</summary>
public sealed record CreateConversationResult(SendResult Outcome, string? ConversationId);

/// <summary>One page of members; <see cref="ContinuationToken"/> is null on the last page.</summary>
public sealed record MembersPage(IReadOnlyList<ChannelAccount> Members, string? ContinuationToken);
