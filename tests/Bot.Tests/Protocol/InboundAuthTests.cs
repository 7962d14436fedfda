using System.Net;
using FocalBot.Bot.Tests.Support;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using static FocalBot.Bot.Tests.Protocol.TestTokenService;

namespace FocalBot.Bot.Tests.Protocol;

/// bot-auth §5: every token the Bot Connector would not have issued for this activity gets 401 and runs no turn;
/// the positive controls prove the same host, keys and payload do reply when the token is right.
public sealed class InboundAuthTests : IDisposable
{
    const string OtherServiceUrl = "https://smba.trafficmanager.net/amer/6b1c8a52-6bd2-4e6c-9d26-3c4f2e6a8d10/";

    readonly TestTokenService _login = new();
    readonly List<BotApp> _apps = [];

    public void Dispose()
    {
        foreach (var app in _apps) app.Dispose();
        _login.Dispose();
    }

    // ---- positive controls ----

    [Fact]
    public async Task Bot_Framework_token_vouching_for_the_serviceUrl_gets_a_reply()
    {
        var app = Configured();
        var payload = TeamsMessage();

        var response = await app.PostAsync(payload, Mint(BotFrameworkClaims(Payload.TeamsServiceUrl), TeamsKey));

        await AssertRepliedAsync(app, payload, response);
        Assert.Contains(BotFrameworkMetadataUrl, _login.Requests);   // the fake backchannel, not the network, served the keys
        Assert.Contains(BotFrameworkKeysUrl, _login.Requests);
    }

    [Fact]
    public async Task Entra_token_of_an_allowed_caller_needs_no_serviceurl_claim()
    {
        var app = Configured();
        var payload = TeamsMessage();

        var response = await app.PostAsync(payload, Mint(EntraClaims(), EntraKey));

        await AssertRepliedAsync(app, payload, response);
        Assert.Contains(EntraKeysUrl, _login.Requests);
    }

    [Fact]
    public async Task Entra_v1_token_of_an_allowed_caller_gets_a_reply()
    {
        var app = Configured();
        var payload = TeamsMessage();
        var claims = EntraClaims();
        claims["iss"] = EntraV1Issuer(TenantId);
        claims["ver"] = "1.0";
        claims.Remove("azp");
        claims["appid"] = AppId;

        var response = await app.PostAsync(payload, Mint(claims, EntraKey));

        await AssertRepliedAsync(app, payload, response);
    }

    [Fact]
    public async Task Token_expired_four_minutes_ago_is_inside_the_clock_skew()
    {
        var app = Configured();
        var payload = TeamsMessage();
        var now = DateTime.UtcNow;

        var response = await app.PostAsync(payload,
            Mint(BotFrameworkClaims(Payload.TeamsServiceUrl), TeamsKey, notBefore: now.AddMinutes(-64), expires: now.AddMinutes(-4)));

        await AssertRepliedAsync(app, payload, response);
    }

    [Fact]
    public async Task Anonymous_caller_in_Development_without_app_id_on_loopback_gets_a_reply()
    {
        var app = Track(new BotApp().Environment("Development"));
        var payload = Payload.PersonalMessage("help");   // loopback serviceUrl, as the local Playground sends

        var response = await app.PostAsync(payload);

        await AssertRepliedAsync(app, payload, response);
    }

    // ---- negative cases, numbered as in bot-auth §5 ----

    [Fact]
    public async Task No_authorization_header_is_refused_when_an_app_id_is_configured()   // 1
    {
        var app = Configured();
        var payload = TeamsMessage();

        var response = await app.PostAsync(payload);

        await AssertRefusedAsync(app, payload, response);
    }

