using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Files;
using FocalBot.Bot.Members;
using FocalBot.Bot.Requests;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Requests;

/// The attachment cards with sample data, for the render, typography and inert-text tests (AllCards): the offer (one
/// request, several, the office's), what became of it, and the cards that list documents.
public static class AttachSamples
{
    static readonly DateTimeOffset At = new(2026, 11, 25, 9, 30, 0, TimeSpan.Zero);

    public static Annex Annex(string id, string name, long length, int? question) => new()
    {
        Id = id, Name = name, ContentType = "application/pdf", Length = length, FileId = $"file-{id}", Question = question is { } q ? new QuestionNumber(q) : null,
        AddedBy = "demo-elise", AddedAt = At,
    };

    public static IEnumerable<(string Name, JsonObject Card)> Cards(Language language, SampleText typed)
    {
        var request = RequestSamples.Request with { Title = typed.Text(RequestSamples.Request.Title), TitleTranslation = typed.Text(RequestSamples.Request.TitleTranslation) };
        var other = request with { Id = "sample-other", Number = new RequestNumber(2026, 9), Title = typed.Text("Return and readmission"), TitleTranslation = null,
            Questions = [new(typed.Text("How many returns in 2025?"))] };
        var draft = request with { Id = "sample-draft", Number = null, Status = RequestStatus.Draft, Title = typed.Text("Next year's work plan"), TitleTranslation = null };
        var upload = new StoredUpload("0f8e7d6c5b4a39281706f5e4d3c2b1a0", typed.Text("Loi n 2024-42 version finale.pdf"), "application/pdf", 1_258_291,
            "UmVxdWVzdHMvMjAyNi0wNy9Bbm5leGVz", null);
        const string ticket = "1796000000.c2lnbmF0dXJl";
        var elise = typed.Member(DemoNetwork.Members.Single(m => m.Id == "demo-elise"));
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

        AnnexLink Link(Annex a) => new(a with { Name = typed.Text(a.Name) }, $"https://focalbot.example/exports/{a.Id}?m=demo-elise&s=1", new DateTimeOffset(2026, 11, 26, 9, 30, 0, TimeSpan.Zero));
        var annexes = new[] { Link(Annex("a1", "Loi 2024-42.pdf", 1_258_291, null)), Link(Annex("a2", "Statistiques 2025.xlsx", 48_000, 1)), Link(Annex("a3", "Schéma.png", 800, 3)) };
        var documents = new[] { Link(Annex("d1", "Terms of reference.docx", 35_000, null)) };
        var answer = StateAnswer.New(request.Number!.Value, "FR") with
        {
            Answers = [QuestionAnswer.Written(1, typed.Text("312, dont 40 en outre-mer."))], Language = Language.Fr, Version = 2, StoreVersion = "2",
            Annexes = [.. annexes.Select(a => a.Annex)], ChangedBy = elise.Id, ChangedAt = At,
        };

        yield return ("requests.attach-offer", FileCards.Offer(upload, ticket, AttachCards.Targets([request], documents: false, language), [], language));
        yield return ("requests.attach-offer-choose", FileCards.Offer(upload, ticket, AttachCards.Targets([request, other], documents: false, language),
            [FileTexts.ChooseTarget.In(language)], language));
        yield return ("requests.attach-offer-office", FileCards.Offer(upload with { Name = typed.Text("Terms of reference.docx"), Length = 35_000 }, ticket,
            AttachCards.Targets([draft, request], documents: true, language), [], language));
        yield return ("requests.attached", FileCards.Attached(upload.Name,
            RequestTexts.AttachedToQuestion.Format(language, RequestTexts.OfState("FR", language), request.Number, 2),
            Card.Execute(RequestTexts.OpenAnswerButton.In(language), RequestRoutes.Answer, RequestCards.Ids(request), withInputs: false), language));
        yield return ("requests.attached-document", FileCards.Attached(typed.Text("Terms of reference.docx"), RequestTexts.AttachedToRequest.Format(language, request.Number),
            Card.Execute(RequestTexts.OpenRequestButton.In(language), RequestRoutes.Open, RequestCards.Ids(request), withInputs: false), language));
        yield return ("requests.attach-discarded", FileCards.Discarded(upload.Name, language));
        yield return ("requests.answer-annexes", AnswerCards.Answer(request, "FR", answer, AnswerForm.Of(answer, language), elise.DisplayName, [],
            RequestTexts.AnnexRemoved.Format(language, Card.Plain(typed.Text("Ancienne note.pdf"))), 0, new DateOnly(2026, 11, 25), paris, RequestSettings.Default, language, annexes));
        yield return ("requests.answer-annexes-closed", AnswerCards.Answer(request with { Status = RequestStatus.Closed }, "FR", answer, AnswerForm.Of(answer, language),
            elise.DisplayName, [], null, 0, new DateOnly(2026, 12, 20), paris, RequestSettings.Default, language, annexes));
        yield return ("requests.received-documents", RequestCards.Received(request, typed.Text("Sophie Laurent"), null, paris, language, documents));
        yield return ("requests.office-documents", AttachCards.WithDocuments(ComposeCards.Preview(draft with { Version = "1" }, typed.Text("Sophie Laurent"), 48, null, language),
            draft, documents, language));
        yield return ("requests.compiled-zip", RequestCards.Compiled(request, 31, 46, "https://focalbot.example/exports/abc?sig=1", "https://focalbot.example/exports/def?sig=2",
            new DateOnly(2026, 12, 23), atDeadline: false, language, zipUrl: "https://focalbot.example/exports/ghi?sig=3"));
        yield return ("requests.compiled-zip-too-large", RequestCards.Compiled(request, 31, 46, "https://focalbot.example/exports/abc?sig=1", "https://focalbot.example/exports/def?sig=2",
            null, atDeadline: true, language, zipTooLarge: true));
        yield return ("requests.office-documents-none", AttachCards.WithDocuments(ComposeCards.Preview(draft with { Version = "1" }, typed.Text("Sophie Laurent"), 48, null, language),
            draft, [], language));
    }
}
