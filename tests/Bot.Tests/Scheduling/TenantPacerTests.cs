using FocalBot.Bot.Scheduling;
using Microsoft.Extensions.Time.Testing;

namespace FocalBot.Bot.Tests.Scheduling;

public sealed class TenantPacerTests
{
    const string A = "11111111-1111-4111-8111-111111111111", B = "22222222-2222-4222-8222-222222222222";
    static readonly TimeSpan Long = TimeSpan.FromSeconds(10);

    readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
    readonly DateTimeOffset _start;

    public TenantPacerTests() => _start = _clock.GetUtcNow();

    int Ms => (int)(_clock.GetUtcNow() - _start).TotalMilliseconds;

    [Fact]
    public void The_rate_goes_through_at_once_then_each_call_waits_for_the_oldest_to_leave_the_window()
    {
        var pacer = new TenantPacer(_clock, 3, Many);

        var times = VirtualTime.Run(_clock, async () =>
        {
            var at = new List<int>();
            for (var i = 0; i < 3; i++) { await PassAsync(pacer, A); at.Add(Ms); }
            await Task.Delay(TimeSpan.FromMilliseconds(400), _clock);
            for (var i = 0; i < 4; i++) { await PassAsync(pacer, A); at.Add(Ms); }
            return at;
        });

        Assert.Equal([0, 0, 0, 1000, 1000, 1000, 2000], times);
    }

    [Fact]
    public void Never_more_than_the_rate_go_through_in_any_one_second_window()
    {
        var pacer = new TenantPacer(_clock, 5, Many);
        var random = new Random(7);
        var arrivals = Enumerable.Range(0, 40).Select(_ => random.Next(0, 3000)).ToArray();

        var passed = VirtualTime.Run(_clock, async () =>
        {
            var at = new List<DateTimeOffset>();
            await Task.WhenAll(arrivals.Select(async arrival =>
            {
                await Task.Delay(TimeSpan.FromMilliseconds(arrival), _clock);
                await PassAsync(pacer, A);
                at.Add(_clock.GetUtcNow());
            }));
            return at;
        });

        Assert.Equal(40, passed.Count);
        Assert.Equal(5, TimedConnector.MostInAnyWindow(passed, TenantPacer.Window));
        Assert.InRange(Ms, 7000, 8000);   // 40 at 5 per second: the last ones in the eighth second
    }

    [Fact]
    public void A_pause_holds_the_tenants_calls_until_it_ends_and_a_shorter_one_does_not_cut_it()
    {
        var pacer = new TenantPacer(_clock, 10, Many);
        pacer.Pause(A, TimeSpan.FromSeconds(3));
        pacer.Pause(A, TimeSpan.FromSeconds(1));

        var paused = pacer.PausedFor(A);
        VirtualTime.Run(_clock, () => PassAsync(pacer, A));

        Assert.Equal(TimeSpan.FromSeconds(3), paused);
        Assert.Equal(3000, Ms);
        Assert.Equal(TimeSpan.Zero, pacer.PausedFor(A));
    }

    [Fact]
    public async Task A_pause_longer_than_the_caller_waits_is_refused_at_once_and_counts_nothing()
    {
        var pacer = new TenantPacer(_clock, 1, Many);
        pacer.Pause(A, TimeSpan.FromSeconds(20));

        var refused = pacer.EnterAsync(A, Long, default);
        _clock.Advance(TimeSpan.FromSeconds(20));
        var next = pacer.EnterAsync(A, Long, default);

        Assert.True(refused.IsCompletedSuccessfully);
        Assert.Null(await refused);
        Assert.True(next.IsCompletedSuccessfully);   // the refused call took no place in the window
        Assert.NotNull(await next);
    }

    [Fact]
    public void Tenants_are_counted_and_paused_apart()
    {
        var pacer = new TenantPacer(_clock, 2, Many);

        var times = VirtualTime.Run(_clock, async () =>
        {
            var at = new List<(string, int)>();
            foreach (var tenant in new[] { A, A.ToUpperInvariant(), B, B, A })   // tenant ids are GUIDs: any case is the same tenant
            {
                await PassAsync(pacer, tenant);
                at.Add((tenant[..1], Ms));
            }
            pacer.Pause(A, TimeSpan.FromSeconds(5));
            await PassAsync(pacer, B);
            at.Add((B[..1], Ms));
            return at;
        });

        Assert.Equal([("1", 0), ("1", 0), ("2", 0), ("2", 0), ("1", 1000), ("2", 1000)], times);
    }

