using FocalBot.Bot.Protocol;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Scheduling;

/// The sender against a connector that takes time on the fake clock: Teams' per-tenant rate, the bound on sends in
/// flight, 429 pauses, and exactly-once across a crash and a restart (STYLE §5).
public sealed class ProactiveSenderPacingTests : IDisposable
{
    const string A = FanOut.TenantA, B = FanOut.TenantB;

    readonly FanOut _fan = new();
    readonly DateTimeOffset _start;

    public ProactiveSenderPacingTests() => _start = _fan.Clock.GetUtcNow();

    public void Dispose() => _fan.Dispose();

    TimeSpan Elapsed => _fan.Clock.GetUtcNow() - _start;

    int Run(FocalBot.Bot.Scheduling.ProactiveSender sender, CancellationToken ct = default) =>
        VirtualTime.Run(_fan.Clock, () => sender.SendWaitingAsync(ct));

    [Theory]
    [InlineData(45, 8, 100, 200)]   // the defaults, a send taking 100 ms
    [InlineData(10, 4, 250, 60)]
    public void Sends_never_exceed_the_rate_in_any_second_and_keep_up_with_it(int rate, int concurrency, int latencyMs, int recipients)
    {
        var members = _fan.Recipients(A, recipients);
        var connector = _fan.Connector(latencyMs);

        var sent = Run(_fan.Sender(connector, rate, concurrency));

        Assert.Equal(recipients, sent);
        Assert.Equal(rate, connector.MostInAnySecond());   // never more, and the rate is reached
        Assert.Equal(members.Order(), connector.Calls.Select(FanOut.MemberOf).Order());   // each member once
        Assert.All(_fan.Statuses().Values, s => Assert.Equal(DeliveryStatus.Sent, s));
        var seconds = (int)Math.Ceiling((double)recipients / rate);
        Assert.InRange(connector.Calls[^1].At - _start, TimeSpan.FromSeconds(seconds - 1), TimeSpan.FromSeconds(seconds));
    }

    [Fact]
    public void No_more_sends_are_in_flight_than_MaxConcurrency()
    {
        _fan.Recipients(A, 30);
        var connector = _fan.Connector(100);

        Run(_fan.Sender(connector, rate: 1000, concurrency: 3));

        Assert.Equal(3, connector.MaxInFlight);
        Assert.Equal(TimeSpan.FromSeconds(1), Elapsed);   // ten rounds of three sends of 100 ms
    }

    [Fact]
    public void An_isolated_429_delays_its_row_by_Retry_After_while_the_others_go_on()
    {
        var members = _fan.Recipients(A, 20);
        var connector = _fan.Connector(100);
        connector.Outcome = c => c.Number == 6 ? new SendResult(SendStatus.Throttled, HttpStatus: 429, RetryAfter: TimeSpan.FromSeconds(2)) : null;

        var sent = Run(_fan.Sender(connector, concurrency: 4));

        var throttled = connector.Calls[5];
        var answered = throttled.At + TimeSpan.FromMilliseconds(100);
        var again = connector.Calls.Last(c => c.ConversationId == throttled.ConversationId);
        Assert.Equal(2, connector.Calls.Count(c => c.ConversationId == throttled.ConversationId));   // refused, then sent
        Assert.True(again.At >= answered + TimeSpan.FromSeconds(2), $"tried again at {again.At - answered} after the 429");
        Assert.Contains(connector.Calls, c => c.At > answered && c.At < answered + TimeSpan.FromSeconds(2));   // the others went on
        Assert.Equal(members.Order(), connector.Delivered.Select(FanOut.MemberOf).Order());   // each member delivered once
        Assert.Equal(20, sent);
        Assert.All(_fan.Statuses().Values, s => Assert.Equal(DeliveryStatus.Sent, s));
    }

    [Fact]
    public void A_429_with_a_long_Retry_After_leaves_its_row_pending_for_a_run_after_the_wait()
    {
        var members = _fan.Recipients(A, 10);
        var connector = _fan.Connector(100);
        connector.Outcome = c => c.Number == 3 ? new SendResult(SendStatus.Throttled, HttpStatus: 429, RetryAfter: TimeSpan.FromSeconds(60)) : null;
        var sender = _fan.Sender(connector, concurrency: 1);

        var first = Run(sender);
        var firstTook = Elapsed;
        var pending = _fan.Statuses().Count(s => s.Value == DeliveryStatus.Pending);
        _fan.Clock.Advance(TimeSpan.FromSeconds(61));
        var after = Run(sender);

        Assert.True(firstTook < TimeSpan.FromSeconds(2), $"the run waited {firstTook} instead of leaving the row for later");
        Assert.Equal((9, 1, 1), (first, pending, after));
        Assert.Equal(members.Order(), connector.Delivered.Select(FanOut.MemberOf).Order());
    }

    [Fact]
    public void A_crash_mid_batch_leaves_posted_rows_uncertain_and_a_restart_sends_only_the_untouched_ones()
    {
        var members = _fan.Recipients(A, 30);
        var first = _fan.Connector(100);
        first.OnCall = c => { if (c.Number == 12) throw new InvalidOperationException("connector gone"); };

        var crash = Record.Exception(() => Run(_fan.Sender(first)));

        Assert.IsType<InvalidOperationException>(crash);
        AssertRestartSendsOnlyTheUntouched(first, members);
    }

