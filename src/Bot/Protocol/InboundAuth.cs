using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FocalBot.Bot.Protocol;

/// <summary>Inbound token validation (bot-auth: "Bot Connector authentication"): JwtBearer with the Bot Framework
/// issuer and metadata, a second scheme for Entra-issued channel tokens, and the policy /api/messages requires.</summary>
public static class BotAuth
{
    /// <summary>The authorization policy of the messaging endpoint.</summary>
    public const string Policy = "BotConnector";
    /// <summary>Policy scheme that forwards to one of the two bearer schemes by the token's (unvalidated) issuer.</summary>
    public const string Scheme = "Bot";
    /// <summary>Tokens issued by the Bot Connector service.</summary>
    public const string BotFrameworkScheme = "BotFramework";
    /// <summary>Tokens issued by Entra ID (Emulator, skills, channels migrating to Entra).</summary>
    public const string EntraScheme = "Entra";
    /// <summary>Issuer of Bot Connector tokens.</summary>
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    /// <summary>Claim added after validation for each endorsement of the token's signing key.</summary>
    public const string EndorsementClaim = "focalbot/endorsement";

    /// <summary>Tenants whose Entra issuers sign Bot Service tokens (botframework.com, auth v3.1 and v3.2).</summary>
    static readonly string[] BotServiceTenants = ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a"];

    /// <summary>Clock skew the Bot Framework allows on nbf/exp.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Registers both bearer schemes, the forwarding scheme and the endpoint policy.</summary>
    public static void AddInboundAuth(this IServiceCollection services)
    {
        SocketAddress.Capture(services);
        services.AddHttpContextAccessor();
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, displayName: null, o => o.ForwardDefaultSelector = SchemeFor)
            .AddJwtBearer(BotFrameworkScheme)
            .AddJwtBearer(EntraScheme);

        services.AddOptions<JwtBearerOptions>(BotFrameworkScheme).Configure<IOptions<BotOptions>>((o, bot) =>
        {
            Common(o, bot.Value, bot.Value.BotFrameworkMetadataUrl);
            o.TokenValidationParameters.ValidIssuer = BotFrameworkIssuer;
            // Bot Builder checks the signing key's endorsements against the channel; JwtBearer does not, so we record them here.
            o.Events = new JwtBearerEvents { OnMessageReceived = ExactBearerOnly, OnTokenValidated = AddEndorsementsAsync };
        });
        services.AddOptions<JwtBearerOptions>(EntraScheme).Configure<IOptions<BotOptions>>((o, bot) =>
        {
            Common(o, bot.Value, bot.Value.EntraMetadataUrl);
            o.TokenValidationParameters.ValidIssuers = EntraIssuers(bot.Value);
            o.Events = new JwtBearerEvents { OnMessageReceived = ExactBearerOnly };
        });

        services.AddSingleton<IAuthorizationHandler, BotCallerHandler>();
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p
            .AddAuthenticationSchemes(Scheme)
            .AddRequirements(new BotCallerRequirement()));
    }

    static void Common(JwtBearerOptions o, BotOptions bot, string metadataUrl)
    {
        o.MetadataAddress = metadataUrl;
        o.MapInboundClaims = false;
        o.RefreshOnIssuerKeyNotFound = true;
        o.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            // Without an app id no audience can match: every token fails and only the local Playground switch remains.
            ValidateAudience = true,
            ValidAudiences = bot.HasAppId ? [bot.AppId!] : [],
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ValidateIssuerSigningKey = true,
            RequireSignedTokens = true,
            ClockSkew = ClockSkew,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        };
    }

    static string[] EntraIssuers(BotOptions bot)
    {
        var tenants = BotServiceTenants.Concat(string.IsNullOrWhiteSpace(bot.TenantId) ? [] : [bot.TenantId!]);
        return tenants.SelectMany(t => new[] { $"https://sts.windows.net/{t}/", $"https://login.microsoftonline.com/{t}/v2.0" }).ToArray();
    }

    /// <summary>Picks the scheme from the token's issuer before validation; the chosen scheme then validates everything.</summary>
    static string SchemeFor(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal)) return BotFrameworkScheme;
        var handler = new JsonWebTokenHandler();
        var raw = header["Bearer ".Length..].Trim();
        if (!handler.CanReadToken(raw)) return BotFrameworkScheme;
        try { return handler.ReadJsonWebToken(raw).Issuer == BotFrameworkIssuer ? BotFrameworkScheme : EntraScheme; }
        catch (ArgumentException) { return BotFrameworkScheme; }
    }

    /// <summary>The auth article wants exactly "Bearer &lt;token&gt;"; JwtBearer alone would also take "bearer".</summary>
    static Task ExactBearerOnly(MessageReceivedContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.Length > 0 && !header.StartsWith("Bearer ", StringComparison.Ordinal)) context.NoResult();
        return Task.CompletedTask;
    }

    static async Task AddEndorsementsAsync(TokenValidatedContext context)
    {
        var kid = context.SecurityToken switch
        {
            JsonWebToken jwt => jwt.Kid,
            JwtSecurityToken jwt => jwt.Header.Kid,
            _ => null,
        };
        if (kid is null || context.Options.ConfigurationManager is null || context.Principal?.Identity is not ClaimsIdentity identity) return;

        var config = await context.Options.ConfigurationManager.GetConfigurationAsync(context.HttpContext.RequestAborted);
        var key = config.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == kid);
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var endorsements)) return;

        foreach (var endorsement in Strings(endorsements))
            identity.AddClaim(new Claim(EndorsementClaim, endorsement));
    }

    static IEnumerable<string> Strings(object value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
            .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!),
        IEnumerable<object> list => list.OfType<string>(),
        _ => [],
    };
}

/// <summary>The caller must hold a validated token, or be the local Playground (see <see cref="BotCallerHandler"/>).</summary>
public sealed class BotCallerRequirement : IAuthorizationRequirement;

/// <summary>Lets a validated token through; lets an anonymous caller through only when no app id is configured,
/// the environment is Development and the caller is on loopback (bot-auth §3). The endpoint then also requires a
/// loopback serviceUrl, so an anonymous caller cannot make the bot write to another host.</summary>
public sealed class BotCallerHandler(IOptions<BotOptions> bot, IHostEnvironment environment) : AuthorizationHandler<BotCallerRequirement>
{
    /// <inheritdoc />
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, BotCallerRequirement requirement)
    {
        if (context.Resource is not HttpContext http) return Task.CompletedTask;
        var header = http.Request.Headers.Authorization.ToString();
        if (context.User.Identity?.IsAuthenticated == true) context.Succeed(requirement);
        else if (header.Length == 0 && AnonymousAllowed(http)) context.Succeed(requirement);   // a token present is always validated (Bot Builder)
        return Task.CompletedTask;
    }

    /// <summary>The narrow local-development switch: no app id, Development, and a caller on this machine by the
    /// socket's own address (never by a forwarded header).</summary>
    public bool AnonymousAllowed(HttpContext http) =>
        !bot.Value.HasAppId
        && environment.IsDevelopment()
        && SocketAddress.Of(http) is { IsLoopback: true };
}
