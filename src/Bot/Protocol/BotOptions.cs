using System.ComponentModel.DataAnnotations;

namespace FocalBot.Bot.Protocol;

/// <summary>The bot's identity and the protocol constants it trusts; section "Bot" of the configuration.</summary>
public sealed class BotOptions : IValidatableObject
{
    /// <summary>Section name in configuration.</summary>
    public const string Section = "Bot";

    /// <summary>Microsoft App ID (Entra client id) of the bot: the audience every inbound token must carry.
    /// Empty only for local development behind the Agents Playground.</summary>
    public string? AppId { get; set; }

    /// <summary>The bot's own Entra tenant (single-tenant bots): its issuers are accepted on the Entra path
    /// and its token endpoint issues the outbound token.</summary>
    public string? TenantId { get; set; }

    /// <summary>Client secret of the app registration; leave empty to use a managed identity.</summary>
    public string? AppSecret { get; set; }

    /// <summary>Client id of the user-assigned managed identity that is the bot's identity.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Entra path: the <c>azp</c>/<c>appid</c> values allowed to call the bot (default: the bot's own app id).</summary>
    public string[] AllowedCallers { get; set; } = [];

    /// <summary>Entra path: hosts an activity's serviceUrl may point to (the Bot Framework path checks the token's claim instead).</summary>
    public string[] ServiceUrlHosts { get; set; } = ["smba.trafficmanager.net"];

    /// <summary>Bot Framework OpenID metadata (auth article, "Step 2").</summary>
    [Required, Url]
    public string BotFrameworkMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Entra OpenID metadata used for Entra-issued channel tokens.</summary>
    [Required, Url]
    public string EntraMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>True when an app id is configured; without one only the local Playground may call.</summary>
    public bool HasAppId => !string.IsNullOrWhiteSpace(AppId);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (HasAppId && !Guid.TryParse(AppId, out _))
            yield return new ValidationResult("Bot:AppId must be a GUID (the Entra client id of the bot).", [nameof(AppId)]);
        if (!string.IsNullOrWhiteSpace(TenantId) && !Guid.TryParse(TenantId, out _))
            yield return new ValidationResult("Bot:TenantId must be a GUID.", [nameof(TenantId)]);
        if (HasAppId && string.IsNullOrWhiteSpace(AppSecret) && string.IsNullOrWhiteSpace(ManagedIdentityClientId))
            yield return new ValidationResult("With Bot:AppId set, set Bot:AppSecret or Bot:ManagedIdentityClientId for the outbound token.", [nameof(AppSecret)]);
        if (HasAppId && !string.IsNullOrWhiteSpace(AppSecret) && string.IsNullOrWhiteSpace(TenantId))
            yield return new ValidationResult("Bot:TenantId is required with Bot:AppSecret (single-tenant token endpoint).", [nameof(TenantId)]);
    }
}
