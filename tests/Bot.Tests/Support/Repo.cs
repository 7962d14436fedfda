using System.Diagnostics;

namespace FocalBot.Bot.Tests.Support;

/// The repository the tests run from, and the Node.js helpers that live in it.
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string PathTo(params string[] parts) => Path.Combine([Root, .. parts]);

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FocalBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("FocalBot.sln not found above the test binaries.");
    }
}

public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr);

public static class Node
{
    /// Runs `node <args>` in a folder of the repository (its node_modules installed by the test command).
    public static async Task<ProcessResult> RunAsync(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }
}
