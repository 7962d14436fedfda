using FocalBot.Bot.Protocol;

namespace FocalBot.Bot.Scheduling;

/// The proactive sender's connector calls, each let through by the tenant's pacer and reported back to it: the pacer
/// counts the call, pauses the tenant when Teams fails or refuses it, and after a failure asks for one probe (an
/// idempotent read) before anything is posted again. So a failing service costs at most the calls already in flight.
public sealed partial class PacedCalls(IConnector connector, TenantPacer pacer, ILogger<PacedCalls> log)
{
    /// The longest pause a run waits out; after a longer one the tenant's rows stay for a later tick (the pacer
    /// remembers the pause), so a tick never sits idle for long and the other jobs keep their minute.
    public static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(10);

    /// How long a row refused with a 429 without Retry-After waits before its next try.
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(2);

    public IConnector Connector => connector;

    /// How long the tenant's pause still runs.
    public TimeSpan PausedFor(string tenant) => pacer.PausedFor(tenant);

    /// A permit for one call to the tenant, once it is not paused and, after a failure, once a probe of `probe` (a
    /// conversation of the tenant) has found the service answering again. Null when the tenant is paused for longer
    /// than the run waits: nothing was called, the caller leaves its work for later. With `callLater`, the caller takes
    /// a step of its own before the call and says when it makes it (Permit.Calling), or gives the permit back unused.
    public async Task<TenantPacer.Permit?> EnterAsync(string tenant, ConversationReference probe, CancellationToken ct, bool callLater = false)
    {
        while (true)
        {
            var permit = await pacer.EnterAsync(tenant, LongestWait, ct, callLater);
            if (permit is null || !permit.IsProbe) return permit;
            using (permit)
            {
                permit.Calling();
                var answer = await connector.ProbeAsync(probe, ct);
                if (answer.Status == SendStatus.Sent) pacer.Recovered(tenant);
                else pacer.FailedFor(tenant, answer.Status == SendStatus.Throttled ? answer.RetryAfter : null);
            }
        }
    }

    /// Tells the pacer how a call ended; returns how long the work it carried waits before its next try (zero when it
    /// need not go again).
    public TimeSpan Report(string tenant, SendResult result)
    {
        switch (result.Status)
        {
            case SendStatus.Throttled when result.HttpStatus == 429:
                // Teams did not act and asks for less: the call waits Retry-After; many at once pause the tenant.
                var wait = result.RetryAfter ?? DefaultRetryAfter;
                if (pacer.Refused(tenant, wait)) LogPaused(log, tenant, (long)wait.TotalMilliseconds);
                return wait;
            case SendStatus.Throttled:
            case SendStatus.Uncertain:
                // Unavailable (503), refused inside the process, or failed after leaving it: back off, then probe.
                var pause = pacer.FailedFor(tenant, result.RetryAfter);
                LogBackingOff(log, tenant, result.HttpStatus?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? result.ErrorCode ?? "", (long)pause.TotalMilliseconds);
                return pause;
            default:
                // Sent, or refused for good (a 4xx): the service answers.
                pacer.Accepted(tenant);
                return TimeSpan.Zero;
        }
    }

    [LoggerMessage(LogLevel.Warning, "Tenant {TenantId} refused most proactive calls of the last second; paused for {PauseMs} ms")]
    static partial void LogPaused(ILogger logger, string tenantId, long pauseMs);

    [LoggerMessage(LogLevel.Warning, "Tenant {TenantId}: Teams failed or refused a call ({Answer}); backing off {PauseMs} ms, then a probe")]
    static partial void LogBackingOff(ILogger logger, string tenantId, string answer, long pauseMs);
}
