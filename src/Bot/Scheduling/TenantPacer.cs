namespace FocalBot.Bot.Scheduling;

/// Keeps the bot's proactive connector calls under Teams' limit of requests per second per app per tenant
/// (teams-platform §1), each tenant on its own: never more than the rate in any one-second window, counted when a call
/// is let through, and no call at all while a 429's Retry-After runs. It also bounds the calls in flight across tenants,
/// in the same step: a call that waits for its tenant's window holds no place another tenant could use, and one let
/// through goes at once, so Teams sees the pace counted here.
/// Time comes from the injected TimeProvider, so tests move a fake clock. System.Threading.RateLimiting takes no
/// TimeProvider (dotnet/runtime#106447), and its sliding window counts in segments, so it can let a burst straddle two.
public sealed class TenantPacer
{
    /// The window Teams counts its per-second limit in.
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    readonly TimeProvider _clock;
    readonly long _origin;
    readonly int _perSecond;
    readonly int _maxInFlight;
    readonly Lock _gate = new();
    readonly Dictionary<string, Tenant> _tenants = new(StringComparer.OrdinalIgnoreCase);   // tenant ids are GUIDs, any case
    readonly List<TaskCompletionSource> _placeWaiters = [];
    int _inFlight;

    public TenantPacer(TimeProvider clock, int requestsPerSecond, int maxInFlight)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(requestsPerSecond, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxInFlight, 1);
        _clock = clock;
        _origin = clock.GetTimestamp();
        _perSecond = requestsPerSecond;
        _maxInFlight = maxInFlight;
    }

    /// Waits until one more call to the tenant keeps every one-second window at or under the rate, no pause runs and a
    /// place in flight is free; then counts the call and hands over its place: the caller makes the call at once and
    /// disposes the permit when the answer is in. Null, without waiting or counting, when the tenant is paused for longer
    /// than `longest` (the caller leaves the work for later).
    public async Task<Permit?> EnterAsync(string tenantId, TimeSpan longest, CancellationToken ct)
    {
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            TimeSpan wait;
            TaskCompletionSource? place = null;
            lock (_gate)
            {
                var now = Now;
                var tenant = TenantOf(tenantId);
                if (tenant.PausedUntil - now > longest) return null;
                // Calls that left the window no longer count: the oldest one kept is less than a second old.
                while (tenant.Calls.TryPeek(out var oldest) && oldest <= now - Window) tenant.Calls.Dequeue();
                var windowFree = tenant.Calls.Count < _perSecond ? now : tenant.Calls.Peek() + Window;
                var free = windowFree > tenant.PausedUntil ? windowFree : tenant.PausedUntil;
                if (free <= now && _inFlight < _maxInFlight)
                {
                    tenant.Calls.Enqueue(now);
                    _inFlight++;
                    return new Permit(this);
                }
                wait = free - now;
                if (wait <= TimeSpan.Zero)
                {
                    place = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    _placeWaiters.Add(place);
                }
            }
            // Another waiter may take the freed place first: the loop counts again when it wakes.
            if (place is null) await Task.Delay(wait, _clock, ct);
            else
            {
                // Awaited directly, not through WaitAsync or WhenAny (which resume on the thread pool first), so the
                // waiter resumes in its own context: the tests' single-thread fake clock depends on it.
                using (ct.Register(() => place.TrySetCanceled(ct))) await place.Task;
            }
        }
    }

    /// Teams answered 429: no call to the tenant until Retry-After has passed. A shorter pause never shortens a longer one.
    public void Pause(string tenantId, TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var tenant = TenantOf(tenantId);
            var until = Now + retryAfter;
            if (until > tenant.PausedUntil) tenant.PausedUntil = until;
        }
    }

    /// How long the tenant's pause still runs; zero when it is not paused.
    public TimeSpan PausedFor(string tenantId)
    {
        lock (_gate)
        {
            var left = TenantOf(tenantId).PausedUntil - Now;
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    void Release()
    {
        TaskCompletionSource[] waiters;
        lock (_gate)
        {
            _inFlight--;
            waiters = [.. _placeWaiters];
            _placeWaiters.Clear();
        }
        foreach (var waiter in waiters) waiter.TrySetResult();   // each looks again; one takes the place, the others wait again
    }

    /// Monotonic time since the pacer was made: a wall clock set back would otherwise hold calls for as long.
    TimeSpan Now => _clock.GetElapsedTime(_origin);

    Tenant TenantOf(string tenantId)
    {
        if (!_tenants.TryGetValue(tenantId, out var tenant)) _tenants[tenantId] = tenant = new Tenant();
        return tenant;
    }

    /// One call's place in flight, given back once when the call has its answer (or failed).
    public sealed class Permit(TenantPacer pacer) : IDisposable
    {
        int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) pacer.Release();
        }
    }

    sealed class Tenant
    {
        /// When each of the last calls was let through, oldest first; never more than the rate.
        public readonly Queue<TimeSpan> Calls = new();
        public TimeSpan PausedUntil = TimeSpan.Zero;   // Now starts at zero: not paused
    }
}
