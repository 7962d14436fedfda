using Microsoft.Extensions.Time.Testing;

namespace FocalBot.Bot.Tests.Support;

/// The bot's fake clock in the test host. It knows the timers waiting on it, so a job tick that waits (the sender pacing
/// a tenant, backing off after a failure) can be let through by moving the clock exactly to the next one: nothing moves
/// the clock while the code under test still has work to do, and a wait the code never ends is seen, not hung on.
public sealed class TestClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    readonly Lock _gate = new();
    readonly HashSet<Timer> _timers = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // Known before the inner timer exists: a timer due now fires as it is made.
        var timer = new Timer(this);
        timer.Set(dueTime, period);
        timer.Inner = base.CreateTimer(s => { timer.Fired(); callback(s); }, state, dueTime, period);
        return timer;
    }

    /// When the earliest waiting timer is due, if any.
    public DateTimeOffset? NextDue
    {
        get
        {
            lock (_gate) return _timers.Count == 0 ? null : _timers.Min(t => t.Due);
        }
    }

    /// Runs `work` to its end, moving the clock to the next timer whenever the work has waited on it for a moment of
    /// real time; at most `limit` of fake time in all.
    public async Task<T> WhileWaitingAsync<T>(Func<Task<T>> work, TimeSpan? limit = null)
    {
        var end = GetUtcNow() + (limit ?? TimeSpan.FromMinutes(5));
        var task = work();
        while (!task.IsCompleted)
        {
            await Task.WhenAny(task, Task.Delay(15));
            if (task.IsCompleted || NextDue is not { } due) continue;
            if (due > end) throw new TimeoutException($"The work still waits for the clock after {limit ?? TimeSpan.FromMinutes(5)} of fake time.");
            if (due > GetUtcNow()) SetUtcNow(due);
        }
        return await task;
    }

    public Task WhileWaitingAsync(Func<Task> work, TimeSpan? limit = null) =>
        WhileWaitingAsync(async () => { await work(); return true; }, limit);

    sealed class Timer(TestClock clock) : ITimer
    {
        public ITimer Inner = null!;
        public DateTimeOffset Due;
        TimeSpan _period;

        public void Set(TimeSpan dueTime, TimeSpan period)
        {
            _period = period;
            lock (clock._gate)
            {
                if (dueTime == Timeout.InfiniteTimeSpan) { clock._timers.Remove(this); return; }
                Due = clock.GetUtcNow() + dueTime;
                clock._timers.Add(this);
            }
        }

        public void Fired()
        {
            lock (clock._gate)
            {
                if (_period == Timeout.InfiniteTimeSpan || _period == TimeSpan.Zero) clock._timers.Remove(this);
                else Due = clock.GetUtcNow() + _period;
            }
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Set(dueTime, period);
            return Inner.Change(dueTime, period);
        }

        public void Dispose()
        {
            lock (clock._gate) clock._timers.Remove(this);
            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
