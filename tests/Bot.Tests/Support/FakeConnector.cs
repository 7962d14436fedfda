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
        /// What the member reads: the message's text, or the card's text (CardText).
        public string Shown => Activity.Text ?? CardText.Of(Card);

        /// The text, or the card's JSON with letters unescaped: to find a send by anything in it, hidden data included.
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

    /// When set, decides the answer to creating a 1:1 chat for a Teams id instead of "created"; null means created.
    public Func<string, SendResult?>? CreateOutcome { get; set; }

    readonly ConcurrentQueue<string> _creates = new();

    /// The Teams ids a 1:1 chat was asked for.
    public IReadOnlyList<string> Creates => _creates.ToArray();

    public Task<CreateConversationResult> CreatePersonalConversationAsync(string serviceUrl, string tenantId, string userId, CancellationToken ct)
    {
        _creates.Enqueue(userId);
        if (CreateOutcome?.Invoke(userId) is { } refused) return Task.FromResult(new CreateConversationResult(refused, null));
        return Task.FromResult(new CreateConversationResult(new SendResult(SendStatus.Sent, $"a:{userId}", 201), $"a:{userId}"));
    }

    /// The roster pages a test scripts, by continuation token ("" for the first page); an unknown token gets an empty last page.
    public Dictionary<string, MembersPage> RosterPages { get; } = new();

    /// When set, each roster read throws it (Teams unavailable).
    public Exception? RosterFailure { get; set; }

    readonly ConcurrentQueue<(string ConversationId, string? Token)> _rosterReads = new();

    /// Each roster read: the conversation it asked for and the continuation token it sent.
    public IReadOnlyList<(string ConversationId, string? Token)> RosterReads => _rosterReads.ToArray();

    public Task<MembersPage> GetPagedMembersAsync(ConversationReference conversation, string? continuationToken, CancellationToken ct)
    {
        _rosterReads.Enqueue((conversation.ConversationId, continuationToken));
        if (RosterFailure is not null) throw RosterFailure;
        return Task.FromResult(RosterPages.TryGetValue(continuationToken ?? "", out var page) ? page : new MembersPage([], null));
    }
}
