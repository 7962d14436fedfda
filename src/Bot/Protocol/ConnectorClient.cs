using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace FocalBot.Bot.Protocol;

/// <summary>The Bot Connector REST client (bot-protocol §4): a typed HttpClient behind the standard resilience handler
/// narrowed by <see cref="ConnectorRetry.IsSafe"/>. The bot token goes only to the conversation's own serviceUrl.</summary>
public sealed partial class ConnectorClient(HttpClient http, BotToken token, ILogger<ConnectorClient> log) : IConnector
{
    /// <inheritdoc />
    public Task<SendResult> SendAsync(ConversationReference to, Activity activity, CancellationToken ct) =>
        WriteAsync(HttpMethod.Post, to.ServiceUrl, ActivitiesPath(to), activity, idempotent: false, singleAttempt: false, ct);

    /// <inheritdoc />
    public Task<SendResult> SendOnceAsync(ConversationReference to, Activity activity, CancellationToken ct) =>
        WriteAsync(HttpMethod.Post, to.ServiceUrl, ActivitiesPath(to), activity, idempotent: false, singleAttempt: true, ct);

    static string ActivitiesPath(ConversationReference to) => $"v3/conversations/{Uri.EscapeDataString(to.ConversationId)}/activities";

    /// <inheritdoc />
    public Task<SendResult> UpdateAsync(ConversationReference to, string activityId, Activity activity, CancellationToken ct) =>
        WriteAsync(HttpMethod.Put, to.ServiceUrl,
            $"v3/conversations/{Uri.EscapeDataString(to.ConversationId)}/activities/{Uri.EscapeDataString(activityId)}", activity, idempotent: true,
            singleAttempt: false, ct);

    /// <inheritdoc />
    public Task<CreateConversationResult> CreatePersonalConversationAsync(string serviceUrl, string tenantId, string userId, CancellationToken ct) =>
        CreateAsync(serviceUrl, tenantId, userId, singleAttempt: false, ct);

    /// <inheritdoc />
    public Task<CreateConversationResult> CreatePersonalConversationOnceAsync(string serviceUrl, string tenantId, string userId, CancellationToken ct) =>
        CreateAsync(serviceUrl, tenantId, userId, singleAttempt: true, ct);

    async Task<CreateConversationResult> CreateAsync(string serviceUrl, string tenantId, string userId, bool singleAttempt, CancellationToken ct)
    {
        var body = new JsonObject
        {
            ["isGroup"] = false,
            ["members"] = new JsonArray(new JsonObject { ["id"] = userId }),
            ["tenantId"] = tenantId,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        };
        // The 1:1 conversation of a user is the same every time it is created, so this POST may be repeated.
        var outcome = await WriteAsync(HttpMethod.Post, serviceUrl, "v3/conversations", body, idempotent: true, singleAttempt, ct);
        return new CreateConversationResult(outcome, outcome.ActivityId);
    }

