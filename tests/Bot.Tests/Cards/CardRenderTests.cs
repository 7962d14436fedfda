using System.Text;
using System.Text.RegularExpressions;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Cards;

/// Every card in AllCards, in English and French, rendered once by Microsoft's renderer.
public sealed partial class RenderedSamples : IAsyncLifetime
{
    /// Names a folder to write the samples to and keep (tests/CardRender/screenshot-samples.sh uses it).
    public const string KeepFolderVariable = "FOCALBOT_CARD_SAMPLES";

    readonly TempFolder _folder = new(Environment.GetEnvironmentVariable(KeepFolderVariable));

    /// Each sample with the file it was written to (`{Name}.{en|fr}.json`).
    public IReadOnlyList<(CardSample Sample, string File)> Samples { get; private set; } = [];

    public IReadOnlyDictionary<string, CardRenderResult> Results { get; private set; } = new Dictionary<string, CardRenderResult>();

    public async Task InitializeAsync()
    {
        var written = new List<(CardSample, string)>();
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sample in AllCards.Samples())
        {
            var stem = $"{FileNameFor(sample.Name)}.{sample.Language.Code()}";
            var file = $"{stem}.json";
            for (var n = 2; !taken.Add(file); n++) file = $"{stem}-{n}.json";
            CardRenderer.Write(sample.Card, _folder.File(file));
            written.Add((sample, file));
        }

        Samples = written;
        Results = await CardRenderer.RenderFolderAsync(_folder.Path);
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    /// `requests.status` → `requests-status`: a card name as a file name, as the sample files are named.
    internal static string FileNameFor(string name)
    {
        var safe = UnsafeFileNameChars().Replace(name, "-").Trim('-');
        return safe.Length == 0 ? "card" : safe;
    }

    [GeneratedRegex("[^A-Za-z0-9_-]+")]
    private static partial Regex UnsafeFileNameChars();
}

public sealed class CardRenderTests(RenderedSamples rendered) : IClassFixture<RenderedSamples>
{
    [Fact]
    public void Every_sample_renders_cleanly()
    {
        var failures = new List<string>();

        foreach (var (sample, file) in rendered.Samples)
        {
            var problems = new List<string>();
            if (!rendered.Results.TryGetValue(file, out var result))
                problems.Add("render.mjs did not report this card");
            else if (!result.Ok)
                problems.AddRange(result.Problems.DefaultIfEmpty("render.mjs rejected it without saying why"));

            // render.mjs measures the JSON as JavaScript writes it; System.Text.Json escapes more (é → \u00E9).
            var bytes = Encoding.Unicode.GetByteCount(sample.Card.ToJsonString());
            if (bytes >= CardRenderer.MaxUtf16Bytes)
                problems.Add($"card is {bytes} bytes in UTF-16 as System.Text.Json writes it, over the {CardRenderer.MaxUtf16Bytes}-byte budget");

            if (problems.Count > 0)
                failures.Add($"{sample.Name} ({sample.Language}, {file}):\n  - {string.Join("\n  - ", problems)}");
        }

        Assert.True(failures.Count == 0,
            $"{failures.Count} of {rendered.Samples.Count} card samples have problems:\n\n{string.Join("\n\n", failures)}");
    }

    [Fact]
    public void French_samples_put_a_no_break_space_before_double_punctuation()
    {
        var failures = new List<string>();

        foreach (var (sample, file) in rendered.Samples.Where(s => s.Sample.Language == Language.Fr))
        {
            if (!rendered.Results.TryGetValue(file, out var result)) continue; // reported by Every_sample_renders_cleanly
            var places = FrenchTypography.PlainSpacesBeforeDoublePunctuation(result.Text);
            if (places.Count > 0)
                failures.Add($"{sample.Name} ({file}):\n  - {string.Join("\n  - ", places)}");
        }

        Assert.True(failures.Count == 0,
            "Use a no-break space (U+00A0) before : ; ? ! in French. Plain spaces found in:\n\n" + string.Join("\n\n", failures));
    }

    [Fact]
    public void Every_card_comes_once_in_English_and_once_in_French()
    {
        var failures = AllCards.Samples()
            .GroupBy(sample => sample.Name)
            .Select(card => (Name: card.Key,
                             En: card.Count(s => s.Language == Language.En),
                             Fr: card.Count(s => s.Language == Language.Fr)))
            .Where(card => card.En != 1 || card.Fr != 1)
            .Select(card => $"{card.Name}: {card.En} English and {card.Fr} French samples")
            .ToList();

        Assert.True(failures.Count == 0, "Each card needs exactly one English and one French sample:\n" + string.Join("\n", failures));
    }
}
