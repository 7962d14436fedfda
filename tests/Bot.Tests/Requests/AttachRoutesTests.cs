using System.Net;
using System.Text.Json.Nodes;
using FocalBot.Bot.Exports;
using FocalBot.Bot.Files;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Tests.Files;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Support;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace FocalBot.Bot.Tests.Requests;

/// A focal point sends documents in the personal chat and attaches them to her state's answer, per question or whole;
/// the office attaches background documents to a request. Each file is checked, stored once, offered, and recorded
/// once however often Attach is pressed.
public sealed class AttachRoutesTests : IDisposable
{
    readonly FileServer _files = new();
    readonly BotApp _app;

    public AttachRoutesTests() => _app = AttachApp.New(_files);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_focal_point_attaches_a_pdf_to_a_question_of_her_states_answer()
    {
        var request = await _app.SendAsync();
        var sent = _app.Connector.Sends.Count;

        await _app.SendFilesAsync(_files, Payload.EliseAad, ("Loi n°2024-42.pdf", SampleFiles.Pdf));

        var offer = Assert.Single(_app.Offers());
        Assert.Equal(sent + 1, _app.Connector.Sends.Count);
        var text = CardText.Of(offer);
        Assert.Contains("Joindre «\u00a0Loi n 2024-42.pdf\u00a0» (1\u00a0Ko)", text);
        Assert.Equal($"request:{request.Id}:0", AttachApp.Preselected(offer));   // one request open: its whole answer is chosen
        Assert.Equal([$"request:{request.Id}:0", $"request:{request.Id}:1", $"request:{request.Id}:2", $"request:{request.Id}:3"], AttachApp.Choices(offer).Select(c => c.Value));
        Assert.StartsWith("2026/01 · question 2\u00a0: Who assesses their age?", AttachApp.Choices(offer)[2].Title);
        Assert.Null(await _app.AnswerOfAsync(request, "FR"));   // offered, not attached

        var attached = await _app.AttachAsync(offer, $"request:{request.Id}:2", Payload.EliseAad);

        Assert.Contains("«\u00a0Loi n 2024-42.pdf\u00a0» est joint à la question 2 de la réponse de la France à la demande 2026/01.", attached.CardText());
        var answer = (await _app.AnswerOfAsync(request, "FR"))!;
        var annex = Assert.Single(answer.Annexes);
        Assert.Equal(("Loi n 2024-42.pdf", "application/pdf", (long)SampleFiles.Pdf.Length, new QuestionNumber(2), "m-elise"),
            (annex.Name, annex.ContentType, annex.Length, annex.Question!.Value, annex.AddedBy));
        Assert.Equal(AnswerStatus.Draft, answer.Status);
        Assert.Equal(SampleFiles.Pdf, await _app.Service<IExportStore>().ReadAsync(annex.FileId, default));
        Assert.Equal([$"Requests/2026-01/Annexes/{annex.Id}/Loi n 2024-42.pdf"], _app.StoredFiles());
        var audit = Assert.Single(await _app.AuditAsync(), e => e.Action == "request.annex.added");
        Assert.Equal(("m-elise", "answer", "2026/01/FR"), (audit.ActorId, audit.SubjectType, audit.SubjectId));
    }

    [Fact]
    public async Task Pressing_attach_twice_records_one_annex()
    {
        var request = await _app.SendAsync();
        await _app.SendFilesAsync(_files, Payload.EliseAad, ("rapport.pdf", SampleFiles.Pdf));
        var offer = _app.Offers().Single();

        var first = await _app.AttachAsync(offer, $"request:{request.Id}:0", Payload.EliseAad);
        var second = await _app.AttachAsync(offer, $"request:{request.Id}:0", Payload.EliseAad);

        Assert.Equal(first.CardText(), second.CardText());
        Assert.Null(Assert.Single((await _app.AnswerOfAsync(request, "FR"))!.Annexes).Question);
        Assert.Single(await _app.AuditAsync(), e => e.Action == "request.annex.added");
    }

    [Fact]
    public async Task Two_files_of_the_same_name_in_one_message_are_each_offered_and_kept_apart()
    {
        var request = await _app.SendAsync();
        _files.Serve(AttachApp.Url("a/report.pdf"), SampleFiles.Pdf).Serve(AttachApp.Url("b/report.pdf"), [.. SampleFiles.Pdf, .. "more"u8]);

        await _app.PostAsync(AttachApp.Files(Payload.EliseAad, channel: false, ("report.pdf", AttachApp.Url("a/report.pdf")), ("report.pdf", AttachApp.Url("b/report.pdf"))));
        var offers = _app.Offers();
        foreach (var offer in offers) await _app.AttachAsync(offer, $"request:{request.Id}:1", Payload.EliseAad);

        Assert.Equal(2, offers.Count);
        var annexes = (await _app.AnswerOfAsync(request, "FR"))!.Annexes;
        Assert.Equal(["report.pdf", "report.pdf"], annexes.Select(a => a.Name));
        Assert.NotEqual(annexes[0].FileId, annexes[1].FileId);
        Assert.Equal(2, _app.StoredFiles().Count);
        Assert.Equal(SampleFiles.Pdf.Length + 4, (await _app.Service<IExportStore>().ReadAsync(annexes[1].FileId, default))!.Length);
    }