    /// <inheritdoc />
    public async Task<MembersPage> GetPagedMembersAsync(ConversationReference conversation, string? continuationToken, CancellationToken ct)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(conversation.ConversationId)}/pagedmembers?pageSize=500"
                   + (continuationToken is null ? "" : $"&continuationToken={Uri.EscapeDataString(continuationToken)}");
        using var request = await RequestAsync(HttpMethod.Get, conversation.ServiceUrl, path, content: null, ct);
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        var page = await response.Content.ReadFromJsonAsync<JsonObject>(ProtocolJson.Options, ct);
        var members = page?["members"]?.Deserialize<List<ChannelAccount>>(ProtocolJson.Options) ?? [];
        var next = page?["continuationToken"]?.GetValue<string>();
        return new MembersPage(members, string.IsNullOrEmpty(next) ? null : next);
    }

    /// <inheritdoc />
    public async Task<SendResult> ProbeAsync(ConversationReference conversation, CancellationToken ct)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(conversation.ConversationId)}/" +
                   (conversation.UserId is { Length: > 0 } user ? $"members/{Uri.EscapeDataString(user)}" : "pagedmembers?pageSize=50");
        using var request = await RequestAsync(HttpMethod.Get, conversation.ServiceUrl, path, content: null, ct);
        request.Options.Set(ConnectorRetry.SingleAttempt, true);
        try
        {
            using var response = await http.SendAsync(request, ct);
            var status = (int)response.StatusCode;
            // Any answer but a refusal or a failure says the service works again, a 404 for a member as well as a 200.
            return status switch
            {
                429 or 503 => new SendResult(SendStatus.Throttled, null, status, null, ConnectorRetry.RetryAfter(response)),
                >= 500 => new SendResult(SendStatus.Failed, null, status, $"HTTP {status}"),
                _ => new SendResult(SendStatus.Sent, null, status),
            };
        }
        catch (Exception e) when (NoAnswer(e, ct) is { } outcome)
        {
            LogNoAnswer(log, "GET", e.GetType().Name);
            return outcome.Status == SendStatus.Throttled ? outcome : outcome with { Status = SendStatus.Failed };
        }
    }

    async Task<SendResult> WriteAsync<T>(HttpMethod method, string serviceUrl, string path, T body, bool idempotent, bool singleAttempt, CancellationToken ct)
    {
        using var request = await RequestAsync(method, serviceUrl, path, JsonContent.Create(body, options: ProtocolJson.Options), ct);
        if (idempotent) request.Options.Set(ConnectorRetry.IdempotentPost, true);
        if (singleAttempt) request.Options.Set(ConnectorRetry.SingleAttempt, true);
        try
        {
            using var response = await http.SendAsync(request, ct);
            return await OutcomeAsync(method, idempotent, response, ct);
        }
        catch (Exception e) when (NoAnswer(e, ct) is { } outcome)
        {
            LogNoAnswer(log, method.Method, e.GetType().Name);
            // A call that may have reached Teams and can be repeated safely simply failed; a post is in doubt.
            return outcome.Status == SendStatus.Uncertain && idempotent ? outcome with { Status = SendStatus.Failed } : outcome;
        }
    }

    /// <summary>What a call that got no answer means. Refused inside the process (an open circuit, a connection never
    /// made): nothing left, so it may go again. Left and unanswered (dropped, timed out): it may have been acted on.
    /// Null for the caller's own cancellation, which is not an outcome.</summary>
    static SendResult? NoAnswer(Exception e, CancellationToken ct) => e switch
    {
        BrokenCircuitException => new SendResult(SendStatus.Throttled, null, null, "CircuitOpen"),
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
            or HttpRequestError.SecureConnectionError } => new SendResult(SendStatus.Throttled, null, null, "ConnectionFailed"),
        HttpRequestException => new SendResult(SendStatus.Uncertain, null, null, "NoAnswer"),
        TimeoutRejectedException => new SendResult(SendStatus.Uncertain, null, null, "Timeout"),
        TaskCanceledException when !ct.IsCancellationRequested => new SendResult(SendStatus.Uncertain, null, null, "Timeout"),
        _ => null,
    };

    async Task<SendResult> OutcomeAsync(HttpMethod method, bool idempotent, HttpResponseMessage response, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            // Any 2xx is success; 202 may come without an id (a split message cannot be updated later).
            var id = response.Content.Headers.ContentLength is > 0 or null ? await IdAsync(response, ct) : null;
            return new SendResult(SendStatus.Sent, id, status);
        }

        var code = await ErrorCodeAsync(response, ct);
        LogFailure(log, method.Method, status, code ?? "", response.Headers.TryGetValues("MS-CV", out var cv) ? cv.First() : "");
        return status switch
        {
            // Teams did not act (bot-protocol §4): the call may go again, after Retry-After when there is one.
            429 or 503 => new SendResult(SendStatus.Throttled, null, status, code, ConnectorRetry.RetryAfter(response)),
            // 500, 502, 504 may follow a delivery: a post is in doubt.
            >= 500 when !idempotent => new SendResult(SendStatus.Uncertain, null, status, code),
            _ => new SendResult(SendStatus.Failed, null, status, code),
        };
    }

    async Task<HttpRequestMessage> RequestAsync(HttpMethod method, string serviceUrl, string path, HttpContent? content, CancellationToken ct)
    {
        var request = new HttpRequestMessage(method, new Uri(Target(serviceUrl), path)) { Content = content };
        if (await token.GetAsync(ct) is { } bearer) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return request;
    }

    /// <summary>The connector base URL. With an identity it must be https; without one only a loopback connector (the
    /// local Playground) is called, so no request leaves the machine unauthenticated.</summary>
    Uri Target(string serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/", UriKind.Absolute, out var url))
            throw new InvalidOperationException("The conversation's serviceUrl is not an absolute URL.");
        if (token.IsAnonymous ? !CallerCheck.IsLoopback(url.ToString()) : url.Scheme != Uri.UriSchemeHttps)
            throw new InvalidOperationException("Refusing to call a connector outside the trusted serviceUrl rules.");
        return url;
    }

    static async Task<string?> IdAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try { return (await response.Content.ReadFromJsonAsync<JsonObject>(ProtocolJson.Options, ct))?["id"]?.GetValue<string>(); }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException) { return null; }
    }

    static async Task<string?> ErrorCodeAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try { return (await response.Content.ReadFromJsonAsync<JsonObject>(ProtocolJson.Options, ct))?["error"]?["code"]?.GetValue<string>(); }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException) { return null; }
    }

    [LoggerMessage(LogLevel.Warning, "Connector {Method} failed with {Status} {Code} (MS-CV {CorrelationVector})")]
    static partial void LogFailure(ILogger logger, string method, int status, string code, string correlationVector);

    [LoggerMessage(LogLevel.Warning, "Connector {Method} got no answer ({Error})")]
    static partial void LogNoAnswer(ILogger logger, string method, string error);
}
