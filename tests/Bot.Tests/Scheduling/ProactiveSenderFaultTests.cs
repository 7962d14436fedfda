using FocalBot.Bot.Protocol;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Scheduling;

/// The sender against a connector that behaves like Teams on a bad day: a storm of 429s, a burst of 503s, dropped
/// connections, an open circuit, members who never opened the bot. Each test says what every row ends as and how many
/// posts each member's chat received.
public sealed class ProactiveSenderFaultTests : IDisposable
{
    const string A = FanOut.TenantA;
    const int InFlight = 8;

    readonly FanOut _fan = new();
    readonly DateTimeOffset _start;

    public ProactiveSenderFaultTests() => _start = _fan.Clock.GetUtcNow();

    public void Dispose() => _fan.Dispose();

    int Run(FocalBot.Bot.Scheduling.ProactiveSender sender)
    {
        // A run that never ends fails with what the sender logged on its way, so the cause reads in the test's output.
        try { return VirtualTime.Run(_fan.Clock, () => sender.SendWaitingAsync(default), limit: TimeSpan.FromMinutes(1)); }
        catch (TimeoutException e) { throw new TimeoutException(e.Message + "\n" + string.Join("\n", _fan.Logs.Lines.TakeLast(40)), e); }
    }

    bool During(TimedConnector.Call c, int fromSecond, int toSecond) =>
        c.At >= _start + TimeSpan.FromSeconds(fromSecond) && c.At < _start + TimeSpan.FromSeconds(toSecond);

    /// Sends until no row waits, as the job runner's ticks would (a tick may leave rows for a later one).
    void RunUntilDone(TimedConnector connector)
    {
        var sender = _fan.Sender(connector, concurrency: InFlight);
        for (var tick = 0; tick < 20 && _fan.Statuses().Values.Any(s => s == DeliveryStatus.Pending); tick++)
        {
            Run(sender);
            _fan.Clock.Advance(TimeSpan.FromSeconds(1));
        }
    }

    [Fact]
    public void A_storm_of_429s_on_a_quarter_of_the_posts_loses_no_one_and_delivers_each_once()
    {
        var members = _fan.Recipients(A, 300);
        var connector = _fan.Connector(100);
        var random = new Random(25);
        connector.Outcome = _ => random.Next(4) == 0 ? new SendResult(SendStatus.Throttled, HttpStatus: 429, RetryAfter: TimeSpan.FromSeconds(1)) : null;

        RunUntilDone(connector);

        Assert.All(_fan.Statuses().Values, s => Assert.Equal(DeliveryStatus.Sent, s));
        Assert.Equal(members.Order(), connector.Delivered.Select(FanOut.MemberOf).Order());   // each member delivered exactly once
        Assert.True(connector.Calls.Count > 300 * 1.15, "the storm should have refused about a quarter of the posts");
        Assert.True(connector.MostInAnySecond(A) <= 45);
        // Refused posts cost their own slot, not a pause of the whole tenant: far from 300 one-second pauses.
        var elapsed = connector.Calls[^1].At - _start;
        Assert.True(elapsed < TimeSpan.FromSeconds(20), $"took {elapsed}");
    }

    [Fact]
    public void A_30_second_burst_of_503s_costs_at_most_the_posts_in_flight_and_the_rest_go_once_it_ends()
    {
        var members = _fan.Recipients(A, 600);
        var connector = _fan.Connector(100);
        connector.Outcome = c => During(c, 2, 32) ? new SendResult(SendStatus.Throttled, HttpStatus: 503, ErrorCode: "ServiceUnavailable") : null;
        connector.ProbeOutcome = at => at >= _start + TimeSpan.FromSeconds(2) && at < _start + TimeSpan.FromSeconds(32)
            ? new SendResult(SendStatus.Throttled, HttpStatus: 503) : null;

        RunUntilDone(connector);

        Assert.All(_fan.Statuses().Values, s => Assert.Equal(DeliveryStatus.Sent, s));   // a 503 is a refusal: nothing in doubt
        Assert.Equal(members.Order(), connector.Delivered.Select(FanOut.MemberOf).Order());
        Assert.InRange(connector.Calls.Count(c => During(c, 2, 32)), 1, InFlight);
        Assert.NotEmpty(connector.Probes);
        var resumed = connector.Calls.First(c => c.At >= _start + TimeSpan.FromSeconds(32)).At - (_start + TimeSpan.FromSeconds(32));
        Assert.True(resumed <= FocalBot.Bot.Scheduling.TenantPacer.MaxBackoff + TimeSpan.FromSeconds(1), $"resumed {resumed} after the service came back");
    }