    [Fact]
    public async Task A_message_with_several_kinds_of_files_handles_each_and_says_why_one_was_refused()
    {
        var request = await _app.SendAsync();

        await _app.SendFilesAsync(_files, Payload.EliseAad, ("loi.pdf", SampleFiles.Pdf), ("setup.exe", SampleFiles.Executable), ("chiffres.xlsx", SampleFiles.Xlsx()));

        Assert.Equal(2, _app.Offers().Count);
        Assert.Contains(_app.Connector.Sends, s => s.Activity.Text == FileTexts.TypeNotAllowed.Format(Language.Fr, "setup.exe"));
        Assert.DoesNotContain(_files.Requests, r => r.AbsoluteUri.Contains("setup.exe"));
        Assert.Equal(2, _app.StoredFiles().Count);
        Assert.Null(await _app.AnswerOfAsync(request, "FR"));
    }

    [Fact]
    public async Task With_several_requests_open_nothing_is_chosen_and_attach_without_a_choice_asks_for_one()
    {
        var first = await _app.SendAsync();
        var second = await _app.SendAsync(RequestApp.Form("r-2", "Return and readmission", "How many returns?"));
        await _app.SendFilesAsync(_files, Payload.EliseAad, ("loi.pdf", SampleFiles.Pdf));
        var offer = _app.Offers().Single();

        var asked = await _app.AttachAsync(offer, null, Payload.EliseAad);
        var attached = await _app.AttachAsync(offer, $"request:{first.Id}:3", Payload.EliseAad);

        Assert.Null(AttachApp.Preselected(offer));
        Assert.Equal(4 + 2, AttachApp.Choices(offer).Count);
        Assert.Contains(FileTexts.ChooseTarget.Fr, asked.CardText());
        Assert.Contains("question 3", attached.CardText());
        Assert.Single((await _app.AnswerOfAsync(first, "FR"))!.Annexes);
        Assert.Null(await _app.AnswerOfAsync(second, "FR"));
        Assert.StartsWith("Uploads/", Assert.Single(_app.StoredFiles()));   // offered for two requests, it waits in Uploads
    }

    [Fact]
    public async Task A_forged_offer_naming_another_file_attaches_nothing()
    {
        var request = await _app.SendAsync();
        await _app.SendFilesAsync(_files, Payload.EliseAad, ("loi.pdf", SampleFiles.Pdf));
        var offer = _app.Offers().Single();
        var compilation = await _app.Service<IExportStore>().SaveAsync("Requests/2026-01", new ExportFile("Compilation 2026-01 (EN).pdf", "application/pdf", [1]), default);
        var forged = AttachApp.DataOf(offer, FileRoutes.AttachFile);
        forged[FileCards.FileKey] = compilation.Id;
        forged[FileCards.TargetKey] = $"request:{request.Id}:0";

        var byElise = await _app.PressAsync(FileRoutes.AttachFile, forged, Payload.EliseAad);
        var byMarc = await _app.AttachAsync(offer, $"request:{request.Id}:0", RequestApp.MarcAad);   // her ticket is hers

        Assert.Equal(FileTexts.OfferExpired.Fr, byElise.Message);
        Assert.Equal(FileTexts.OfferExpired.Fr, byMarc.Message);
        Assert.Null(await _app.AnswerOfAsync(request, "FR"));
    }

    [Fact]
    public async Task An_offer_can_be_pressed_for_a_week()
    {
        var request = await _app.SendAsync();
        await _app.SendFilesAsync(_files, Payload.EliseAad, ("loi.pdf", SampleFiles.Pdf));

        _app.Clock.Advance(UploadTickets.Lifetime + TimeSpan.FromMinutes(1));
        var late = await _app.AttachAsync(_app.Offers().Single(), $"request:{request.Id}:0", Payload.EliseAad);

        Assert.Equal(FileTexts.OfferExpired.Fr, late.Message);
        Assert.Null(await _app.AnswerOfAsync(request, "FR"));
    }

