using System.Text;
using System.Text.Json.Nodes;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Outcomes;
using FocalBot.Bot.Tests.Cards;
using FocalBot.Bot.Tests.Groups;
using FocalBot.Bot.Tests.Meetings;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Outcomes;

/// The office reads every comment on a report together, grouped in the report's order, a page at a time; nobody else
/// can open the list.
public sealed class ReportCommentListTests : IAsyncLifetime
{
    static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    BotApp _app = null!;
    string _itemId = "";

    static JsonObject Meeting => new() { [MeetingForm.IdKey] = OutcomeApp.MeetingId };

    public async Task InitializeAsync()
    {
        _app = await OutcomeApp.StartAsync(ReportStatus.OpenForComments);
        _itemId = (await _app.Service<IMeetingStore>().GetAsync(OutcomeApp.MeetingId, default))!.CurrentAgenda.Items[0].Id;
    }

    public Task DisposeAsync() { _app.Dispose(); return Task.CompletedTask; }

    static ReportComment Comment(string id, string member, string text, int minutes, int? recommendation = null, string? item = null, Language language = Language.En) => new()
    {
        Id = id, MeetingId = OutcomeApp.MeetingId, MemberId = member, Text = text, Language = language, RecommendationNumber = recommendation, AgendaItemId = item,
        At = Monday.AddMinutes(minutes),
    };

    async Task SaveAsync(params ReportComment[] comments)
    {
        foreach (var c in comments) Assert.IsType<SaveResult.Saved>(await _app.Outcomes().SaveCommentAsync(c, default));
    }

    static int At(string text, string part)
    {
        var at = text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(at >= 0, $"\"{part}\" not in:\n{text}");
        return at;
    }

