using System.Text.Json.Nodes;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Support;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Requests;

/// Following up a sent request: the office's status, "chase now", closing and compiling.
public sealed class FollowUpRoutesTests : IDisposable
{
    readonly BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_status_counts_answers_receipts_and_who_was_not_reached()
    {
        var request = await _app.SentWithChannelAsync();
        await _app.RunJobsAsync();
        await _app.PressAsync(RequestRoutes.Submit, RequestApp.Answers(request, 0, "fr", (1, "a"), (2, "b"), (3, "c")), fromAad: Payload.EliseAad);
        await _app.PressAsync(RequestRoutes.Acknowledge, RequestApp.Ids(request), fromAad: Payload.JonasAad);

        var body = await _app.PressAsync(RequestRoutes.Status, RequestApp.Ids(request));

        var card = body.CardJson();
        Assert.Contains("\"title\":\"States asked\",\"value\":\"46\"", card);
        Assert.Contains("\"title\":\"Answered\",\"value\":\"1\"", card);
        Assert.Contains("\"title\":\"Acknowledged receipt\",\"value\":\"1\"", card);
        // Both states with focal points were reached; the 44 with none are summed up on a line of their own.
        Assert.Contains("\"title\":\"Not reached\",\"value\":\"0\"", card);
        Assert.Contains("44 states without a focal point", card);
        Assert.Contains("France: ✅ answered 3/3", card);
        Assert.Equal(RequestRoutes.Status, (string?)body["value"]!["refresh"]!["action"]!["verb"]);
    }

    [Fact]
    public async Task A_focal_point_refreshing_a_forwarded_status_sees_only_the_request()
    {
        var request = await _app.SendAsync();

        var card = (await _app.PressAsync(RequestRoutes.Status, RequestApp.Ids(request), fromAad: Payload.EliseAad)).CardJson();

        Assert.DoesNotContain(RequestTexts.StatesAsked.Fr, card);
        Assert.Contains(RequestTexts.AnswerButton.Fr, card);
    }

    [Fact]
    public async Task Chase_now_reminds_the_states_that_have_not_answered_once_a_day()
    {
        var request = await _app.SentWithChannelAsync();
        await _app.RunJobsAsync();

        var first = await _app.PressAsync(RequestRoutes.Chase, RequestApp.Ids(request));
        var second = await _app.PressAsync(RequestRoutes.Chase, RequestApp.Ids(request));
        await _app.RunJobsAsync();

        Assert.Equal(RequestTexts.Chased.Format(Language.En, 2, 3), first.Message);
        Assert.Equal(RequestTexts.ChasedAlready.En, second.Message);
        Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.JonasAad) && s.AllText.Contains("Reminder"));
    }

    [Fact]
    public async Task A_second_chase_the_same_day_says_only_what_it_queued()
    {
        var request = await _app.SentWithChannelAsync();
        await _app.RunJobsAsync();
        await _app.PressAsync(RequestRoutes.Chase, RequestApp.Ids(request));

        // A focal point for Italy joins the network after the first chase: a second press reminds only her.
        await _app.Given(AMember.FocalPoint("m-giulia", "Giulia Rossi", "IT"));
        var second = await _app.PressAsync(RequestRoutes.Chase, RequestApp.Ids(request));

        Assert.Equal(RequestTexts.Chased.Format(Language.En, 1, 1), second.Message);
        var rows = await _app.Deliveries().ListAsync(RequestChaseCampaign.Key(request.Number!.Value, new DateOnly(2026, 11, 23)), default);
        Assert.Equal(4, rows.Count);
        Assert.Equal(2, (await _app.AuditAsync()).Count(e => e.Action == "request.chased" && e.SubjectId == request.Id));   // one per press that queued
    }

    [Fact]
    public async Task Closing_stops_answers()
    {
        var request = await _app.SendAsync();

        await _app.PressAsync(RequestRoutes.Close, RequestApp.Ids(request));
        var refused = await _app.PressAsync(RequestRoutes.Save, RequestApp.Answers(request, 0, "fr", (1, "trop tard")), fromAad: Payload.EliseAad);

        Assert.Contains(RequestTexts.AnswerClosed.Fr, refused.CardJson());
        Assert.Null(await _app.AnswerOfAsync(request, "FR"));
    }

    [Fact]
    public async Task The_office_compiles_on_demand_and_downloads_the_word_document_through_its_personal_link()
    {
        var request = await _app.SendAsync();
        await _app.PressAsync(RequestRoutes.Submit, RequestApp.Answers(request, 0, "fr", (1, "312 mineurs"), (2, "L’OFPRA"), (3, "Oui")), fromAad: Payload.EliseAad);

        var card = await _app.PressAsync(RequestRoutes.Compile, RequestApp.Ids(request));

        var links = card["value"]!["actions"]!.AsArray().Where(a => (string?)a!["type"] == "Action.OpenUrl").Select(a => (string)a!["url"]!).ToList();
        Assert.Equal(2, links.Count);
        Assert.Contains(RequestTexts.CompilationBody.Format(Language.En, 1, 46), card.CardJson());
        var word = await _app.CreateClient().GetAsync(new Uri(links[0]).PathAndQuery);
        Assert.Equal(System.Net.HttpStatusCode.OK, word.StatusCode);
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await word.Content.ReadAsByteArrayAsync()), false);
        Assert.Contains("312 mineurs", doc.MainDocumentPart!.Document.InnerText);
        Assert.Contains(await _app.AuditAsync(), e => e.Action == "request.compiled");
    }

    [Fact]
    public async Task Compiling_from_the_channel_sends_the_personal_links_to_the_office_members_chat()
    {
        await _app.OpenChatAsync(Payload.SophieAad);
        var request = await _app.SendAsync();

        var pressed = await _app.PressAsync(Payload.Execute(RequestRoutes.Compile, RequestApp.Ids(request)).From(Payload.SophieAad)
            .Set("conversation.conversationType", "channel").Set("conversation.id", "19:network@thread.tacv2;messageid=1"));

        Assert.Equal(TurnTexts.LinksSentToChat.En, pressed.Message);
        Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.SophieAad) && s.AllText.Contains("/exports/"));
    }
}
