using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Scheduling;

/// What a row says at each step of its send, as a crash or a stop would leave it: Uncertain only from just before its
/// POST, never while it waits for the tenant's pacer.
public sealed class ProactiveSenderStateTests : IDisposable
{
    const string A = FanOut.TenantA;

    readonly FanOut _fan = new();

    public void Dispose() => _fan.Dispose();

    [Theory]
    [InlineData(false)]   // the process dies: the test stops running it
    [InlineData(true)]    // the host stops: the run is cancelled
    public void Rows_waiting_for_a_paused_tenant_are_left_untouched_by_a_crash_or_a_stop(bool cancelled)
    {
        _fan.Recipients(A, 20);
        var before = _fan.Rows();
        var connector = _fan.Connector(100);
        var pacer = _fan.Pacer();
        pacer.FailedFor(A, TimeSpan.FromSeconds(8));   // Teams failed: 8 s of back-off, then a probe
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(3), _fan.Clock);
        var sender = _fan.Sender(connector, pacer: pacer);

        var stopped = Record.Exception(() => VirtualTime.Run(_fan.Clock, () => sender.SendWaitingAsync(cancelled ? stopping.Token : default),
            limit: cancelled ? null : TimeSpan.FromSeconds(3)));

        Assert.IsAssignableFrom(cancelled ? typeof(OperationCanceledException) : typeof(TimeoutException), stopped);
        Assert.Empty(connector.Calls);
        Assert.Empty(connector.Probes);
        var after = _fan.Rows();
        Assert.All(after.Values, r => Assert.Equal(DeliveryStatus.Pending, r.Status));   // nothing was posted: nothing in doubt
        Assert.All(after.Values, r => Assert.Equal(before[r.MemberId].Version, r.Version));   // not even written

        var restarted = _fan.Connector(100);
        VirtualTime.Run(_fan.Clock, () => _fan.Sender(restarted).SendWaitingAsync(default));
        Assert.Equal(before.Keys.Order(), restarted.Delivered.Select(FanOut.MemberOf).Order());   // each once, after the restart
    }

    [Fact]
    public void Each_row_is_Uncertain_when_its_POST_leaves_and_Sent_once_answered()
    {
        var members = _fan.Recipients(A, 12);
        var connector = _fan.Connector(100);
        var atPost = new Dictionary<string, DeliveryStatus>();
        connector.OnCall = c => atPost[FanOut.MemberOf(c)] = _fan.Rows()[FanOut.MemberOf(c)].Status;

        VirtualTime.Run(_fan.Clock, () => _fan.Sender(connector, rate: 5, concurrency: 4).SendWaitingAsync(default));

        Assert.Equal(members.Order(), atPost.Keys.Order());
        Assert.All(atPost.Values, s => Assert.Equal(DeliveryStatus.Uncertain, s));
        Assert.All(_fan.Statuses().Values, s => Assert.Equal(DeliveryStatus.Sent, s));
        Assert.Equal(5, connector.MostInAnySecond(A));   // the pacer counts each POST as it leaves
    }
}
