using System.Text.Json.Nodes;
using FocalBot.Bot.Deliveries;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Tests.Cards;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Requests;

/// The request's post in the network's channel: where it goes, what the office is told about it, and that it speaks
/// English and French.
public sealed class RequestChannelTests : IDisposable
{
    const string TeamChannel = "19:2b7d4e6f8a0c4e1b9d3f5a7c9e1b3d5f@thread.tacv2";   // team-install.json's team (and General channel)
    const string StrangerAad = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    static bool IsChannelPost(FakeConnector.Sent s) => s.AllText.Contains(RequestTexts.ChannelPostIntro.En);

    static bool IsChannelPost(Activity a) =>
        a.Attachments?.FirstOrDefault()?.Content is JsonObject card && CardText.Of(card).Contains(RequestTexts.ChannelPostIntro.En);

    async Task<string> StatusAsync(InformationRequest request) => (await _app.PressAsync(RequestRoutes.Status, RequestApp.Ids(request))).CardText();

    async Task<(InformationRequest Request, string Confirmation)> SendAsync(JsonObject? form = null)
    {
        form ??= RequestApp.Form();
        await _app.PressAsync(RequestRoutes.Preview, form);
        var stored = await _app.Requests().GetAsync((string)form[RequestForm.IdKey]!, default);
        var sent = (await _app.PressAsync(RequestRoutes.Send, new JsonObject { [RequestForm.IdKey] = stored!.Id, [RequestForm.VersionKey] = stored.Version })).CardText();
        return ((await _app.Requests().GetAsync(stored.Id, default))!, sent);
    }

    [Fact]
    public async Task Sent_before_the_bot_knows_a_team_claims_no_post_then_the_install_lets_the_next_tick_post_it_once()
    {
        var (request, confirmation) = await SendAsync();
        await _app.RunJobsAsync();

        Assert.Contains(DeliveryTexts.ChannelNoTeamLine.En, confirmation);
        Assert.DoesNotContain(DeliveryTexts.ChannelPostedLine.En, confirmation);
        Assert.DoesNotContain(DeliveryTexts.ChannelWillPostLine.En, confirmation);
        Assert.DoesNotContain(_app.Connector.Sends, IsChannelPost);
        Assert.Contains(DeliveryTexts.ChannelNoTeam.En, await StatusAsync(request));

        // Added to the team by someone outside the directory: the installation counts all the same.
        await _app.PostAsync(Payload.Load("team-install").From(StrangerAad));
        Assert.Contains(DeliveryTexts.ChannelWaiting.En, await StatusAsync(request));
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        var post = Assert.Single(_app.Connector.Sends, IsChannelPost);
        Assert.Equal(TeamChannel, post.To.ConversationId);
        Assert.Equal(Payload.LocalServiceUrl, post.To.ServiceUrl);
        var status = await StatusAsync(request);
        Assert.Contains($"{DeliveryTexts.ChannelFact.En}\n{DeliveryTexts.ChannelPosted.En}", status);
        var again = (await _app.PressAsync(RequestRoutes.Send, RequestApp.Ids(request))).CardText();
        Assert.Contains(DeliveryTexts.ChannelPostedLine.En, again);
    }

    [Fact]
    public async Task With_a_known_channel_the_confirmation_says_the_post_is_to_come_not_that_it_happened()
    {
        await _app.Conversations.SaveAsync(RequestApp.ChannelOf(), default);

        var (_, confirmation) = await SendAsync();

        Assert.Contains(DeliveryTexts.ChannelWillPostLine.En, confirmation);
        Assert.DoesNotContain(DeliveryTexts.ChannelPostedLine.En, confirmation);
        Assert.Contains(RequestTexts.SentBody.Format(Language.En, 3), confirmation);
    }

    [Fact]
    public async Task Network_ChannelId_wins_over_the_team_the_bot_was_installed_in()
    {
        _app.Dispose();
        _app = RequestApp.New().Setting("Network:ChannelId", "19:requests@thread.tacv2");
        await _app.PostAsync(Payload.Load("team-install"));

        var (request, confirmation) = await SendAsync();
        await _app.RunJobsAsync();

        Assert.Contains(DeliveryTexts.ChannelWillPostLine.En, confirmation);
        var post = Assert.Single(_app.Connector.Sends, IsChannelPost);
        Assert.Equal("19:requests@thread.tacv2", post.To.ConversationId);
        Assert.Equal(Payload.LocalServiceUrl, post.To.ServiceUrl);   // the team's connector, met at the installation
        var row = await _app.Deliveries().GetAsync(RequestChannelPostCampaign.Key(request.Number!.Value), FocalBot.Bot.Scheduling.NetworkChannel.Recipient, default);
        Assert.StartsWith("19:requests@thread.tacv2;messageid=", row!.ActivityId);
    }

    [Fact]
    public async Task A_configured_channel_in_a_team_the_bot_is_not_in_is_not_claimed()
    {
        _app.Dispose();
        _app = RequestApp.New().Setting("Network:ChannelId", "19:requests@thread.tacv2");

        var (request, confirmation) = await SendAsync();

        Assert.Contains(DeliveryTexts.ChannelNotInConfiguredTeamLine.En, confirmation);
        Assert.Contains(DeliveryTexts.ChannelNotInConfiguredTeam.En, await StatusAsync(request));
    }

