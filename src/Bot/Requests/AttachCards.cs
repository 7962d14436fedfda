using System.Globalization;
using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Files;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// Requests' side of documents sent to the bot: the places a file may go among requests (the offer itself is Files'),
/// and the lists of documents other request cards show. File names are sanitised when received, and shown literally
/// all the same.
public static class AttachCards
{
    /// The annex a Remove button names.
    public const string AnnexKey = "annex";

    /// A question's text in a choice's title is cut to this, so the list stays readable on a phone.
    const int QuestionInTitle = 60;

    /// Where a focal point's document may go: each open request's whole answer and questions; for the office, each
    /// request's background documents. Values are "request:requestId:question" (0: the whole answer, or the request);
    /// each place's group is its request's folder, which its annexes go under (RequestFiles.Folder).
    public static IReadOnlyList<FileDestination> Targets(IReadOnlyList<InformationRequest> requests, bool documents, Language language)
    {
        var targets = new List<FileDestination>();
        foreach (var request in requests)
        {
            var name = request.Number is { } n ? $"{n} {RequestCards.TitleIn(request, language)}" : RequestTexts.DraftRequest.Format(language, RequestCards.TitleIn(request, language));
            var folder = request.Number is { } number ? CompilationFiles.Folder(number) : $"Requests/{request.Id}";
            if (documents) { targets.Add(new(RequestTexts.TargetDocuments.Format(language, name), Target(request, 0), folder)); continue; }
            targets.Add(new(RequestTexts.TargetWholeAnswer.Format(language, name), Target(request, 0), folder));
            foreach (var q in request.QuestionNumbers)
                targets.Add(new(RequestTexts.TargetQuestion.Format(language, request.Number, q.Value, Shortened(QuestionIn(request, q, language))), Target(request, q.Value), folder));
        }
        return targets;
    }

    static string Target(InformationRequest request, int question) =>
        $"{RequestFiles.ValuePrefix}:{request.Id}:{question.ToString(CultureInfo.InvariantCulture)}";

    /// The request's id and the question (null: the whole answer, or the request) a place's key names (its value
    /// without "request:"), or null for no valid choice.
    public static (string RequestId, QuestionNumber? Question)? ParseTarget(string? value)
    {
        var colon = value?.LastIndexOf(':') ?? -1;
        if (colon <= 0 || !int.TryParse(value![(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var q) || q > 100) return null;
        return (value[..colon], q == 0 ? null : new QuestionNumber(q));
    }

    /// The documents, each with its place on an answer ("Question 2: "), name and size as literal text, an Open button
    /// with the member's own link and, where the member may, a Remove button (`remove`: its verb and data); a hint says
    /// how to add one. Null when there is nothing to list nor to say.
    public static JsonObject? List(Text heading, IReadOnlyList<AnnexLink> links, bool ofAnswer, (string Verb, JsonObject Data)? remove, Text? hint,
        Language language)
    {
        if (links.Count == 0 && hint is null) return null;
        var items = new List<JsonNode?> { Card.TextBlock(heading.In(language), weight: "Bolder") };
        foreach (var link in links)
        {
            var text = $"{link.Annex.Name} ({FileTexts.Size(link.Annex.Length, language)})";
            var where = !ofAnswer ? null : link.Annex.Question is { } q ? RequestTexts.AnnexQuestion.Format(language, q.Value) : RequestTexts.AnnexWhole.In(language);
            items.Add(where is null ? Card.Literal(text, spacing: "Small") : Card.LabelledLiteral(where, text, spacing: "Small"));
            items.Add(Card.ActionSet(
            [
                Card.OpenUrl(RequestTexts.OpenFileButton.In(language), link.Url),
                // On the answer form the typed text comes along, so removing a document loses none of it.
                remove is { } r ? Card.Execute(RequestTexts.RemoveFileButton.In(language), r.Verb, RequestCards.WithData(r.Data, (AnnexKey, link.Annex.Id)),
                    withInputs: ofAnswer) : null,
            ], spacing: "None"));
        }
        if (links.FirstOrDefault(l => l.Expires is not null)?.Expires is { } expires)
            items.Add(Card.TextBlock(RequestTexts.LinksExpire.Format(language, DateOnly.FromDateTime(expires.UtcDateTime)), subtle: true, size: "Small"));
        if (hint is not null) items.Add(Card.TextBlock(hint.In(language), subtle: true, size: "Small"));
        return Card.Container(items, spacing: "Medium", separator: true);
    }

    /// The office's view of a request with its background documents below: removable while the request takes them.
    public static JsonObject WithDocuments(JsonObject card, InformationRequest request, IReadOnlyList<AnnexLink> documents, Language language)
    {
        var open = Annexing.TakesDocuments(request);
        if (List(RequestTexts.DocumentsHeading, documents, ofAnswer: false, open ? (RequestRoutes.RemoveDocument, RequestCards.Ids(request)) : null,
                open ? RequestTexts.DocumentHint : null, language) is { } list)
            card["body"]!.AsArray().Add(list);
        return card;
    }

    static string QuestionIn(InformationRequest request, QuestionNumber q, Language language) =>
        language != request.Language && request[q].Translation is { } translation ? translation : request[q].Text;

    static string Shortened(string text)
    {
        // One line; no-break spaces stay, so French punctuation keeps its place.
        var line = string.Join(' ', text.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        if (line.Length <= QuestionInTitle) return line;
        var cut = char.IsHighSurrogate(line[QuestionInTitle - 2]) ? QuestionInTitle - 2 : QuestionInTitle - 1;   // never half an emoji
        return line[..cut].TrimEnd() + "…";
    }
}
