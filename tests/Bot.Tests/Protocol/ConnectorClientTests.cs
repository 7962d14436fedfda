using System.Net;
using System.Text.Json.Nodes;
using Azure.Core;
using FocalBot.Bot.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly.Timeout;
using static FocalBot.Bot.Tests.Protocol.ScriptedConnectorHandler;

namespace FocalBot.Bot.Tests.Protocol;

/// The real connector client behind the standard resilience handler, as ProtocolSetup registers it, against a scripted
/// Bot Connector: what is retried (bot-protocol §4 and §7, teams-platform §1) and what a send's outcome says.
public sealed class ConnectorClientTests : IDisposable
{
    const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    const string ChannelThread = "19:a1b2c3@thread.tacv2;messageid=1700000000000";
    const string Token = "bot-token-for-connector";

    static readonly ConversationReference Personal = new()
    {
        ConversationId = "a:1mVYx0Ue0E6r6pYv2Vq3ZJQ2pMvRWkYb8cL0s3fEoZQ9dNwB0xG5Ih7tKpU4aSj1Fz",
        ConversationType = "personal",
        ServiceUrl = ServiceUrl,
        ChannelId = "msteams",
    };

    readonly List<ServiceProvider> _providers = [];

    public void Dispose()
    {
        foreach (var provider in _providers) provider.Dispose();
    }

    // ---- outcomes of a send ----

    [Theory]
    [InlineData(200)]
    [InlineData(201)]
    public async Task Send_answered_2xx_with_an_id_is_sent(int status)
    {
        var connector = new ScriptedConnectorHandler(Reply(status, """{"id":"1:abc"}"""));

        var result = await Client(connector).SendAsync(Personal, Message(), CancellationToken.None);

        Assert.Equal(new SendResult(SendStatus.Sent, "1:abc", status), result);
        Assert.Single(connector.Attempts);
    }

    [Fact]
    public async Task Send_answered_202_without_a_body_is_sent_without_an_id()
    {
        var connector = new ScriptedConnectorHandler(Reply(202));

        var result = await Client(connector).SendAsync(Personal, Message(), CancellationToken.None);

        Assert.Equal(new SendResult(SendStatus.Sent, null, 202), result);
    }

    [Theory]
    [InlineData(400, "BadArgument")]
    [InlineData(401, "BotNotRegistered")]
    [InlineData(403, "ConversationBlockedByUser")]
    [InlineData(403, "BotNotInConversationRoster")]
    [InlineData(404, "ConversationNotFound")]
    [InlineData(413, "MessageSizeTooBig")]
    public async Task Send_refused_by_Teams_fails_with_its_code_and_is_not_retried(int status, string code)
    {
        var connector = new ScriptedConnectorHandler(Error(status, code), Reply(201, """{"id":"1:abc"}"""));

        var result = await Client(connector).SendAsync(Personal, Message(), CancellationToken.None);

        Assert.Equal(new SendResult(SendStatus.Failed, null, status, code), result);
        Assert.Single(connector.Attempts);
    }

    // ---- a post that may have reached Teams is never replayed ----

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task Send_answered_5xx_is_uncertain_after_one_attempt(int status)
    {
        var connector = new ScriptedConnectorHandler(Error(status, "ServiceError"), Reply(201, """{"id":"1:abc"}"""));

        var result = await Client(connector).SendAsync(Personal, Message(), CancellationToken.None);

        Assert.Equal(new SendResult(SendStatus.Uncertain, null, status, "ServiceError"), result);
        Assert.Single(connector.Attempts);
    }

    [Fact]
    public async Task Send_whose_connection_drops_is_uncertain_after_one_attempt()
    {
        var connector = new ScriptedConnectorHandler(Drop(), Reply(201, """{"id":"1:abc"}"""));

        var result = await Client(connector).SendAsync(Personal, Message(), CancellationToken.None);

        Assert.Equal(SendStatus.Uncertain, result.Status);
        Assert.Single(connector.Attempts);
    }

    [Fact]
    public async Task Send_that_times_out_is_uncertain_after_one_attempt()
    {
        var connector = new ScriptedConnectorHandler(Hang(), Reply(201, """{"id":"1:abc"}"""));

        var result = await Client(connector, attemptTimeout: TimeSpan.FromMilliseconds(200)).SendAsync(Personal, Message(), CancellationToken.None);

        Assert.Equal(SendStatus.Uncertain, result.Status);
        Assert.Single(connector.Attempts);
    }