    [Fact]
    public void Dropped_connections_leave_only_the_posts_in_flight_uncertain_each_posted_once()
    {
        var members = _fan.Recipients(A, 300);
        var connector = _fan.Connector(100);
        connector.Outcome = c => During(c, 2, 12) ? new SendResult(SendStatus.Uncertain, ErrorCode: "NoAnswer") : null;
        connector.ProbeOutcome = at => at >= _start + TimeSpan.FromSeconds(2) && at < _start + TimeSpan.FromSeconds(12)
            ? new SendResult(SendStatus.Failed, ErrorCode: "NoAnswer") : null;

        RunUntilDone(connector);

        var rows = _fan.Rows();
        var uncertain = rows.Values.Where(r => r.Status == DeliveryStatus.Uncertain).ToList();
        Assert.InRange(uncertain.Count, 1, InFlight);
        Assert.All(uncertain, r => Assert.Equal("NoAnswer", r.ErrorCode));
        Assert.All(uncertain, r => Assert.NotNull(r.UpdatedAt));   // when it happened, for the office
        Assert.All(members, m => Assert.Single(connector.Calls, c => FanOut.MemberOf(c) == m && connector.Delivered.Contains(c) || FanOut.MemberOf(c) == m && rows[m].Status == DeliveryStatus.Uncertain));
        Assert.All(rows.Values.Where(r => r.Status != DeliveryStatus.Uncertain), r => Assert.Equal(DeliveryStatus.Sent, r.Status));
    }

    [Fact]
    public void Posts_refused_by_an_open_circuit_never_left_so_their_rows_wait_and_go_later()
    {
        var members = _fan.Recipients(A, 100);
        var connector = _fan.Connector(50);
        connector.Outcome = c => During(c, 1, 4) ? new SendResult(SendStatus.Throttled, ErrorCode: "CircuitOpen") : null;

        RunUntilDone(connector);

        Assert.All(_fan.Statuses().Values, s => Assert.Equal(DeliveryStatus.Sent, s));
        Assert.Equal(members.Order(), connector.Delivered.Select(FanOut.MemberOf).Order());
        Assert.InRange(connector.Calls.Count(c => During(c, 1, 4)), 1, InFlight);   // the sender paused instead of posting into it
    }

    [Fact]
    public void A_member_who_never_opened_the_bot_gets_a_new_chat_from_the_roster_and_the_message_once()
    {
        var connector = _fan.Connector(50);
        var members = _fan.RecipientsWithoutChat(A, 30, connector);

        var sent = Run(_fan.Sender(connector));

        Assert.Equal(30, sent);
        Assert.Equal(1, connector.RosterReads);   // read once for the run
        Assert.Equal(members.Select(m => $"29:{m}").Order(), connector.Creates.Order());
        Assert.Equal(members.Order(), connector.Delivered.Select(FanOut.MemberOf).Order());
        Assert.All(_fan.Rows().Values, r => Assert.Equal((DeliveryStatus.Sent, DeliveryPath.NewChat), (r.Status, r.Path)));
        Assert.All(members, m => Assert.Equal($"a:{m}", _fan.StoredChat(m, A)?.ConversationId));   // kept for next time
    }

