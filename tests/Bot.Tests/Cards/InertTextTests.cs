using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FocalBot.Bot.Cards;

namespace FocalBot.Bot.Tests.Cards;

/// What a member typed stays text in every card: planted in every field the samples fill from members, a link, emphasis,
/// HTML or a mention tag must not come alive in a TextBlock or a fact (which Teams reads as Markdown), and a mention
/// names its person by the cleaned name only. The cards are AllCards' own samples, so a new card is walked too.
public sealed partial class InertTextTests
{
    const string Sentinel = "[Re-verify](https://example.invalid/login) **x** <b>y</b> </at><at>Mallory</at>";

    /// Pieces only the sentinel brings: any of them in a Markdown text means the sentinel reached it unescaped.
    static readonly string[] LivePieces = ["](https://example.invalid", "**x**", "<b>", "</b>", "<at>Mallory", "Mallory</at>"];

    static readonly SampleText Planted = new(text => $"{text} {Sentinel}");

    [Fact]
    public void No_card_shows_what_a_member_typed_as_live_markdown()
    {
        var failures = new List<string>();

        foreach (var (usual, planted) in Pairs())
        {
            var before = MarkdownTexts(usual.Card).ToDictionary(t => t.Path, t => t.Text);
            foreach (var (path, text) in MarkdownTexts(planted.Card))
            {
                var added = Live(text) - Live(before.GetValueOrDefault(path) ?? "");
                var pieces = LivePieces.Where(text.Contains).ToList();
                if (added > 0 || pieces.Count > 0)
                    failures.Add($"{planted.Name} ({planted.Language}) {path}: {added} more live Markdown ({string.Join(", ", pieces)}) in \"{text}\"");
            }
        }

        Assert.True(failures.Count == 0, $"Member text read as Markdown in {failures.Count} places:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void Every_mention_names_its_person_by_the_cleaned_name_inside_one_tag()
    {
        var failures = new List<string>();
        var mentionCards = 0;

        foreach (var (_, planted) in Pairs())
        {
            var entities = planted.Card["msteams"]?["entities"]?.AsArray().Where(e => (string?)e?["type"] == "mention").ToList() ?? [];
            var texts = MarkdownTexts(planted.Card).Select(t => t.Text).ToList();
            var opened = texts.Sum(t => Count(t, "<at>"));
            var closed = texts.Sum(t => Count(t, "</at>"));
            var where = $"{planted.Name} ({planted.Language})";
            if (entities.Count > 0) mentionCards++;

            if (opened != entities.Count || closed != entities.Count)
                failures.Add($"{where}: {opened} <at> and {closed} </at> in the text for {entities.Count} mention entities");
            foreach (var entity in entities)
            {
                var text = (string?)entity!["text"] ?? "";
                var name = (string?)entity["mentioned"]?["name"] ?? "";
                if (text != $"<at>{name}</at>" || Card.MentionName(name) != name || !name.Contains(Card.MentionName(Sentinel)))
                    failures.Add($"{where}: the entity \"{text}\" is not the mentioned person's cleaned name (\"{name}\")");
                if (!texts.Any(t => t.Contains(text)))
                    failures.Add($"{where}: the entity \"{text}\" stands in no text of the card");
            }
        }

        Assert.True(mentionCards > 0, "No sample card mentions anyone: the check would pass on nothing.");
        Assert.True(failures.Count == 0, $"{failures.Count} mentions are wrong:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void The_sentinel_reaches_the_cards_that_show_what_members_typed()
    {
        var reached = Pairs().Where(p => p.Planted.Card.ToJsonString().Contains("Re-verify")).Select(p => p.Planted.Name).ToHashSet();

        Assert.Contains("directory.list", reached);
        Assert.Contains("members.retire-confirm", reached);
        Assert.Contains("requests.review", reached);
        Assert.Contains("requests.answer-draft", reached);
        Assert.Contains("meetings.status", reached);
        Assert.Contains("meetings.mention", reached);
        Assert.Contains("deliveries.view", reached);
        Assert.Contains("groups.list-office", reached);
        Assert.Contains("groups.request", reached);
        Assert.Contains("groups.channel", reached);
    }

    [Theory]
    [InlineData("Ministry of Justice & Security", "Ministry of Justice & Security")]
    [InlineData("  Élise\r\n- Moreau ", "Élise - Moreau")]
    [InlineData(Sentinel, "Re-verify(https://example.invalid/login) x by/b /atatMallory/at")]
    [InlineData("# _Head_ `code` ~~gone~~ | \\*", "Head code gone")]
    public void Plain_drops_what_Markdown_reads_and_keeps_the_rest(string typed, string shown) => Assert.Equal(shown, Card.Plain(typed));

    [Theory]
    [InlineData("jean_dupont@interieur.example", "jean_dupont@interieur.example")]
    [InlineData("+33 (0)1 23-45/67", "+33 (0)1 23-45/67")]
    [InlineData("\"a](https://example.invalid)\"@b.example", "\"a(https://example.invalid)\"@b.example")]
    [InlineData("\"[a](https://example.invalid)\"@b.example", "\"a(https://example.invalid)\"@b.example")]
    public void PlainAddress_keeps_an_address_and_cleans_anything_else(string typed, string shown) => Assert.Equal(shown, Card.PlainAddress(typed));

    [Theory]
    [InlineData("plain words", 0)]
    [InlineData("**bold** and _it_", 6)]
    [InlineData("[a](https://b.example)", 1)]
    [InlineData("<at>Élise</at> <b>x</b>", 4)]
    [InlineData(@"\*\*escaped\*\* \[a\]\(b\)", 0)]
    [InlineData("Re-verify(https://example.invalid/login) x y /atatMallory/at", 0)]
    public void Counts_what_Markdown_would_make_live(string text, int live) => Assert.Equal(live, Live(text));

    /// The samples as usual and with the sentinel after every member-typed text, card for card.
    static IEnumerable<(CardSample Usual, CardSample Planted)> Pairs()
    {
        var usual = AllCards.Samples().ToList();
        var planted = AllCards.Samples(Planted).ToList();
        Assert.Equal(usual.Select(s => (s.Name, s.Language)), planted.Select(s => (s.Name, s.Language)));
        return usual.Zip(planted);
    }

    /// Each text Teams reads as Markdown: a TextBlock's text, a fact's title and value. A RichTextBlock's TextRun is
    /// shown as it is, inputs and buttons as plain text.
    static IEnumerable<(string Path, string Text)> MarkdownTexts(JsonNode? node, string path = "$")
    {
        switch (node)
        {
            case JsonObject obj:
                var type = obj["type"] is JsonValue v && v.TryGetValue<string>(out var t) ? t : null;
                if (type == "TextBlock" && obj["text"] is JsonValue text) yield return (path + ".text", text.ToString());
                if (type == "FactSet" && obj["facts"] is JsonArray facts)
                    for (var i = 0; i < facts.Count; i++)
                    {
                        yield return ($"{path}.facts[{i}].title", (string?)facts[i]?["title"] ?? "");
                        yield return ($"{path}.facts[{i}].value", (string?)facts[i]?["value"] ?? "");
                    }
                foreach (var (key, child) in obj)
                    foreach (var found in MarkdownTexts(child, $"{path}.{key}")) yield return found;
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                    foreach (var found in MarkdownTexts(array[i], $"{path}[{i}]")) yield return found;
                break;
        }
    }

    /// What Markdown (and the HTML Teams lets through) would turn into something other than the characters shown: each
    /// link, each tag, each unescaped emphasis or code mark.
    static int Live(string text) => Link().Count(text) + Tag().Count(text) + Mark().Count(text);

    static int Count(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;

    [GeneratedRegex(@"(?<!\\)\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"<\s*/?\s*[A-Za-z][^<>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<!\\)[*_~`]")]
    private static partial Regex Mark();
}
