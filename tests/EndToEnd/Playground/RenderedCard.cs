using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace FocalBot.EndToEnd.Playground;

/// What a member sees of a card: its text as Microsoft's Adaptive Cards renderer lays it out at schema 1.5, as Teams
/// does (tests/CardRender/render.mjs), one line per text, fact and button; only what is shown, none of the buttons'
/// hidden data. Fails when the renderer reports a problem with the card.
public static class RenderedCard
{
    public static async Task<IReadOnlyList<string>> LinesAsync(JsonNode? card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var script = Repo.PathTo("tests", "CardRender");
        if (!Directory.Exists(Path.Combine(script, "node_modules", "adaptivecards")))
            throw new InvalidOperationException($"The card renderer's npm packages are missing: run `npm ci --no-audit --no-fund` in {script}.");

        var folder = Path.Combine(Path.GetTempPath(), $"focalbot-e2e-card-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "card.json"), card.ToJsonString(Json.Readable), new UTF8Encoding(false));
            var start = new ProcessStartInfo("node") { WorkingDirectory = script, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add("render.mjs");
            start.ArgumentList.Add(folder);
            using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
            var stdout = node.StandardOutput.ReadToEndAsync();
            var stderr = node.StandardError.ReadToEndAsync();
            using var cts = new CancellationTokenSource(Waits.Http);
            await node.WaitForExitAsync(cts.Token);
            var result = JsonNode.Parse((await stdout).Trim());
            if (node.ExitCode != 0 || (bool?)result?["ok"] != true)
                throw new InvalidOperationException($"render.mjs exited with {node.ExitCode}: {await stdout}\n{await stderr}\n{card.ToJsonString(Json.Readable)}");
            return ((string?)result?["text"] ?? "").Split('\n');
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