    [Fact]
    public void A_cancelled_wait_throws_and_leaves_its_place_to_the_next_caller()
    {
        var pacer = new TenantPacer(_clock, 1, Many);
        using var cancel = new CancellationTokenSource();

        var (cancelled, nextAt) = VirtualTime.Run(_clock, async () =>
        {
            await PassAsync(pacer, A);
            var waiting = PassAsync(pacer, A, cancel.Token);
            await Task.Delay(TimeSpan.FromMilliseconds(300), _clock);
            cancel.Cancel();
            var thrown = await Record.ExceptionAsync(() => waiting);
            await PassAsync(pacer, A);
            return (thrown, Ms);
        });

        Assert.IsAssignableFrom<OperationCanceledException>(cancelled);
        Assert.Equal(1000, nextAt);
    }

    [Fact]
    public void No_more_calls_are_in_flight_than_the_bound_and_a_place_given_back_goes_to_a_waiter()
    {
        var pacer = new TenantPacer(_clock, 100, 2);

        var (third, fourth) = VirtualTime.Run(_clock, async () =>
        {
            var first = await pacer.EnterAsync(A, Long, default);
            var second = await pacer.EnterAsync(B, Long, default);   // the bound is across tenants
            var waiting = EnterAtAsync(A);
            var alsoWaiting = EnterAtAsync(B);
            await Task.Delay(TimeSpan.FromMilliseconds(300), _clock);
            first!.Dispose();
            first.Dispose();   // given back once, however often disposed
            await Task.Delay(TimeSpan.FromMilliseconds(200), _clock);
            second!.Dispose();
            return (await waiting, await alsoWaiting);
        });

        Assert.Equal((300, 500), (third, fourth));

        async Task<int> EnterAtAsync(string tenant)
        {
            Assert.NotNull(await pacer.EnterAsync(tenant, Long, default));   // kept: its place stays taken
            return Ms;
        }
    }

    [Fact]
    public void A_wait_for_a_place_in_flight_can_be_cancelled()
    {
        var pacer = new TenantPacer(_clock, 100, 1);
        using var cancel = new CancellationTokenSource();

        var (cancelled, nextAt) = VirtualTime.Run(_clock, async () =>
        {
            var held = await pacer.EnterAsync(A, Long, default);
            var waiting = PassAsync(pacer, B, cancel.Token);
            await Task.Delay(TimeSpan.FromMilliseconds(100), _clock);
            cancel.Cancel();
            var thrown = await Record.ExceptionAsync(() => waiting);
            await Task.Delay(TimeSpan.FromMilliseconds(100), _clock);
            held!.Dispose();
            await PassAsync(pacer, B);
            return (thrown, Ms);
        });

        Assert.IsAssignableFrom<OperationCanceledException>(cancelled);
        Assert.Equal(200, nextAt);
    }

    [Fact]
    public void A_call_made_after_a_step_of_its_own_counts_from_when_it_is_made_and_one_never_made_counts_nothing()
    {
        var pacer = new TenantPacer(_clock, 1, Many);

        var times = VirtualTime.Run(_clock, async () =>
        {
            var at = new List<int>();
            var held = await pacer.EnterAsync(A, Long, default, callLater: true);
            var next = PassAsync(pacer, A);   // the window's one place is held, past a second, until the call is made
            await Task.Delay(TimeSpan.FromMilliseconds(1500), _clock);
            held!.Calling();
            held.Dispose();
            await next;
            at.Add(Ms);
            var unused = await pacer.EnterAsync(A, Long, default, callLater: true);
            at.Add(Ms);
            unused!.Unused();
            unused.Dispose();   // given back once
            await PassAsync(pacer, A);   // nothing was called: its place is free at once
            at.Add(Ms);
            return at;
        });

        Assert.Equal([2500, 3500, 3500], times);
    }

    [Fact]
    public void A_rate_or_bound_below_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TenantPacer(_clock, 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TenantPacer(_clock, 1, 0));
    }

    const int Many = 1000;

    /// Lets one call through and gives its place back at once, as a call with an instant answer would.
    static async Task PassAsync(TenantPacer pacer, string tenant, CancellationToken ct = default)
    {
        using var permit = await pacer.EnterAsync(tenant, Long, ct);
        Assert.NotNull(permit);
    }
}
