using FocalBot.Bot.Requests;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using static FocalBot.Bot.Tests.Exports.OpenXmlFiles;

namespace FocalBot.Bot.Tests.Requests;

/// A focal point circulates a request nationally: the form, the copy and its link; then, once a filled copy came back,
/// chooses between the state's texts and the copy's. The clock starts on Monday 23 November 2026; requests are due on
/// 14 December 2026.
public sealed class CirculationRoutesTests : IDisposable
{
    readonly BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    static readonly QuestionNumber Q1 = new(1), Q2 = new(2), Q3 = new(3);

    [Fact]
    public async Task The_request_card_offers_to_circulate_and_the_form_opens_in_her_language()
    {
        var request = await _app.SendAsync();

        var received = (await _app.PressAsync(RequestRoutes.Open, RequestApp.Ids(request), fromAad: Payload.EliseAad)).CardJson();
        var form = await _app.PressAsync(RequestRoutes.Circulate, RequestApp.Ids(request), fromAad: Payload.EliseAad);

        Assert.Contains(RequestRoutes.Circulate, received);
        Assert.Contains("Diffuser la demande 2026/01 au niveau national", form.CardText());
        Assert.Contains("Date limite nationale (facultative, avant le 14 décembre 2026)", form.CardText());
        Assert.Contains($"\"id\":\"{CirculationRoutes.LanguageKey}\"", form.CardJson());
        Assert.Contains("\"value\":\"fr\"", form.CardJson());
        Assert.Contains(RequestRoutes.MakeCopy, form.CardJson());
    }

