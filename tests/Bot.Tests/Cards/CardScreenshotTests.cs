using FocalBot.Bot.Cards;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Cards;

/// A few real cards, as a person sees them: screenshotted once in headless Chromium.
public sealed class ScreenshottedSamples : IAsyncLifetime
{
    /// The office's status view in both languages, the request card a French focal point receives, the channel post
    /// (its requester's name holds Markdown) and the channel mention of focal points who have no chat yet; and the
    /// cards with the most buttons: the meeting's status and convocation, the office's delivery view.
    public static readonly (string Name, Language Language)[] Chosen =
    [
        ("requests.status", Language.En), ("requests.status", Language.Fr), ("requests.received", Language.Fr),
        ("requests.channel-post", Language.En), ("requests.mention", Language.Fr),
        ("meetings.status", Language.Fr), ("meetings.status-thematic", Language.Fr), ("meetings.convocation", Language.Fr),
        ("deliveries.view", Language.Fr),
    ];

    readonly TempFolder _folder = new();

    public IReadOnlyDictionary<string, CardShot> Shots { get; private set; } = new Dictionary<string, CardShot>();

    public static string FileOf(string name, Language language) => $"{RenderedSamples.FileNameFor(name)}.{language.Code()}.json";

    public CardShot Shot(string name, Language language) => Shots[FileOf(name, language)];

    public async Task InitializeAsync()
    {
        var cards = Path.Combine(_folder.Path, "cards");
        Directory.CreateDirectory(cards);
        foreach (var sample in AllCards.Samples().Where(s => Chosen.Contains((s.Name, s.Language))))
            CardRenderer.Write(sample.Card, Path.Combine(cards, FileOf(sample.Name, sample.Language)));

        Shots = await CardScreenshots.ShootFolderAsync(cards, Path.Combine(_folder.Path, "png"));
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class CardScreenshotTests(ScreenshottedSamples shots) : IClassFixture<ScreenshottedSamples>
{
    /// The page is a Teams-like chat column: a 450 px card with a 12 px margin on each side.
    const int ShotWidth = 450 + 2 * 12;

    [Fact]
    public void Every_chosen_card_is_a_png_of_a_card_with_text()
    {
        Assert.Equal(ScreenshottedSamples.Chosen.Select(c => ScreenshottedSamples.FileOf(c.Name, c.Language)).Order(), shots.Shots.Keys.Order());

        foreach (var shot in shots.Shots.Values)
        {
            Assert.True(shot.Ok, $"{shot.File}: {string.Join("\n", shot.Problems)}");
            Assert.True(shot.Png is not null && File.Exists(shot.Png), $"{shot.File}: no PNG at {shot.Png}");
            var bytes = File.ReadAllBytes(shot.Png!);
            var header = PngHeader.Read(bytes);
            Assert.NotNull(header);   // the file starts like a PNG
            Assert.Equal((ShotWidth, shot.Height), (header.Width, header.Height));
            Assert.True(header.Height >= 150, $"{shot.File}: only {header.Height} px high");
            Assert.True(bytes.Length > 8_000, $"{shot.File}: {bytes.Length} bytes, too few for a card with text"); // a blank one takes < 1 KB
            Assert.True(shot.Text.Split('\n').Length >= 3, $"{shot.File} shows almost nothing:\n{shot.Text}");
        }
    }

    /// Teams squeezes a row of buttons to ellipses when their titles do not fit: those that do not go to the "…" menu.
    [Fact]
    public void No_button_title_is_cut_short()
    {
        foreach (var (name, language) in ScreenshottedSamples.Chosen)
            Assert.True(shots.Shot(name, language).Clipped.Count == 0, $"{name} ({language}): {string.Join(" | ", shots.Shot(name, language).Clipped)}");
    }

    [Fact]
    public void Member_text_with_markup_shows_as_written()
    {
        var post = shots.Shot("requests.channel-post", Language.En).Text;

        Assert.Contains("Requested by / Demandée par\u00A0: Sophie **Laurent**\n", post);
        Assert.Contains("**Figures** for 2025 <b>only</b>.", post);
        Assert.Contains("Is a guardian appointed within 72 hours? [yes](no)", post);
    }

    [Fact]
    public void French_no_break_spaces_reach_the_reader()
    {
        var received = shots.Shot("requests.received", Language.Fr).Text;
        var mention = shots.Shot("requests.mention", Language.Fr).Text;

        Assert.Contains("Combien de mineurs non accompagnés sont arrivés en 2025\u00A0?", received);
        Assert.Contains("tapez «\u00A0demandes\u00A0» pour répondre", mention);
        foreach (var (name, language) in ScreenshottedSamples.Chosen.Where(c => c.Language == Language.Fr))
            Assert.Empty(FrenchTypography.PlainSpacesBeforeDoublePunctuation(shots.Shot(name, language).Text));
    }

    [Fact]
    public void A_french_focal_point_reads_french_first_and_every_text_whole()
    {
        var received = shots.Shot("requests.received", Language.Fr);

        Assert.StartsWith("Demande d’information 2026/07\nAccueil des mineurs non accompagnés à la frontière\nReception of unaccompanied minors", received.Text);
        Assert.Contains("Répondre", received.Text);
        Assert.Empty(received.Clipped);
    }

    [Fact]
    public void Mentions_show_as_names_and_the_status_shows_the_states_that_matter()
    {
        var mention = shots.Shot("requests.mention", Language.Fr).Text;
        var status = shots.Shot("requests.status", Language.En).Text;

        Assert.StartsWith("For / Pour\u00A0: Élise Moreau, Jonas", mention);
        Assert.DoesNotContain("<at>", mention);   // each <at>…</at> matches its entity, so Teams shows a name
        Assert.Contains("France: ✅ answered 3/3 · receipt acknowledged\n", status);
        // The four states with a focal point or an answer get a line each; the 42 others share one.
        Assert.Equal(4, status.Split('\n').Count(line => line.Contains(": no answer") || line.Contains(": draft ") || line.Contains(": ✅ ")));
        Assert.Contains("⚠️ 42 states without a focal point: Albania, Andorra, Armenia", status);
    }
}
