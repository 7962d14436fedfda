using System.Collections.Concurrent;

namespace FocalBot.Bot.Turns;

/// The serviceUrl last stored per conversation, so a reference is written on first contact or when it changes, not on
/// every turn. Whoever marks a conversation dead forgets it here, so the user's next message stores it alive again.
public sealed class KnownConversations
{
    readonly ConcurrentDictionary<string, string> _serviceUrls = new();

    public bool IsStored(string conversationId, string serviceUrl) =>
        _serviceUrls.TryGetValue(conversationId, out var stored) && stored == serviceUrl;

    public void Stored(string conversationId, string serviceUrl) => _serviceUrls[conversationId] = serviceUrl;

    public void Forget(string conversationId) => _serviceUrls.TryRemove(conversationId, out _);
}
