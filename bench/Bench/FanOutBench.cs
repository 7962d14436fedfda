// Fan-out of one campaign to N members: the real ProactiveSender, stores and clock, against a connector stub that
// enforces Teams' limit (50 requests per second per app per tenant, a sliding one-second window, 429 with Retry-After
// beyond) with 50-150 ms per send. Goals: 50 recipients in <= 3 s, 5,000 in <= 150 s (the limit allows no less than
// 1 s and 100 s). Prints figures; asserts nothing.
using System.Diagnostics;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Storage;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Activity = FocalBot.Bot.Protocol.Activity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

static class FanOutBench
{
    const string Tenant = "00000000-0000-4000-8000-000000000001";
    const int TeamsLimit = 50;

    public static async Task RunAsync(string[] args)
    {
        var sizes = args.Length > 0 ? args.Select(int.Parse).ToArray() : [50, 5000];
        Console.WriteLine($"Fan-out: real ProactiveSender and SQLite stores, stub connector at {TeamsLimit} requests/s per tenant, " +
                          $"50-150 ms per send, {Environment.ProcessorCount} cores");
        foreach (var n in sizes) await RunOneAsync(n);
    }

    static async Task RunOneAsync(int recipients)
    {
        var db = Path.Combine(Path.GetTempPath(), $"focalbot-fanout-{Guid.NewGuid():N}.db");
        var connector = new ThrottlingConnector(TeamsLimit, seed: 42);
        try
        {
            await using (var bot = new FanOutBot(db, connector))
            {
                var services = bot.Services;
                await SeedAsync(services, recipients);
                var sender = services.GetRequiredService<ProactiveSender>();
                var delivery = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DeliveryOptions>>().Value;

                var clock = Stopwatch.StartNew();
                var sent = await sender.SendWaitingAsync(CancellationToken.None);
                clock.Stop();

                var rows = await services.GetRequiredService<IDeliveryStore>().ListAsync(BenchCampaign.Name, default);
                var seconds = clock.Elapsed.TotalSeconds;
                var goal = recipients <= 50 ? 3.0 : recipients * 150.0 / 5000;
                Console.WriteLine(
                    $"N = {recipients,5}: {seconds,7:F2} s  {sent / seconds,5:F1} sends/s  429s {connector.Throttled,3}  " +
                    $"rows Sent {rows.Count(r => r.Status == DeliveryStatus.Sent)}/{recipients}  " +
                    $"busiest second at the stub {connector.MostInAnySecond()}  " +
                    $"(goal <= {goal:F0} s, physical minimum {(double)recipients / TeamsLimit:F0} s; " +
                    $"{delivery.RequestsPerSecond}/s, {delivery.MaxConcurrency} in flight)");
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
        }
    }

    /// N members with a stored 1:1 chat each, and one Pending row each in the campaign, through the real stores.
    static Task SeedAsync(IServiceProvider services, int recipients) =>
        SeedAsync(services, recipients, Tenant, "https://smba.trafficmanager.net/emea/", withoutChat: null);

    /// N members through the real stores, each with one Pending row in the campaign. Those `withoutChat` takes (given
    /// their number and Teams account) have no stored 1:1 chat; the others have one.
    internal static async Task<IReadOnlyList<string>> SeedAsync(IServiceProvider services, int recipients, string tenant, string serviceUrl,
        Func<int, ChannelAccount, bool>? withoutChat)
    {
        var members = services.GetRequiredService<IMemberDirectory>();
        var conversations = services.GetRequiredService<IConversationStore>();
        var ids = new List<string>();
        for (var i = 0; i < recipients; i++)
        {
            var id = $"m-{i:D5}";
            var aad = $"a0000000-0000-4000-8000-{i:D12}";
            await members.SaveAsync(new Member
            {
                Id = id, DisplayName = $"Focal point {i}", Role = MemberRole.FocalPoint, AadObjectId = aad, TenantId = tenant,
            }, default);
            if (withoutChat?.Invoke(i, new ChannelAccount { Id = $"29:{id}", AadObjectId = aad, Name = $"Focal point {i}" }) != true)
                await conversations.SaveAsync(new ConversationReference
                {
                    ConversationId = $"a:{id}", ConversationType = "personal", ServiceUrl = serviceUrl,
                    ChannelId = "msteams", TenantId = tenant, UserId = $"29:{id}", UserAadObjectId = aad,
                }, default);
            ids.Add(id);
        }
        await services.GetRequiredService<IDeliveryStore>().AddPendingAsync(BenchCampaign.Name, ids, DateTimeOffset.UtcNow, default);
        return ids;
    }

    /// The most of these moments (Stopwatch timestamps) that fall within any one second.
    internal static int MostInAnySecond(IEnumerable<long> timestamps)
    {
        long[] sorted = [.. timestamps.Order()];
        var most = 0;
        for (int first = 0, last = 0; first < sorted.Length; first++)
        {
            while (last < sorted.Length && Stopwatch.GetElapsedTime(sorted[first], sorted[last]) < TimeSpan.FromSeconds(1)) last++;
            most = Math.Max(most, last - first);
        }
        return most;
    }
}

/// The bot with its job runner's background loop off (the benchmark calls the sender, or runs the ticks, itself) and no
/// job but the sender: the other jobs would queue campaigns of their own (the yearly details check goes to every member).
sealed class FanOutBot(string db, IConnector connector) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder web) => web
        .UseEnvironment("Production")
        .UseSetting("Storage:Sqlite:Path", db)
        .UseSetting("Demo:Seed", "false")
        .UseSetting("Jobs:Enabled", "false")
        .ConfigureLogging(l => l.ClearProviders())
        .ConfigureTestServices(s =>
        {
            s.RemoveAll<IJob>();
            s.AddSingleton(connector).AddCampaign<BenchCampaign, int>();
        });
}

