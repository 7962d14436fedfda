using Azure.Core;
using Azure.Identity;

namespace FocalBot.Bot.Protocol;

/// <summary>The outbound token for the Bot Connector: client credentials for scope
/// <c>https://api.botframework.com/.default</c> (bot-auth §4). One credential per process; Azure.Identity caches and refreshes.</summary>
public sealed class BotToken(TokenCredential? credential)
{
    /// <summary>Scope of every token sent to a connector.</summary>
    public const string Scope = "https://api.botframework.com/.default";

    static readonly TokenRequestContext Request = new([Scope]);

    /// <summary>True when no identity is configured: only the local Playground connector, which wants no token, can be called.</summary>
    public bool IsAnonymous => credential is null;

    /// <summary>A bearer token, or null when anonymous.</summary>
    public async ValueTask<string?> GetAsync(CancellationToken ct) =>
        credential is null ? null : (await credential.GetTokenAsync(Request, ct)).Token;

    /// <summary>Client secret (single tenant) or user-assigned managed identity, as configured.</summary>
    public static BotToken From(BotOptions bot)
    {
        if (!bot.HasAppId) return new BotToken(null);
        if (!string.IsNullOrWhiteSpace(bot.AppSecret)) return new BotToken(new ClientSecretCredential(bot.TenantId, bot.AppId, bot.AppSecret));
        return new BotToken(new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(bot.ManagedIdentityClientId!)));
    }
}
