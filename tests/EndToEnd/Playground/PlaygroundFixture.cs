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

/// One bot and, as run-local.sh starts them, one Agents Playground per person of playground/network.json, each acting
/// as its person, on consecutive ports, all on loopback, with a fresh SQLite file and the demo network seeded. The first
/// person's (the office's, Sophie's) is <see cref="Playground"/>; a test acts as another person in theirs
/// (<see cref="PlaygroundOf"/>), or as them through the office's. Builds nothing: the test command builds the solution
/// and runs `npm ci` in playground/ first.
public class PlaygroundFixture : IAsyncLifetime
{
    readonly string _work = Path.Combine(Path.GetTempPath(), $"focalbot-e2e-{Guid.NewGuid():N}");
    bool _disposed;

    public ChildProcess? Bot { get; private set; }

    /// The bot's SQLite file: a test that stands for days passing changes records there through the bot's own stores.
    public string DatabaseFile => Path.Combine(_work, "focalbot.db");

    /// Where the bot listens: a free port, never the default 3978, and the public address its links start from.
    public Uri BotUrl { get; private set; } = null!;
    public ChildProcess? Playground { get; private set; }
    public Uri PlaygroundUrl { get; private set; } = null!;
    public PlaygroundClient Client { get; private set; } = null!;

    /// Every playground→bot POST and bot→connector call, with bodies: the only place replies in other users' chats show.
    public EventStream Log { get; private set; } = null!;

    /// What the current user's Teams client shows: created and updated messages, with their message ids.
    public EventStream Chat { get; private set; } = null!;

