// Message-turn latency and throughput of the bot on loopback HTTP, with SQLite on disk and a connector that answers at
// once: p50/p99 and activities/s with one sender, then with N concurrent senders (default 8). Goal on a 2-core machine:
// p50 <= 3 ms, p99 <= 10 ms at 8 senders. Prints figures; asserts nothing.
// "fanout [N...]" runs the proactive fan-out benchmark instead (FanOutBench.cs), then counts the storage writes of one
// answer (AnswerWritesBench.cs). "fanout faults [N...]" runs the fan-out under Teams' bad day instead (FanOutFaultBench.cs).
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using FocalBot.Bot.Protocol;
using Activity = FocalBot.Bot.Protocol.Activity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

static class Bench
{
    static async Task Main(string[] args)
    {
        if (args is ["fanout", "faults", .. var faultSizes])
        {
            await FanOutFaultBench.RunAsync(faultSizes);   // FanOutFaultBench.cs
            return;
        }
        if (args is ["fanout", .. var sizes])
        {
            await FanOutBench.RunAsync(sizes);   // FanOutBench.cs
            await AnswerWritesBench.RunAsync();   // AnswerWritesBench.cs
            return;
        }

        var turns = args.Length > 0 ? int.Parse(args[0]) : 5000;
        var concurrency = args.Length > 1 ? int.Parse(args[1]) : 8;
        var db = Path.Combine(Path.GetTempPath(), $"focalbot-bench-{Guid.NewGuid():N}.db");

        await using var bot = new BenchBot(db);
        bot.UseKestrel(0);
        bot.StartServer();
        using var http = new HttpClient { BaseAddress = new Uri(bot.ClientOptions.BaseAddress.ToString()) };
        Console.WriteLine($"Bot on {http.BaseAddress}, SQLite at a temp file, {Environment.ProcessorCount} cores");

        // Warm-up: JIT, connection pool, SQLite pages.
        for (var i = 0; i < 500; i++) await SendAsync();

        Console.WriteLine(Measure(1, turns, await RunAsync(1, turns)));
        Console.WriteLine(Measure(concurrency, turns * 2, await RunAsync(concurrency, turns * 2)));
        Console.WriteLine($"Connector sends recorded: {bot.Connector.Count}");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);

        // Each sender posts the next turn when its previous one is answered; every turn's latency is kept.
        async Task<(double[] Latencies, TimeSpan Elapsed)> RunAsync(int senders, int total)
        {
            var latencies = new double[total];
            var next = -1;
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, senders).Select(async _ =>
            {
                for (var i = Interlocked.Increment(ref next); i < total; i = Interlocked.Increment(ref next))
                {
                    var started = Stopwatch.GetTimestamp();
                    await SendAsync();
                    latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                }
            }));
            clock.Stop();
            Array.Sort(latencies);
            return (latencies, clock.Elapsed);
        }

        static string Measure(int senders, int total, (double[] Latencies, TimeSpan Elapsed) run)
        {
            var l = run.Latencies;
            double Pct(double p) => l[(int)Math.Min(l.Length - 1, Math.Ceiling(p * l.Length) - 1)];
            return $"{senders} sender(s): {total} message turns  p50 {Pct(0.50):F2} ms  p90 {Pct(0.90):F2} ms  p99 {Pct(0.99):F2} ms  " +
                   $"max {l[^1]:F2} ms  {total / run.Elapsed.TotalSeconds:F0} activities/s";
        }

        async Task SendAsync()
        {
            var json = Json(Guid.NewGuid().ToString("N"));
            using var content = new StringContent(json, Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await http.PostAsync("/api/messages", content);
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Bot answered {(int)response.StatusCode}");
        }

        static string Json(string id) => """
            {"type":"message","id":"ACTIVITY-ID","text":"help","textFormat":"plain","locale":"en-GB","channelId":"msteams",
             "serviceUrl":"http://127.0.0.1:9/_connector/",
             "from":{"id":"29:bench-user","aadObjectId":"a0000000-0000-4000-8000-000000000003"},
             "recipient":{"id":"28:bench-bot","name":"FocalBot"},
             "conversation":{"id":"a:bench-personal","conversationType":"personal","tenantId":"00000000-0000-4000-8000-000000000001"},
             "channelData":{"tenant":{"id":"00000000-0000-4000-8000-000000000001"}}}
            """.Replace("ACTIVITY-ID", id);
    }
}

sealed class BenchBot(string db) : WebApplicationFactory<Program>
{
    public CountingConnector Connector { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder web) => web
        .UseEnvironment("Development")
        .UseSetting("Storage:Sqlite:Path", db)
        .UseSetting("Demo:Seed", "true")
        .ConfigureLogging(l => l.ClearProviders())
        .ConfigureTestServices(s => s.AddSingleton<IConnector>(Connector));
}

/// A connector stub that answers every send at once.
sealed class CountingConnector : IConnector
{
    int _count;
    public int Count => _count;

    public Task<SendResult> SendAsync(ConversationReference to, Activity activity, CancellationToken ct) =>
        Task.FromResult(new SendResult(SendStatus.Sent, $"m{Interlocked.Increment(ref _count)}", 201));

    public Task<SendResult> UpdateAsync(ConversationReference to, string activityId, Activity activity, CancellationToken ct) =>
        Task.FromResult(new SendResult(SendStatus.Sent, activityId, 200));

    public Task<CreateConversationResult> CreatePersonalConversationAsync(string serviceUrl, string tenantId, string userId, CancellationToken ct) =>
        Task.FromResult(new CreateConversationResult(new SendResult(SendStatus.Sent), "a:" + userId));

    public Task<MembersPage> GetPagedMembersAsync(ConversationReference conversation, string? continuationToken, CancellationToken ct) =>
        Task.FromResult(new MembersPage([], null));
}
