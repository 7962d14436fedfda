using FocalBot.Bot.Protocol;

namespace FocalBot.Bot.Storage;

/// Conversation references, kept so the bot can write later (proactive messages, reminders).
public interface IConversationStore
{
    /// Adds or refreshes a reference; a refreshed reference is alive again and keeps its welcome mark.
    Task SaveAsync(ConversationReference reference, CancellationToken ct);

    Task<ConversationReference?> GetAsync(string conversationId, CancellationToken ct);

    /// The bot's 1:1 conversation with a user, by Entra object id.
    Task<ConversationReference?> FindPersonalAsync(string tenantId, string aadObjectId, CancellationToken ct);

    /// A live channel reference of a team the bot is in: of the given team (Teams' team id, "19:…"), or, without one, of
    /// the team the bot was added to last. The channel recorded at the latest installation comes first; a channel the bot
    /// only met (someone mentioned it there) is the fallback. Null when the bot is in no such team.
    Task<ConversationReference?> FindTeamAsync(string? teamId, CancellationToken ct);

    /// Stores the channel the bot was installed into and marks it as its team's installation, so FindTeamAsync prefers it
    /// to channels met later. A channel chosen at install replaces the team's installation; otherwise (an event naming no
    /// channel: the team's General channel) it is kept only when the team has no live installation yet.
    Task SaveInstallAsync(ConversationReference channel, bool chosen, DateTimeOffset at, CancellationToken ct);

    /// Marks the conversation welcomed; true only for the call that changed it, so two install events welcome once.
    Task<bool> TryMarkWelcomedAsync(string conversationId, CancellationToken ct);

    /// The bot was removed or blocked there: send nothing until it is added again (which also allows a new welcome).
    Task MarkDeadAsync(string conversationId, CancellationToken ct);
}
