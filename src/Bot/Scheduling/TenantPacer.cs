namespace FocalBot.Bot.Scheduling;

/// Keeps the bot's proactive connector calls under Teams' limit of requests per second per app per tenant
/// (teams-platform §1), each tenant on its own: never more than the rate in any one-second window, counted when a call
/// is let through (a call its caller makes only after a step of its own holds its place until it is made, and counts
/// from then), and no call at all while a 429's Retry-After runs. It also bounds the calls in flight across tenants,
/// in the same step: a call that waits for its tenant's window holds no place another tenant could use, and one let
/// through goes at once, so Teams sees the pace counted here.
/// When the service fails or refuses (FailedFor), the tenant backs off (Retry-After, else an exponential back-off with
/// jitter), then lets one probe through before anything else: the next rows are not posted into the failure, so a
/// failing service costs at most the calls already in flight. Isolated 429s only delay their own call; a second in which
/// most answers were 429s pauses the tenant for Retry-After.
/// Time comes from the injected TimeProvider, so tests move a fake clock. System.Threading.RateLimiting takes no
/// TimeProvider (dotnet/runtime#106447), and its sliding window counts in segments, so it can let a burst straddle two.
public sealed class TenantPacer
{
    /// The window Teams counts its per-second limit in.
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    /// The first back-off after a failure; each further failure doubles it, up to MaxBackoff.
    public static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);

    /// The longest back-off: a run waits it out (ProactiveSender waits up to 10 s), so a service that comes back is found
    /// within seconds, not at the next tick.
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(8);

    /// Refusals in the last second, at least this many and more than the answers that went through, pause the tenant.
    const int RefusalsToPause = 3;

    readonly TimeProvider _clock;
    readonly Random _jitter;
    readonly long _origin;
    readonly int _perSecond;
    readonly int _maxInFlight;
    readonly Lock _gate = new();
    readonly Dictionary<string, Tenant> _tenants = new(StringComparer.OrdinalIgnoreCase);   // tenant ids are GUIDs, any case
    readonly List<TaskCompletionSource> _placeWaiters = [];
    int _inFlight;

    public TenantPacer(TimeProvider clock, int requestsPerSecond, int maxInFlight, Random? jitter = null)
    {
        _jitter = jitter ?? Random.Shared;
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
    /// than `longest` (the caller leaves the work for later). After a failure the first permit is a probe
    /// (Permit.IsProbe): the caller makes an idempotent call and reports it (Recovered or FailedFor) before disposing
    /// it; every other caller waits for that report.
    /// With `callLater` the caller has a step of its own before the call (the sender's Uncertain mark): the call holds
    /// its place in every window until Permit.Calling says it is made, and counts from then; Permit.Unused takes it back.
    public async Task<Permit?> EnterAsync(string tenantId, TimeSpan longest, CancellationToken ct, bool callLater = false)
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
                // Calls that left the window no longer count: each one kept is less than a second old, or not made yet.
                tenant.Calls.RemoveAll(c => c.At <= now - Window);
                // A full window frees a place when its oldest call made leaves it; when none is made yet, when one is
                // made or given back (the waiter is woken then).
                var full = tenant.Calls.Count >= _perSecond;
                var oldestMade = full ? tenant.Calls.Min(c => c.At) : null;
                var heldByCallsNotMade = full && oldestMade is null;
                var windowFree = oldestMade + Window ?? now;
                var free = windowFree > tenant.PausedUntil ? windowFree : tenant.PausedUntil;
                if (free <= now && !heldByCallsNotMade && _inFlight < _maxInFlight && !tenant.Probing)
                {
                    var call = new Call { At = callLater ? null : now };
                    tenant.Calls.Add(call);
                    _inFlight++;
                    if (tenant.NeedsProbe) tenant.Probing = true;
                    return new Permit(this, tenant, call, tenant.Probing ? tenantId : null);
                }
                wait = free - now;
                if (wait <= TimeSpan.Zero)
                {
                    place = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    _placeWaiters.Add(place);
                }
            }
            // Another waiter may take the freed place first: the loop counts again when it wakes.
            // Timers count whole milliseconds: a shorter wait would end at once and the loop would find the same state.
            if (place is null) await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)), _clock, ct);
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

    /// The service failed (a 5xx, no answer) or refused the call without acting (503, an open circuit, a connection never
    /// made): no call to the tenant for Retry-After, else a back-off that doubles with each failure in a row (half fixed,
    /// half random, so instances do not come back in step); then one probe first.
    public TimeSpan FailedFor(string tenantId, TimeSpan? retryAfter)
    {
        lock (_gate)
        {
            var tenant = TenantOf(tenantId);
            tenant.Failures++;
            var pause = retryAfter ?? Backoff(tenant.Failures);
            var until = Now + pause;
            if (until > tenant.PausedUntil) tenant.PausedUntil = until;
            tenant.NeedsProbe = true;
            tenant.Probing = false;
            return pause;
        }
    }

    /// A call answered: after a failure, the probe's answer opens the tenant again; the run of failures is over.
    public void Recovered(string tenantId)
    {
        lock (_gate)
        {
            var tenant = TenantOf(tenantId);
            tenant.Failures = 0;
            tenant.NeedsProbe = tenant.Probing = false;
        }
        WakeWaiters();
    }

    /// Teams answered 429 (it did not act). One refusal delays only its own call; when refusals are most of the answers
    /// of the last second, Teams is refusing the tenant as a whole and it pauses for Retry-After. True when it paused.
    public bool Refused(string tenantId, TimeSpan retryAfter) => Answered(tenantId, refused: true, retryAfter);

    /// A call went through: counted against the refusals of the last second.
    public void Accepted(string tenantId) => Answered(tenantId, refused: false, TimeSpan.Zero);

    bool Answered(string tenantId, bool refused, TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var now = Now;
            var tenant = TenantOf(tenantId);
            while (tenant.Answers.TryPeek(out var oldest) && oldest.At <= now - Window) tenant.Answers.Dequeue();
            tenant.Answers.Enqueue((now, refused));
            if (!refused)
            {
                if (!tenant.NeedsProbe) tenant.Failures = 0;   // the run of failures is over
                return false;
            }
            var refusals = tenant.Answers.Count(a => a.Refused);
            if (refusals < RefusalsToPause || refusals * 2 <= tenant.Answers.Count) return false;
            var until = now + retryAfter;
            if (until > tenant.PausedUntil) tenant.PausedUntil = until;
            return true;
        }
    }

    TimeSpan Backoff(int failures)
    {
        var full = TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, FirstBackoff.Ticks << Math.Min(failures - 1, 16)));
        return full / 2 + full / 2 * _jitter.NextDouble();
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

    /// The permit's call is made now: it counts from now (a call let through with callLater held its place till then).
    void Calling(Call call)
    {
        lock (_gate) call.At ??= Now;
        WakeWaiters();
    }

    /// No call was made with the permit: its place in the tenant's windows is given back.
    void Unused(Tenant tenant, Call call)
    {
        lock (_gate) tenant.Calls.Remove(call);
    }

    void Release(string? probeTenant, Call call)
    {
        lock (_gate)
        {
            call.At ??= Now;   // given back without saying: counted as made, the safe side
            _inFlight--;
            // A probe given back without a report (its caller failed or was stopped): the next caller probes instead.
            if (probeTenant is not null) TenantOf(probeTenant).Probing = false;
        }
        WakeWaiters();
    }

    void WakeWaiters()
    {
        TaskCompletionSource[] waiters;
        lock (_gate)
        {
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
    public sealed class Permit : IDisposable
    {
        readonly TenantPacer _pacer;
        readonly Tenant _tenant;
        readonly Call _call;
        readonly string? _probeTenant;
        int _released;

        internal Permit(TenantPacer pacer, Tenant tenant, Call call, string? probeTenant) =>
            (_pacer, _tenant, _call, _probeTenant) = (pacer, tenant, call, probeTenant);

        /// The first call after a failure: make an idempotent call and report its answer before anything is posted.
        public bool IsProbe => _probeTenant is not null;

        /// The call is made now (a permit taken with callLater): the tenant's windows count it from now.
        public void Calling() => _pacer.Calling(_call);

        /// Gives the permit back without making the call: neither its place in flight nor in the windows stays taken.
        public void Unused()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0) return;
            _pacer.Unused(_tenant, _call);
            _pacer.Release(_probeTenant, _call);
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) _pacer.Release(_probeTenant, _call);
        }
    }

    /// One call let through: when it was made, or null while its caller has not made it yet (it holds its place).
    internal sealed class Call
    {
        public TimeSpan? At;
    }

    internal sealed class Tenant
    {
        /// The calls of the last second and those let through but not made yet; never more than the rate.
        public readonly List<Call> Calls = [];
        public TimeSpan PausedUntil = TimeSpan.Zero;   // Now starts at zero: not paused
        /// The answers of the last second, oldest first: whether each was a 429.
        public readonly Queue<(TimeSpan At, bool Refused)> Answers = new();
        public int Failures;
        public bool NeedsProbe, Probing;
    }
}