    // ---- what Teams did not act on may go again ----

    [Fact]
    public async Task Send_throttled_is_retried_after_Retry_After()
    {
        var connector = new ScriptedConnectorHandler(Error(429, "Throttled", retryAfter: 0), Reply(201, """{"id":"1:abc"}"""));

        var result = await Client(connector).SendAsync(Personal, Message(), CancellationToken.None);

        Assert.Equal(new SendResult(SendStatus.Sent, "1:abc", 201), result);
        Assert.Equal(2, connector.Attempts.Count);
        Assert.Equal(connector.Attempts[0].Body, connector.Attempts[1].Body);   // the same activity, serialized again
    }

    [Fact]
    public async Task Send_refused_on_a_precondition_is_retried()
    {
        var connector = new ScriptedConnectorHandler(Error(412, "PreconditionFailed"), Reply(201, """{"id":"1:abc"}"""));

        var result = await Client(connector).SendAsync(Personal, Message(), CancellationToken.None);

        Assert.Equal(SendStatus.Sent, result.Status);
        Assert.Equal(2, connector.Attempts.Count);
    }

    [Fact]
    public async Task Send_throttled_every_time_gives_up_throttled_with_the_last_Retry_After()
    {
        var connector = new ScriptedConnectorHandler(
            Error(429, "Throttled", retryAfter: 0), Error(429, "Throttled", retryAfter: 0), Error(429, "Throttled", retryAfter: 0),
            Error(429, "Throttled", retryAfter: 7));

        var result = await Client(connector).SendAsync(Personal, Message(), CancellationToken.None);

        Assert.Equal(new SendResult(SendStatus.Throttled, null, 429, "Throttled", TimeSpan.FromSeconds(7)), result);
        Assert.Equal(4, connector.Attempts.Count);   // the first attempt and MaxRetryAttempts = 3
    }

    [Fact]
    public async Task Send_throttled_for_longer_than_the_call_can_wait_comes_back_throttled_at_once()
    {
        // Waiting 30 s inside the call would outlast its time budget and turn a refused send into an uncertain one.
        var connector = new ScriptedConnectorHandler(Error(429, "Throttled", retryAfter: 30), Reply(201, """{"id":"1:abc"}"""));

        var result = await Client(connector).SendAsync(Personal, Message(), CancellationToken.None);

        Assert.Equal(new SendResult(SendStatus.Throttled, null, 429, "Throttled", TimeSpan.FromSeconds(30)), result);
        Assert.Single(connector.Attempts);
    }

    [Fact]
    public async Task Update_answered_503_is_retried()
    {
        var connector = new ScriptedConnectorHandler(Error(503, "ServiceUnavailable"), Reply(200, """{"id":"1:card"}"""));

        var result = await Client(connector).UpdateAsync(Personal, "1:card", Message(), CancellationToken.None);

        Assert.Equal(new SendResult(SendStatus.Sent, "1:card", 200), result);
        Assert.Equal([HttpMethod.Put, HttpMethod.Put], connector.Attempts.Select(a => a.Method));
    }

    [Fact]
    public async Task Update_that_times_out_is_retried()
    {
        var connector = new ScriptedConnectorHandler(Hang(), Reply(200, """{"id":"1:card"}"""));

        var result = await Client(connector, attemptTimeout: TimeSpan.FromMilliseconds(200)).UpdateAsync(Personal, "1:card", Message(), CancellationToken.None);

        Assert.Equal(SendStatus.Sent, result.Status);
        Assert.Equal(2, connector.Attempts.Count);
    }

    [Fact]
    public async Task Update_answered_503_every_time_comes_back_refused_after_the_retries()
    {
        var connector = new ScriptedConnectorHandler(Error(503, "ServiceUnavailable"));

        var result = await Client(connector).UpdateAsync(Personal, "1:card", Message(), CancellationToken.None);

        Assert.Equal(new SendResult(SendStatus.Throttled, null, 503, "ServiceUnavailable"), result);
        Assert.Equal(4, connector.Attempts.Count);
    }

