using FocalBot.Bot.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Requests;

/// A focal point marks a single answer "for the office only" in the answer form: saved with it, shown on the form when it
/// comes back, refused by name on a question without an answer; not offered where the office keeps the compilation.
public sealed class AnswerOfficeOnlyRoutesTests : IDisposable
{
    readonly BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    static readonly QuestionNumber Q1 = new(1);
    static readonly QuestionNumber Q2 = new(2);

    static string Toggle(int q, bool on) => $"\"id\":\"{AnswerForm.OfficeOnlyKey(q)}\",\"title\":\"{RequestTexts.OfficeOnlyLabel.Fr}\",\"wrap\":true,\"value\":\"{(on ? "true" : "false")}\"";

    [Fact]
    public async Task Each_question_of_the_form_offers_the_mark_unset()
    {
        var request = await _app.SendAsync();

        var card = (await _app.PressAsync(RequestRoutes.Answer, RequestApp.Ids(request), fromAad: Payload.EliseAad)).CardJson();

        Assert.Contains(Toggle(1, on: false), card);
        Assert.Contains(Toggle(3, on: false), card);
    }

    [Fact]
    public async Task A_marked_answer_is_submitted_with_its_mark_and_the_form_shows_it()
    {
        var request = await _app.SendAsync();

        var card = (await _app.PressAsync(RequestRoutes.Submit,
            RequestApp.Answers(request, 0, "fr", (1, "312"), (2, "L’OFPRA, au cas par cas"), (3, "Oui")).With(AnswerForm.OfficeOnlyKey(2), "true"),
            fromAad: Payload.EliseAad)).CardJson();

        var answer = (await _app.AnswerOfAsync(request, "FR"))!;
        Assert.Equal(AnswerStatus.Submitted, answer.Status);
        Assert.True(answer.For(Q2)!.OfficeOnly);
        Assert.False(answer.For(Q1)!.OfficeOnly);
        Assert.Contains(Toggle(2, on: true), card);
        Assert.Contains(Toggle(1, on: false), card);
    }

    [Fact]
    public async Task Removing_the_mark_alone_is_saved_as_a_change()
    {
        var request = await _app.SendAsync();
        await _app.PressAsync(RequestRoutes.Save, RequestApp.Answers(request, 0, "fr", (1, "312")).With(AnswerForm.OfficeOnlyKey(1), "true"), fromAad: Payload.EliseAad);

        var card = (await _app.PressAsync(RequestRoutes.Save, RequestApp.Answers(request, 1, "fr", (1, "312")).With(AnswerForm.OfficeOnlyKey(1), "false"),
            fromAad: Payload.EliseAad)).CardText();

        Assert.Contains(RequestTexts.DraftSaved.Fr, card);
        var answer = (await _app.AnswerOfAsync(request, "FR"))!;
        Assert.False(answer.For(Q1)!.OfficeOnly);
        Assert.Equal(2, answer.Version);
    }

    [Fact]
    public async Task A_mark_on_a_question_without_an_answer_is_named_and_nothing_is_saved()
    {
        var request = await _app.SendAsync();

        var card = (await _app.PressAsync(RequestRoutes.Save, RequestApp.Answers(request, 0, "fr", (1, "312")).With(AnswerForm.OfficeOnlyKey(2), "true"),
            fromAad: Payload.EliseAad)).CardJson();

        Assert.Contains(RequestTexts.OfficeOnlyUnansweredAt.Format(Language.Fr, 2), card);
        Assert.Contains("312", card);   // the form comes back as typed
        Assert.Null(await _app.AnswerOfAsync(request, "FR"));
    }

    [Fact]
    public async Task A_nil_answer_may_be_marked()
    {
        var request = await _app.SendAsync();

        await _app.PressAsync(RequestRoutes.Save, RequestApp.Answers(request, 0, "fr").With(AnswerForm.NilKey(2), nameof(NilAnswer.NotApplicable))
            .With(AnswerForm.OfficeOnlyKey(2), "true"), fromAad: Payload.EliseAad);

        var answer = (await _app.AnswerOfAsync(request, "FR"))!.For(Q2)!;
        Assert.Equal(NilAnswer.NotApplicable, answer.Nil);
        Assert.True(answer.OfficeOnly);
    }

    [Fact]
    public async Task Where_the_office_keeps_the_compilation_the_form_does_not_offer_the_mark()
    {
        var request = await _app.SendAsync(RequestApp.Form().With(RequestForm.RecipientsKey, nameof(CompilationRecipients.Office)));

        var card = (await _app.PressAsync(RequestRoutes.Answer, RequestApp.Ids(request), fromAad: Payload.EliseAad)).CardJson();

        Assert.DoesNotContain(AnswerForm.OfficeOnlyKey(1), card);
        Assert.Contains("\"id\":\"a1\"", card);
    }
}
