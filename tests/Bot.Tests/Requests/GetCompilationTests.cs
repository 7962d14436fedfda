using System.Text.Json.Nodes;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using static FocalBot.Bot.Tests.Exports.OpenXmlFiles;

namespace FocalBot.Bot.Tests.Requests;

/// "Get the compilation": a member's own links to the version they may open, guarded at the route by CompilationAccess.
/// France answers in full; Germany gives its first answer to the office only.
public sealed class GetCompilationTests : IDisposable
{
    readonly BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    const string Secret = "SECRET-bmi-412";

    async Task<InformationRequest> AnsweredAsync(CompilationRecipients recipients = CompilationRecipients.Audience)
    {
        var request = await _app.SendAsync(RequestApp.Form().With(RequestForm.RecipientsKey, recipients.ToString()));
        await _app.PressAsync(RequestRoutes.Submit, RequestApp.Answers(request, 0, "fr", (1, "312 mineurs"), (2, "L’OFPRA"), (3, "Oui")), fromAad: Payload.EliseAad);
        return request;
    }

    async Task JonasAnswersAsync(InformationRequest request) =>
        await _app.PressAsync(RequestRoutes.Submit, RequestApp.Answers(request, 0, "en", (1, Secret), (2, "The BAMF"), (3, "No")).With(AnswerForm.OfficeOnlyKey(1), "true"),
            fromAad: Payload.JonasAad);

    async Task<InformationRequest> ReleasedAsync(InformationRequest request)
    {
        var current = (await _app.Requests().GetAsync(request.Id, default))!;
        Assert.IsType<FocalBot.Domain.Shared.SaveResult.Saved>(await _app.Requests().SaveAsync(current with { ReleasedOn = new DateOnly(2026, 12, 15) }, default));
        return (await _app.Requests().GetAsync(request.Id, default))!;
    }

    static List<string> Links(Pressed pressed) =>
        [.. pressed.Card!["actions"]!.AsArray().Where(a => (string?)a!["type"] == "Action.OpenUrl").Select(a => (string)a!["url"]!)];

    async Task<byte[]> DownloadAsync(string link) => await _app.CreateClient().GetByteArrayAsync(new Uri(link).PathAndQuery);

    [Fact]
    public async Task Before_the_release_a_focal_point_is_told_and_the_request_card_does_not_offer_it()
    {
        var request = await AnsweredAsync();

        var pressed = await _app.PressAsync(RequestRoutes.GetCompilation, RequestApp.Ids(request), fromAad: Payload.EliseAad);
        var card = (await _app.PressAsync(RequestRoutes.Open, RequestApp.Ids(request), fromAad: Payload.EliseAad)).CardJson();

        Assert.Equal(RequestTexts.CompilationNotOpen.Fr, pressed.Message);
        Assert.DoesNotContain(RequestRoutes.GetCompilation, card);
        Assert.Empty(_app.Connector.Sends);
    }

    [Fact]
    public async Task Once_released_a_focal_point_gets_the_networks_version_through_her_own_links()
    {
        var request = await AnsweredAsync();
        await JonasAnswersAsync(request);
        await ReleasedAsync(request);

        var received = (await _app.PressAsync(RequestRoutes.Open, RequestApp.Ids(request), fromAad: Payload.EliseAad)).CardJson();
        var pressed = await _app.PressAsync(RequestRoutes.GetCompilation, RequestApp.Ids(request), fromAad: Payload.EliseAad);

        Assert.Contains(RequestRoutes.GetCompilation, received);
        Assert.Contains(RequestTexts.GetCompilationButton.Fr, received);
        var links = Links(pressed);
        Assert.Equal(2, links.Count);
        Assert.All(links, l => Assert.Contains("m=m-elise", l));
        Assert.Contains(RequestTexts.NetworkVersionNotice.Fr, pressed.CardText());
        var word = Paragraphs(await DownloadAsync(links[0]));
        Assert.Contains(word, p => p.Text == "312 mineurs");
        Assert.Contains(word, p => p.Text == RequestTexts.GivenToOfficeOnly.En);
        Assert.DoesNotContain(Secret, string.Join("\n", Parts(await DownloadAsync(links[1])).Values));
        Assert.DoesNotContain(word, p => p.Text.Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_office_gets_its_full_version_any_time()
    {
        var request = await AnsweredAsync();
        await JonasAnswersAsync(request);

        var pressed = await _app.PressAsync(RequestRoutes.GetCompilation, RequestApp.Ids(request));

        var word = Paragraphs(await DownloadAsync(Links(pressed)[0]));
        Assert.Contains(word, p => p.Text == Secret);
        Assert.Contains(word, p => p.Text == RequestTexts.OfficeOnlyMark.En);
    }

    [Fact]
    public async Task Released_to_the_states_that_answered_a_focal_point_of_another_state_is_told_and_sent_nothing()
    {
        var request = await ReleasedAsync(await AnsweredAsync(CompilationRecipients.Responders));

        var jonas = await _app.PressAsync(RequestRoutes.GetCompilation, RequestApp.Ids(request), fromAad: Payload.JonasAad);
        var elise = await _app.PressAsync(RequestRoutes.GetCompilation, RequestApp.Ids(request), fromAad: Payload.EliseAad);
        var jonasCard = (await _app.PressAsync(RequestRoutes.Open, RequestApp.Ids(request), fromAad: Payload.JonasAad)).CardJson();

        Assert.Equal(RequestTexts.CompilationNotOpen.En, jonas.Message);
        Assert.DoesNotContain(RequestRoutes.GetCompilation, jonasCard);
        Assert.Equal(2, Links(elise).Count);
    }

    [Fact]
    public async Task A_compilation_the_office_keeps_never_opens_to_a_focal_point()
    {
        // Not releasable: a request kept by the office saying it was released (a forged record) still opens to nobody else.
        var request = await ReleasedAsync(await AnsweredAsync(CompilationRecipients.Office));

        var pressed = await _app.PressAsync(RequestRoutes.GetCompilation, RequestApp.Ids(request), fromAad: Payload.EliseAad);

        Assert.Equal(RequestTexts.CompilationNotOpen.Fr, pressed.Message);
    }

    [Fact]
    public async Task Pressed_in_a_channel_the_links_go_to_the_members_personal_chat()
    {
        await _app.OpenChatAsync(Payload.EliseAad);
        var request = await ReleasedAsync(await AnsweredAsync());

        var pressed = await _app.PressAsync(Payload.Execute(RequestRoutes.GetCompilation, RequestApp.Ids(request)).From(Payload.EliseAad)
            .Set("conversation.conversationType", "channel").Set("conversation.id", "19:network@thread.tacv2;messageid=1"));

        Assert.Equal(TurnTexts.LinksSentToChat.Fr, pressed.Message);
        Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.EliseAad) && s.AllText.Contains("/exports/"));
    }

    [Fact]
    public async Task A_request_never_sent_is_not_found_and_nothing_of_it_is_logged()
    {
        await _app.PressAsync(RequestRoutes.Preview, RequestApp.Form("r-draft", title: "SENTINEL-title"));

        var pressed = await _app.PressAsync(RequestRoutes.GetCompilation, new JsonObject { [RequestForm.IdKey] = "r-draft" }, fromAad: Payload.EliseAad);

        Assert.Equal(RequestTexts.NotFound.Fr, pressed.Message);
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains("SENTINEL", StringComparison.Ordinal) || l.Contains(Secret, StringComparison.Ordinal));
    }
}