    [Fact]
    public async Task Discard_records_nothing_and_says_nobody_gets_a_link()
    {
        var request = await _app.SendAsync();
        await _app.SendFilesAsync(_files, Payload.EliseAad, ("loi.pdf", SampleFiles.Pdf));

        var discarded = await _app.PressAsync(FileRoutes.DiscardFile, AttachApp.DataOf(_app.Offers().Single(), FileRoutes.DiscardFile), Payload.EliseAad);

        Assert.Contains(FileTexts.Discarded.Format(Language.Fr, "loi.pdf"), discarded.CardText());
        Assert.Null(await _app.AnswerOfAsync(request, "FR"));
        Assert.DoesNotContain(await _app.AuditAsync(), e => e.Action.StartsWith("request.annex", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_office_adds_a_background_document_which_reaches_the_focal_points_card()
    {
        var request = await _app.SendAsync();
        await _app.PressAsync(RequestRoutes.Preview, RequestApp.Form("r-draft", "Next year's plan"));
        await _app.SendFilesAsync(_files, Payload.SophieAad, ("Note de cadrage.docx", SampleFiles.Docx()));
        var offer = _app.Offers().Single();

        var attached = await _app.AttachAsync(offer, $"request:{request.Id}:0", Payload.SophieAad);

        Assert.Equal(["request:r-draft:0", $"request:{request.Id}:0"], AttachApp.Choices(offer).Select(c => c.Value));
        Assert.StartsWith("Draft: Next year's plan · background documents", AttachApp.Choices(offer)[0].Title);
        Assert.Contains("\"Note de cadrage.docx\" is attached to request 2026/01, as a background document.", attached.CardText());
        var document = Assert.Single((await _app.Requests().GetAsync(request.Id, default))!.Documents);
        Assert.Equal(("Note de cadrage.docx", "m-sophie"), (document.Name, document.AddedBy));
        Assert.Single(await _app.AuditAsync(), e => e.Action == "request.document.added" && e.SubjectId == request.Id);

        var received = await _app.PressAsync(RequestRoutes.Open, RequestApp.Ids(request), Payload.JonasAad);
        Assert.Contains(RequestTexts.DocumentsHeading.En, received.CardText());
        Assert.Contains("Note de cadrage.docx", received.CardJson());
        var link = (string)Find(received.Card!, RequestTexts.OpenFileButton.En)!["url"]!;
        var download = await _app.CreateClient().GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(SampleFiles.Docx().Length, (await download.Content.ReadAsByteArrayAsync()).Length);
    }

    [Fact]
    public async Task The_office_removes_a_background_document_from_its_view()
    {
        var request = await _app.SendAsync();
        await _app.SendFilesAsync(_files, Payload.SophieAad, ("note.pdf", SampleFiles.Pdf));
        await _app.AttachAsync(_app.Offers().Single(), $"request:{request.Id}:0", Payload.SophieAad);
        var view = await _app.PressAsync(RequestRoutes.Status, RequestApp.Ids(request));
        Assert.Contains("note.pdf", view.CardJson());

        var removed = await _app.PressAsync(RequestRoutes.RemoveDocument, AttachApp.DataOf(view.Card!, RequestRoutes.RemoveDocument));
        var again = await _app.PressAsync(RequestRoutes.RemoveDocument, AttachApp.DataOf(view.Card!, RequestRoutes.RemoveDocument));

        Assert.DoesNotContain("note.pdf", removed.CardJson());
        Assert.DoesNotContain("note.pdf", again.CardJson());
        Assert.Empty((await _app.Requests().GetAsync(request.Id, default))!.Documents);
        Assert.Single(await _app.AuditAsync(), e => e.Action == "request.document.removed");
        var byElise = await _app.PressAsync(RequestRoutes.RemoveDocument, AttachApp.DataOf(view.Card!, RequestRoutes.RemoveDocument), Payload.EliseAad);
        Assert.Equal(RequestTexts.NotAllowed.Fr, byElise.Message);
    }

    [Fact]
    public async Task The_answer_card_lists_the_annexes_with_each_focal_points_own_link_and_a_colleague_removes_one()
    {
        var request = await _app.SendAsync();
        await _app.SendFilesAsync(_files, Payload.EliseAad, ("loi.pdf", SampleFiles.Pdf), ("photo.png", SampleFiles.Png));
        await _app.AttachAsync(_app.Offers()[0], $"request:{request.Id}:1", Payload.EliseAad);
        await _app.AttachAsync(_app.Offers()[1], $"request:{request.Id}:0", Payload.EliseAad);

        var elise = await _app.PressAsync(RequestRoutes.Answer, RequestApp.Ids(request), Payload.EliseAad);
        var marc = await _app.PressAsync(RequestRoutes.Answer, RequestApp.Ids(request), RequestApp.MarcAad);
        var jonas = await _app.PressAsync(RequestRoutes.Answer, RequestApp.Ids(request), Payload.JonasAad);

        Assert.Contains("Question 1\u00a0: loi.pdf (1\u00a0Ko)", elise.CardText());
        Assert.Contains("Ensemble de la réponse\u00a0: photo.png (1\u00a0Ko)", elise.CardText());
        var eliseLink = (string)Find(elise.Card!, RequestTexts.OpenFileButton.Fr)!["url"]!;
        var marcLink = (string)Find(marc.Card!, RequestTexts.OpenFileButton.Fr)!["url"]!;
        Assert.NotEqual(eliseLink, marcLink);   // each signed for its member
        Assert.Equal(HttpStatusCode.OK, (await _app.CreateClient().GetAsync(new Uri(marcLink).PathAndQuery)).StatusCode);
        Assert.DoesNotContain("loi.pdf", jonas.CardJson());

        var typed = AttachApp.DataOf(marc.Card!, RequestRoutes.RemoveAnnex);
        typed[AnswerForm.TextKey(1)] = "Texte tapé, pas encore enregistré";
        var removed = await _app.PressAsync(RequestRoutes.RemoveAnnex, typed, RequestApp.MarcAad);

        Assert.Contains(RequestTexts.AnnexRemoved.Format(Language.Fr, "loi.pdf"), removed.CardText());
        Assert.Contains("Texte tapé, pas encore enregistré", removed.CardJson());   // what was typed stays on the card
        Assert.Equal(["photo.png"], (await _app.AnswerOfAsync(request, "FR"))!.Annexes.Select(a => a.Name));
        Assert.Empty((await _app.AnswerOfAsync(request, "FR"))!.Answers);          // and is not saved
        Assert.Single(await _app.AuditAsync(), e => e.Action == "request.annex.removed" && e.ActorId == "m-marc");
    }

    [Fact]
    public async Task Another_states_focal_point_cannot_remove_an_annex()
    {
        var request = await _app.SendAsync();
        await _app.SendFilesAsync(_files, Payload.EliseAad, ("loi.pdf", SampleFiles.Pdf));
        await _app.AttachAsync(_app.Offers().Single(), $"request:{request.Id}:0", Payload.EliseAad);
        var card = await _app.PressAsync(RequestRoutes.Answer, RequestApp.Ids(request), Payload.EliseAad);

        await _app.PressAsync(RequestRoutes.RemoveAnnex, AttachApp.DataOf(card.Card!, RequestRoutes.RemoveAnnex), Payload.JonasAad);
        await _app.PressAsync(RequestRoutes.RemoveAnnex, AttachApp.DataOf(card.Card!, RequestRoutes.RemoveAnnex), Payload.SophieAad);

        Assert.Single((await _app.AnswerOfAsync(request, "FR"))!.Annexes);
        Assert.DoesNotContain(await _app.AuditAsync(), e => e.Action == "request.annex.removed");
    }

    [Fact]
    public async Task A_feature_that_claims_a_file_takes_it_before_it_is_offered()
    {
        var claim = new ClaimingDocx();
        using var app = AttachApp.New(_files).WithServices(s => s.AddSingleton<IReceivedFileClaim>(claim));
        await app.SendAsync();

        await app.SendFilesAsync(_files, Payload.EliseAad, ("copie remplie.docx", SampleFiles.Docx()), ("loi.pdf", SampleFiles.Pdf));

        Assert.Equal(["copie remplie.docx"], claim.Claimed);
        Assert.Single(app.Offers());
        Assert.Contains(app.Connector.Sends, s => s.Activity.Text == "claimed");
        Assert.Single(app.StoredFiles());
    }

    static JsonObject? Find(JsonNode? node, string title) => node switch
    {
        JsonObject o when (string?)o["title"] == title && (string?)o["type"] == "Action.OpenUrl" => o,
        JsonObject o => o.Select(p => Find(p.Value, title)).FirstOrDefault(f => f is not null),
        JsonArray a => a.Select(n => Find(n, title)).FirstOrDefault(f => f is not null),
        _ => null,
    };

    sealed class ClaimingDocx : IReceivedFileClaim
    {
        public List<string> Claimed { get; } = [];

        public async Task<bool> TryHandleAsync(TurnContext turn, Member member, ReceivedFile file, CancellationToken ct)
        {
            if (file.Extension != "docx") return false;
            Claimed.Add(file.Name);
            await turn.SendTextAsync("claimed", ct);
            return true;
        }
    }
}