    [Fact]
    public void A_member_who_is_not_in_the_team_is_left_without_a_chat_and_nothing_is_posted()
    {
        var connector = _fan.Connector(50);
        _fan.RecipientsWithoutChat(A, 2, connector, inRoster: false);

        Run(_fan.Sender(connector));

        Assert.Empty(connector.Creates);
        Assert.Empty(connector.Calls);
        Assert.All(_fan.Rows().Values, r => Assert.Equal((DeliveryStatus.NoChat, "NotInTeam"), (r.Status, r.ErrorCode)));
    }

    [Fact]
    public void Members_due_before_the_bot_knew_its_team_get_a_new_chat_once_it_does()
    {
        var connector = _fan.Connector(50);
        var members = _fan.RecipientsWithoutChat(A, 3, connector, botInTeam: false);
        var sender = _fan.Sender(connector);

        Run(sender);
        var noTeam = _fan.Rows();
        _fan.Clock.Advance(TimeSpan.FromMinutes(1));
        Run(sender);   // still in no team: the rows are looked at again, not written again
        var stillNoTeam = _fan.Rows();
        _fan.JoinTeam(A);
        _fan.Clock.Advance(TimeSpan.FromMinutes(1));
        Run(sender);

        Assert.All(noTeam.Values, r => Assert.Equal((DeliveryStatus.NoChat, "NoTeam"), (r.Status, r.ErrorCode)));
        Assert.Equal(noTeam.OrderBy(r => r.Key).Select(r => r.Value.Version), stillNoTeam.OrderBy(r => r.Key).Select(r => r.Value.Version));
        Assert.Equal(1, connector.RosterReads);   // none while there was no team to read
        Assert.Equal(members.Order(), connector.Delivered.Select(FanOut.MemberOf).Order());
        Assert.All(_fan.Rows().Values, r => Assert.Equal((DeliveryStatus.Sent, DeliveryPath.NewChat, null), (r.Status, r.Path, r.ErrorCode)));
    }

    [Fact]
    public void A_403_on_create_says_the_app_is_not_installed_for_them()
    {
        var connector = _fan.Connector(50);
        _fan.RecipientsWithoutChat(A, 3, connector);
        connector.CreateOutcome = id => id.EndsWith("0002", StringComparison.Ordinal)
            ? new SendResult(SendStatus.Failed, HttpStatus: 403, ErrorCode: "ForbiddenOperationException") : null;

        Run(_fan.Sender(connector));

        var rows = _fan.Rows();
        Assert.Equal((DeliveryStatus.NoChat, "NotInstalled"), (rows["n-1-0002"].Status, rows["n-1-0002"].ErrorCode));
        Assert.Equal(2, rows.Values.Count(r => r.Status == DeliveryStatus.Sent));
        Assert.DoesNotContain(connector.Calls, c => FanOut.MemberOf(c) == "n-1-0002");
    }

    [Fact]
    public void A_chat_creation_that_got_no_answer_pauses_the_tenant_until_a_probe_finds_Teams_answering()
    {
        var connector = _fan.Connector(100);
        var members = _fan.RecipientsWithoutChat(A, 40, connector);
        var creates = 0;
        DateTimeOffset? droppedAt = null;
        connector.CreateOutcome = _ =>
        {
            if (++creates != 3) return null;
            droppedAt = _fan.Clock.GetUtcNow();
            return new SendResult(SendStatus.Failed, ErrorCode: "NoAnswer");   // how the client reports a lost answer to a call it may repeat
        };
        var probes = 0;
        connector.ProbeOutcome = _ => ++probes == 1 ? new SendResult(SendStatus.Failed, ErrorCode: "NoAnswer") : null;

        RunUntilDone(connector);

        Assert.Equal(2, connector.Probes.Count);   // the first found Teams still failing, the second answering
        var reopened = connector.Probes[1] + TimeSpan.FromMilliseconds(100);
        Assert.DoesNotContain(connector.Calls, c => c.At > droppedAt && c.At < reopened);   // nothing posted into the failure
        Assert.Equal(41, connector.Creates.Count);   // the lost one made again: the same chat every time
        Assert.Equal(members.Order(), connector.Delivered.Select(FanOut.MemberOf).Order());
        Assert.All(_fan.Rows().Values, r => Assert.Equal(DeliveryStatus.Sent, r.Status));
    }

