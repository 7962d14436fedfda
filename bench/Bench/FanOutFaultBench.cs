// Fan-out of one campaign under Teams' bad day ("fanout faults [N...]"): half the members have no stored chat, so the
// sender reads the network team's roster once per run and creates their chats; the stub (FaultyTeams.cs) refuses a
// random quarter of the POSTs with 429 and Retry-After: 1, holds the 50 requests/s limit, and has one 30-second outage
// a few seconds into the run. The real ProactiveSender, pacer, SQLite stores and clock, driven by the job runner's
// ticks as the bot drives them. Goals: 0 lost, 0 duplicates, Uncertain no more than the posts in flight when the outage
// began, elapsed at most 1.6 times the fault-free minimum. Prints figures; asserts nothing.
using System.Diagnostics;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Storage;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Fate = FaultyTeams.Fate;

static class FanOutFaultBench
{
    const string Tenant = "00000000-0000-4000-8000-000000000001";
    const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    const string Team = "19:network@thread.tacv2";
    const int TeamsLimit = 50;
    const int MaxTicks = 10;
    static readonly TimeSpan OutageStart = TimeSpan.FromSeconds(5);
    static readonly TimeSpan OutageLength = TimeSpan.FromSeconds(30);

    public static async Task RunAsync(string[] args)
    {
        var sizes = args.Length > 0 ? args.Select(int.Parse).ToArray() : [5000];
        Console.WriteLine($"Fan-out under faults: real ProactiveSender, pacer and SQLite stores, driven by job ticks; stub connector at " +
                          $"{TeamsLimit} requests/s per tenant, 50-150 ms per request, {FaultyTeams.StormShare:P0} of POSTs refused with 429 " +
                          $"(Retry-After: 1), one {OutageLength.TotalSeconds:F0} s outage from {OutageStart.TotalSeconds:F0} s in; " +
                          $"{Environment.ProcessorCount} cores");
        foreach (var n in sizes) await RunOneAsync(n);
    }

    static async Task RunOneAsync(int recipients)
    {
        var db = Path.Combine(Path.GetTempPath(), $"focalbot-faults-{Guid.NewGuid():N}.db");
        var teams = new FaultyTeams(TeamsLimit, seed: 42, OutageStart, OutageLength);
        try
        {
            await using var bot = new FanOutBot(db, teams);
            var services = bot.Services;
            var ids = await SeedAsync(services, teams, recipients);
            var deliveries = services.GetRequiredService<IDeliveryStore>();
            var runner = services.GetRequiredService<JobRunner>();
            var soon = services.GetRequiredService<SendSoon>();
            var interval = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<JobOptions>>().Value.Interval;

            // The bot's loop (JobRunner.ExecuteAsync): a tick, then the next on a nudge or after the interval. Nothing
            // nudges here, so rows a tick leaves for later wait the interval, as they would in production.
            teams.Start();
            var clock = Stopwatch.StartNew();
            var ticks = 0;
            var between = TimeSpan.Zero;
            while (true)
            {
                ticks++;
                await runner.RunOnceAsync(CancellationToken.None);
                var pending = (await deliveries.ListAsync(BenchCampaign.Name, default)).Count(r => r.Status == DeliveryStatus.Pending);
                if (pending == 0 || ticks == MaxTicks) break;
                var idle = Stopwatch.GetTimestamp();
                await soon.WaitAsync(interval, TimeProvider.System, CancellationToken.None);
                between += Stopwatch.GetElapsedTime(idle);
            }
            clock.Stop();

            var rows = (await deliveries.ListAsync(BenchCampaign.Name, default)).ToDictionary(r => r.MemberId);
            Report(recipients, ids, rows, teams, clock.Elapsed, ticks, between);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
        }
    }

