using System.Buffers.Binary;
using System.Text.Json;
using FocalBot.Bot.Tests.Support;

namespace FocalBot.Bot.Tests.Cards;

/// What tests/CardRender/screenshot.mjs said about one card: its PNG, the text a reader sees in it
/// (Chromium's innerText) and the texts cut short (wider than their box).
public sealed record CardShot(
    string File, string? Png, bool Ok, IReadOnlyList<string> Problems, string Text, IReadOnlyList<string> Clipped, int Width, int Height);

/// A PNG's size as its header gives it.
public sealed record PngHeader(int Width, int Height)
{
    static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// The width and height from the IHDR chunk, or null when the bytes do not start like a PNG.
    public static PngHeader? Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 24 || !bytes[..8].SequenceEqual(Signature) || !bytes[12..16].SequenceEqual("IHDR"u8)) return null;
        return new(BinaryPrimitives.ReadInt32BigEndian(bytes[16..20]), BinaryPrimitives.ReadInt32BigEndian(bytes[20..24]));
    }
}

/// Runs tests/CardRender/screenshot.mjs: each card rendered by Microsoft's `adaptivecards` package in
/// headless Chromium, with a host config close to Teams' light theme, and saved as a PNG.
public static class CardScreenshots
{
    /// screenshot.mjs's exit code when Chromium is missing or does not start.
    const int NoChromium = 3;

    static readonly JsonSerializerOptions ReadOptions = new(JsonSerializerDefaults.Web);

    /// Screenshots every `*.json` card in the folder into pngFolder; the results are keyed by file name.
    public static async Task<IReadOnlyDictionary<string, CardShot>> ShootFolderAsync(string folder, string pngFolder)
    {
        if (!Directory.Exists(Path.Combine(CardRenderer.ScriptFolder, "node_modules", "playwright-core")))
            throw new InvalidOperationException(
                "The card screenshot's npm packages are missing: run `npm ci --no-audit --no-fund` in tests/CardRender.");

        var run = await Node.RunAsync(CardRenderer.ScriptFolder, "screenshot.mjs", folder, pngFolder);
        if (run.ExitCode == NoChromium)
            throw new InvalidOperationException(
                $"screenshot.mjs could not use Chromium:\n{run.Stderr}");
        if (run.ExitCode is not (0 or 1))
            throw new InvalidOperationException($"screenshot.mjs failed with exit code {run.ExitCode}:\n{run.Stderr}\n{run.Stdout}");

        return run.Stdout
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => JsonSerializer.Deserialize<CardShot>(line, ReadOptions)
                            ?? throw new InvalidOperationException($"screenshot.mjs wrote an unreadable line: {line}"))
            .ToDictionary(shot => shot.File);
    }
}
