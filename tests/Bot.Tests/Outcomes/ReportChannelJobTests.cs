using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Deliveries;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Outcomes;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Outcomes;

/// The issued report of a meeting of the whole network is announced in the network's channel once, in English and
/// French, without links or the report's texts; a post that could not go out in the first days is closed with why;
/// the office's card states each message's state as it is.
public sealed class ReportChannelJobTests : IAsyncLifetime
{
    const string Channel = "19:network@thread.tacv2";
    BotApp _app = null!;

    static JsonObject Meeting => new() { [MeetingForm.IdKey] = OutcomeApp.MeetingId };

    public async Task InitializeAsync()
    {
        _app = await OutcomeApp.StartAsync(ReportStatus.OpenForComments);
        await IssueSteps.PresentAsync(_app);
        await _app.Conversations.SaveAsync(RequestApp.ChannelOf(), default);
        await _app.PressAsync(ReportRoutes.Issue, await IssueSteps.ConfirmDataAsync(_app));
    }

    public Task DisposeAsync() { _app.Dispose(); return Task.CompletedTask; }

    IReadOnlyList<FakeConnector.Sent> Posts() => [.. _app.Connector.To(Channel).Where(s => s.Shown.Contains(ReportTexts.ChannelTitle.En))];

    [Fact]
    public async Task The_report_is_announced_once_in_both_languages_without_links_or_its_texts()
    {
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        var post = Assert.Single(Posts());
        Assert.Contains(Bilingual.Label(ReportTexts.ChannelTitle), post.Shown);
        Assert.Contains("Plenary meeting of the network", post.Shown);
        Assert.Contains("Réunion plénière du réseau", post.Shown);
        Assert.Contains(Bilingual.Format(ReportTexts.ChannelRecommendations, 2), post.Shown);
        Assert.Contains(ReportTexts.ChannelInChat.En, post.Shown);
        Assert.Contains(ReportTexts.ChannelInChat.Fr, post.Shown);
        Assert.DoesNotContain("/exports/", post.AllText);
        Assert.DoesNotContain("Appoint a guardian", post.AllText);
        Assert.Equal(DeliveryStatus.Sent, (await _app.Deliveries().GetAsync(ReportChannelCampaign.Key(OutcomeApp.MeetingId), NetworkChannel.Recipient, default))!.Status);
    }

    [Fact]
    public async Task The_office_s_card_says_what_waits_then_what_was_sent_and_posted()
    {
        var waiting = (await _app.PressAsync(ReportRoutes.Open, Meeting)).CardText();
        await _app.RunJobsAsync();
        var done = (await _app.PressAsync(ReportRoutes.Open, Meeting)).CardText();

        Assert.Contains(DeliveryTexts.WaitingMany.Format(Language.En, 2), waiting);
        Assert.Contains(DeliveryTexts.ChannelWaiting.En, waiting);
        Assert.Contains(DeliveryTexts.ReachedInChatMany.Format(Language.En, 2), done);
        Assert.Contains(DeliveryTexts.ChannelPosted.En, done);
        Assert.DoesNotContain(DeliveryTexts.ChannelWaiting.En, done);
        Assert.Contains(ReportTexts.IssuedTitle.En, done);
    }

    [Fact]
    public async Task A_post_not_made_in_the_first_days_is_closed_as_late_and_the_card_says_so()
    {
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));   // four days after it was issued

        await _app.RunJobsAsync();

        Assert.Empty(Posts());
        var row = (await _app.Deliveries().GetAsync(ReportChannelCampaign.Key(OutcomeApp.MeetingId), NetworkChannel.Recipient, default))!;
        Assert.Equal((DeliveryStatus.Failed, NetworkChannel.Late), (row.Status, row.ErrorCode));
        var card = (await _app.PressAsync(ReportRoutes.Open, Meeting)).CardText();
        Assert.Contains(DeliveryTexts.ChannelNotPosted.Format(Language.En, "it could not go out in the few days it was news"), card);
    }
}