    [Fact]
    public async Task The_post_and_the_mention_line_speak_English_and_French()
    {
        await _app.Conversations.SaveAsync(RequestApp.ChannelOf(), default);
        await _app.OpenChatAsync(Payload.EliseAad);
        await _app.OpenChatAsync(Payload.JonasAad);
        var form = RequestApp.Form().With(RequestForm.LanguageKey, "fr").With(RequestForm.TitleKey, "Accueil des mineurs non accompagnés")
            .With(RequestForm.TitleTranslationKey, "Reception of unaccompanied minors").With(RequestForm.BackgroundTranslationKey, "Pour la plénière de printemps.")
            .With(RequestForm.QuestionTranslationKey(1), "Combien en 2025\u00a0?").With(RequestForm.QuestionTranslationKey(2), "Qui évalue leur âge\u00a0?")
            .With(RequestForm.QuestionTranslationKey(3), "Un tuteur est-il désigné sous 72 heures\u00a0?");
        var (request, _) = await SendAsync(form);
        RequestApp.MarcInTheTeamWithoutTheApp(_app);

        await _app.RunJobsAsync();   // the post, and Marc's row becomes NoChat
        await _app.RunJobsAsync();   // the mention

        var post = Assert.Single(_app.Connector.Sends, IsChannelPost).AllText;
        Assert.Contains("Information request 2026/01 / Demande d’information 2026/01", post);
        Assert.Contains("Accueil des mineurs non accompagnés", post);
        Assert.Contains("Reception of unaccompanied minors", post);
        Assert.Contains("Deadline / Date limite", post);
        Assert.Contains("14 December 2026 / 14 décembre 2026", post);
        Assert.Contains(RequestTexts.ChannelPostIntro.Fr, post);
        Assert.Contains("Answer / Répondre", post);

        var thread = (await _app.Deliveries().GetAsync(RequestChannelPostCampaign.Key(request.Number!.Value), FocalBot.Bot.Scheduling.NetworkChannel.Recipient, default))!.ActivityId!;
        var mention = Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == thread).AllText;
        Assert.Contains("For / Pour\u00a0: <at>Marc Dubois</at> — Information request 2026/01 / Demande d’information 2026/01", mention);
        Assert.Contains(RequestTexts.MentionBody.En, mention);
        Assert.Contains(RequestTexts.MentionBody.Fr, mention);
        Assert.Empty(FrenchTypography.PlainSpacesBeforeDoublePunctuation(post + mention));
    }

    [Fact]
    public async Task A_throttled_post_stays_waiting_holds_the_channel_for_the_run_and_goes_once_later()
    {
        await _app.Conversations.SaveAsync(RequestApp.ChannelOf(), default);
        var (first, _) = await SendAsync();
        var (second, _) = await SendAsync(RequestApp.Form(id: "r-2", title: "Return of rejected applicants"));
        var attempts = 0;
        _app.Connector.Outcome = a => IsChannelPost(a) && ++attempts == 1 ? new SendResult(SendStatus.Throttled, HttpStatus: 429, RetryAfter: TimeSpan.FromSeconds(20)) : null;

        await _app.RunJobsAsync();

        Assert.Equal(1, attempts);   // the second request's post waited for a later run
        Assert.Contains(DeliveryTexts.ChannelWaiting.En, await StatusAsync(first));
        Assert.Contains(DeliveryTexts.ChannelWaiting.En, await StatusAsync(second));

        _app.Clock.Advance(TimeSpan.FromSeconds(21));
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        Assert.Equal(2, _app.Connector.Sends.Count(IsChannelPost));
        Assert.Single(_app.Connector.Sends, s => IsChannelPost(s) && s.AllText.Contains("2026/01"));
        Assert.Contains($"{DeliveryTexts.ChannelFact.En}\n{DeliveryTexts.ChannelPosted.En}", await StatusAsync(first));
        Assert.Contains($"{DeliveryTexts.ChannelFact.En}\n{DeliveryTexts.ChannelPosted.En}", await StatusAsync(second));
    }

    [Fact]
    public async Task A_post_without_an_answer_is_shown_uncertain_with_when_and_why_and_never_repeated()
    {
        await _app.Conversations.SaveAsync(RequestApp.ChannelOf(), default);
        var (request, _) = await SendAsync();
        _app.Connector.Outcome = a => IsChannelPost(a) ? new SendResult(SendStatus.Uncertain, HttpStatus: 504, ErrorCode: "HTTP 504") : null;

        await _app.RunJobsAsync();
        _app.Connector.Outcome = null;
        await _app.RunJobsAsync();

        Assert.DoesNotContain(_app.Connector.Sends, IsChannelPost);
        var status = await StatusAsync(request);
        // 09:00 UTC is 10:00 in Strasbourg.
        Assert.Contains(DeliveryTexts.ChannelUncertain.Format(Language.En, new DateTime(2026, 11, 23, 10, 0, 0), "Teams timed out (504) after the message left"), status);
    }
}
