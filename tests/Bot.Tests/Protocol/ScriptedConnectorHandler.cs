using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Core;

namespace FocalBot.Bot.Tests.Protocol;

/// The Bot Connector as the primary handler of the real connector client: answers each attempt with the next step of
/// its script (the last step repeats) and records every attempt it saw.
public sealed class ScriptedConnectorHandler(params Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>[] steps) : HttpMessageHandler
{
    public sealed record Attempt(HttpMethod Method, Uri Uri, string? Authorization, string? Body);

    readonly ConcurrentQueue<Attempt> _attempts = new();
    int _next;

    public IReadOnlyList<Attempt> Attempts => _attempts.ToArray();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        _attempts.Enqueue(new Attempt(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body));
        var step = steps[Math.Min(Interlocked.Increment(ref _next) - 1, steps.Length - 1)];
        var response = await step(request, cancellationToken);
        response.RequestMessage = request;
        return response;
    }

    /// An answer with an optional JSON body and Retry-After (seconds).
    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Reply(int status, string? json = null, int? retryAfter = null) =>
        (_, _) =>
        {
            var response = new HttpResponseMessage((HttpStatusCode)status);
            if (json is not null) response.Content = new StringContent(json, Encoding.UTF8, "application/json");
            if (retryAfter is { } seconds) response.Headers.RetryAfter = new(TimeSpan.FromSeconds(seconds));
            response.Headers.Add("MS-CV", "test-cv.1");
            return Task.FromResult(response);
        };

    /// The Teams error body: <c>{"error":{"code":…,"message":…}}</c>.
    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Error(int status, string code, int? retryAfter = null) =>
        Reply(status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = "test" } }.ToJsonString(), retryAfter);

    /// The connection drops before any answer.
    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Drop() =>
        (_, _) => throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.");

    /// No answer until the caller gives up (the attempt timeout cancels it).
    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Hang() =>
        async (_, ct) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            throw new InvalidOperationException("unreachable");
        };
}

/// The bot's outbound identity: hands out a fixed token and records the scopes it was asked for.
public sealed class FakeCredential(string token) : TokenCredential
{
    readonly ConcurrentQueue<string[]> _requests = new();

    public IReadOnlyList<string[]> Requests => _requests.ToArray();

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        _requests.Enqueue(requestContext.Scopes);
        return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
