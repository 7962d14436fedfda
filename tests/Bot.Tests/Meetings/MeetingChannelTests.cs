using System.Text.Json.Nodes;
using FocalBot.Bot.Deliveries;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Tests.Cards;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Meetings;

namespace FocalBot.Bot.Tests.Meetings;

/// A convocation's post in the network's channel: in both languages, claimed only once it happened, and the invitees
/// the bot cannot write to mentioned there once. The clock starts on Monday 23 November 2026.
public sealed class MeetingChannelTests : IDisposable
{
    readonly BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    static JsonObject Form(string titleEn, string titleFr, params (string En, string Fr)[] items)
    {
        var data = new JsonObject
        {
            [MeetingForm.IdKey] = "mt-1", [MeetingForm.KindKey] = "ThematicSession", [MeetingForm.TitleEnKey] = titleEn, [MeetingForm.TitleFrKey] = titleFr,
            [MeetingForm.OpeningKey] = "2027-03-15", [MeetingForm.ClosingKey] = "2027-03-15", [MeetingForm.TimeZoneKey] = "Europe/Paris",
            [MeetingForm.PlaceKey] = "Palais de l’Europe, Strasbourg", [MeetingForm.ExternalsKey] = "false", [MeetingForm.AudienceKey] = "all",
            [MeetingForm.SlotsKey] = "3",
        };
        for (var i = 0; i < items.Length; i++)
        {
            data[MeetingForm.ItemEnKey(i + 1)] = items[i].En;
            data[MeetingForm.ItemFrKey(i + 1)] = items[i].Fr;
        }
        return data;
    }

    async Task<(Meeting Meeting, string Confirmation)> ConveneAsync(JsonObject form)
    {
        await _app.PressAsync(MeetingRoutes.Save, form);
        var draft = (await _app.Service<IMeetingStore>().GetAsync("mt-1", default))!;
        var confirmation = (await _app.PressAsync(MeetingRoutes.Convene, new JsonObject { [MeetingForm.IdKey] = draft.Id, [MeetingForm.VersionKey] = draft.Version })).CardText();
        return ((await _app.Service<IMeetingStore>().GetAsync(draft.Id, default))!, confirmation);
    }

    static bool IsPost(FakeConnector.Sent s) => s.AllText.Contains(MeetingTexts.ChannelIntro.En);

    [Fact]
    public async Task A_meeting_titled_in_French_is_posted_with_both_titles_and_bilingual_labels()
    {
        await _app.Conversations.SaveAsync(RequestApp.ChannelOf(), default);
        var (_, confirmation) = await ConveneAsync(Form("Thematic session on returns", "Session thématique sur les retours",
            ("", "Ouverture"), ("Return policies", "Politiques de retour")));

        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        Assert.Contains(DeliveryTexts.ChannelWillPostLine.En, confirmation);
        var post = Assert.Single(_app.Connector.Sends, IsPost);
        Assert.Equal("19:network@thread.tacv2", post.To.ConversationId);
        Assert.Contains("Thematic session on returns", post.AllText);
        Assert.Contains("Session thématique sur les retours", post.AllText);
        Assert.Contains("Agenda (version 1) / Ordre du jour (version 1)", post.AllText);
        Assert.Contains("Ouverture", post.AllText);
        Assert.Contains("Politiques de retour", post.AllText);
        Assert.Contains("15 March 2027 / 15 mars 2027", post.AllText);
        Assert.Contains("Place / Lieu\u00a0: ", post.AllText);
        Assert.Contains(MeetingTexts.ChannelIntro.Fr, post.AllText);
        Assert.Empty(FrenchTypography.PlainSpacesBeforeDoublePunctuation(post.AllText));
    }

    [Fact]
    public async Task Convened_before_the_bot_is_in_a_team_nothing_is_claimed_until_the_install_lets_it_post()
    {
        var (meeting, confirmation) = await ConveneAsync(Form("Returns", "Retours", ("Opening", "Ouverture")));
        await _app.RunJobsAsync();

        Assert.Contains(MeetingTexts.ConvenedTitle.En, confirmation);
        Assert.Contains(DeliveryTexts.ChannelNoTeamLine.En, confirmation);
        Assert.DoesNotContain(_app.Connector.Sends, IsPost);
        var status = (await _app.PressAsync(MeetingRoutes.Status, new JsonObject { [MeetingForm.IdKey] = meeting.Id })).CardText();
        Assert.Contains(DeliveryTexts.ChannelNoTeam.En, status);

        await _app.PostAsync(Payload.Load("team-install"));
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        Assert.Single(_app.Connector.Sends, IsPost);
        status = (await _app.PressAsync(MeetingRoutes.Status, new JsonObject { [MeetingForm.IdKey] = meeting.Id })).CardText();
        Assert.Contains($"{DeliveryTexts.ChannelFact.En}\n{DeliveryTexts.ChannelPosted.En}", status);
    }

    [Fact]
    public async Task Invitees_without_a_chat_are_mentioned_once_in_the_convocations_thread_in_both_languages()
    {
        await _app.Conversations.SaveAsync(RequestApp.ChannelOf(), default);
        await _app.OpenChatAsync(Payload.EliseAad);
        await _app.OpenChatAsync(Payload.JonasAad);
        var (meeting, _) = await ConveneAsync(Form("Returns", "Retours", ("Opening", "Ouverture")));
        RequestApp.MarcInTheTeamWithoutTheApp(_app);

        await _app.RunJobsAsync();   // the post; Marc's convocation row becomes NoChat
        await _app.RunJobsAsync();   // the mention
        await _app.RunJobsAsync();

        var thread = (await _app.Deliveries().GetAsync(MeetingChannelPostCampaign.Key(meeting.Id), NetworkChannel.Recipient, default))!.ActivityId!;
        var mention = Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == thread);
        Assert.Contains("For / Pour\u00a0: <at>Marc Dubois</at> — Thematic session, 15 March 2027 / Session thématique, 15 mars 2027", mention.AllText);
        Assert.Contains(MeetingTexts.MentionBody.En, mention.AllText);
        Assert.Contains(MeetingTexts.MentionBody.Fr, mention.AllText);
        Assert.Contains(RequestApp.MarcAad, mention.Card!["msteams"]!.ToJsonString());
        var row = Assert.Single(await _app.Deliveries().ListAsync(MeetingMentionCampaign.Key(meeting.Id), default));
        Assert.Equal((FocalBot.Domain.Shared.DeliveryStatus.Sent, FocalBot.Domain.Shared.DeliveryPath.ChannelMention), (row.Status, row.Path));
    }
}
