namespace FocalBot.Bot.Protocol;

/// <summary>What the bot keeps to write into a conversation later (spec "Conversation reference"):
/// channel, serviceUrl (stored only after the token that carried it was validated), conversation, bot and user.</summary>
public sealed record ConversationReference
{
    /// <summary>Conversation id (personal <c>a:…</c>, channel <c>19:…</c>, thread <c>19:…;messageid=N</c>).</summary>
    public required string ConversationId { get; init; }
    /// <summary>personal, groupChat or channel.</summary>
    public required string ConversationType { get; init; }
    /// <summary>Base URL of the connector for this conversation.</summary>
    public required string ServiceUrl { get; init; }
    /// <summary>msteams.</summary>
    public required string ChannelId { get; init; }
    /// <summary>Tenant of the conversation.</summary>
    public string? TenantId { get; init; }
    /// <summary>The bot's account id (<c>28:…</c>).</summary>
    public string? BotId { get; init; }
    /// <summary>1:1 only: the user's MRI.</summary>
    public string? UserId { get; init; }
    /// <summary>1:1 only: the user's Entra object id.</summary>
    public string? UserAadObjectId { get; init; }
    /// <summary>Team scope: the team id.</summary>
    public string? TeamId { get; init; }
    /// <summary>Set when Teams said the bot may no longer write here (removed, blocked, not found).</summary>
    public bool IsDead { get; init; }

    /// <summary>A channel thread id (<c>19:…;messageid=N</c>) without its thread part: the channel itself.</summary>
    public static string WithoutThread(string conversationId)
    {
        var cut = conversationId.IndexOf(";messageid=", StringComparison.Ordinal);
        return cut < 0 ? conversationId : conversationId[..cut];
    }

    /// <summary>The reference an inbound activity describes, or null when it lacks what a reply needs.</summary>
    public static ConversationReference? From(Activity activity)
    {
        if (activity.Conversation?.Id is not { Length: > 0 } conversationId
            || activity.ServiceUrl is not { Length: > 0 } serviceUrl
            || activity.ChannelId is not { Length: > 0 } channelId) return null;

        var type = activity.Conversation.ConversationType ?? "personal";
        var personal = type == "personal";
        return new ConversationReference
        {
            ConversationId = conversationId,
            ConversationType = type,
            ServiceUrl = serviceUrl,
            ChannelId = channelId,
            TenantId = activity.Conversation.TenantId ?? activity.Teams.TenantId,
            BotId = activity.Recipient?.Id,
            UserId = personal ? activity.From?.Id : null,
            UserAadObjectId = personal ? activity.From?.AadObjectId : null,
            TeamId = activity.Teams.TeamId,
        };
    }
}