    [Fact]
    public void A_roster_that_cannot_be_read_settles_nothing_and_the_rows_go_once_it_can()
    {
        var connector = _fan.Connector(50);
        var members = _fan.RecipientsWithoutChat(A, 5, connector);
        connector.OnRosterRead = () => throw new HttpRequestException("Teams unavailable");
        var sender = _fan.Sender(connector);

        Run(sender);
        var afterFailure = _fan.Rows();
        connector.OnRosterRead = null;
        _fan.Clock.Advance(TimeSpan.FromMinutes(1));
        Run(sender);

        Assert.All(afterFailure.Values, r => Assert.Equal((DeliveryStatus.Pending, "RosterUnavailable"), (r.Status, r.ErrorCode)));
        Assert.Equal(members.Order(), connector.Delivered.Select(FanOut.MemberOf).Order());
        Assert.All(_fan.Rows().Values, r => Assert.Equal(DeliveryStatus.Sent, r.Status));
    }

    [Fact]
    public void A_roster_read_that_failed_once_is_read_again_after_the_back_off_and_the_members_are_reached_in_the_same_run()
    {
        var connector = _fan.Connector(50);
        var members = _fan.RecipientsWithoutChat(A, 5, connector);
        var failedAt = (DateTimeOffset?)null;
        connector.OnRosterRead = () =>
        {
            if (failedAt is not null) return;
            failedAt = _fan.Clock.GetUtcNow();
            throw new HttpRequestException("Teams unavailable");
        };

        var sent = Run(_fan.Sender(connector));

        Assert.Equal(5, sent);
        Assert.Equal(2, connector.RosterReads);   // one read again for all, not one per member
        var probe = Assert.Single(connector.Probes);   // after the back-off, a probe first, as for any failure
        Assert.InRange(probe - failedAt!.Value, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
        Assert.Equal(members.Select(m => $"29:{m}").Order(), connector.Creates.Order());
        Assert.Equal(members.Order(), connector.Delivered.Select(FanOut.MemberOf).Order());
        Assert.All(_fan.Rows().Values, r => Assert.Equal((DeliveryStatus.Sent, DeliveryPath.NewChat, null), (r.Status, r.Path, r.ErrorCode)));
    }

    [Fact]
    public void A_failed_probe_keeps_the_tenant_paused_and_a_good_one_opens_it()
    {
        var members = _fan.Recipients(A, 40);
        var connector = _fan.Connector(100);
        connector.Outcome = c => c.Number == 3 ? new SendResult(SendStatus.Uncertain, HttpStatus: 500) : null;
        var probes = 0;
        connector.ProbeOutcome = _ => ++probes <= 2 ? new SendResult(SendStatus.Failed, HttpStatus: 500) : null;

        RunUntilDone(connector);

        var failedAt = connector.Calls[2].At + TimeSpan.FromMilliseconds(100);
        var reopened = connector.Probes[2] + TimeSpan.FromMilliseconds(100);
        Assert.Equal(3, connector.Probes.Count);
        Assert.DoesNotContain(connector.Calls, c => c.At > failedAt && c.At < reopened);   // nothing posted into the failure
        Assert.Equal(("HTTP 500", DeliveryStatus.Uncertain), (_fan.Rows()[FanOut.MemberOf(connector.Calls[2])].ErrorCode, _fan.Rows()[FanOut.MemberOf(connector.Calls[2])].Status));
        Assert.Equal(39, _fan.Statuses().Values.Count(s => s == DeliveryStatus.Sent));
        Assert.Equal(members.Count, connector.Calls.Select(FanOut.MemberOf).Distinct().Count());
    }
}
