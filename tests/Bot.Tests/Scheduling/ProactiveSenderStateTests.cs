using FocalBot.Bot.Protocol;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Scheduling;

/// What a row says at each step of its send, as a crash or a stop would leave it: Uncertain only from just before its
/// POST, never while it waits for the tenant's pacer; and how its member was reached, kept from the first try.
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

    [Theory]
    [InlineData(429, 1)]    // tried again in the same run
    [InlineData(503, 30)]   // the tenant paused for longer than a run waits: tried again at a later tick
    public void A_member_whose_new_chat_refused_the_first_message_is_still_counted_as_newly_reached(int status, int retryAfterSeconds)
    {
        var connector = _fan.Connector(50);
        var members = _fan.RecipientsWithoutChat(A, 4, connector);
        var refusedOnce = false;
        connector.Outcome = c => FanOut.MemberOf(c) == members[1] && !refusedOnce && (refusedOnce = true)
            ? new SendResult(SendStatus.Throttled, HttpStatus: status, RetryAfter: TimeSpan.FromSeconds(retryAfterSeconds)) : null;
        var sender = _fan.Sender(connector);

        VirtualTime.Run(_fan.Clock, () => sender.SendWaitingAsync(default));
        var afterFirst = _fan.Rows()[members[1]];
        _fan.Clock.Advance(TimeSpan.FromSeconds(retryAfterSeconds + 1));
        VirtualTime.Run(_fan.Clock, () => sender.SendWaitingAsync(default));

        if (retryAfterSeconds > 10) Assert.Equal((DeliveryStatus.Pending, DeliveryPath.NewChat), (afterFirst.Status, afterFirst.Path));   // waits, its way kept
        Assert.Equal(members.Select(m => $"29:{m}").Order(), connector.Creates.Order());   // each chat created once
        Assert.Equal(members.Order(), connector.Delivered.Select(FanOut.MemberOf).Order());   // each message delivered once
        Assert.Equal(2, connector.Calls.Count(c => FanOut.MemberOf(c) == members[1]));   // refused, then sent
        Assert.All(_fan.Rows().Values, r => Assert.Equal((DeliveryStatus.Sent, DeliveryPath.NewChat), (r.Status, r.Path)));
    }

    [Fact]
    public void A_new_chat_is_recorded_on_the_row_when_it_is_made_so_a_message_held_back_until_a_later_tick_keeps_it()
    {
        var connector = _fan.Connector(50);
        var members = _fan.RecipientsWithoutChat(A, 1, connector);
        var pacer = _fan.Pacer();
        connector.CreateOutcome = _ => { pacer.Pause(A, TimeSpan.FromSeconds(30)); return null; };   // created; then Teams asks for a long wait
        var sender = _fan.Sender(connector, pacer: pacer);

        VirtualTime.Run(_fan.Clock, () => sender.SendWaitingAsync(default));
        var afterFirst = _fan.Rows()[members[0]];
        var firstEnded = _fan.Clock.GetUtcNow();
        _fan.Clock.Advance(TimeSpan.FromSeconds(31));
        connector.CreateOutcome = null;
        VirtualTime.Run(_fan.Clock, () => sender.SendWaitingAsync(default));

        Assert.DoesNotContain(connector.Calls, c => c.At < firstEnded);   // nothing posted into the pause
        Assert.Equal((DeliveryStatus.Pending, DeliveryPath.NewChat), (afterFirst.Status, afterFirst.Path));
        Assert.Single(connector.Creates);
        Assert.Equal((DeliveryStatus.Sent, DeliveryPath.NewChat), (_fan.Rows()[members[0]].Status, _fan.Rows()[members[0]].Path));
    }

    [Fact]
    public void A_member_reached_after_installing_the_app_is_counted_so_when_the_first_message_was_refused()
    {
        using var rig = new ReachRig();
        var connector = _fan.Connector(50);
        var members = _fan.RecipientsWithoutChat(A, 2, connector);
        var aad = connector.Roster.Single(a => a.Id == $"29:{members[0]}").AadObjectId!;
        rig.Graph.WithUser(aad);
        rig.Graph.WithUser(connector.Roster.Single(a => a.Id == $"29:{members[1]}").AadObjectId!, installed: true);
        connector.CreateOutcome = id => id == $"29:{members[0]}" && !rig.Graph.IsInstalledFor(aad)
            ? new SendResult(SendStatus.Failed, HttpStatus: 403, ErrorCode: "ForbiddenOperationException") : null;
        var refusedOnce = false;
        connector.Outcome = c => FanOut.MemberOf(c) == members[0] && !refusedOnce && (refusedOnce = true)
            ? new SendResult(SendStatus.Throttled, HttpStatus: 429, RetryAfter: TimeSpan.FromSeconds(1)) : null;

        VirtualTime.Run(_fan.Clock, () => _fan.Sender(connector, installer: rig.Installer()).SendWaitingAsync(default));

        Assert.Equal(members.Order(), connector.Delivered.Select(FanOut.MemberOf).Order());
        Assert.Equal((DeliveryStatus.Sent, DeliveryPath.InstalledApp), (_fan.Rows()[members[0]].Status, _fan.Rows()[members[0]].Path));
        Assert.Equal((DeliveryStatus.Sent, DeliveryPath.NewChat), (_fan.Rows()[members[1]].Status, _fan.Rows()[members[1]].Path));
    }
}
