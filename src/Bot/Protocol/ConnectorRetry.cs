using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace FocalBot.Bot.Protocol;

/// <summary>Which failed connector calls may be tried again (Teams "status codes retry guidance"). A posted activity has
/// no idempotency key, so a POST that may have reached Teams is never replayed.</summary>
public static class ConnectorRetry
{
    /// <summary>Marks a POST that is safe to repeat: creating a 1:1 conversation returns the same id every time.</summary>
    public static readonly HttpRequestOptionsKey<bool> IdempotentPost = new("FocalBot.IdempotentPost");

    /// <summary>The one retry predicate of the connector client.</summary>
    public static bool IsSafe(HttpRequestMessage? request, HttpResponseMessage? response, Exception? exception)
    {
        if (response is not null)
        {
            return (int)response.StatusCode switch
            {
                // Throttled or refused on a precondition: Teams did not act, any method may go again (after Retry-After).
                429 or 412 => true,
                // The service or a dependency failed: a read or a full replacement may go again, a post may have been delivered.
                502 or 503 or 504 => IsIdempotent(request),
                // 500 ServiceError and every other status: never (Teams guidance).
                _ => false,
            };
        }
        // No answer at all (dropped connection, attempt timeout): only idempotent calls are repeated.
        return exception is HttpRequestException or TimeoutRejectedException && IsIdempotent(request);
    }

    static bool IsIdempotent(HttpRequestMessage? request) =>
        request is not null
        && (request.Method == HttpMethod.Get || request.Method == HttpMethod.Put
            || (request.Options.TryGetValue(IdempotentPost, out var idempotent) && idempotent));

    /// <summary>Applies the predicate to the standard resilience handler (whose defaults would retry any POST after a 5xx).</summary>
    public static void Configure(HttpStandardResilienceOptions options, TimeSpan baseDelay)
    {
        options.Retry.ShouldHandle = args => ValueTask.FromResult(
            IsSafe(args.Outcome.Result?.RequestMessage ?? args.Context.GetRequestMessage(), args.Outcome.Result, args.Outcome.Exception));
        options.Retry.ShouldRetryAfterHeader = true;
        options.Retry.MaxRetryAttempts = 3;
        options.Retry.BackoffType = DelayBackoffType.Exponential;
        options.Retry.UseJitter = true;
        options.Retry.Delay = baseDelay;
        options.Retry.MaxDelay = TimeSpan.FromSeconds(30);
        options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(10);
        options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(75);
        options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(30);
    }

    /// <summary>Retry-After as a delay, when the answer carries one.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => response.StatusCode == HttpStatusCode.TooManyRequests ? TimeSpan.FromSeconds(2) : null,
        };
}