    static void Report(int recipients, IReadOnlyList<string> ids, IReadOnlyDictionary<string, Delivery> rows, FaultyTeams teams,
        TimeSpan elapsed, int ticks, TimeSpan between)
    {
        int Rows(DeliveryStatus s) => rows.Values.Count(r => r.Status == s);
        var uncertain = rows.Values.Where(r => r.Status == DeliveryStatus.Uncertain).ToList();
        var uncertainReceived = uncertain.Count(r => teams.Received(r.MemberId) > 0);
        // Lost: the member received nothing and no one is told to act: the row says Sent, Failed or NoChat. A Pending
        // row goes at a later tick. An Uncertain row is shown to the office, which may send it again (warned that some
        // may get it twice), so it is counted apart, with what the stub knows of it.
        var lost = ids.Count(id => rows[id].Status is not (DeliveryStatus.Uncertain or DeliveryStatus.Pending) && teams.Received(id) == 0);
        var duplicates = ids.Count(id => teams.Received(id) > 1);
        var minimum = (double)recipients / TeamsLimit;
        // Every request counts toward the limit, a refused one too: the messages and the chats to create must succeed,
        // each refused one time in four, and nothing gets through the outage.
        var chatsToCreate = teams.Roster.Count;
        var floor = (recipients + chatsToCreate) / (1 - FaultyTeams.StormShare) / TeamsLimit + OutageLength.TotalSeconds;
        var inFlight = teams.PostsInFlightAtOutage();
        var (metOutage, afterFirstAnswer) = teams.PostsInOutage();
        var failed = Rows(DeliveryStatus.Failed);
        var noChat = Rows(DeliveryStatus.NoChat);

        Console.WriteLine($"N = {recipients:N0} ({recipients - chatsToCreate:N0} with a stored chat, {chatsToCreate:N0} to reach through a new chat)");
        Console.WriteLine($"  elapsed          {elapsed.TotalSeconds:F1} s in {ticks} job tick(s), {between.TotalSeconds:F1} s of it waiting between ticks");
        Console.WriteLine($"  rows             Sent {Rows(DeliveryStatus.Sent):N0}, Uncertain {uncertain.Count}, Pending {Rows(DeliveryStatus.Pending)}" +
                          (failed + noChat > 0 ? $", Failed {failed}, NoChat {noChat}" : "") +
                          $"; {teams.ChatsCreated:N0} chats created for members who had none");
        Console.WriteLine($"  lost             {lost}  (members who received nothing although their row says Sent, Failed or NoChat; goal 0)");
        Console.WriteLine($"  uncertain        {uncertain.Count}: {uncertainReceived} in fact delivered, {uncertain.Count - uncertainReceived} not; the sender never " +
                          "sends an Uncertain row again by itself, so those not delivered are lost unless the office sends them again from the " +
                          "delivery view (which warns that some may receive it twice)");
        Console.WriteLine($"  duplicates       {duplicates}  (members who received the message more than once; goal 0)");
        Console.WriteLine($"  in flight        {inFlight} message posts had left and were unanswered when the outage began (goal: Uncertain <= this); " +
                          $"{metOutage} message posts met it, {afterFirstAnswer} of them sent after the bot's first answer from it");
        Console.WriteLine($"  vs minimum       {elapsed.TotalSeconds / minimum:F2} x the fault-free minimum of {minimum:F0} s ({recipients:N0} / {TeamsLimit} per s; goal <= 1.6); " +
                          $"these faults allow no less than {floor:F0} s ({floor / minimum:F2} x): {recipients + chatsToCreate:N0} POSTs must succeed " +
                          $"while {FaultyTeams.StormShare:P0} are refused, at {TeamsLimit} requests/s, plus the outage");
        Console.WriteLine($"  at the stub      {teams.Sends:N0} message posts, {teams.Creates:N0} chat creations, {teams.RosterPages} roster pages, " +
                          $"{teams.Probes} probes; 429 {teams.Count(Fate.Storm):N0} at random and {teams.Count(Fate.Limit)} over the limit; " +
                          $"in the outage {teams.Count(Fate.Unavailable)} x 503, {teams.Count(Fate.NeverConnected)} connections never made, " +
                          $"{teams.Count(Fate.DroppedActedOn, Fate.DroppedNotActedOn)} dropped after reaching Teams; busiest second {teams.MostInAnySecond()} requests");
    }

    /// N members through the real stores: even ones with a stored 1:1 chat, odd ones without (they are in the network
    /// team's roster, so the sender creates their chat). One Pending row each in the campaign. The bot knows the team.
    static async Task<IReadOnlyList<string>> SeedAsync(IServiceProvider services, FaultyTeams teams, int recipients)
    {
        await services.GetRequiredService<IConversationStore>().SaveAsync(new ConversationReference
        {
            ConversationId = Team, ConversationType = "channel", ServiceUrl = ServiceUrl, ChannelId = "msteams", TenantId = Tenant, TeamId = Team,
        }, default);
        return await FanOutBench.SeedAsync(services, recipients, Tenant, ServiceUrl, withoutChat: (i, account) =>
        {
            if (i % 2 == 0) return false;
            teams.Roster.Add(account);
            return true;
        });
    }
}
