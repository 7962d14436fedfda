using Microsoft.Extensions.Time.Testing;

namespace FocalBot.Bot.Tests.Scheduling;

/// Runs async code on the test's thread against a FakeTimeProvider and moves the clock only when nothing else can run.
/// Every continuation comes back to this context's queue, so an empty queue means all the code waits for the clock:
/// times read at each call are then exact and the same on every run, with no real sleep. The code under test must not
/// leave the context (no Task.Run, no continuation resumed through the thread pool); SQLite's async calls finish
/// synchronously, so they stay on it. A continuation posted from another thread fails the run: the clock may have
/// moved while it was on its way.
public sealed class VirtualTime : SynchronizationContext
{
    readonly Queue<(SendOrPostCallback Callback, object? State)> _ready = new();
    readonly Lock _gate = new();
    readonly Thread _thread = Thread.CurrentThread;
    string? _foreign;

    /// Runs `body` to completion; the clock goes forward `step` at a time while everything waits, at most `limit` in all.
    public static T Run<T>(FakeTimeProvider clock, Func<Task<T>> body, TimeSpan? step = null, TimeSpan? limit = null)
    {
        var previous = Current;
        var context = new VirtualTime();
        SetSynchronizationContext(context);
        try
        {
            var end = clock.GetUtcNow() + (limit ?? TimeSpan.FromMinutes(10));
            var task = body();
            while (true)
            {
                context.RunReady();
                if (context._foreign is { } where) throw new InvalidOperationException($"A continuation came from another thread, so the clock may have moved meanwhile:\n{where}");
                if (task.IsCompleted) return task.GetAwaiter().GetResult();
                if (clock.GetUtcNow() >= end) throw new TimeoutException($"Still running after {limit ?? TimeSpan.FromMinutes(10)} of fake time.");
                clock.Advance(step ?? TimeSpan.FromMilliseconds(1));
            }
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }

    public static void Run(FakeTimeProvider clock, Func<Task> body, TimeSpan? step = null, TimeSpan? limit = null) =>
        Run(clock, async () => { await body(); return true; }, step, limit);

    public override void Post(SendOrPostCallback d, object? state)
    {
        lock (_gate)
        {
            if (Thread.CurrentThread != _thread) _foreign ??= Environment.StackTrace;
            _ready.Enqueue((d, state));
        }
    }

    public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException("Everything runs on the test's thread.");

    public override SynchronizationContext CreateCopy() => this;

    void RunReady()
    {
        while (true)
        {
            (SendOrPostCallback Callback, object? State) next;
            lock (_gate)
                if (!_ready.TryDequeue(out next)) return;
            next.Callback(next.State);
        }
    }
}
