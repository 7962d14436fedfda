using System.Threading.Channels;

namespace FocalBot.Bot.Scheduling;

/// Wakes the job runner before its next tick: a request just sent should not wait a minute to go out. Nudges made
/// while a tick runs are kept (one is enough), so a send queued at that moment is picked up by the next tick.
public sealed class SendSoon
{
    readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Nudge() => _signal.Writer.TryWrite(true);

    /// Waits for a nudge or the interval, whichever comes first; false once stopping.
    public async Task<bool> WaitAsync(TimeSpan interval, TimeProvider clock, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var delay = Task.Delay(interval, clock, stop.Token);
        var nudged = _signal.Reader.WaitToReadAsync(stop.Token).AsTask();
        await Task.WhenAny(delay, nudged);
        await stop.CancelAsync();   // the loser must not linger, or waits would pile up
        _signal.Reader.TryRead(out _);
        return !ct.IsCancellationRequested;
    }
}