    [Fact]
    public void A_run_cancelled_mid_batch_leaves_posted_rows_uncertain_and_a_restart_sends_only_the_untouched_ones()
    {
        var members = _fan.Recipients(A, 30);
        var first = _fan.Connector(100);
        using var stopping = new CancellationTokenSource();
        first.OnCall = c => { if (c.Number == 7) stopping.Cancel(); };

        // A slow rate, so rows also wait for their permit when the host stops: those were not posted.
        var stopped = Record.Exception(() => VirtualTime.Run(_fan.Clock, () => _fan.Sender(first, rate: 5).SendWaitingAsync(stopping.Token)));

        Assert.IsAssignableFrom<OperationCanceledException>(stopped);
        AssertRestartSendsOnlyTheUntouched(first, members);
    }

    /// After the first run stopped: rows Teams confirmed are Sent; rows posted without an answer are Uncertain; rows
    /// never posted are Pending. A new sender on the same database sends exactly the Pending ones.
    void AssertRestartSendsOnlyTheUntouched(TimedConnector first, IReadOnlyList<string> members)
    {
        var delivered = first.Delivered.Select(FanOut.MemberOf).ToHashSet();
        var posted = first.Calls.Select(FanOut.MemberOf).ToHashSet();
        var afterCrash = _fan.Statuses();
        Assert.All(members, m => Assert.Equal(
            delivered.Contains(m) ? DeliveryStatus.Sent : posted.Contains(m) ? DeliveryStatus.Uncertain : DeliveryStatus.Pending, afterCrash[m]));
        var uncertain = afterCrash.Where(s => s.Value == DeliveryStatus.Uncertain).Select(s => s.Key).ToList();
        Assert.InRange(uncertain.Count, 1, 8);   // at most the sends in flight
        Assert.Contains(afterCrash.Values, s => s == DeliveryStatus.Pending);

        var second = _fan.Connector(100);
        var sent = Run(_fan.Sender(second));

        var untouched = afterCrash.Where(s => s.Value == DeliveryStatus.Pending).Select(s => s.Key).Order().ToList();
        Assert.Equal(untouched, second.Calls.Select(FanOut.MemberOf).Order());
        Assert.Equal(untouched.Count, sent);
        var final = _fan.Statuses();
        Assert.All(uncertain, m => Assert.Equal(DeliveryStatus.Uncertain, final[m]));   // shown, never replayed
        Assert.All(members.Except(uncertain), m => Assert.Equal(DeliveryStatus.Sent, final[m]));
    }

    [Fact]
    public void Two_tenants_are_paced_apart_each_at_the_full_rate()
    {
        _fan.Recipients(A, 20);
        _fan.Recipients(B, 20);
        var connector = _fan.Connector(50);

        var sent = Run(_fan.Sender(connector, rate: 5));

        Assert.Equal(40, sent);
        Assert.Equal((5, 5, 10), (connector.MostInAnySecond(A), connector.MostInAnySecond(B), connector.MostInAnySecond()));
        Assert.True(Elapsed < TimeSpan.FromSeconds(5), $"took {Elapsed}: one tenant waited for the other");
    }

    [Fact]
    public void A_tenant_whose_posts_are_mostly_refused_pauses_for_Retry_After_and_only_that_tenant()
    {
        _fan.Recipients(A, 30);
        _fan.Recipients(B, 30);
        var connector = _fan.Connector(50);
        connector.Outcome = c => c.Tenant == A && c.At >= _start + TimeSpan.FromSeconds(1) && c.At < _start + TimeSpan.FromSeconds(2)
            ? new SendResult(SendStatus.Throttled, HttpStatus: 429, RetryAfter: TimeSpan.FromSeconds(3)) : null;

        var sent = Run(_fan.Sender(connector, rate: 5));

        // The longest stretch without a call to A begins among its refusals and lasts the 3 s Teams asked for.
        var a = connector.Calls.Where(c => c.Tenant == A).Select(c => c.At).ToList();
        var (gapStart, gap) = a.Zip(a.Skip(1), (x, y) => (x, y - x)).MaxBy(p => p.Item2);
        Assert.True(gap >= TimeSpan.FromSeconds(3), $"the longest pause of A was {gap}");
        Assert.Contains(connector.Calls, c => c.Tenant == B && c.At > gapStart && c.At < gapStart + gap);
        Assert.Contains(_fan.Logs.Lines, l => l.Contains($"Tenant {A} refused most proactive calls of the last second; paused for 3000 ms"));
        Assert.Equal(60, sent);
    }

    [Fact]
    public void Two_senders_on_one_database_send_each_row_once()
    {
        var members = _fan.Recipients(A, 40);
        var one = _fan.Connector(100);
        var other = _fan.Connector(100);

        var (fromOne, fromOther) = VirtualTime.Run(_fan.Clock, async () =>
        {
            var first = _fan.Sender(one).SendWaitingAsync(default);
            var second = _fan.Sender(other).SendWaitingAsync(default);
            return (await first, await second);
        });

        Assert.Equal(40, fromOne + fromOther);
        Assert.Equal(members.Order(), one.Calls.Concat(other.Calls).Select(FanOut.MemberOf).Order());
    }

    [Fact]
    public void The_logs_hold_ids_and_counts_never_the_message_or_the_member()
    {
        _fan.Recipients(A, 5);

        Run(_fan.Sender(_fan.Connector()));

        Assert.Contains(_fan.Logs.Lines, l => l.Contains("Proactive run: 5 rows waiting, 5 sent, 0 refused, 0 deferred"));
        Assert.DoesNotContain(_fan.Logs.Lines, l => l.Contains(FanOut.Secret) || l.Contains("Name-") || l.Contains("@example.org"));
    }
}
