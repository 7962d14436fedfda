using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace FocalBot.EndToEnd.Playground;

[CollectionDefinition(Name)]
public sealed class PlaygroundCollection : ICollectionFixture<PlaygroundFixture>
{
    public const string Name = "Playground";
}

/// One bot and one Agents Playground for the whole end-to-end run, both on loopback, with a fresh SQLite file and the
/// demo network seeded. Builds nothing: the test command builds the solution and runs `npm ci` in playground/ first.
public class PlaygroundFixture : IAsyncLifetime
{
    readonly string _work = Path.Combine(Path.GetTempPath(), $"focalbot-e2e-{Guid.NewGuid():N}");
    HttpClient? _http;
    bool _disposed;

    public ChildProcess? Bot { get; private set; }

    /// Where the bot listens: a free port, never the default 3978, and the public address its links start from.
    public Uri BotUrl { get; private set; } = null!;
    public ChildProcess? Playground { get; private set; }
    public Uri PlaygroundUrl { get; private set; } = null!;
    public PlaygroundClient Client { get; private set; } = null!;

    /// Every playground→bot POST and bot→connector call, with bodies: the only place replies in other users' chats show.
    public EventStream Log { get; private set; } = null!;

    /// What the current user's Teams client shows: created and updated messages, with their message ids.
    public EventStream Chat { get; private set; } = null!;