    [Fact]
    public async Task The_copy_is_made_in_the_chosen_language_linked_in_her_chat_and_audited_by_id()
    {
        var request = await _app.SendAsync();
        var data = RequestApp.Ids(request);
        data[CirculationRoutes.LanguageKey] = "en";
        data[CirculationRoutes.NationalDeadlineKey] = "2026-12-04";

        var card = (await _app.PressAsync(RequestRoutes.MakeCopy, data, fromAad: Payload.EliseAad)).CardText();
        var copy = await _app.CirculateAsync(request, Payload.EliseAad, "en", "2026-12-04");

        Assert.Contains("Votre copie Word en anglais est prête.", card);
        Assert.Contains("Date limite nationale", card);
        Assert.Contains("4 décembre 2026", card);
        Assert.Contains("Le lien est personnel et valable jusqu’au 24 novembre 2026.", card);
        var read = Assert.IsType<CopyReading.Filled>(CirculationCopy.Read(copy));
        Assert.Equal((request.Id, request.Number!.Value, "FR", Language.En), (read.Identity.RequestId, read.Identity.Number, read.Identity.State.Value, read.Identity.Language));
        Assert.Contains("National deadline: please answer by 4 December 2026", Paragraphs(copy).Select(p => p.Text));
        Assert.Contains(await _app.AuditAsync(), e => e is { Action: "request.circulated", ActorId: "m-elise", SubjectType: "answer", SubjectId: "2026/01/FR" });
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains("Reception of unaccompanied minors") || l.Contains("Élise"));
    }

    [Theory]
    [InlineData("2026-12-14", "La date limite nationale doit précéder celle du réseau, le 14 décembre 2026.")]
    [InlineData("2026-12-20", "La date limite nationale doit précéder celle du réseau, le 14 décembre 2026.")]
    [InlineData("2026-11-20", "La date limite nationale ne peut pas être déjà passée.")]
    [InlineData("demain", "La date limite nationale n’est pas une date")]
    public async Task A_national_deadline_that_leaves_no_time_is_named_and_no_copy_is_made(string deadline, string problem)
    {
        var request = await _app.SendAsync();
        var data = RequestApp.Ids(request);
        data[CirculationRoutes.LanguageKey] = "en";
        data[CirculationRoutes.NationalDeadlineKey] = deadline;

        var form = await _app.PressAsync(RequestRoutes.MakeCopy, data, fromAad: Payload.EliseAad);

        Assert.Contains(problem, form.CardText());
        Assert.Contains(RequestRoutes.MakeCopy, form.CardJson());
        Assert.Contains("\"value\":\"en\"", form.CardJson());   // what she chose is kept
        Assert.DoesNotContain(await _app.AuditAsync(), e => e.Action == "request.circulated");
    }

    [Fact]
    public async Task The_office_a_state_not_asked_and_a_closed_request_get_no_copy()
    {
        var request = await _app.SendAsync();
        var germanOnly = await _app.SendAsync(RequestApp.Form("r-2", "German only").With(RequestForm.EveryoneKey, "false").With(RequestForm.StatesKey, "DE"));

        var office = await _app.PressAsync(RequestRoutes.Circulate, RequestApp.Ids(request));
        var notAsked = await _app.PressAsync(RequestRoutes.Circulate, RequestApp.Ids(germanOnly), fromAad: Payload.EliseAad);
        await _app.PressAsync(RequestRoutes.Close, RequestApp.Ids(request));
        var closed = await _app.PressAsync(RequestRoutes.MakeCopy, RequestApp.Ids(request), fromAad: Payload.EliseAad);
        var reopened = (await _app.PressAsync(RequestRoutes.Open, RequestApp.Ids(request), fromAad: Payload.EliseAad)).CardJson();

        Assert.Equal(RequestTexts.AnswerNotAllowed.En, office.Message);
        Assert.Equal("Votre État n’est pas interrogé dans la demande 2026/02\u00a0: il n’y a rien à diffuser.", notAsked.Message);
        Assert.Equal(RequestTexts.CirculateClosed.Format(Language.Fr, "2026/01"), closed.Message);
        Assert.DoesNotContain(RequestRoutes.Circulate, reopened);
        Assert.DoesNotContain(await _app.AuditAsync(), e => e.Action == "request.circulated");
    }

    /// Élise wrote question 1; the copy says otherwise there and answers question 2.
    async Task<(InformationRequest Request, System.Text.Json.Nodes.JsonObject Choice)> CopyDiffersAsync()
    {
        var request = await _app.SendAsync();
        await _app.PressAsync(RequestRoutes.Save, RequestApp.Answers(request, 0, "fr", (1, "Mon texte.")), fromAad: Payload.EliseAad);
        var copy = NationalCopy.Fill(await _app.CirculateAsync(request, Payload.EliseAad), (1, "Texte de la copie."), (2, "Le préfet."));

        Assert.True(await _app.SendFileAsync(Payload.EliseAad, "Copie nationale.docx", copy));
        return (request, _app.LastCardTo(Payload.EliseAad)!);
    }

    [Fact]
    public async Task A_copy_that_differs_fills_the_empty_question_and_asks_before_replacing_hers()
    {
        var (request, choice) = await CopyDiffersAsync();

        var text = CardText.Of(choice);
        Assert.Contains(RequestTexts.ConfirmTitle.Fr, text);
        Assert.Contains("1\u00a0question préremplie à partir de la copie nationale.", text);
        Assert.Contains("Mon texte.", text);
        Assert.Contains("Texte de la copie.", text);
        Assert.Equal(["1"], CirculationApp.Buttons(choice, RequestRoutes.ReplaceFromCopy).Select(d => (string?)d[CirculationRoutes.QuestionKey]).Where(q => q != "all"));
        var answer = (await _app.AnswerOfAsync(request, "FR"))!;
        Assert.Equal("Mon texte.", answer.For(Q1)!.Text);
        Assert.Equal("Le préfet.", answer.For(Q2)!.Text);
        Assert.Equal(AnswerStatus.Draft, answer.Status);
    }

    [Fact]
    public async Task Replacing_writes_the_copys_text_and_shows_the_answer_to_review()
    {
        var (request, choice) = await CopyDiffersAsync();

        var replaced = await _app.PressAsync(RequestRoutes.ReplaceFromCopy, CirculationApp.Buttons(choice, RequestRoutes.ReplaceFromCopy)[0], fromAad: Payload.EliseAad);
        var again = await _app.PressAsync(RequestRoutes.ReplaceFromCopy, CirculationApp.Buttons(choice, RequestRoutes.ReplaceFromCopy)[0], fromAad: Payload.EliseAad);

        Assert.Contains(RequestTexts.CopyReplaced.Fr, replaced.CardText());
        Assert.Contains(RequestRoutes.Submit, replaced.CardJson());
        var answer = (await _app.AnswerOfAsync(request, "FR"))!;
        Assert.Equal("Texte de la copie.", answer.For(Q1)!.Text);
        Assert.Empty(answer.FromCopy);
        Assert.Equal(AnswerStatus.Draft, answer.Status);
        Assert.Contains(RequestTexts.NothingAside.Fr, again.CardText());   // a second click changes nothing
        Assert.Equal(answer.Version, (await _app.AnswerOfAsync(request, "FR"))!.Version);
        Assert.Single(await _app.AuditAsync(), e => e.Action == "request.copy.replaced");
    }

    [Fact]
    public async Task Keeping_hers_drops_the_copys_text_and_changes_no_answer()
    {
        var (request, choice) = await CopyDiffersAsync();
        var before = (await _app.AnswerOfAsync(request, "FR"))!;

        var kept = await _app.PressAsync(RequestRoutes.KeepMine, CirculationApp.Buttons(choice, RequestRoutes.KeepMine)[0], fromAad: Payload.EliseAad);

        Assert.Contains(RequestTexts.CopyKept.Fr, kept.CardText());
        var answer = (await _app.AnswerOfAsync(request, "FR"))!;
        Assert.Equal("Mon texte.", answer.For(Q1)!.Text);
        Assert.Empty(answer.FromCopy);
        Assert.Equal(before.Version, answer.Version);
    }

    [Fact]
    public async Task A_colleagues_save_in_between_is_not_overwritten_and_the_choice_is_shown_again()
    {
        var (request, choice) = await CopyDiffersAsync();
        var version = (await _app.AnswerOfAsync(request, "FR"))!.Version;
        await _app.PressAsync(RequestRoutes.Save, RequestApp.Answers(request, version, "fr", (1, "Texte de Marc.")), fromAad: RequestApp.MarcAad);

        var stale = await _app.PressAsync(RequestRoutes.ReplaceFromCopy, CirculationApp.Buttons(choice, RequestRoutes.ReplaceFromCopy).Last(), fromAad: Payload.EliseAad);

        Assert.Contains(RequestTexts.CopyChangedMeanwhile.Fr, stale.CardText());
        Assert.Contains("Texte de Marc.", stale.CardText());
        Assert.Equal("Texte de Marc.", (await _app.AnswerOfAsync(request, "FR"))!.For(Q1)!.Text);
        var fresh = CirculationApp.Buttons(stale.Card!, RequestRoutes.ReplaceFromCopy).Last();
        await _app.PressAsync(RequestRoutes.ReplaceFromCopy, fresh, fromAad: Payload.EliseAad);
        Assert.Equal("Texte de la copie.", (await _app.AnswerOfAsync(request, "FR"))!.For(Q1)!.Text);
    }

    [Fact]
    public async Task A_submitted_answer_asks_for_every_change_and_stays_submitted_once_replaced()
    {
        var request = await _app.SendAsync();
        await _app.PressAsync(RequestRoutes.Submit, RequestApp.Answers(request, 0, "fr", (1, "312."), (2, "L’OFPRA."), (3, "Oui.")), fromAad: Payload.EliseAad);
        var copy = NationalCopy.Fill(await _app.CirculateAsync(request, Payload.EliseAad), (1, "315."), (2, "L’OFPRA."), (3, "Oui, sous 48 heures."));

        await _app.SendFileAsync(Payload.EliseAad, "copie.docx", copy);
        var choice = _app.LastCardTo(Payload.EliseAad)!;
        Assert.Equal(AnswerStatus.Submitted, (await _app.AnswerOfAsync(request, "FR"))!.Status);
        Assert.Equal("312.", (await _app.AnswerOfAsync(request, "FR"))!.For(Q1)!.Text);
        var all = CirculationApp.Buttons(choice, RequestRoutes.ReplaceFromCopy).Single(d => (string?)d[CirculationRoutes.QuestionKey] == CirculationRoutes.AllQuestions);
        await _app.PressAsync(RequestRoutes.ReplaceFromCopy, all, fromAad: Payload.EliseAad);

        var answer = (await _app.AnswerOfAsync(request, "FR"))!;
        Assert.Equal(AnswerStatus.Submitted, answer.Status);
        Assert.Equal(["315.", "L’OFPRA.", "Oui, sous 48 heures."], request.QuestionNumbers.Select(q => answer.For(q)!.Text));
        Assert.Equal("315.", Compilation.Of(request, [answer]).States.Single(s => s.Code == "FR").Cells[0].Text);
    }
}
