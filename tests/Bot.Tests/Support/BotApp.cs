using System.Net;
using System.Net.Http.Json;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Storage;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace FocalBot.Bot.Tests.Support;

/// The bot in a test host: its own SQLite file, a connector that records sends, a fake clock and a logger that keeps
/// every line. One per test, disposed with it.
public sealed class BotApp : WebApplicationFactory<Program>
{
    readonly string _db = Path.Combine(Path.GetTempPath(), $"focalbot-{Guid.NewGuid():N}.db");
    readonly string _exports = Path.Combine(Path.GetTempPath(), $"focalbot-exports-{Guid.NewGuid():N}");
    readonly Dictionary<string, string?> _settings = new();
    readonly List<Action<IServiceCollection>> _services = [];

    public FakeConnector Connector { get; } = new();
    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    public CapturingLoggerProvider Logs { get; } = new();

    /// The caller's address as the server sees it; loopback unless a test says otherwise.
    public IPAddress RemoteAddress { get; set; } = IPAddress.Loopback;

    string _environment = "Development";
    List<Member> _members = [AMember.Elise(language: null), AMember.Jonas()];

    /// The members the directory starts with (by default Élise and Jonas, the senders of the payloads, with no
    /// language preference).
    public BotApp WithMembers(params Member[] members) { _members = [.. members]; return this; }

    public BotApp Environment(string name) { _environment = name; return this; }
    public BotApp Setting(string key, string? value) { _settings[key] = value; return this; }
    public BotApp WithServices(Action<IServiceCollection> configure) { _services.Add(configure); return this; }

    protected override void ConfigureWebHost(IWebHostBuilder web)
    {
        web.UseEnvironment(_environment)
            .UseSetting("Storage:Kind", "Sqlite")
            .UseSetting("Storage:Sqlite:Path", _db)
            .UseSetting("Demo:Seed", "false")
            // Beside the temp database by default, files and key would be shared by every test.
            .UseSetting("Exports:Path", _exports)
            .UseSetting("Exports:SigningKey", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)))
            .UseSetting("Jobs:Enabled", "false")   // tests run job ticks themselves, with the fake clock
            .UseSetting("Logging:LogLevel:Default", "Trace")
            .UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Trace")
            .UseSetting("Logging:LogLevel:System.Net.Http.HttpClient", "Trace");
        foreach (var (key, value) in _settings) web.UseSetting(key, value);
        web.ConfigureLogging(l => l.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace))
            .ConfigureTestServices(s =>
            {
                s.AddSingleton<TimeProvider>(Clock);
                s.AddSingleton<IConnector>(Connector);
                // First of all, as the server's socket would be: the bot records it before anything else runs.
                s.Insert(0, ServiceDescriptor.Singleton<IStartupFilter>(new RemoteAddressFilter(() => RemoteAddress)));
                s.AddHostedService(sp => new SeedMembers(sp.GetRequiredService<IMemberDirectory>(), _members));
                foreach (var configure in _services) configure(s);
            });
    }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    public IMemberDirectory Members => Service<IMemberDirectory>();

    /// Stores the member as given, replacing the stored one with the same id.
    public async Task<Member> Given(Member member)
    {
        var current = await Members.GetAsync(member.Id, default);
        var saved = Assert.IsType<SaveResult.Saved>(await Members.SaveAsync(member with { Version = current?.Version }, default));
        return member with { Version = saved.Version };
    }
    public IConversationStore Conversations => Service<IConversationStore>();

    /// POSTs an activity (JSON text) to /api/messages, with an optional bearer token and headers.
    public async Task<HttpResponseMessage> PostAsync(string json, string? token = null, IEnumerable<(string Name, string Value)>? headers = null)
    {
        var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        if (token is not null) request.Headers.Authorization = new("Bearer", token);
        foreach (var (name, value) in headers ?? []) request.Headers.Add(name, value);
        return await client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostAsync(Payload payload, string? token = null) => PostAsync(payload.Json, token);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _db, _db + "-wal", _db + "-shm" })
            try { File.Delete(file); } catch (IOException) { }
        try { if (Directory.Exists(_exports)) Directory.Delete(_exports, recursive: true); } catch (IOException) { }
    }

    sealed class SeedMembers(IMemberDirectory directory, IReadOnlyList<Member> members) : FocalBot.Bot.Scheduling.StartupTask
    {
        public override async Task StartingAsync(CancellationToken ct)
        {
            foreach (var member in members) await directory.SaveAsync(member, ct);
        }
    }

    /// TestServer leaves RemoteIpAddress empty; the local-development switch needs to see where a call comes from.
    sealed class RemoteAddressFilter(Func<IPAddress> address) : IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use(nextMiddleware => context =>
            {
                context.Connection.RemoteIpAddress = address();
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