    string PlaygroundLogFile => Path.Combine(_work, "playground", "m365agentsplayground.log");
    string RecordingFile => Path.Combine(_work, "playground", "events_recording.log");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_work);
        try
        {
            var bot = BotUrl = await StartBotAsync();
            PlaygroundUrl = await StartPlaygroundAsync(bot);
            _http = Loopback();
            _http.BaseAddress = PlaygroundUrl;
            Client = new PlaygroundClient(_http);

            using var cts = new CancellationTokenSource(Waits.Start);
            Log = await EventStream.ConnectAsync("log", Socket("_ws/log/stream"), cts.Token);
            Chat = await EventStream.ConnectAsync("chat", Socket("_ws_conversation/v1/conversations/stream"), cts.Token);

            await CheckDemoNetworkAsync();
        }
        catch (Exception e)
        {
            var output = Output(withPlaygroundLog: true);
            await DisposeAsync();
            throw new InvalidOperationException($"The end-to-end setup failed: {e.Message}\n{output}", e);
        }
    }

    async Task<Uri> StartBotAsync()
    {
        var dll = Repo.PathTo("src", "Bot", "bin", Repo.Configuration, Repo.TargetFramework, "FocalBot.Bot.dll");
        if (!File.Exists(dll))
            throw new InvalidOperationException($"{dll} is missing: build the solution first (dotnet build FocalBot.sln -c {Repo.Configuration}).");

        for (var attempt = 1; ; attempt++)
        {
            var url = new Uri($"http://127.0.0.1:{FreePort()}");
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _work };
            start.ArgumentList.Add(dll);
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add(url.ToString().TrimEnd('/'));
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
            start.Environment["Storage__Sqlite__Path"] = Path.Combine(_work, "focalbot.db");
            start.Environment["Demo__Seed"] = "true";
            start.Environment["Network__ChannelId"] = Demo.RequestsChannel;   // the network's channel, where requests are posted
            start.Environment["Bot__PublicUrl"] = url.ToString().TrimEnd('/');   // as run-local.sh does: every link points at this bot
            start.Environment["NO_PROXY"] = start.Environment["no_proxy"] = "127.0.0.1,localhost";   // its connector calls
            start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";   // the ready line below
            start.Environment["Logging__Console__ColorBehavior"] = "Disabled";
            ConfigureBot(start.Environment);

            Bot = ChildProcess.Start("bot", start);
            var ready = await Bot.WaitForLineAsync(l => l.Contains("Application started"), Waits.Start);
            if (ready is not null)
            {
                using var http = Loopback();
                using var health = await http.GetAsync(new Uri(url, "/healthz"));
                if (health.IsSuccessStatusCode) return url;
                throw new InvalidOperationException($"The bot's /healthz answered {(int)health.StatusCode}.");
            }
            // Another process took the free port between our check and the bot's bind: try another.
            if (attempt < 3 && Bot.Output().Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                await Bot.DisposeAsync();
                continue;
            }
            throw new InvalidOperationException("The bot stopped before it was ready.");
        }
    }

    /// Settings of a fixture's own, added to the bot's environment.
    protected virtual void ConfigureBot(IDictionary<string, string?> environment) { }

    async Task<Uri> StartPlaygroundAsync(Uri bot)
    {
        var root = Repo.PathTo("playground");
        var cli = Path.Combine(root, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
        if (!File.Exists(cli))
            throw new InvalidOperationException($"{cli} is missing: run `npm ci --no-audit --no-fund` in playground/ first.");
        var dir = Path.Combine(_work, "playground");   // its working folder: no stray config or devTools/ elsewhere
        Directory.CreateDirectory(dir);

        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var start = new ProcessStartInfo("node") { WorkingDirectory = dir };
            foreach (var arg in (string[])[
                "--import", new Uri(Path.Combine(root, "loopback.mjs")).AbsoluteUri,
                cli, "start",
                "--app-endpoint", new Uri(bot, "/api/messages").ToString(),
                "--port", port.ToString(),
                "--service-url", $"http://127.0.0.1:{port}/_connector",
                "--channel-id", "msteams",
                "--enable-events-recording",   // the only record of the URL, so the conversation, of each bot post
                "--disable-telemetry"])
                start.ArgumentList.Add(arg);
            start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
            start.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = Path.Combine(root, ".m365agentsplayground.yml");
            start.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = PlaygroundLogFile;
            start.Environment["M365_AGENTS_PLAYGROUND_RECORDING_FILE"] = Path.Combine(dir, "events_recording.log");
            start.Environment["NO_PROXY"] = start.Environment["no_proxy"] = "127.0.0.1,localhost";
            start.Environment["LANG"] = start.Environment["LC_ALL"] = "en_US.UTF-8";   // the current user's locale: en-US

            Playground = ChildProcess.Start("playground", start);
            var listening = await Playground.WaitForLineAsync(l => l.Contains("Listening on "), Waits.Start)
                            ?? throw new InvalidOperationException("The Playground stopped before it listened.");
            var actual = int.Parse(listening[(listening.LastIndexOf(' ') + 1)..]);
            if (actual != port)
            {
                // It silently moves to a random port when ours was taken meanwhile; its --service-url would be wrong.
                await Playground.DisposeAsync();
                if (attempt < 3) continue;
                throw new InvalidOperationException($"The Playground listened on {actual}, not {port}.");
            }

            // A bad config still listens but never mounts its routes ("Failed to start … Reason" in its log).
            var url = new Uri($"http://127.0.0.1:{port}/");
            using var http = Loopback();
            using var ping = await http.GetAsync(new Uri(url, "_debug/ping"));
            if (ping.IsSuccessStatusCode && await ping.Content.ReadAsStringAsync() == "pong") return url;
            throw new InvalidOperationException($"The Playground did not mount its routes (ping: {(int)ping.StatusCode}).");
        }
    }

    /// The Playground's users must be the bot's demo members, or every turn is from a stranger.
    async Task CheckDemoNetworkAsync()
    {
        var config = (await Client.TestConfigAsync())["config"];
        var found = $"{config?["tenantId"]} {config?["bot"]?["id"]} {config?["currentUser"]?["id"]} {config?["currentUser"]?["aadObjectId"]} {config?["personalChat"]?["id"]}";
        var expected = $"{Demo.TenantId} {Demo.BotId} {Demo.Sophie.Id} {Demo.Sophie.AadObjectId} {Demo.PersonalChat}";
        if (found != expected) throw new InvalidOperationException($"The Playground's config is not the demo network: {found}, expected {expected}.");
        var elise = config?["users"]?.AsArray().FirstOrDefault(u => (string?)u?["id"] == Demo.Elise.Id);
        if ((string?)elise?["aadObjectId"] != Demo.Elise.AadObjectId) throw new InvalidOperationException($"Élise is not in the Playground's users as {Demo.Elise}.");
    }

    /// The conversation a bot→connector call on the log stream went to. The bot's activities carry no `conversation`
    /// (the URL does), so the log item has none; the events recording keeps the URL under the same log id, and is
    /// written before the log item is streamed.
    public string? PostedTo(JsonNode logEvent)
    {
        var id = (string?)logEvent["log"]?["id"];
        if (id is null || !File.Exists(RecordingFile)) return null;
        using var file = new FileStream(RecordingFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var records = new StreamReader(file).ReadToEnd().Split("\n---\n");
        foreach (var record in records.Reverse())
        {
            if (!record.Contains(id, StringComparison.Ordinal)) continue;
            JsonNode? item;
            try { item = JsonNode.Parse(record); }
            catch (System.Text.Json.JsonException) { continue; }   // one being appended right now
            if ((string?)item?["logId"] != id) continue;
            var path = ((string?)item?["request"]?["url"] ?? "").Split('?')[0].Split('/');
            var at = Array.IndexOf(path, "conversations");   // /_connector/v3/conversations/{id}/activities[/{replyTo}]
            return at >= 0 && at + 1 < path.Length ? Uri.UnescapeDataString(path[at + 1]) : null;
        }
        return null;
    }

    Uri Socket(string path) => new UriBuilder(new Uri(PlaygroundUrl, path)) { Scheme = "ws" }.Uri;

    /// Everything here is on loopback: never through a proxy the environment may name.
    static HttpClient Loopback() => new(new SocketsHttpHandler { UseProxy = false }) { Timeout = Waits.Http };

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// Both processes' output from the given line numbers on, and the Playground's own log if asked.
    public string Output(int botSince = 0, int playgroundSince = 0, bool withPlaygroundLog = false)
    {
        var parts = new List<string>();
        if (Bot is not null) parts.Add(Bot.Output(botSince));
        if (Playground is not null) parts.Add(Playground.Output(playgroundSince));
        if (withPlaygroundLog && File.Exists(PlaygroundLogFile))
        {
            try { parts.Add($"--- playground log ---\n{Tail(File.ReadAllText(PlaygroundLogFile), 20_000)}"); }
            catch (IOException) { }
        }
        return string.Join('\n', parts);
    }

    static string Tail(string text, int chars) => text.Length <= chars ? text : "…" + text[^chars..];

    public async Task DisposeAsync()
    {
        if (_disposed) return;   // once after a failed start, again from xunit
        _disposed = true;
        if (Chat is not null) await Chat.DisposeAsync();
        if (Log is not null) await Log.DisposeAsync();
        _http?.Dispose();
        if (Playground is not null) await Playground.DisposeAsync();
        if (Bot is not null) await Bot.DisposeAsync();
        try { Directory.Delete(_work, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
