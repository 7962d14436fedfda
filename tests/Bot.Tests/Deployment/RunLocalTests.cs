using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FocalBot.Bot.Tests.Support;

namespace FocalBot.Bot.Tests.Deployment;

/// run-local.sh run for real, with `dotnet`, `npm` and most of `node` replaced by stubs: the dotnet stub writes down
/// the public address and the arguments the bot would have started with; the node stub runs playground/configure.mjs
/// with the real node, writes down every Playground it is asked to start (its configuration and arguments) and every
/// address it is asked to POST to, and answers every other question with yes (every port free, every address up).
/// Each stub writes its process id down; a stub asked to stay (STUB_STAYS) sleeps until it is stopped.
public sealed class RunLocalTests : IDisposable
{
    static readonly string[] People = ["Sophie Laurent", "Élise Moreau", "Jonas Weber", "Giulia Rossi", "Luc Peeters", "Ana Costa"];

    readonly string _temp = Directory.CreateTempSubdirectory("focalbot-run-local-").FullName;
    string Root => Path.Combine(_temp, "repo");
    string Record(string name) => Path.Combine(_temp, name);

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    ProcessStartInfo Prepare(Dictionary<string, string> environment)
    {
        var bin = Path.Combine(_temp, "bin");
        Directory.CreateDirectory(Path.Combine(Root, "playground", "node_modules"));
        Directory.CreateDirectory(bin);
        File.Copy(Repo.PathTo("run-local.sh"), Path.Combine(Root, "run-local.sh"));
        foreach (var file in (string[])["configure.mjs", "network.json"])
            File.Copy(Repo.PathTo("playground", file), Path.Combine(Root, "playground", file));
        // The Playground counts as installed: the script's npm ci never runs.
        File.WriteAllText(Path.Combine(Root, "playground", "package-lock.json"), "{}");
        File.WriteAllText(Path.Combine(Root, "playground", "node_modules", ".installed-package-lock.json"), "{}");
        var stay = $"echo $$ >> '{Record("pids.txt")}'; [ -z \"$STUB_STAYS\" ] || exec sleep 60";
        Stub(bin, "dotnet", $"printf '%s\\n' \"$Bot__PublicUrl\" \"$*\" > '{Record("bot.txt")}'\n{stay}");
        Stub(bin, "node", $"""
            case "$*" in
              *configure.mjs*) exec '{RealNode()}' "$@" ;;
              *cli.js*) printf '%s %s\n' "$M365_AGENTS_PLAYGROUND_CONFIG_PATH" "$*" >> '{Record("playgrounds.txt")}'; {stay} ;;
              *POST*) printf '%s\n' "$*" >> '{Record("posts.txt")}' ;;
            esac
            exit 0
            """);
        Stub(bin, "npm", "exit 1");

        var start = new ProcessStartInfo("bash") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(Root, "run-local.sh"));
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.Environment["PATH"] = $"{bin}:{Environment.GetEnvironmentVariable("PATH")}";
        return start;
    }

    async Task<(ProcessResult Result, string[] Bot)> RunAsync(Dictionary<string, string> environment)
    {
        var start = Prepare(environment);
        var result = await Command.RunAsync(start.FileName, start.WorkingDirectory, start.Environment.ToDictionary(e => e.Key, e => e.Value ?? ""), [.. start.ArgumentList]);
        return (result, Lines("bot.txt"));
    }

    string[] Lines(string name) => File.Exists(Record(name)) ? File.ReadAllLines(Record(name)) : [];

    static string RealNode() =>
        Environment.GetEnvironmentVariable("PATH")!.Split(':').Select(d => Path.Combine(d, "node")).FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("node is not on the PATH");

    static void Stub(string folder, string name, string body)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, $"#!/usr/bin/env bash\n{body}\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    [Fact]
    public async Task The_bot_port_becomes_the_public_address_every_link_starts_from()
    {
        var (result, bot) = await RunAsync(new() { ["BOT_PORT"] = "4100" });

        Assert.True(bot.Length == 2, result.Stdout + result.Stderr);
        Assert.Equal("http://127.0.0.1:4100", bot[0]);
        Assert.EndsWith("--urls http://127.0.0.1:4100", bot[1]);
        Assert.Contains("FocalBot is running", result.Stdout);
    }

    [Fact]
    public async Task A_public_address_set_by_hand_is_kept()
    {
        var (result, bot) = await RunAsync(new() { ["BOT_PORT"] = "4100", ["Bot__PublicUrl"] = "https://focalbot-dev.example.org" });

        Assert.True(bot.Length == 2, result.Stdout + result.Stderr);
        Assert.Equal("https://focalbot-dev.example.org", bot[0]);
        Assert.EndsWith("--urls http://127.0.0.1:4100", bot[1]);
    }

    [Fact]
    public async Task Each_person_gets_a_Playground_of_their_own_on_consecutive_ports_all_talking_to_the_one_bot()
    {
        var (result, _) = await RunAsync(new() { ["BOT_PORT"] = "4100", ["PLAYGROUND_PORT"] = "57000" });

        var started = Lines("playgrounds.txt");
        Assert.True(started.Length == People.Length, result.Stdout + result.Stderr);
        for (var i = 0; i < People.Length; i++)
        {
            var port = 57000 + i;
            var line = started.Single(l => l.Contains($"--port {port} "));   // started side by side: in any order
            var config = line.Split(' ')[0];
            Assert.Contains($"--service-url http://127.0.0.1:{port}/_connector ", line);   // its own connector: replies come back to it
            Assert.Contains("--app-endpoint http://127.0.0.1:4100/api/messages ", line);
            // The Playground acts as one person, with the other five as its users.
            var json = JsonNode.Parse(File.ReadAllText(config))!;
            var current = (string)json["currentUser"]!["name"]!;
            Assert.Equal(People[i], current);
            Assert.Equal(5, json["users"]!.AsArray().Count);
            Assert.DoesNotContain(json["users"]!.AsArray(), u => (string?)u!["name"] == current);
            // And the bot meets that person's personal chat at that Playground, so what it sends them arrives there.
            Assert.Contains(Lines("posts.txt"), p => p.Contains($"http://127.0.0.1:{port}/_debug/conversation/{(string)json["personalChat"]!["id"]!}/installation"));
        }
        Assert.Equal(People.Length, started.Select(l => l.Split(' ')[0]).Distinct().Count());
    }

    [Fact]
    public async Task It_prints_who_is_at_which_address()
    {
        var (result, _) = await RunAsync(new() { ["BOT_PORT"] = "4100", ["PLAYGROUND_PORT"] = "57000" });

        var rows = result.Stdout.Split('\n');
        Assert.Matches(@"^\s+Person\s+Role\s+Language\s+Address$", rows.Single(r => r.Contains("Address")));
        Assert.Contains(rows, r => Regex.IsMatch(r, @"^\s+Sophie Laurent\s+SRSG office\s+en\s+http://127\.0\.0\.1:57000$"));
        Assert.Contains(rows, r => Regex.IsMatch(r, @"^\s+Élise Moreau\s+focal point \(FR\)\s+fr\s+http://127\.0\.0\.1:57001$"));
        Assert.Contains(rows, r => Regex.IsMatch(r, @"^\s+Jonas Weber\s+focal point \(DE\)\s+en\s+http://127\.0\.0\.1:57002$"));
        Assert.Contains(rows, r => Regex.IsMatch(r, @"^\s+Ana Costa\s+expert \(PT\)\s+en\s+http://127\.0\.0\.1:57005$"));
        // Padded by characters: "Élise" lines up with the others.
        var at = rows.Where(r => r.Contains("http://127.0.0.1:570")).Select(r => r.IndexOf("http", StringComparison.Ordinal)).Distinct();
        Assert.Single(at);
    }

    [Fact]
    public async Task Ctrl_C_stops_the_bot_and_every_Playground()
    {
        var start = Prepare(new() { ["BOT_PORT"] = "4100", ["PLAYGROUND_PORT"] = "57000", ["STUB_STAYS"] = "1" });
        using var script = Process.Start(start)!;
        var stderr = script.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        string? line;
        while ((line = await script.StandardOutput.ReadLineAsync(timeout.Token)) is not null && !line.Contains("Ctrl-C stops everything")) { }
        if (line is null) Assert.Fail($"run-local.sh ended before it was ready: {await stderr}");   // stderr ends with the script
        var started = Lines("pids.txt").Select(int.Parse).ToArray();
        Assert.Equal(1 + People.Length, started.Length);
        foreach (var pid in started) Assert.True(await AliveAsync(pid), $"process {pid} is not running");

        using (var interrupt = Process.Start("kill", ["-INT", script.Id.ToString()])) await interrupt.WaitForExitAsync(timeout.Token);
        try { await script.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException)
        {
            foreach (var pid in started)
                try { Process.GetProcessById(pid).Kill(); }
                catch (ArgumentException) { }   // already gone
            Assert.Fail("run-local.sh did not stop after Ctrl-C");
        }

        Assert.Equal(130, script.ExitCode);
        foreach (var pid in started) Assert.False(await AliveAsync(pid), $"process {pid} outlived the script");
    }

    /// Running, not a zombie waiting to be reaped.
    static async Task<bool> AliveAsync(int pid)
    {
        var ps = await Command.RunAsync("ps", "/", null, "-o", "stat=", "-p", pid.ToString());
        return ps.ExitCode == 0 && !ps.Stdout.TrimStart().StartsWith('Z');
    }
}
