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
        WriteAsync(HttpMethod.Post, to.ServiceUrl, $"v3/conversations/{Uri.EscapeDataString(to.ConversationId)}/activities", activity, idempotent: false, ct);

    /// <inheritdoc />
    public Task<SendResult> UpdateAsync(ConversationReference to, string activityId, Activity activity, CancellationToken ct) =>
        WriteAsync(HttpMethod.Put, to.ServiceUrl,
            $"v3/conversations/{Uri.EscapeDataString(to.ConversationId)}/activities/{Uri.EscapeDataString(activityId)}", activity, idempotent: true, ct);

    /// <inheritdoc />
    public async Task<CreateConversationResult> CreatePersonalConversationAsync(string serviceUrl, string tenantId, string userId, CancellationToken ct)
    {
        var body = new JsonObject
        {
            ["isGroup"] = false,
            ["members"] = new JsonArray(new JsonObject { ["id"] = userId }),
            ["tenantId"] = tenantId,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        };
        // The 1:1 conversation of a user is the same every time it is created, so this POST may be repeated.
        var outcome = await WriteAsync(HttpMethod.Post, serviceUrl, "v3/conversations", body, idempotent: true, ct);
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

    async Task<SendResult> WriteAsync<T>(HttpMethod method, string serviceUrl, string path, T body, bool idempotent, CancellationToken ct)
    {
        using var request = await RequestAsync(method, serviceUrl, path, JsonContent.Create(body, options: ProtocolJson.Options), ct);
        if (idempotent) request.Options.Set(ConnectorRetry.IdempotentPost, true);
        try
        {
            using var response = await http.SendAsync(request, ct);
            return await OutcomeAsync(method, idempotent, response, ct);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or BrokenCircuitException
                                  || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            // No answer: for a post, Teams may or may not have delivered it.
            LogNoAnswer(log, method.Method, e.GetType().Name);
            return new SendResult(idempotent ? SendStatus.Failed : SendStatus.Uncertain);
        }
    }

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
            429 => new SendResult(SendStatus.Throttled, null, status, code, ConnectorRetry.RetryAfter(response)),
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