    string PlaygroundLogFile => Path.Combine(_work, "playground-sophie", "m365agentsplayground.log");
    string RecordingFile => Path.Combine(_work, "playground-sophie", "events_recording.log");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_work);
        try
        {
            BotUrl = await StartBotAsync();
            await StartPlaygroundsAsync();
            if (MeetEveryone)
                foreach (var person in _people) await person.Client.InstallAsync(person.PersonalChat);
            var office = _people[0];
            (Playground, PlaygroundUrl, Client, Chat) = (office.Process, office.Url, office.Client, office.Chat);

            using var cts = new CancellationTokenSource(Waits.Start);
            Log = await EventStream.ConnectAsync("log", Socket("_ws/log/stream"), cts.Token);

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
            start.Environment["Storage__Sqlite__Path"] = DatabaseFile;
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

    /// As run-local.sh does, the bot meets each person's personal chat at their own Playground at the start, so what it
    /// sends them one to one arrives there. A fixture for a network nobody has used yet says no.
    protected virtual bool MeetEveryone => true;

    /// Settings of a fixture's own, added to the bot's environment.
    protected virtual void ConfigureBot(IDictionary<string, string?> environment) { }

    /// Every person's Playground, as run-local.sh starts them: configure.mjs writes one configuration per person and
    /// gives each a port, consecutive from a base; the whole row is tried again on other ports if one was taken.
    async Task StartPlaygroundsAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            var people = await ConfigureAsync(ConsecutiveFreePorts(Count(Repo.PathTo("playground", "network.json"))));
            try
            {
                foreach (var person in people) _people.Add(await StartPlaygroundAsync(person));
                return;
            }
            catch (PortTakenException) when (attempt < 3)
            {
                foreach (var started in _people) await started.DisposeAsync();
                _people.Clear();
            }
        }
    }

    static int Count(string networkJson) => JsonNode.Parse(File.ReadAllText(networkJson))!["people"]!.AsArray().Count;

    /// configure.mjs's lines: key, port, name, role, language, personal chat id; the office first.
    async Task<IReadOnlyList<string[]>> ConfigureAsync(int basePort)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = _work, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])[Repo.PathTo("playground", "configure.mjs"), ConfigFolder, basePort.ToString()]) start.ArgumentList.Add(arg);
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        if (node.ExitCode != 0) throw new InvalidOperationException($"configure.mjs failed: {await errors}");
        return [.. (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('\t'))];
    }

    string ConfigFolder => Path.Combine(_work, "config");

    /// The Playground of a person of playground/network.json (their key: "elise"), acting as them: the bot answers
    /// their conversations there once they used it.
    public PersonPlayground PlaygroundOf(string person) =>
        _people.FirstOrDefault(p => p.Key == person) ?? throw new ArgumentException($"{person} is not a person of playground/network.json.", nameof(person));

    readonly List<PersonPlayground> _people = [];

    /// A person's Playground, configured as that person, at the port configure.mjs gave them, in a folder of its own
    /// (its working folder: no stray config or devTools/), with its chat stream connected before any traffic.
    async Task<PersonPlayground> StartPlaygroundAsync(string[] line)
    {
        var (person, port, chat) = (line[0], int.Parse(line[1]), line[5]);
        var dir = Path.Combine(_work, $"playground-{person}");
        var root = Repo.PathTo("playground");
        var cli = Path.Combine(root, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
        if (!File.Exists(cli))
            throw new InvalidOperationException($"{cli} is missing: run `npm ci --no-audit --no-fund` in playground/ first.");
        Directory.CreateDirectory(dir);

        {
            var start = new ProcessStartInfo("node") { WorkingDirectory = dir };
            foreach (var arg in (string[])[
                "--import", new Uri(Path.Combine(root, "loopback.mjs")).AbsoluteUri,
                cli, "start",
                "--app-endpoint", new Uri(BotUrl, "/api/messages").ToString(),
                "--port", port.ToString(),
                "--service-url", $"http://127.0.0.1:{port}/_connector",
                "--channel-id", "msteams",
                "--enable-events-recording",   // the only record of the URL, so the conversation, of each bot post
                "--disable-telemetry"])
                start.ArgumentList.Add(arg);
            start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
            start.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = Path.Combine(ConfigFolder, $"{person}.yml");
            start.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(dir, "m365agentsplayground.log");
            start.Environment["M365_AGENTS_PLAYGROUND_RECORDING_FILE"] = Path.Combine(dir, "events_recording.log");
            start.Environment["NO_PROXY"] = start.Environment["no_proxy"] = "127.0.0.1,localhost";
            start.Environment["LANG"] = start.Environment["LC_ALL"] = "en_US.UTF-8";   // the current user's locale: en-US

            var playground = ChildProcess.Start($"playground {person}", start);
            if (_people.Count == 0) Playground = playground;   // shown when the setup fails
            var listening = await playground.WaitForLineAsync(l => l.Contains("Listening on "), Waits.Start)
                            ?? throw new InvalidOperationException("The Playground stopped before it listened.");
            var actual = int.Parse(listening[(listening.LastIndexOf(' ') + 1)..]);
            if (actual != port)
            {
                // It silently moves to a random port when ours was taken meanwhile; its --service-url would be wrong.
                await playground.DisposeAsync();
                throw new PortTakenException($"The Playground of {person} listened on {actual}, not {port}.");
            }

            // A bad config still listens but never mounts its routes ("Failed to start … Reason" in its log).
            var url = new Uri($"http://127.0.0.1:{port}/");
            using var http = Loopback();
            using var ping = await http.GetAsync(new Uri(url, "_debug/ping"));
            if (!ping.IsSuccessStatusCode || await ping.Content.ReadAsStringAsync() != "pong")
            {
                await playground.DisposeAsync();
                throw new InvalidOperationException($"The Playground of {person} did not mount its routes (ping: {(int)ping.StatusCode}).");
            }
            var client = Loopback();
            client.BaseAddress = url;
            using var cts = new CancellationTokenSource(Waits.Start);
            var stream = await EventStream.ConnectAsync($"{person}'s chat", PersonPlayground.Socket(url, "_ws_conversation/v1/conversations/stream"), cts.Token);
            return new PersonPlayground(person, chat, playground, url, client, stream);
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

    Uri Socket(string path) => PersonPlayground.Socket(PlaygroundUrl, path);

    /// Everything here is on loopback: never through a proxy the environment may name.
    static HttpClient Loopback() => new(new SocketsHttpHandler { UseProxy = false }) { Timeout = Waits.Http };

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// The first of `count` consecutive ports free on loopback now (another process may still take one: the caller retries).
    static int ConsecutiveFreePorts(int count)
    {
        for (var tries = 0; tries < 50; tries++)
        {
            var first = FreePort();
            if (first + count - 1 > 65535) continue;
            if (Enumerable.Range(first + 1, count - 1).All(IsFree)) return first;
        }
        throw new InvalidOperationException($"No {count} consecutive free ports on 127.0.0.1.");
    }

    static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException) { return false; }
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
        if (Log is not null) await Log.DisposeAsync();
        foreach (var person in _people) await person.DisposeAsync();
        if (Playground is not null) await Playground.DisposeAsync();   // when the office's failed before it was listed
        if (Bot is not null) await Bot.DisposeAsync();
        try { Directory.Delete(_work, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

/// A person's own Playground: who it acts as (their key in network.json) and their personal chat there, its API, its
/// address, and what that person's Teams client shows (created and updated messages), read from its start.
public sealed class PersonPlayground(string key, string personalChat, ChildProcess process, Uri url, HttpClient http, EventStream chat) : IAsyncDisposable
{
    public string Key => key;
    public string PersonalChat => personalChat;
    public ChildProcess Process => process;
    public Uri Url => url;
    public PlaygroundClient Client { get; } = new(http);
    public EventStream Chat => chat;

    /// The bot's next message in this person's personal chat after `mark` whose card matches: its createMessage event.
    public Task<JsonNode> BotMessageAsync(string what, int mark, Func<JsonNode?, bool> card) =>
        chat.WaitForAsync(what, mark, e =>
            (string?)e["action"] == "createMessage"
            && (string?)e["actionConversationId"] == personalChat
            && (string?)e["message"]?["from"]?["id"] == Demo.BotId
            && card(Cards.In(e["message"])));

    /// The bot's next plain text in this person's personal chat after `mark` that contains `text`.
    public Task<JsonNode> BotTextAsync(string what, int mark, string text) =>
        chat.WaitForAsync(what, mark, e =>
            (string?)e["action"] == "createMessage"
            && (string?)e["actionConversationId"] == personalChat
            && (string?)e["message"]?["from"]?["id"] == Demo.BotId
            && ((string?)e["message"]?["text"])?.Contains(text, StringComparison.Ordinal) == true);

    public static Uri Socket(Uri playground, string path) => new UriBuilder(new Uri(playground, path)) { Scheme = "ws" }.Uri;

    public async ValueTask DisposeAsync()
    {
        await chat.DisposeAsync();
        http.Dispose();
        await process.DisposeAsync();
    }
}

sealed class PortTakenException(string message) : Exception(message);
