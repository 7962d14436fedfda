using System.Text.Json.Nodes;

namespace FocalBot.Bot.Tests.Cards;

/// The cards in tests/CardRender/fixtures, rendered once: one good card and one per kind of problem.
public sealed class RenderedFixtures : IAsyncLifetime
{
    public IReadOnlyDictionary<string, CardRenderResult> Results { get; private set; } = new Dictionary<string, CardRenderResult>();

    public async Task InitializeAsync() => Results = await CardRenderer.RenderFolderAsync(CardRenderer.FixturesFolder);

    public Task DisposeAsync() => Task.CompletedTask;
}

/// The card check can fail: the renderer accepts a good card and rejects each kind of bad one.
public sealed class CardRendererSelfCheckTests(RenderedFixtures fixtures) : IClassFixture<RenderedFixtures>
{
    public static TheoryData<string, string> BadCards => new()
    {
        { "unknown-element.json", "UnknownElementType" },   // Input.Rating is 1.6, beyond Teams
        { "version-1.6.json", "version is \"1.6\"" },
        { "execute-without-verb.json", "has no verb" },
        { "duplicate-ids.json", "DuplicateId" },
    };

    [Fact]
    public void Accepts_a_good_card_and_renders_its_text_and_markdown()
    {
        var good = fixtures.Results["good.json"];

        Assert.True(good.Ok, string.Join("\n", good.Problems));
        Assert.Contains("Plenary meeting, Strasbourg", good.Text);
        Assert.Contains("Please confirm your attendance. See the agenda.", good.Text);
        Assert.Contains("Opening at 10:30", good.Text);
    }

    [Theory]
    [MemberData(nameof(BadCards))]
    public void Rejects_a_bad_card(string file, string expectedProblem)
    {
        var result = fixtures.Results[file];

        Assert.False(result.Ok);
        Assert.Contains(result.Problems, problem => problem.Contains(expectedProblem, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_fixture_is_checked()
    {
        var checkedFiles = BadCards.Select(row => (string)row[0]).Append("good.json").Order();

        Assert.Equal(checkedFiles, fixtures.Results.Keys.Order());
    }

    [Fact]
    public async Task Rejects_a_card_over_the_size_budget_and_keeps_no_break_spaces_in_the_text()
    {
        using var folder = new TempFolder();
        CardRenderer.Write(Card(new string('x', CardRenderer.MaxUtf16Bytes / 2)), folder.File("big.json"));
        CardRenderer.Write(Card("Date limite\u00A0: 12 mars\n\nLieu : Strasbourg"), folder.File("french.json"));

        var results = await CardRenderer.RenderFolderAsync(folder.Path);

        Assert.False(results["big.json"].Ok);
        Assert.Contains(results["big.json"].Problems, problem => problem.Contains("budget", StringComparison.Ordinal));
        Assert.True(results["french.json"].Ok, string.Join("\n", results["french.json"].Problems));
        var flagged = Assert.Single(FrenchTypography.PlainSpacesBeforeDoublePunctuation(results["french.json"].Text));
        Assert.Contains("Lieu :", flagged);
    }

    [Theory]
    [InlineData("Date limite : 12 mars", true)]
    [InlineData("Venez-vous ?", true)]
    [InlineData("Merci !", true)]
    [InlineData("Ordre du jour ; annexes", true)]
    [InlineData("Date limite\u00A0: 12 mars", false)]
    [InlineData("Venez-vous\u202F?", false)]
    [InlineData("Ouverture à 10:30", false)]
    [InlineData("Voir https://example.org/page?id=1", false)]
    public void French_check_flags_only_a_plain_space_before_double_punctuation(string text, bool flagged)
    {
        Assert.Equal(flagged, FrenchTypography.PlainSpacesBeforeDoublePunctuation(text).Count > 0);
    }

    static JsonObject Card(string text) => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true }),
    };
}