    [Fact]
    public async Task Send_answered_503_is_retried_because_Teams_did_not_act()
    {
        var connector = new ScriptedConnectorHandler(Error(503, "ServiceUnavailable"), Reply(201, """{"id":"1:abc"}"""));

        var result = await Client(connector).SendAsync(Personal, Message(), CancellationToken.None);

        Assert.Equal(new SendResult(SendStatus.Sent, "1:abc", 201), result);
        Assert.Equal(2, connector.Attempts.Count);
    }

    [Fact]
    public async Task Send_answered_503_every_time_is_refused_not_uncertain()
    {
        var connector = new ScriptedConnectorHandler(Error(503, "ServiceUnavailable", retryAfter: 0), Error(503, "ServiceUnavailable", retryAfter: 0),
            Error(503, "ServiceUnavailable", retryAfter: 0), Error(503, "ServiceUnavailable", retryAfter: 20));

        var result = await Client(connector).SendAsync(Personal, Message(), CancellationToken.None);

        Assert.Equal(new SendResult(SendStatus.Throttled, null, 503, "ServiceUnavailable", TimeSpan.FromSeconds(20)), result);
    }

    // ---- one attempt for the paced sender: every try is the pacer's ----

    [Theory]
    [InlineData(429, SendStatus.Throttled)]
    [InlineData(503, SendStatus.Throttled)]
    [InlineData(412, SendStatus.Failed)]
    [InlineData(500, SendStatus.Uncertain)]
    [InlineData(502, SendStatus.Uncertain)]
    [InlineData(504, SendStatus.Uncertain)]
    public async Task A_paced_send_is_answered_after_one_attempt(int status, SendStatus expected)
    {
        var connector = new ScriptedConnectorHandler(Error(status, "Code", retryAfter: 1), Reply(201, """{"id":"1:abc"}"""));

        var result = await Client(connector).SendOnceAsync(Personal, Message(), CancellationToken.None);

        Assert.Equal((expected, status), (result.Status, result.HttpStatus));
        Assert.Single(connector.Attempts);
    }

    [Fact]
    public async Task A_paced_send_whose_connection_drops_is_uncertain_and_says_so()
    {
        var connector = new ScriptedConnectorHandler(Drop());

        var result = await Client(connector).SendOnceAsync(Personal, Message(), CancellationToken.None);

        Assert.Equal(new SendResult(SendStatus.Uncertain, null, null, "NoAnswer"), result);
    }