    [Fact]
    public async Task The_comments_are_grouped_in_the_order_of_the_report_and_the_oldest_first_in_each_group()
    {
        await SaveAsync(
            Comment("c1", "m-jonas", "On two, first.", 1, recommendation: 2),
            Comment("c2", "m-elise", "Sur l’ensemble.", 2, language: Language.Fr),
            Comment("c3", "m-jonas", "On the opening.", 3, item: _itemId),
            Comment("c4", "m-elise", "Sur la une.", 4, recommendation: 1, language: Language.Fr),
            Comment("c5", "m-jonas", "On the whole, later.", 5),
            Comment("c6", "m-jonas", "On an item since dropped.", 6, item: "item-dropped"),
            Comment("c7", "m-elise", "Sur la deux, plus tard.", 7, recommendation: 2, language: Language.Fr));

        var list = await _app.PressAsync(ReportRoutes.ReadComments, Meeting);

        var text = list.CardText();
        int[] order =
        [
            At(text, ReportTexts.AboutWhole.En), At(text, "Sur l’ensemble."), At(text, "On the whole, later."),
            At(text, ReportTexts.ItemLabel.Format(Language.En, 1, "Opening")), At(text, "On the opening."),
            At(text, ReportTexts.RecommendationLabel.Format(Language.En, 1)), At(text, "Appoint a guardian within 72 hours."), At(text, "Sur la une."),
            At(text, ReportTexts.RecommendationLabel.Format(Language.En, 2)), At(text, "On two, first."), At(text, "Sur la deux, plus tard."),
            At(text, ReportTexts.NoLongerOnAgenda.En), At(text, "On an item since dropped."),
        ];
        Assert.Equal(order.Order(), order);
        Assert.Contains(ReportTexts.CommentFrom.Format(Language.En, "Élise Moreau", "France"), text);
        Assert.Contains(ReportTexts.CommentFrom.Format(Language.En, "Jonas Weber", "Germany"), text);
        Assert.Contains("23 November 2026, 10:02 · written in French", text);   // 09:02 UTC, in Strasbourg
        Assert.Contains("23 November 2026, 10:05 · written in English", text);
        Assert.Equal(OutcomeApp.MeetingId, (string?)ReportTests.ButtonData(list, ReportRoutes.Open)[ReportRoutes.MeetingIdKey]);
        Assert.Contains(ReportTexts.BackToDraft.En, text);
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains("On two, first.") || l.Contains("Élise Moreau") || l.Contains("Jonas Weber"));
    }

    [Fact]
    public async Task Sixty_comments_come_ten_to_a_page_each_once_through_next_and_previous()
    {
        await SaveAsync([.. Enumerable.Range(1, 60).Select(i => Comment($"c{i:00}", i % 2 == 0 ? "m-elise" : "m-jonas", $"Comment number {i:00}.", i))]);

        var seen = new List<string>();
        var page = await _app.PressAsync(ReportRoutes.ReadComments, Meeting);
        for (var n = 1; ; n++)
        {
            var text = page.CardText();
            Assert.Contains(ReportTexts.CommentPage.Format(Language.En, (n - 1) * 10 + 1, n * 10, 60), text);
            seen.AddRange(System.Text.RegularExpressions.Regex.Matches(text, @"Comment number \d\d\.").Select(m => m.Value));
            if (n == 6) break;
            page = await _app.PressAsync(ReportRoutes.ReadComments, Buttons(page.Card).Last());   // "Next" follows "Previous"
        }

        Assert.Equal(Enumerable.Range(1, 60).Select(i => $"Comment number {i:00}."), seen);
        Assert.DoesNotContain(ReportTexts.NextComments.En, page.CardText());
        var previous = await _app.PressAsync(ReportRoutes.ReadComments, Buttons(page.Card).Single());
        Assert.Contains(ReportTexts.CommentPage.Format(Language.En, 41, 50, 60), previous.CardText());
    }

    static IEnumerable<JsonObject> Buttons(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["verb"] == ReportRoutes.ReadComments => [o["data"]!.DeepClone().AsObject()],
        JsonObject o => o.SelectMany(kv => Buttons(kv.Value)),
        JsonArray a => a.SelectMany(Buttons),
        _ => [],
    };

    [Fact]
    public void Sixty_of_the_longest_comments_in_any_script_page_under_the_card_size_limit()
    {
        var meeting = AMeeting.Convened() with { Id = OutcomeApp.MeetingId };
        var longest = new string('é', 900) + new string('Ω', 600) + new string('"', 500);
        var comments = Enumerable.Range(1, 60).Select(i => Comment($"c{i:00}", "m-elise", $"{i:00}{longest}"[..OutcomeSettings.Default.CommentMaxLength], i)).ToList();
        var report = OutcomeApp.Report(ReportStatus.OpenForComments);

        var pages = ReportCards.PageStarts(ReportCards.InReportOrder(comments, report, meeting, Language.Fr)).Count;
        var cards = Enumerable.Range(0, pages).Select(p => ReportCards.CommentList(meeting, report, comments, _ => AMember.Elise(), p, Zone, Language.Fr)).ToList();

        Assert.All(cards, c => Assert.True(Encoding.Unicode.GetByteCount(c.ToJsonString()) < CardRenderer.MaxUtf16Bytes, $"{Encoding.Unicode.GetByteCount(c.ToJsonString())} bytes"));
        Assert.Equal(60, cards.Sum(c => CardText.Of(c).Split('\n').Count(l => l.Contains(longest[..20], StringComparison.Ordinal))));
        Assert.True(pages > 6, $"{pages} pages");
    }

    static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public void A_name_and_a_comment_with_markdown_and_a_link_stay_literal_text()
    {
        const string Link = "[Re-verify](https://example.invalid/login) **x** <at>Mallory</at>";
        var meeting = AMeeting.Convened() with { Id = OutcomeApp.MeetingId };
        var author = AMember.Elise() with { DisplayName = $"Élise {Link}" };

        var card = ReportCards.CommentList(meeting, OutcomeApp.Report(ReportStatus.OpenForComments), [Comment("c1", "m-elise", $"See {Link}", 1)],
            _ => author, 0, Zone, Language.En);

        var runs = Nodes(card).Where(o => (string?)o["type"] == "TextRun").Select(o => (string)o["text"]!).ToList();
        Assert.Contains(runs, r => r.Contains($"Élise {Link}") && r.StartsWith("From ", StringComparison.Ordinal));
        Assert.Contains($"See {Link}", runs);
        Assert.DoesNotContain(Nodes(card).Where(o => (string?)o["type"] == "TextBlock"), o => ((string)o["text"]!).Contains("example.invalid"));
        Assert.Null(card["msteams"]);
    }

    static IEnumerable<JsonObject> Nodes(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(kv => Nodes(kv.Value)).Prepend(o),
        JsonArray a => a.SelectMany(Nodes),
        _ => [],
    };

    [Fact]
    public async Task A_French_office_member_reads_them_in_French_with_French_typography()
    {
        await SaveAsync(Comment("c1", "m-elise", "Préciser l’autorité.", 2, recommendation: 1, language: Language.Fr));

        var list = await _app.PressAsync(ReportRoutes.ReadComments, Meeting, fromAad: GroupApp.ClaireAad);

        var text = list.CardText();
        Assert.Contains(ReportTexts.CommentListTitle.Fr, text);
        Assert.Contains("23 novembre 2026 à 10\u00a0h\u00a002 · écrit en français", text);
        Assert.Contains(ReportTexts.CommentsUntil.Format(Language.Fr, new DateOnly(2026, 5, 28)) + " · " + ReportTexts.Comments.Format(Language.Fr, 1), text);
        Assert.Empty(FrenchTypography.PlainSpacesBeforeDoublePunctuation(text));
    }

    [Fact]
    public async Task A_focal_point_is_refused_by_the_router_and_reads_no_comment()
    {
        await SaveAsync(Comment("c1", "m-jonas", "SENTINEL-l1st", 1));

        var refused = await _app.PressAsync(ReportRoutes.ReadComments, Meeting, fromAad: Payload.EliseAad);

        Assert.Null(refused.Card);
        Assert.Equal(ReportTexts.OfficeOnly.Fr, refused.Message);
        Assert.DoesNotContain("SENTINEL-l1st", refused.ToJsonString());
    }

    [Fact]
    public async Task The_draft_card_opens_the_comments_once_some_came_in()
    {
        var none = await _app.PressAsync(ReportRoutes.Open, Meeting);
        await SaveAsync(Comment("c1", "m-jonas", "First.", 1), Comment("c2", "m-elise", "Deuxième.", 2, language: Language.Fr));

        var some = await _app.PressAsync(ReportRoutes.Open, Meeting);

        Assert.DoesNotContain(ReportRoutes.ReadComments, none.CardJson());
        Assert.Contains(ReportTexts.Comments.Format(Language.En, 0), none.CardText());
        Assert.Contains(ReportTexts.ReadComments.Format(Language.En, 2), some.CardText());
        var list = await _app.PressAsync(ReportRoutes.ReadComments, ReportTests.ButtonData(some, ReportRoutes.ReadComments));
        Assert.Contains("Deuxième.", list.CardText());
    }

    [Fact]
    public async Task The_issued_reports_card_still_opens_the_comments()
    {
        await SaveAsync(Comment("c1", "m-jonas", "First.", 1));
        Assert.IsType<SaveResult.Saved>(await _app.Outcomes().SaveReportAsync(
            (await _app.Outcomes().GetReportAsync(OutcomeApp.MeetingId, default))! with { Status = ReportStatus.Issued, IssuedOn = new DateOnly(2026, 11, 23) }, default));

        var issued = await _app.PressAsync(ReportRoutes.Open, Meeting);

        Assert.Contains(ReportTexts.ReadComments.Format(Language.En, 1), issued.CardText());
        var list = await _app.PressAsync(ReportRoutes.ReadComments, ReportTests.ButtonData(issued, ReportRoutes.ReadComments));
        Assert.Contains("First.", list.CardText());
    }
}