    [Theory]   // 2
    [InlineData("Basic dXNlcjpwYXNzd29yZA==")]
    [InlineData("JWT {token}")]
    [InlineData("Bearer{token}")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl.extra")]
    [InlineData("Bearer {token}.{token}")]
    [InlineData("bearer {token}")]
    [InlineData("BEARER {token}")]
    public async Task Authorization_header_that_is_not_a_bearer_JWT_is_refused(string header)
    {
        var app = Configured();
        var payload = TeamsMessage();
        var token = Mint(BotFrameworkClaims(Payload.TeamsServiceUrl), TeamsKey);   // valid on its own: only the header's shape is wrong

        var response = await PostWithHeaderAsync(app, payload, header.Replace("{token}", token));

        await AssertRefusedAsync(app, payload, response);
    }

    [Theory]   // 3
    [InlineData("payload altered")]
    [InlineData("signed by another key")]
    public async Task Token_with_a_bad_signature_is_refused(string forgery)
    {
        var app = Configured();
        // The forger points the bot at their own host; the token and activity agree, so only the signature can stop it.
        var payload = TeamsMessage().Set("serviceUrl", "https://evil.example/connector/");
        var token = forgery == "payload altered"
            ? Tamper(Mint(BotFrameworkClaims(Payload.TeamsServiceUrl), TeamsKey), "serviceurl", "https://evil.example/connector/")
            : Mint(BotFrameworkClaims("https://evil.example/connector/"), AttackerKeyAsTeamsKey);

        var response = await app.PostAsync(payload, token);

        await AssertRefusedAsync(app, payload, response);
    }

    [Fact]
    public async Task Token_whose_kid_is_not_in_the_JWKS_is_refused()   // 4
    {
        var app = Configured();
        var payload = TeamsMessage();

        var first = await app.PostAsync(payload, Mint(BotFrameworkClaims(Payload.TeamsServiceUrl), AttackerKey));
        var again = await app.PostAsync(payload.NewId(), Mint(BotFrameworkClaims(Payload.TeamsServiceUrl), AttackerKey));   // keys may have been refreshed by now

        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        await AssertRefusedAsync(app, payload, again);
    }

    [Theory]   // 5
    [InlineData("none")]
    [InlineData("HS256")]
    public async Task Token_not_signed_with_RS256_is_refused(string alg)
    {
        var app = Configured();
        var payload = TeamsMessage();
        var claims = BotFrameworkClaims(Payload.TeamsServiceUrl);
        // HS256 keyed with the published RSA modulus: the classic key-confusion forgery.
        var token = alg == "none"
            ? MintUnsigned(claims)
            : Mint(claims, new SymmetricSecurityKey(TeamsKey.Rsa.ExportParameters(false).Modulus) { KeyId = TeamsKey.KeyId });

        var response = await app.PostAsync(payload, token);

        await AssertRefusedAsync(app, payload, response);
    }

    [Theory]   // 5: the genuine key, but an algorithm the metadata does not advertise
    [InlineData(SecurityAlgorithms.RsaSha512)]
    [InlineData(SecurityAlgorithms.RsaSsaPssSha256)]
    public async Task Token_signed_by_the_genuine_key_with_another_algorithm_is_refused(string alg)
    {
        var app = Configured();
        var payload = TeamsMessage();

        var response = await app.PostAsync(payload, Mint(BotFrameworkClaims(Payload.TeamsServiceUrl), TeamsKey, algorithm: alg));

        await AssertRefusedAsync(app, payload, response);
    }

    [Theory]   // 6
    [InlineData("https://evil.example", "bf-teams")]
    [InlineData("https://login.microsoftonline.com/" + ForeignTenantId + "/v2.0", "entra-1")]
    [InlineData("https://sts.windows.net/" + ForeignTenantId + "/", "entra-1")]
    public async Task Token_from_an_untrusted_issuer_is_refused(string issuer, string kid)
    {
        var app = Configured();
        var payload = TeamsMessage();
        var claims = EntraClaims();
        claims["iss"] = issuer;
        claims["tid"] = ForeignTenantId;
        claims["serviceurl"] = Payload.TeamsServiceUrl;

        var response = await app.PostAsync(payload, Mint(claims, kid == TeamsKey.KeyId ? TeamsKey : EntraKey));

        await AssertRefusedAsync(app, payload, response);
    }

    [Theory]   // 7
    [InlineData(OtherAppId)]
    [InlineData("https://api.botframework.com")]
    public async Task Bot_Framework_token_for_another_audience_is_refused(string audience)
    {
        var app = Configured();
        var payload = TeamsMessage();
        var claims = BotFrameworkClaims(Payload.TeamsServiceUrl);
        claims["aud"] = audience;

        var response = await app.PostAsync(payload, Mint(claims, TeamsKey));

        await AssertRefusedAsync(app, payload, response);
    }

    [Fact]
    public async Task Entra_token_for_another_audience_is_refused()   // 7, Entra path
    {
        var app = Configured();
        var payload = TeamsMessage();
        var claims = EntraClaims();
        claims["aud"] = OtherAppId;

        var response = await app.PostAsync(payload, Mint(claims, EntraKey));

        await AssertRefusedAsync(app, payload, response);
    }

    [Theory]   // 8
    [InlineData("expired 6 minutes ago")]
    [InlineData("valid from 6 minutes from now")]
    public async Task Token_outside_its_lifetime_plus_skew_is_refused(string lifetime)
    {
        var app = Configured();
        var payload = TeamsMessage();
        var now = DateTime.UtcNow;
        var (notBefore, expires) = lifetime.StartsWith("expired")
            ? (now.AddMinutes(-66), now.AddMinutes(-6))
            : (now.AddMinutes(6), now.AddMinutes(66));

        var response = await app.PostAsync(payload, Mint(BotFrameworkClaims(Payload.TeamsServiceUrl), TeamsKey, notBefore, expires));

        await AssertRefusedAsync(app, payload, response);
    }

    [Theory]   // 9
    [InlineData(null)]
    [InlineData("")]
    [InlineData(OtherServiceUrl)]
    public async Task Bot_Framework_token_not_vouching_for_the_serviceUrl_is_refused(string? serviceUrlClaim)
    {
        var app = Configured();
        var payload = TeamsMessage();
        var claims = BotFrameworkClaims(Payload.TeamsServiceUrl);
        if (serviceUrlClaim is null) claims.Remove("serviceurl"); else claims["serviceurl"] = serviceUrlClaim;

        var response = await app.PostAsync(payload, Mint(claims, TeamsKey));

        await AssertRefusedAsync(app, payload, response);
    }

    [Fact]
    public async Task Signing_key_not_endorsed_for_msteams_is_refused()   // 10 (the docs say 403; Bot Builder gives 401)
    {
        var app = Configured();
        var payload = TeamsMessage();

        var response = await app.PostAsync(payload, Mint(BotFrameworkClaims(Payload.TeamsServiceUrl), WebChatKey));

        await AssertRefusedAsync(app, payload, response);
    }

    [Fact]
    public async Task Bot_Framework_issuer_signed_with_an_Entra_key_is_refused()
    {
        var app = Configured();
        var payload = TeamsMessage();

        var response = await app.PostAsync(payload, Mint(BotFrameworkClaims(Payload.TeamsServiceUrl), EntraKey));

        await AssertRefusedAsync(app, payload, response);
    }

    [Theory]   // 11: issuer and audience alone admit any app of the tenant
    [InlineData("azp")]
    [InlineData("appid")]
    public async Task Entra_token_from_an_app_not_allowed_to_call_is_refused(string callerClaim)
    {
        var app = Configured();
        var payload = TeamsMessage();
        var claims = EntraClaims();
        claims.Remove("azp");
        claims[callerClaim] = OtherAppId;

        var response = await app.PostAsync(payload, Mint(claims, EntraKey));

        await AssertRefusedAsync(app, payload, response);
    }

    [Fact]
    public async Task Entra_token_without_a_caller_claim_is_refused()   // 11
    {
        var app = Configured();
        var payload = TeamsMessage();
        var claims = EntraClaims();
        claims.Remove("azp");

        var response = await app.PostAsync(payload, Mint(claims, EntraKey));

        await AssertRefusedAsync(app, payload, response);
    }

    [Theory]   // 11
    [InlineData("https://evil.example/emea/")]
    [InlineData("https://smba.trafficmanager.net.evil.example/emea/")]
    [InlineData("http://smba.trafficmanager.net/emea/")]
    public async Task Entra_token_for_a_serviceUrl_host_not_allow_listed_is_refused(string serviceUrl)
    {
        var app = Configured();
        var payload = TeamsMessage().Set("serviceUrl", serviceUrl);

        var response = await app.PostAsync(payload, Mint(EntraClaims(), EntraKey));

        await AssertRefusedAsync(app, payload, response);
    }

    [Fact]
    public async Task Entra_token_whose_tenant_does_not_match_its_issuer_is_refused()
    {
        var app = Configured();
        var payload = TeamsMessage();
        var claims = EntraClaims();
        claims["tid"] = ForeignTenantId;

        var response = await app.PostAsync(payload, Mint(claims, EntraKey));

        await AssertRefusedAsync(app, payload, response);
    }

    // ---- no app id: only the local Playground ----

    [Fact]
    public async Task App_id_configured_refuses_an_anonymous_local_caller_even_in_Development()
    {
        var app = Configured().Environment("Development");
        var payload = Payload.PersonalMessage("help");   // loopback caller and loopback serviceUrl: only the app id differs

        var response = await app.PostAsync(payload);

        await AssertRefusedAsync(app, payload, response);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task No_app_id_outside_Development_is_refused(string environment)
    {
        var app = Track(new BotApp().Environment(environment));
        var payload = Payload.PersonalMessage("help");

        var response = await app.PostAsync(payload);

        await AssertRefusedAsync(app, payload, response);
    }

    [Fact]
    public async Task No_app_id_in_Development_from_a_remote_caller_is_refused()
    {
        var app = Track(new BotApp().Environment("Development"));
        app.RemoteAddress = IPAddress.Parse("203.0.113.7");
        var payload = Payload.PersonalMessage("help");

        var response = await app.PostAsync(payload);

        await AssertRefusedAsync(app, payload, response);
    }

    /// Behind a proxy, ASPNETCORE_FORWARDEDHEADERS_ENABLED makes ASP.NET Core take the caller's address from
    /// X-Forwarded-For, trusting every forwarder; a remote caller can write 127.0.0.1 there.
    [Fact]
    public async Task No_app_id_in_Development_from_a_remote_caller_claiming_loopback_in_X_Forwarded_For_is_refused()
    {
        var app = Track(new BotApp().Environment("Development").WithServices(s => s.AddSingleton<IStartupFilter>(new TrustEveryForwarder())));
        app.RemoteAddress = IPAddress.Parse("203.0.113.7");
        var payload = Payload.PersonalMessage("help");

        var response = await app.PostAsync(payload.Json, headers: [("X-Forwarded-For", "127.0.0.1")]);

        await AssertRefusedAsync(app, payload, response);
        Assert.Equal(IPAddress.Loopback, TrustEveryForwarder.LastSeen);   // the header did take effect
    }

    [Fact]
    public async Task No_app_id_in_Development_on_this_machine_is_still_answered_whatever_X_Forwarded_For_says()
    {
        var app = Track(new BotApp().Environment("Development").WithServices(s => s.AddSingleton<IStartupFilter>(new TrustEveryForwarder())));

        var response = await app.PostAsync(Payload.PersonalMessage("help").Json, headers: [("X-Forwarded-For", "203.0.113.7")]);

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");
    }

    /// What ASPNETCORE_FORWARDEDHEADERS_ENABLED adds to the pipeline.
    sealed class TrustEveryForwarder : IStartupFilter
    {
        public static IPAddress? LastSeen;

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            app.UseForwardedHeaders(options);
            app.Use((http, then) => { LastSeen = http.Connection.RemoteIpAddress; return then(http); });
            next(app);
        };
    }

    [Theory]
    [InlineData(Payload.TeamsServiceUrl)]
    [InlineData("http://192.168.1.20:56150/_connector/")]
    [InlineData("http://127.0.0.1.evil.example/_connector/")]
    public async Task No_app_id_in_Development_with_a_serviceUrl_off_the_machine_is_refused(string serviceUrl)
    {
        var app = Track(new BotApp().Environment("Development"));
        var payload = Payload.PersonalMessage("help").Set("serviceUrl", serviceUrl);

        var response = await app.PostAsync(payload);

        await AssertRefusedAsync(app, payload, response);
    }

    [Fact]
    public async Task No_app_id_in_Development_still_refuses_a_valid_Teams_token()
    {
        // Without an app id no audience matches; a token cannot unlock a real serviceUrl on the anonymous path.
        var app = Track(new BotApp().Environment("Development")
            .Setting("Bot:BotFrameworkMetadataUrl", BotFrameworkMetadataUrl)
            .WithServices(s => s.ConfigureAll<JwtBearerOptions>(o => o.BackchannelHttpHandler = _login)));
        var payload = TeamsMessage();

        var response = await app.PostAsync(payload, Mint(BotFrameworkClaims(Payload.TeamsServiceUrl), TeamsKey));

        await AssertRefusedAsync(app, payload, response);
    }

    [Theory]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Basic dXNlcjpwYXNzd29yZA==")]
    public async Task No_app_id_in_Development_validates_a_token_that_is_present(string header)
    {
        // Bot Builder: with authentication off, a request with no header is anonymous, one with a header is still validated.
        var app = Track(new BotApp().Environment("Development"));
        var payload = Payload.PersonalMessage("help");

        var response = await PostWithHeaderAsync(app, payload, header);

        await AssertRefusedAsync(app, payload, response);
    }

    // ---- helpers ----

    /// The bot as deployed: an app id, its tenant, a secret, and both metadata URLs on the fake login hosts.
    BotApp Configured() => Track(new BotApp()
        .Environment("Production")
        .Setting("Bot:AppId", AppId)
        .Setting("Bot:TenantId", TenantId)
        .Setting("Bot:AppSecret", "test-secret-not-used")
        .Setting("Bot:BotFrameworkMetadataUrl", BotFrameworkMetadataUrl)
        .Setting("Bot:EntraMetadataUrl", EntraMetadataUrl)
        // Configure runs before JwtBearer's PostConfigure builds each scheme's ConfigurationManager from it.
        .WithServices(s => s.ConfigureAll<JwtBearerOptions>(o => o.BackchannelHttpHandler = _login)));

    BotApp Track(BotApp app)
    {
        _apps.Add(app);
        return app;
    }

    /// A Teams 1:1 "help" with the real Teams serviceUrl (Payload.Load points it at loopback).
    static Payload TeamsMessage() => Payload.PersonalMessage("help").Set("serviceUrl", Payload.TeamsServiceUrl);

    static string ConversationId(Payload payload) => payload.Node["conversation"]!["id"]!.GetValue<string>();

    static async Task<HttpResponseMessage> PostWithHeaderAsync(BotApp app, Payload payload, string authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(payload.Json, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return await app.CreateClient().SendAsync(request);
    }

    static async Task AssertRepliedAsync(BotApp app, Payload payload, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(app.Connector.Sends);
        Assert.Equal(ConversationId(payload), sent.To.ConversationId);
        Assert.NotNull(await app.Conversations.GetAsync(ConversationId(payload), CancellationToken.None));
    }

    static async Task AssertRefusedAsync(BotApp app, Payload payload, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(app.Connector.Sends);
        Assert.Null(await app.Conversations.GetAsync(ConversationId(payload), CancellationToken.None));
    }
}
