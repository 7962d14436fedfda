using Azure.Core;
using Azure.Identity;
using FocalBot.Bot.Protocol;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Authentication.Azure;

namespace FocalBot.Bot.Storage.SharePoint;

/// Who the bot is to Microsoft Graph: the bot's own identity, app-only. With the Sites.Selected application permission
/// it reaches only the site it was granted, and members get no write access to the lists through it.
public static class GraphCredential
{
    /// Bearer tokens for the Graph host only; the scope is that host's ".default" (https://graph.microsoft.com/.default).
    /// `user` names the setting that needs Graph, for the message when the identity is missing.
    public static IAuthenticationProvider Provider(BotOptions bot, string graphBaseUrl, string user = "Storage:Kind=SharePoint")
    {
        var graph = new Uri(graphBaseUrl);
        return new AzureIdentityAuthenticationProvider(From(bot, user), [graph.Host], observabilityOptions: null, isCaeEnabled: true, scopes: $"https://{graph.Host}/.default");
    }

    /// The client secret of the bot's single-tenant registration, or its user-assigned managed identity.
    public static TokenCredential From(BotOptions bot, string user = "Storage:Kind=SharePoint")
    {
        if (bot.HasAppId && !string.IsNullOrWhiteSpace(bot.AppSecret) && !string.IsNullOrWhiteSpace(bot.TenantId))
            return new ClientSecretCredential(bot.TenantId, bot.AppId, bot.AppSecret);
        if (!string.IsNullOrWhiteSpace(bot.ManagedIdentityClientId))
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(bot.ManagedIdentityClientId));
        throw new InvalidOperationException(
            $"{user} needs the bot's identity for Microsoft Graph: Bot:TenantId, Bot:AppId and Bot:AppSecret, or Bot:ManagedIdentityClientId.");
    }
}
