using FocalBot.Bot.Requests;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FocalBot.Bot.Tests.Requests;

/// A filled national copy sent back in the personal chat pre-fills the state's draft; any other copy is refused with a
/// message in the member's language, and nothing changes. Files reach the claim as the file route hands them over.
public sealed class CirculationClaimTests : IDisposable
{
    readonly BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    static readonly QuestionNumber Q1 = new(1), Q2 = new(2), Q3 = new(3);

    [Fact]
    public async Task A_filled_copy_prefills_her_empty_draft_and_shows_it_to_review_without_submitting()
    {
        var request = await _app.SendAsync();
        var copy = NationalCopy.Fill(await _app.CirculateAsync(request, Payload.EliseAad), (1, "Environ 300.\nSurtout à Calais.\tSource : DGEF"), (3, "Oui."));

        Assert.True(await _app.SendFileAsync(Payload.EliseAad, "Copie nationale 2026-01 FR (FR).docx", copy));

        var answer = (await _app.AnswerOfAsync(request, "FR"))!;
        Assert.Equal("Environ 300.\nSurtout à Calais.\tSource : DGEF", answer.For(Q1)!.Text);
        Assert.Null(answer.For(Q2));
        Assert.Equal("Oui.", answer.For(Q3)!.Text);
        Assert.Equal((AnswerStatus.Draft, Language.Fr, 1), (answer.Status, answer.Language, answer.Version));
        var card = CardText.Of(_app.LastCardTo(Payload.EliseAad));
        Assert.Contains("2\u00a0questions préremplies à partir de la copie nationale.", card);
        Assert.Contains("Réponse de la France à la demande 2026/01", card);
        Assert.Contains(await _app.AuditAsync(), e => e is { Action: "request.copy.read", ActorId: "m-elise", SubjectId: "2026/01/FR" });
    }

    [Fact]
    public async Task Her_alternate_reads_back_the_copy_she_circulated()
    {
        var request = await _app.SendAsync();
        var copy = NationalCopy.Fill(await _app.CirculateAsync(request, Payload.EliseAad, "en"), (2, "The prefect."));

        Assert.True(await _app.SendFileAsync(RequestApp.MarcAad, "copy.docx", copy));

        var answer = (await _app.AnswerOfAsync(request, "FR"))!;
        Assert.Equal("The prefect.", answer.For(Q2)!.Text);
        Assert.Equal(Language.En, answer.Language);   // an answer not started takes the copy's language
        Assert.Equal("m-marc", answer.ChangedBy);
    }

    [Fact]
    public async Task The_same_copy_again_brings_nothing_new_and_writes_nothing()
    {
        var request = await _app.SendAsync();
        var copy = NationalCopy.Fill(await _app.CirculateAsync(request, Payload.EliseAad), (1, "312."));
        await _app.SendFileAsync(Payload.EliseAad, "copie.docx", copy);
        var version = (await _app.AnswerOfAsync(request, "FR"))!.StoreVersion;

        await _app.SendFileAsync(Payload.EliseAad, "copie.docx", copy);

        Assert.Contains(RequestTexts.CopyNothingNew.Fr, CardText.Of(_app.LastCardTo(Payload.EliseAad)));
        Assert.Equal(version, (await _app.AnswerOfAsync(request, "FR"))!.StoreVersion);
    }

    [Fact]
    public async Task A_copy_of_another_request_her_state_does_not_answer_is_refused()
    {
        await _app.SendAsync();
        var germanOnly = await _app.SendAsync(RequestApp.Form("r-2", "German only").With(RequestForm.EveryoneKey, "false").With(RequestForm.StatesKey, "DE"));
        var jonasCopy = NationalCopy.Fill(await _app.CirculateAsync(germanOnly, Payload.JonasAad, "en"), (1, "Ja."));
        var madeForFrance = NationalCopy.Fill(CirculationDocument.Write(germanOnly, "FR", Language.Fr, null).Content, (1, "Oui."));

        Assert.True(await _app.SendFileAsync(Payload.EliseAad, "copy.docx", jonasCopy));
        Assert.Equal(RequestTexts.CopyStateNotAsked.Format(Language.Fr, "2026/02"), _app.LastTextTo(Payload.EliseAad));
        Assert.True(await _app.SendFileAsync(Payload.EliseAad, "copie.docx", madeForFrance));
        Assert.Equal(RequestTexts.CopyStateNotAsked.Format(Language.Fr, "2026/02"), _app.LastTextTo(Payload.EliseAad));

        Assert.Null(await _app.AnswerOfAsync(germanOnly, "FR"));
        Assert.Null(await _app.AnswerOfAsync(germanOnly, "DE"));
    }

    [Fact]
    public async Task Another_states_copy_is_refused_and_names_that_state()
    {
        var request = await _app.SendAsync();
        var jonasCopy = NationalCopy.Fill(await _app.CirculateAsync(request, Payload.JonasAad, "en"), (1, "About 500."));

        await _app.SendFileAsync(Payload.EliseAad, "copy.docx", jonasCopy);

        Assert.Equal("Cette copie nationale a été diffusée pour l’Allemagne\u00a0: seuls ses points de contact peuvent la relire. Rien n’a été modifié.",
            _app.LastTextTo(Payload.EliseAad));
        Assert.Null(await _app.AnswerOfAsync(request, "FR"));
        Assert.Null(await _app.AnswerOfAsync(request, "DE"));
    }

