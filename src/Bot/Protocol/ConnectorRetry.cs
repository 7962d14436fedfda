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

    /// <summary>Marks a call made for the paced proactive sender: one attempt, nothing repeated inside the call, so every
    /// try is counted by the pacer and a refusal comes back at once for the sender to pause.</summary>
    public static readonly HttpRequestOptionsKey<bool> SingleAttempt = new("FocalBot.SingleAttempt");

    /// <summary>Longest Retry-After waited inside one call: 3 waits and 4 attempts of 10 s stay under the 75 s total.</summary>
    public static readonly TimeSpan MaxInlineWait = TimeSpan.FromSeconds(5);

    /// <summary>The one retry predicate of the connector client.</summary>
    public static bool IsSafe(HttpRequestMessage? request, HttpResponseMessage? response, Exception? exception)
    {
        if (request is not null && request.Options.TryGetValue(SingleAttempt, out var single) && single) return false;
        if (response is not null)
        {
            return (int)response.StatusCode switch
            {
                // Throttled or unavailable: Teams did not act, any method may go again after Retry-After, if that wait fits
                // in the call's time budget; a longer wait comes back as Throttled, so the caller pauses instead of timing
                // out in doubt.
                429 or 503 => RetryAfter(response) is not { } wait || wait <= MaxInlineWait,
                // Refused on a precondition (concurrent operations): nothing was done, any method may go again.
                412 => true,
                // A dependency failed or timed out: a read or a full replacement may go again, a post may have been delivered.
                502 or 504 => IsIdempotent(request),
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

    /// <summary>What the circuit breaker counts as the service failing: a 5xx or no answer. Never a 429 (Teams works and
    /// asks for less), nor any other 4xx (the request, not the service, is wrong).</summary>
    public static bool IsServiceFailure(HttpResponseMessage? response, Exception? exception) =>
        response is not null ? (int)response.StatusCode >= 500 : exception is HttpRequestException or TimeoutRejectedException;

    /// <summary>Applies the predicate to the standard resilience handler (whose defaults would retry any POST after a 5xx
    /// and open the circuit on 429s).</summary>
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
        // One breaker for every connector call: while it is open a call fails inside the process, which the client reports
        // as refused (nothing left), so a proactive row waits instead of being marked uncertain.
        options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(30);
        options.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(IsServiceFailure(args.Outcome.Result, args.Outcome.Exception));
    }

    /// <summary>Retry-After as a delay, when the answer carries one; without it the caller backs off on its own.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => null,
        };
}