    [Fact]
    public async Task A_connection_never_made_is_refused_not_uncertain()
    {
        var connector = new ScriptedConnectorHandler((_, _) => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"));

        var result = await Client(connector).SendOnceAsync(Personal, Message(), CancellationToken.None);

        Assert.Equal(new SendResult(SendStatus.Throttled, null, null, "ConnectionFailed"), result);
    }

    [Fact]
    public async Task A_paced_1to1_create_is_made_once_per_call()
    {
        var connector = new ScriptedConnectorHandler(Error(503, "ServiceUnavailable"), Reply(201, """{"id":"a:new"}"""));

        var result = await Client(connector).CreatePersonalConversationOnceAsync(ServiceUrl, "tenant-1", "29:1abc", CancellationToken.None);

        Assert.Equal(SendStatus.Throttled, result.Outcome.Status);
        Assert.Single(connector.Attempts);
    }

    // ---- the circuit breaker: counts failures, never 429s; open, it refuses inside the process ----

    [Fact]
    public async Task An_open_circuit_refuses_inside_the_process_and_nothing_reaches_Teams()
    {
        var connector = new ScriptedConnectorHandler(Error(500, "ServiceError"));
        var client = Client(connector);
        for (var i = 0; i < 100; i++) await client.SendOnceAsync(Personal, Message(), CancellationToken.None);   // the breaker's minimum throughput
        var reached = connector.Attempts.Count;

        var result = await client.SendOnceAsync(Personal, Message(), CancellationToken.None);

        Assert.Equal(new SendResult(SendStatus.Throttled, null, null, "CircuitOpen"), result);
        Assert.Equal(reached, connector.Attempts.Count);
    }

    [Fact]
    public async Task A_storm_of_429s_never_opens_the_circuit()
    {
        var steps = Enumerable.Repeat(Error(429, "Throttled", retryAfter: 1), 150).Append(Reply(201, """{"id":"1:abc"}""")).ToArray();
        var connector = new ScriptedConnectorHandler(steps);
        var client = Client(connector);
        for (var i = 0; i < 150; i++) Assert.Equal(SendStatus.Throttled, (await client.SendOnceAsync(Personal, Message(), CancellationToken.None)).Status);

        var result = await client.SendOnceAsync(Personal, Message(), CancellationToken.None);

        Assert.Equal(SendStatus.Sent, result.Status);
        Assert.Equal(151, connector.Attempts.Count);
    }

    [Theory]
    [InlineData(200, SendStatus.Sent)]
    [InlineData(404, SendStatus.Sent)]   // the service answered: it works
    [InlineData(429, SendStatus.Throttled)]
    [InlineData(503, SendStatus.Throttled)]
    [InlineData(500, SendStatus.Failed)]
    public async Task A_probe_reads_one_member_once_and_says_whether_the_service_answers(int status, SendStatus expected)
    {
        var connector = new ScriptedConnectorHandler(Reply(status, "{}"), Reply(200, "{}"));

        var result = await Client(connector).ProbeAsync(Personal with { UserId = "29:1abc" }, CancellationToken.None);

        Assert.Equal(expected, result.Status);
        var attempt = Assert.Single(connector.Attempts);
        Assert.Equal(HttpMethod.Get, attempt.Method);
        Assert.EndsWith("/members/29%3A1abc", attempt.Uri.AbsoluteUri);
    }

    [Fact]
    public async Task Update_answered_500_is_not_retried()
    {
        var connector = new ScriptedConnectorHandler(Error(500, "ServiceError"), Reply(200, """{"id":"1:card"}"""));

        var result = await Client(connector).UpdateAsync(Personal, "1:card", Message(), CancellationToken.None);

        Assert.Equal(new SendResult(SendStatus.Failed, null, 500, "ServiceError"), result);
        Assert.Single(connector.Attempts);
    }

    [Fact]
    public async Task Paged_members_answered_502_are_fetched_again()
    {
        var connector = new ScriptedConnectorHandler(Error(502, "BadGateway"),
            Reply(200, """{"members":[{"id":"29:1abc","name":"Élise Moreau","aadObjectId":"c1d3f9a2-4b57-4e0f-9a1d-2f6b8e3c7a45"}],"continuationToken":"next-page"}"""));

        var page = await Client(connector).GetPagedMembersAsync(Personal, continuationToken: "page 2", CancellationToken.None);

        Assert.Equal("29:1abc", Assert.Single(page.Members).Id);
        Assert.Equal("next-page", page.ContinuationToken);
        Assert.Equal(2, connector.Attempts.Count);
        Assert.Equal(ServiceUrl + $"v3/conversations/{Uri.EscapeDataString(Personal.ConversationId)}/pagedmembers?pageSize=500&continuationToken=page%202",
            connector.Attempts[1].Uri.AbsoluteUri);
    }

    [Fact]
    public async Task Paged_members_answered_500_are_not_fetched_again()
    {
        var connector = new ScriptedConnectorHandler(Error(500, "ServiceError"), Reply(200, """{"members":[]}"""));

        await Assert.ThrowsAsync<HttpRequestException>(() => Client(connector).GetPagedMembersAsync(Personal, null, CancellationToken.None));

        Assert.Single(connector.Attempts);
    }

    [Fact]
    public async Task Creating_a_personal_conversation_is_retried_after_503_and_returns_its_id()
    {
        var connector = new ScriptedConnectorHandler(Error(503, "ServiceUnavailable"), Reply(201, """{"id":"a:1newConversation"}"""));

        var result = await Client(connector).CreatePersonalConversationAsync(ServiceUrl, "tenant-1", "29:1abc", CancellationToken.None);

        Assert.Equal("a:1newConversation", result.ConversationId);
        Assert.True(result.Outcome.IsSent);
        Assert.Equal(2, connector.Attempts.Count);
        var sent = connector.Attempts[1];
        Assert.Equal((HttpMethod.Post, ServiceUrl + "v3/conversations"), (sent.Method, sent.Uri.AbsoluteUri));
        var body = JsonNode.Parse(sent.Body!)!;
        Assert.False(body["isGroup"]!.GetValue<bool>());
        Assert.Equal("29:1abc", body["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("tenant-1", body["channelData"]!["tenant"]!["id"]!.GetValue<string>());
    }

    // ---- where the request goes and what it carries ----

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/emea")]
    public async Task Send_goes_to_the_conversations_serviceUrl_with_the_bot_token_and_an_encoded_id(string serviceUrl)
    {
        var connector = new ScriptedConnectorHandler(Reply(201, """{"id":"1:abc"}"""));
        var credential = new FakeCredential(Token);
        var thread = Personal with { ConversationId = ChannelThread, ConversationType = "channel", ServiceUrl = serviceUrl };

        await Client(connector, credential).SendAsync(thread, Message(), CancellationToken.None);

        var sent = Assert.Single(connector.Attempts);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("https://smba.trafficmanager.net/emea/v3/conversations/19%3Aa1b2c3%40thread.tacv2%3Bmessageid%3D1700000000000/activities",
            sent.Uri.AbsoluteUri);
        Assert.Equal($"Bearer {Token}", sent.Authorization);
        Assert.Equal(["https://api.botframework.com/.default"], Assert.Single(credential.Requests));
        Assert.Equal("hello", JsonNode.Parse(sent.Body!)!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_retry_carries_the_bot_token()
    {
        var connector = new ScriptedConnectorHandler(Error(429, "Throttled", retryAfter: 0), Reply(201, """{"id":"1:abc"}"""));

        await Client(connector, new FakeCredential(Token)).SendAsync(Personal, Message(), CancellationToken.None);

        Assert.All(connector.Attempts, a => Assert.Equal($"Bearer {Token}", a.Authorization));
    }

    [Fact]
    public async Task Without_an_identity_a_loopback_connector_is_called_without_a_token()
    {
        var connector = new ScriptedConnectorHandler(Reply(201, """{"id":"1:abc"}"""));
        var local = Personal with { ServiceUrl = "http://127.0.0.1:56150/_connector/" };

        var result = await AnonymousClient(connector).SendAsync(local, Message(), CancellationToken.None);

        Assert.True(result.IsSent);
        var sent = Assert.Single(connector.Attempts);
        Assert.StartsWith("http://127.0.0.1:56150/_connector/v3/conversations/", sent.Uri.AbsoluteUri);
        Assert.Null(sent.Authorization);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("http://192.168.1.20:56150/_connector/")]
    [InlineData("http://127.0.0.1.evil.example/_connector/")]
    public async Task Without_an_identity_a_connector_off_the_machine_is_refused(string serviceUrl)
    {
        var connector = new ScriptedConnectorHandler(Reply(201, """{"id":"1:abc"}"""));
        var client = AnonymousClient(connector);
        var remote = Personal with { ServiceUrl = serviceUrl };

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendAsync(remote, Message(), CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.UpdateAsync(remote, "1:card", Message(), CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetPagedMembersAsync(remote, null, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.CreatePersonalConversationAsync(serviceUrl, "tenant-1", "29:1abc", CancellationToken.None));

        Assert.Empty(connector.Attempts);
    }

    [Theory]
    [InlineData("http://smba.trafficmanager.net/emea/")]
    [InlineData("http://127.0.0.1:56150/_connector/")]
    [InlineData("ftp://smba.trafficmanager.net/emea/")]
    [InlineData("emea/relative")]
    public async Task With_an_identity_a_connector_not_on_https_is_refused(string serviceUrl)
    {
        var connector = new ScriptedConnectorHandler(Reply(201, """{"id":"1:abc"}"""));
        var client = Client(connector, new FakeCredential(Token));
        var plain = Personal with { ServiceUrl = serviceUrl };

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendAsync(plain, Message(), CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetPagedMembersAsync(plain, null, CancellationToken.None));

        Assert.Empty(connector.Attempts);
    }

    // ---- the retry predicate, status by method ----

    [Theory]
    //          status  GET    PUT    POST   POST(1:1) DELETE
    [InlineData(200,    false, false, false, false,    false)]
    [InlineData(201,    false, false, false, false,    false)]
    [InlineData(400,    false, false, false, false,    false)]
    [InlineData(401,    false, false, false, false,    false)]
    [InlineData(403,    false, false, false, false,    false)]
    [InlineData(404,    false, false, false, false,    false)]
    [InlineData(408,    false, false, false, false,    false)]
    [InlineData(409,    false, false, false, false,    false)]
    [InlineData(412,    true,  true,  true,  true,     true)]
    [InlineData(413,    false, false, false, false,    false)]
    [InlineData(429,    true,  true,  true,  true,     true)]
    [InlineData(500,    false, false, false, false,    false)]
    [InlineData(501,    false, false, false, false,    false)]
    [InlineData(502,    true,  true,  false, true,     false)]
    [InlineData(503,    true,  true,  true,  true,     true)]
    [InlineData(504,    true,  true,  false, true,     false)]
    public void IsSafe_by_status_and_method(int status, bool get, bool put, bool post, bool idempotentPost, bool delete)
    {
        bool Safe(HttpRequestMessage request) =>
            ConnectorRetry.IsSafe(request, new HttpResponseMessage((HttpStatusCode)status) { RequestMessage = request }, null);

        Assert.Equal(
            [get, put, post, idempotentPost, delete],
            Requests().Select(Safe).ToArray());
    }

    [Theory]
    //          exception                 GET    PUT    POST   POST(1:1) DELETE
    [InlineData("HttpRequestException",   true,  true,  false, true,     false)]
    [InlineData("TimeoutRejected",        true,  true,  false, true,     false)]
    [InlineData("TaskCanceled",           false, false, false, false,    false)]
    [InlineData("InvalidOperation",       false, false, false, false,    false)]
    public void IsSafe_without_an_answer(string exception, bool get, bool put, bool post, bool idempotentPost, bool delete)
    {
        Exception error = exception switch
        {
            "HttpRequestException" => new HttpRequestException("dropped"),
            "TimeoutRejected" => new TimeoutRejectedException(),
            "TaskCanceled" => new TaskCanceledException(),
            _ => new InvalidOperationException(),
        };

        Assert.Equal(
            [get, put, post, idempotentPost, delete],
            Requests().Select(r => ConnectorRetry.IsSafe(r, null, error)).ToArray());
    }

    [Fact]
    public void IsSafe_without_a_request_never_retries_a_5xx()
    {
        Assert.False(ConnectorRetry.IsSafe(null, new HttpResponseMessage(HttpStatusCode.BadGateway), null));
        Assert.False(ConnectorRetry.IsSafe(null, null, new HttpRequestException("dropped")));
    }

    // ---- helpers ----

    /// GET, PUT, POST, the 1:1 create-conversation POST (marked idempotent) and DELETE, in that order.
    static HttpRequestMessage[] Requests()
    {
        var create = new HttpRequestMessage(HttpMethod.Post, ServiceUrl + "v3/conversations");
        create.Options.Set(ConnectorRetry.IdempotentPost, true);
        return
        [
            new(HttpMethod.Get, ServiceUrl + "v3/conversations/a%3A1/pagedmembers"),
            new(HttpMethod.Put, ServiceUrl + "v3/conversations/a%3A1/activities/1"),
            new(HttpMethod.Post, ServiceUrl + "v3/conversations/a%3A1/activities"),
            create,
            new(HttpMethod.Delete, ServiceUrl + "v3/conversations/a%3A1/activities/1"),
        ];
    }

    static Activity Message() => new() { Type = ActivityTypes.Message, Text = "hello" };

    /// The connector client registered as ProtocolSetup.AddProtocol does, with a 10 ms base delay and the scripted
    /// connector as primary handler; the bot has an identity unless <see cref="AnonymousClient"/> is used.
    IConnector Client(ScriptedConnectorHandler connector, FakeCredential? credential = null, TimeSpan? attemptTimeout = null) =>
        Build(connector, credential ?? new FakeCredential(Token), attemptTimeout);

    /// No app id: the local Playground setup, where BotToken has no credential.
    IConnector AnonymousClient(ScriptedConnectorHandler connector) => Build(connector, credential: null, attemptTimeout: null);

    IConnector Build(ScriptedConnectorHandler connector, TokenCredential? credential, TimeSpan? attemptTimeout)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(new BotToken(credential));
        services.AddHttpClient<IConnector, ConnectorClient>()
            .ConfigurePrimaryHttpMessageHandler(() => connector)
            .AddStandardResilienceHandler(o =>
            {
                ConnectorRetry.Configure(o, TimeSpan.FromMilliseconds(10));
                if (attemptTimeout is { } timeout) o.AttemptTimeout.Timeout = timeout;
            });
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider.GetRequiredService<IConnector>();
    }
}
