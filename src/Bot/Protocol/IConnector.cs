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

    /// <summary>The send for the paced proactive sender: one attempt, nothing repeated inside the call, so the pacer
    /// counts every try and a refusal comes back at once for the sender to pause.</summary>
    Task<SendResult> SendOnceAsync(ConversationReference to, Activity activity, CancellationToken ct) => SendAsync(to, activity, ct);

    /// <summary>Creating a 1:1 chat for the paced proactive sender: one attempt, as <see cref="SendOnceAsync"/>.</summary>
    Task<CreateConversationResult> CreatePersonalConversationOnceAsync(string serviceUrl, string tenantId, string userId, CancellationToken ct) =>
        CreatePersonalConversationAsync(serviceUrl, tenantId, userId, ct);

    /// <summary><c>GET v3/conversations/{id}/members/{userId}</c>, one attempt: whether the service answers again after a
    /// failure. A read, so trying it never posts anything twice. Sent when the service answered (any status but a 5xx
    /// or 429), Throttled when it refused, Failed when it failed or did not answer.</summary>
    Task<SendResult> ProbeAsync(ConversationReference conversation, CancellationToken ct) => Task.FromResult(new SendResult(SendStatus.Sent));
}

/// <summary>What became of a call.</summary>
public enum SendStatus
{
    /// <summary>Teams confirmed it (any 2xx).</summary>
    Sent,
    /// <summary>Teams refused it for good (a 4xx other than 429, or a 5xx on an idempotent call after its retries).</summary>
    Failed,
    /// <summary>Refused, and Teams did not act: 429 or 503 (go again after RetryAfter), or refused inside this process
    /// (an open circuit, a connection never made). Nothing was posted: the call may go again.</summary>
    Throttled,
    /// <summary>The call left the process and the answer was none (timeout, dropped connection) or one that may follow a
    /// delivery (500, 502, 504): Teams may have posted it. Never replayed blindly.</summary>
    Uncertain,
}

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
