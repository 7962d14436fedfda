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

/// What holds for every request route: who may press (the router's guards), and that nothing of a request or an
/// answer reaches the logs.
public sealed class RequestRoutesTests : IDisposable
{
    readonly BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_focal_point_cannot_preview_or_send_even_with_a_forged_card()
    {
        var preview = await _app.PressAsync(RequestRoutes.Preview, RequestApp.Form(), fromAad: Payload.EliseAad);
        Assert.Equal(RequestTexts.NotAllowed.Fr, preview.Message);

        var request = await _app.SendAsync();
        var before = (await _app.Requests().GetAsync(request.Id, default))!.Version;
        var send = await _app.PressAsync(RequestRoutes.Close, RequestApp.Ids(request), fromAad: Payload.EliseAad);

        Assert.Equal(RequestTexts.NotAllowed.Fr, send.Message);
        Assert.Equal(before, (await _app.Requests().GetAsync(request.Id, default))!.Version);
    }

    [Fact]
    public async Task Nothing_of_a_request_or_an_answer_reaches_the_logs()
    {
        const string sentinel = "SENTINEL-7f3a";
        var request = await _app.SendAsync(RequestApp.Form(title: "Title " + sentinel, questions: ["Question " + sentinel + "?"]));
        await _app.OpenChatAsync(Payload.EliseAad);
        await _app.RunJobsAsync();

        await _app.PressAsync(RequestRoutes.Submit, RequestApp.Answers(request, 0, "fr", (1, "Answer " + sentinel)), fromAad: Payload.EliseAad);

        Assert.Equal(AnswerStatus.Submitted, (await _app.AnswerOfAsync(request, "FR"))!.Status);
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains(sentinel) || l.Contains("Élise") || l.Contains("elise.moreau"));
    }
}
