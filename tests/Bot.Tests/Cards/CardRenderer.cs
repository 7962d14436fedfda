using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FocalBot.Bot.Tests.Support;

namespace FocalBot.Bot.Tests.Cards;

/// What tests/CardRender/render.mjs said about one card file.
public sealed record CardRenderResult(string File, bool Ok, IReadOnlyList<string> Problems, string Text);

/// Runs tests/CardRender/render.mjs, which renders cards with Microsoft's `adaptivecards` package
/// under jsdom at schema 1.5 and reports every parse or validation event.
public static class CardRenderer
{
    /// Teams refuses bot messages over about 100 KB of UTF-16; cards stay under 80 KB.
    public const int MaxUtf16Bytes = 80 * 1024;

    public static string ScriptFolder => Repo.PathTo("tests", "CardRender");

    public static string FixturesFolder => Repo.PathTo("tests", "CardRender", "fixtures");

    static readonly JsonSerializerOptions ReadOptions = new(JsonSerializerDefaults.Web);

    static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keeps "é" readable in the written files
    };

    public static void Write(JsonObject card, string path) => File.WriteAllText(path, card.ToJsonString(WriteOptions));

    /// Renders every `*.json` card in the folder; the results are keyed by file name.
    public static async Task<IReadOnlyDictionary<string, CardRenderResult>> RenderFolderAsync(string folder)
    {
        if (!Directory.Exists(Path.Combine(ScriptFolder, "node_modules", "adaptivecards")))
            throw new InvalidOperationException(
                "The card renderer's npm packages are missing: run `npm ci --no-audit --no-fund` in tests/CardRender.");

        var run = await Node.RunAsync(ScriptFolder, "render.mjs", folder);
        if (run.ExitCode is not (0 or 1))
            throw new InvalidOperationException($"render.mjs failed with exit code {run.ExitCode}:\n{run.Stderr}\n{run.Stdout}");

        var results = run.Stdout
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => JsonSerializer.Deserialize<CardRenderResult>(line, ReadOptions)
                            ?? throw new InvalidOperationException($"render.mjs wrote an unreadable line: {line}"))
            .ToDictionary(result => result.File);

        var allOk = results.Values.All(result => result.Ok);
        if (allOk != (run.ExitCode == 0))
            throw new InvalidOperationException(
                $"render.mjs exited with {run.ExitCode} but reported {(allOk ? "no" : "some")} problems:\n{run.Stdout}\n{run.Stderr}");
        return results;
    }
}

/// A fresh folder under the system temp folder, deleted with its contents on dispose; or, when a folder is
/// named, that folder emptied of its cards (`*.json`) and kept, so the cards can be looked at afterwards.
public sealed class TempFolder : IDisposable
{
    readonly bool _keep;

    public string Path { get; }

    public TempFolder(string? keep = null)
    {
        _keep = !string.IsNullOrWhiteSpace(keep);
        Path = _keep
            ? System.IO.Path.GetFullPath(keep!)
            : System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"focalbot-cards-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
        if (_keep)
            foreach (var card in Directory.EnumerateFiles(Path, "*.json")) System.IO.File.Delete(card);
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (!_keep && Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
