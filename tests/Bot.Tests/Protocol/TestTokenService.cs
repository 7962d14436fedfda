using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FocalBot.Bot.Tests.Protocol;

/// A Bot Framework login service and an Entra tenant, both on fake https hosts: OpenID metadata and a JWKS served by
/// an HttpMessageHandler that JwtBearer uses as its backchannel, and tokens minted with the matching RSA keys.
/// Keys are generated once per test run; every test gets its own handler (and so its own request log).
public sealed class TestTokenService : HttpMessageHandler
{
    public const string AppId = "3f7c2b1e-8a4d-4c6f-9e2b-5d1a0c7e9f31";
    public const string OtherAppId = "b0e5a7c3-2f1d-4e8b-a6c9-7d3f1e5b2a90";
    public const string TenantId = "6b1c8a52-6bd2-4e6c-9d26-3c4f2e6a8d10";
    public const string ForeignTenantId = "0a9d8c7b-6e5f-4a3b-9c2d-1e0f9a8b7c6d";

    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string BotFrameworkMetadataUrl = "https://login.botframework.test/v1/.well-known/openidconfiguration";
    public const string BotFrameworkKeysUrl = "https://login.botframework.test/v1/.well-known/keys";
    public const string EntraMetadataUrl = "https://login.microsoftonline.test/common/v2.0/.well-known/openid-configuration";
    public const string EntraKeysUrl = "https://login.microsoftonline.test/common/discovery/v2.0/keys";

    /// Bot Framework key endorsed for msteams.
    public static readonly RsaSecurityKey TeamsKey = NewKey("bf-teams");
    /// Bot Framework key in the JWKS, endorsed only for another channel.
    public static readonly RsaSecurityKey WebChatKey = NewKey("bf-webchat");
    /// Entra tenant key (Entra keys carry no endorsements).
    public static readonly RsaSecurityKey EntraKey = NewKey("entra-1");
    /// Never published: a forger's key.
    public static readonly RsaSecurityKey AttackerKey = NewKey("attacker");
    /// The attacker's key presenting the kid of the genuine Teams key.
    public static readonly RsaSecurityKey AttackerKeyAsTeamsKey = new(AttackerKey.Rsa) { KeyId = TeamsKey.KeyId };

    static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    readonly ConcurrentQueue<string> _requests = new();

    /// Every backchannel URL JwtBearer fetched, in order.
    public IReadOnlyList<string> Requests => _requests.ToArray();

    public static string EntraIssuer(string tenant) => $"https://login.microsoftonline.com/{tenant}/v2.0";
    public static string EntraV1Issuer(string tenant) => $"https://sts.windows.net/{tenant}/";

    /// The claims of a genuine Bot Connector token for a Teams activity sent to <paramref name="serviceUrl"/>.
    public static Dictionary<string, object> BotFrameworkClaims(string serviceUrl) => new()
    {
        ["iss"] = BotFrameworkIssuer,
        ["aud"] = AppId,
        ["serviceurl"] = serviceUrl,
    };

    /// The claims of an app-only Entra v2 token of the bot's own tenant, requested by the bot's own app id.
    public static Dictionary<string, object> EntraClaims() => new()
    {
        ["iss"] = EntraIssuer(TenantId),
        ["aud"] = AppId,
        ["azp"] = AppId,
        ["tid"] = TenantId,
        ["ver"] = "2.0",
    };

    /// A signed token, RS256 unless said otherwise (HS256 for a symmetric key); nbf/exp default to the hour around now.
    public static string Mint(Dictionary<string, object> claims, SecurityKey key, DateTime? notBefore = null, DateTime? expires = null, string? algorithm = null)
    {
        var now = DateTime.UtcNow;
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            IssuedAt = notBefore ?? now.AddMinutes(-1),
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddMinutes(59),
            SigningCredentials = new SigningCredentials(key,
                algorithm ?? (key is SymmetricSecurityKey ? SecurityAlgorithms.HmacSha256 : SecurityAlgorithms.RsaSha256)),
        });
    }

    /// An unsigned token (<c>alg: none</c>) with a kid the JWKS knows.
    public static string MintUnsigned(Dictionary<string, object> claims)
    {
        var now = DateTimeOffset.UtcNow;
        var payload = new JsonObject { ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(), ["exp"] = now.AddMinutes(59).ToUnixTimeSeconds() };
        foreach (var (name, value) in claims) payload[name] = JsonValue.Create(value.ToString());
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = TeamsKey.KeyId };
        return $"{Base64UrlEncoder.Encode(header.ToJsonString())}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.";
    }

    /// The same token with one payload claim changed and the original signature kept.
    public static string Tamper(string token, string claim, string value)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        payload[claim] = value;
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.{parts[2]}";
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!.AbsoluteUri;
        _requests.Enqueue(url);
        JsonObject? body = url switch
        {
            BotFrameworkMetadataUrl => Metadata(BotFrameworkIssuer, BotFrameworkKeysUrl),
            // The real common endpoint publishes this templated issuer; JwtBearer adds the metadata issuer to the valid ones.
            EntraMetadataUrl => Metadata("https://login.microsoftonline.com/{tenantid}/v2.0", EntraKeysUrl),
            BotFrameworkKeysUrl => Keys((TeamsKey, ["msteams"]), (WebChatKey, ["webchat"])),
            EntraKeysUrl => Keys((EntraKey, null)),
            _ => null,
        };
        var response = body is null
            ? new HttpResponseMessage(HttpStatusCode.NotFound)
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        response.RequestMessage = request;
        return Task.FromResult(response);
    }

    static JsonObject Metadata(string issuer, string keysUrl) => new()
    {
        ["issuer"] = issuer,
        ["authorization_endpoint"] = "https://login.botframework.test/v1/.well-known/authorize",
        ["jwks_uri"] = keysUrl,
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    };

    static JsonObject Keys(params (RsaSecurityKey Key, string[]? Endorsements)[] keys)
    {
        var set = new JsonArray();
        foreach (var (key, endorsements) in keys)
        {
            var p = key.Rsa.ExportParameters(includePrivateParameters: false);
            var jwk = new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = key.KeyId,
                ["n"] = Base64UrlEncoder.Encode(p.Modulus),
                ["e"] = Base64UrlEncoder.Encode(p.Exponent),
            };
            if (endorsements is not null) jwk["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode)e).ToArray());
            set.Add(jwk);
        }
        return new JsonObject { ["keys"] = set };
    }

    static RsaSecurityKey NewKey(string kid) => new(RSA.Create(2048)) { KeyId = kid };
}