    [Fact]
    public async Task A_copy_edited_outside_its_answer_boxes_is_refused_and_nothing_is_saved()
    {
        var request = await _app.SendAsync();
        var copy = NationalCopy.Fill(await _app.CirculateAsync(request, Payload.JonasAad, "en"), (1, "About 500."));
        var edited = NationalCopy.Edit(copy, main => NationalCopy.Area(main, 2).InsertAfterSelf(new W.Paragraph(new W.Run(new W.Text("Answer typed below the box.")))));

        Assert.True(await _app.SendFileAsync(Payload.JonasAad, "copy.docx", edited));

        Assert.Equal(RequestTexts.CopyEdited.En, _app.LastTextTo(Payload.JonasAad));
        Assert.Null(await _app.AnswerOfAsync(request, "DE"));
    }

    [Fact]
    public async Task A_garbage_docx_is_refused_and_other_files_are_left_to_the_attachments()
    {
        var request = await _app.SendAsync();
        var compilation = CompilationDocument.Write(request, Compilation.Of(request, []), "Sophie Laurent", new DateOnly(2026, 11, 23), Language.En);
        var before = _app.Connector.Sends.Count;

        Assert.True(await _app.SendFileAsync(Payload.EliseAad, "reponse.docx", "PK\u0003\u0004 rien de lisible"u8.ToArray()));
        Assert.Equal(RequestTexts.CopyUnreadable.Fr, _app.LastTextTo(Payload.EliseAad));
        Assert.False(await _app.SendFileAsync(Payload.EliseAad, "circulaire.docx", compilation.Content));
        Assert.False(await _app.SendFileAsync(Payload.EliseAad, "loi.pdf", "%PDF-1.7"u8.ToArray()));
        Assert.Equal(before + 1, _app.Connector.Sends.Count);
        Assert.Null(await _app.AnswerOfAsync(request, "FR"));
    }

    [Fact]
    public async Task A_copy_of_a_closed_request_is_refused()
    {
        var request = await _app.SendAsync();
        var copy = NationalCopy.Fill(await _app.CirculateAsync(request, Payload.EliseAad), (1, "312."));
        await _app.PressAsync(RequestRoutes.Close, RequestApp.Ids(request));

        await _app.SendFileAsync(Payload.EliseAad, "copie.docx", copy);

        Assert.Equal(RequestTexts.CopyClosed.Format(Language.Fr, "2026/01"), _app.LastTextTo(Payload.EliseAad));
        Assert.Null(await _app.AnswerOfAsync(request, "FR"));
    }

    [Fact]
    public async Task An_answer_over_the_limit_is_named_and_nothing_is_saved()
    {
        var request = await _app.SendAsync();
        var copy = NationalCopy.Fill(await _app.CirculateAsync(request, Payload.EliseAad), (1, "312."), (2, new string('x', 5001)));

        await _app.SendFileAsync(Payload.EliseAad, "copie.docx", copy);

        Assert.Equal(RequestTexts.AnswerTooLongAt.Format(Language.Fr, 2, 5000), _app.LastTextTo(Payload.EliseAad));
        Assert.Null(await _app.AnswerOfAsync(request, "FR"));
    }

    [Fact]
    public async Task After_the_deadline_a_copy_is_refused_where_late_answers_are_not_taken()
    {
        using var app = RequestApp.New().Setting("Requests:AcceptLateAnswers", "false");
        var request = await app.SendAsync();
        var copy = NationalCopy.Fill(await app.CirculateAsync(request, Payload.EliseAad), (1, "312."));
        app.Clock.Advance(TimeSpan.FromDays(22));

        await app.SendFileAsync(Payload.EliseAad, "copie.docx", copy);

        Assert.Equal(RequestTexts.AnswerDeadlinePassed.Fr, app.LastTextTo(Payload.EliseAad));
        Assert.Null(await app.AnswerOfAsync(request, "FR"));
    }

    [Fact]
    public async Task Nothing_a_colleague_wrote_nor_any_name_reaches_the_logs()
    {
        var request = await _app.SendAsync();
        var copy = NationalCopy.Fill(await _app.CirculateAsync(request, Payload.EliseAad), (1, "SENTINEL-7f3a"));
        await _app.PressAsync(RequestRoutes.Save, RequestApp.Answers(request, 0, "fr", (2, "SENTINEL-b2c1")), fromAad: Payload.EliseAad);

        await _app.SendFileAsync(Payload.EliseAad, "Copie SENTINEL-name.docx", NationalCopy.Fill(copy, (2, "SENTINEL-9d0e")));

        Assert.Equal("SENTINEL-7f3a", (await _app.AnswerOfAsync(request, "FR"))!.For(Q1)!.Text);
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains("SENTINEL") || l.Contains("Élise") || l.Contains("elise.moreau"));
        Assert.Contains(_app.Logs.Lines, l => l.Contains("National copy read into the answer of FR to 2026/01: 1 filled, 1 to confirm"));
    }
}
