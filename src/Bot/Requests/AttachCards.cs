using System.Globalization;
using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Files;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// The cards of documents sent to the bot: the offer ("Attach «name» to…"), what became of it, and the lists of
/// documents other request cards show. File names are sanitised when received, and shown literally all the same.
public static class AttachCards
{
    // The offer's data: the stored upload and its ticket (UploadTickets), and the choice of where it goes.
    public const string UploadKey = "upload";
    public const string NameKey = "uploadName";
    public const string TypeKey = "uploadType";
    public const string LengthKey = "uploadLength";
    public const string FileKey = "uploadFile";
    public const string UrlKey = "uploadUrl";
    public const string TicketKey = "ticket";
    public const string TargetKey = "target";
    public const string AnnexKey = "annex";

    /// A question's text in a choice's title is cut to this, so the list stays readable on a phone.
    const int QuestionInTitle = 60;

    /// "Attach «name» (size) to:" with the places it may go, Attach and Discard. With one request, its first place is
    /// chosen already.
    public static JsonObject Offer(StoredUpload upload, string ticket, IReadOnlyList<(string Title, string Value)> targets, IReadOnlyList<string> problems,
        Language language)
    {
        var data = UploadData(upload);
        data[TicketKey] = ticket;
        return Card.New(
        [
            Card.Title(RequestTexts.OfferTitle.Format(language, Card.Plain(upload.Name), RequestTexts.Size(upload.Length, language))),
            Card.TextBlock(RequestTexts.OfferIntro.In(language), subtle: true),
            Card.Problems(RequestTexts.FixProblems.In(language), problems),
            Card.ChoiceSet(TargetKey, RequestTexts.OfferTarget.In(language), targets, OneRequest(targets) ? targets[0].Value : null,
                required: true, error: RequestTexts.ChooseTarget.In(language)),
        ],
        [
            Card.Execute(RequestTexts.AttachButton.In(language), RequestRoutes.AttachFile, data, style: "positive"),
            Card.Execute(RequestTexts.DiscardButton.In(language), RequestRoutes.DiscardFile, data, withInputs: false),
        ]);
    }

    /// All the places are one request's: its first (the whole answer, or its background documents) is chosen already.
    static bool OneRequest(IReadOnlyList<(string Title, string Value)> targets) =>
        targets.Count > 0 && targets.Select(t => ParseTarget(t.Value)?.RequestId).Distinct().Count() == 1;

    /// Where a focal point's document may go: each open request's whole answer and questions; for the office, each
    /// request's background documents. Values are "requestId:question" (0: the whole answer, or the request).
    public static IReadOnlyList<(string Title, string Value)> Targets(IReadOnlyList<InformationRequest> requests, bool documents, Language language)
    {
        var targets = new List<(string, string)>();
        foreach (var request in requests)
        {
            var name = request.Number is { } n ? $"{n} {RequestCards.TitleIn(request, language)}" : RequestTexts.DraftRequest.Format(language, RequestCards.TitleIn(request, language));
            if (documents) { targets.Add((RequestTexts.TargetDocuments.Format(language, name), Target(request, 0))); continue; }
            targets.Add((RequestTexts.TargetWholeAnswer.Format(language, name), Target(request, 0)));
            foreach (var q in request.QuestionNumbers)
                targets.Add((RequestTexts.TargetQuestion.Format(language, request.Number, q.Value, Shortened(QuestionIn(request, q, language))), Target(request, q.Value)));
        }
        return targets;
    }

    static string Target(InformationRequest request, int question) => $"{request.Id}:{question.ToString(CultureInfo.InvariantCulture)}";

    /// The request's id and the question (null: the whole answer, or the request), or null for no valid choice.
    public static (string RequestId, QuestionNumber? Question)? ParseTarget(string? value)
    {
        var colon = value?.LastIndexOf(':') ?? -1;
        if (colon <= 0 || !int.TryParse(value![(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var q) || q > 100) return null;
        return (value[..colon], q == 0 ? null : new QuestionNumber(q));
    }

    /// The upload the card's data names, or null when a field is missing.
    public static StoredUpload? UploadOf(JsonObject data)
    {
        string? S(string key) => data[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        if (S(UploadKey) is not { Length: > 0 } id || S(NameKey) is not { Length: > 0 } name || S(TypeKey) is not { Length: > 0 } type
            || !long.TryParse(S(LengthKey), NumberStyles.None, CultureInfo.InvariantCulture, out var length) || S(FileKey) is not { Length: > 0 } file)
            return null;
        return new StoredUpload(id, name, type, length, file, S(UrlKey) is { Length: > 0 } url ? url : null);
    }

    static JsonObject UploadData(StoredUpload upload)
    {
        var data = new JsonObject
        {
            [UploadKey] = upload.Id, [NameKey] = upload.Name, [TypeKey] = upload.ContentType,
            [LengthKey] = upload.Length.ToString(CultureInfo.InvariantCulture), [FileKey] = upload.FileId,
        };
        if (upload.FileUrl is not null) data[UrlKey] = upload.FileUrl;
        return data;
    }

    /// The document is attached; the button opens where it went.
    public static JsonObject Attached(string name, string where, JsonObject open, Language language) => Card.New(
    [
        Card.Title(RequestTexts.AttachedTitle.In(language)),
        Card.TextBlock(RequestTexts.Attached.Format(language, Card.Plain(name), where), color: "Good"),
    ],
    [open]);

    /// The offer was turned down.
    public static JsonObject Discarded(string name, Language language) => Card.New(
    [
        Card.Title(RequestTexts.DiscardedTitle.In(language)),
        Card.TextBlock(RequestTexts.Discarded.Format(language, Card.Plain(name))),
    ]);

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
            var text = $"{link.Annex.Name} ({RequestTexts.Size(link.Annex.Length, language)})";
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
