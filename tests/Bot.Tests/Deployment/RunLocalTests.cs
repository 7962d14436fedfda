using FocalBot.Bot.Tests.Support;

namespace FocalBot.Bot.Tests.Deployment;

/// run-local.sh run for real, with `dotnet`, `node` and `npm` replaced by stubs: the dotnet stub writes down the
/// public address and the arguments the bot would have started with, and the Playground stub ends at once, so the
/// script stops by itself.
public sealed class RunLocalTests : IDisposable
{
    readonly string _temp = Directory.CreateTempSubdirectory("focalbot-run-local-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    async Task<(ProcessResult Result, string[] Bot)> RunAsync(Dictionary<string, string> environment)
    {
        var root = Path.Combine(_temp, "repo");
        var bin = Path.Combine(_temp, "bin");
        var record = Path.Combine(_temp, "bot.txt");
        Directory.CreateDirectory(Path.Combine(root, "playground", "node_modules"));
        Directory.CreateDirectory(bin);
        File.Copy(Repo.PathTo("run-local.sh"), Path.Combine(root, "run-local.sh"));
        // The Playground counts as installed: the script's npm ci never runs.
        File.WriteAllText(Path.Combine(root, "playground", "package-lock.json"), "{}");
        File.WriteAllText(Path.Combine(root, "playground", "node_modules", ".installed-package-lock.json"), "{}");
        Stub(bin, "dotnet", $"printf '%s\\n' \"$Bot__PublicUrl\" \"$*\" > '{record}'");
        Stub(bin, "node", "exit 0");   // every port is free, every address answers, the Playground ends at once
        Stub(bin, "npm", "exit 1");

        environment["PATH"] = $"{bin}:{Environment.GetEnvironmentVariable("PATH")}";
        var result = await Command.RunAsync("bash", root, environment, Path.Combine(root, "run-local.sh"));
        return (result, File.Exists(record) ? File.ReadAllLines(record) : []);
    }

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
}
