using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using FocalBot.Bot.Protocol;

namespace FocalBot.Bot.Tests.Support;

/// Records what the bot sends instead of sending it; a test can script failures.
public sealed class FakeConnector : IConnector
{
    public sealed record Sent(ConversationReference To, Activity Activity, string Id)
    {
        public JsonObject? Card => Activity.Attachments?.FirstOrDefault()?.Content as JsonObject;
        /// The text, or the card's JSON with letters unescaped, so tests can look for French words.
        public string AllText => Activity.Text ?? (Card is null ? "" : System.Text.RegularExpressions.Regex.Unescape(Card.ToJsonString()));
    }

    readonly ConcurrentQueue<Sent> _sent = new();
    int _ids;

    public IReadOnlyList<Sent> Sends => _sent.ToArray();

    /// When set, decides the outcome of each send instead of "sent".
    public Func<Activity, SendResult?>? Outcome { get; set; }

    public Task<SendResult> SendAsync(ConversationReference to, Activity activity, CancellationToken ct)
    {
        var result = Outcome?.Invoke(activity);
        if (result is not null && !result.IsSent) return Task.FromResult(result);
        var id = $"m{Interlocked.Increment(ref _ids)}";
        _sent.Enqueue(new Sent(to, activity, id));
        return Task.FromResult(new SendResult(SendStatus.Sent, id, 201));
    }

    public Task<SendResult> UpdateAsync(ConversationReference to, string activityId, Activity activity, CancellationToken ct)
    {
        _sent.Enqueue(new Sent(to, activity, activityId));
        return Task.FromResult(new SendResult(SendStatus.Sent, activityId, 200));
    }

    public Task<CreateConversationResult> CreatePersonalConversationAsync(string serviceUrl, string tenantId, string userId, CancellationToken ct) =>
        Task.FromResult(new CreateConversationResult(new SendResult(SendStatus.Sent, $"a:{userId}", 201), $"a:{userId}"));

    public Task<MembersPage> GetPagedMembersAsync(ConversationReference conversation, string? continuationToken, CancellationToken ct) =>
        Task.FromResult(new MembersPage([], null));
}