sealed class BenchCampaign : ICampaign<int>
{
    public static readonly string Name = Key(1);

    public static string Prefix => "bench-fanout/";

    public static string Key(int n) => Prefix + n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool TryParse(string key, out int n) => int.TryParse(CampaignKey.Rest(key, Prefix), out n);

    public Task<Activity?> MessageAsync(int n, Member member, CancellationToken ct) =>
        Task.FromResult<Activity?>(new() { Type = ActivityTypes.Message, Text = "A new information request." });
}

/// Teams' connector as far as limits go: a request is counted when it arrives (half its latency after it leaves), in a
/// sliding one-second window per tenant where every request counts, a refused one too; beyond the limit it answers 429
/// with Retry-After: 1. Latency is 50-150 ms, from a seeded generator.
sealed class ThrottlingConnector(int limit, int seed) : IConnector
{
    readonly Lock _gate = new();
    readonly Random _random = new(seed);
    readonly Dictionary<string, Queue<long>> _window = new();
    readonly List<long> _arrivals = [];
    int _throttled, _ids;

    public int Throttled => _throttled;

    public async Task<SendResult> SendAsync(ConversationReference to, Activity activity, CancellationToken ct)
    {
        int latencyMs;
        lock (_gate) latencyMs = _random.Next(50, 151);
        await Task.Delay(latencyMs / 2, ct);

        bool refused;
        lock (_gate)
        {
            var now = Stopwatch.GetTimestamp();
            var tenant = to.TenantId ?? "";
            if (!_window.TryGetValue(tenant, out var recent)) _window[tenant] = recent = new Queue<long>();
            while (recent.TryPeek(out var oldest) && Stopwatch.GetElapsedTime(oldest, now) >= TimeSpan.FromSeconds(1)) recent.Dequeue();
            refused = recent.Count >= limit;
            recent.Enqueue(now);
            _arrivals.Add(now);
        }

        await Task.Delay(latencyMs - latencyMs / 2, ct);
        if (refused)
        {
            Interlocked.Increment(ref _throttled);
            return new SendResult(SendStatus.Throttled, HttpStatus: 429, ErrorCode: "Throttled", RetryAfter: TimeSpan.FromSeconds(1));
        }
        return new SendResult(SendStatus.Sent, $"1:{Interlocked.Increment(ref _ids)}", 201);
    }

    /// The most requests that arrived within any one second.
    public int MostInAnySecond()
    {
        lock (_gate) return FanOutBench.MostInAnySecond([.. _arrivals]);
    }

    public Task<SendResult> UpdateAsync(ConversationReference to, string activityId, Activity activity, CancellationToken ct) =>
        throw new NotSupportedException();

    public Task<CreateConversationResult> CreatePersonalConversationAsync(string serviceUrl, string tenantId, string userId, CancellationToken ct) =>
        throw new NotSupportedException();

    public Task<MembersPage> GetPagedMembersAsync(ConversationReference conversation, string? continuationToken, CancellationToken ct) =>
        throw new NotSupportedException();
}
