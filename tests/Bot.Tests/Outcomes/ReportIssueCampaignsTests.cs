using System.Text.Json.Nodes;
using FocalBot.Bot.Exports;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Outcomes;
using FocalBot.Bot.Tests.Groups;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Outcomes;

/// The issued report as each invitee receives it: in their language, the recommendations with their addressees, and
/// their own links to the report in their language and in the other one; new links on request; nothing before it is
/// issued.
public sealed class ReportIssueCampaignsTests : IAsyncLifetime
{
    BotApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await OutcomeApp.StartAsync(ReportStatus.OpenForComments);
        await IssueSteps.PresentAsync(_app);
    }

    public Task DisposeAsync() { _app.Dispose(); return Task.CompletedTask; }

    static IReadOnlyList<(string Title, string Url)> Links(JsonObject card) =>
        [.. card["actions"]!.AsArray().Where(a => (string?)a!["type"] == "Action.OpenUrl").Select(a => ((string)a!["title"]!, (string)a["url"]!))];

    async Task<SummaryReport> IssueAsync()
    {
        await _app.PressAsync(ReportRoutes.Issue, await IssueSteps.ConfirmDataAsync(_app));
        await _app.RunJobsAsync();
        return (await _app.Outcomes().GetReportAsync(OutcomeApp.MeetingId, default))!;
    }

    static string FileIdIn(string url) => Uri.UnescapeDataString(new Uri(url).AbsolutePath[(ExportLinks.Route.Length + 1)..]);

    [Fact]
    public async Task A_French_member_gets_the_French_card_with_links_to_the_French_report_first_and_the_English_one()
    {
        var report = await IssueAsync();

        var card = Assert.Single(_app.ChatOf(Payload.EliseAad), s => s.Shown.Contains(ReportTexts.ReceivedTitle.Format(Language.Fr, "Réunion plénière du réseau")));
        Assert.Contains("1. Désigner un tuteur sous 72 heures.", card.Shown);
        Assert.Contains("2. Share practice on age assessment.", card.Shown);
        Assert.Contains(ReportTexts.Confidential.Fr, card.Shown);
        Assert.Contains(ReportTexts.IssuedOn.Format(Language.Fr, new DateOnly(2026, 11, 23)), card.Shown);
        var links = Links(card.Card!);
        Assert.Equal([ReportTexts.WordFr.Fr, ReportTexts.WordEn.Fr], links.Select(l => l.Title));
        Assert.Equal([report.FileIn(Language.Fr)!.FileId, report.FileIn(Language.En)!.FileId], links.Select(l => FileIdIn(l.Url)));
        Assert.All(links, l => Assert.Contains("m=m-elise", l.Url));
        Assert.Contains(ReportRoutes.Links, card.Card!.ToJsonString());
    }

    [Fact]
    public async Task An_English_member_gets_the_English_card_with_the_English_report_first()
    {
        var report = await IssueAsync();

        var card = Assert.Single(_app.ChatOf(Payload.JonasAad), s => s.Shown.Contains(ReportTexts.ReceivedTitle.Format(Language.En, "Plenary meeting of the network")));
        Assert.Contains("1. Appoint a guardian within 72 hours.", card.Shown);
        Assert.Contains(ReportTexts.Confidential.En, card.Shown);
        var links = Links(card.Card!);
        Assert.Equal([ReportTexts.WordEn.En, ReportTexts.WordFr.En], links.Select(l => l.Title));
        Assert.Equal([report.FileIn(Language.En)!.FileId, report.FileIn(Language.Fr)!.FileId], links.Select(l => FileIdIn(l.Url)));
        Assert.All(links, l => Assert.Contains("m=m-jonas", l.Url));
    }

    [Fact]
    public async Task A_member_asks_for_new_links_and_gets_their_own()
    {
        await IssueAsync();

        var fresh = await _app.PressAsync(ReportRoutes.Links, new JsonObject { [MeetingForm.IdKey] = OutcomeApp.MeetingId }, fromAad: Payload.EliseAad);

        Assert.Contains(ReportTexts.ReceivedTitle.Format(Language.Fr, "Réunion plénière du réseau"), fresh.CardText());
        Assert.Equal(2, Links(fresh.Card!).Count);
        Assert.All(Links(fresh.Card!), l => Assert.Contains("m=m-elise", l.Url));
    }

    [Fact]
    public async Task Before_the_report_is_issued_there_is_no_card_and_no_links()
    {
        var campaign = _app.Service<ReportIssuedCampaign>();
        var elise = (await _app.Members.GetAsync("m-elise", default))!;

        Assert.Null(await campaign.MessageAsync(OutcomeApp.MeetingId, elise, default));
        var refused = await _app.PressAsync(ReportRoutes.Links, new JsonObject { [MeetingForm.IdKey] = OutcomeApp.MeetingId }, fromAad: Payload.EliseAad);
        Assert.Equal(ReportTexts.NotIssued.Fr, refused.Message);
    }
}
