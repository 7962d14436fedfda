using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// The request as members receive it and the cards the bot sends by itself (RequestMessages): the request, a reminder,
/// a proposal for the office, the office's decision, the compilation's links; and what every request card shares. The
/// cards answering a press are in ComposeCards, AnswerCards and FollowUpCards. What members typed is always shown with
/// Card.Literal, never as Markdown.
public static class RequestCards
{
    public static JsonObject Notice(string title, string text, Language language, params JsonObject[] actions) =>
        Card.New([Card.Title(title), Card.TextBlock(text)], actions.Length > 0 ? actions : [ListButton(language)]);

    /// What the office decided about a proposal, for the focal point who made it.
    public static JsonObject Decision(InformationRequest request, Language language)
    {
        var declined = request.Status == RequestStatus.Declined;
        return Card.New(
        [
            Card.Title((declined ? RequestTexts.DeclinedTitle : RequestTexts.ApprovedTitle).In(language)),
            Card.TextBlock((declined ? RequestTexts.DecisionDeclined : RequestTexts.DecisionApproved).Format(language, Card.Plain(TitleIn(request, language)))),
            declined && request.DeclineReason is { } reason ? Card.LabelledLiteral(RequestTexts.ReasonLabel.In(language), reason) : null,
        ],
        [ListButton(language)]);
    }

    /// The office hears of a new proposal in its personal chat.
    public static JsonObject ProposalNotice(InformationRequest request, Member? proposer, Language language) => Card.New(
    [
        Card.Title(RequestTexts.NewProposalNotice.In(language)),
        Card.TextBlock(RequestTexts.ProposalForOffice.Format(language, Card.Plain(proposer?.DisplayName ?? "?"), MemberStates.NameIn(proposer?.StateCode, language)), subtle: true),
        Card.Literal(TitleIn(request, language), weight: "Bolder"),
    ],
    [Card.Execute(RequestTexts.ReviewButton.In(language), RequestRoutes.Review, Ids(request), withInputs: false)]);

    // The request as received

    /// The request card in a member's personal chat (the channel's post is RequestChannelCards.Post). Its buttons open the
    /// answer form and, until the state acknowledged receipt or submitted its answer, acknowledge receipt.
    /// `documents`: the member's links to the request's background documents; `mayOpenCompilation`: the member may open
    /// the compilation (CompilationAccess), so the card offers their links.
    public static JsonObject Received(InformationRequest request, string requester, StateAnswer? ownAnswer, TimeZoneInfo zone, Language language,
        IReadOnlyList<AnnexLink>? documents = null, bool mayOpenCompilation = false)
    {
        var body = new List<JsonNode?>(Content(request, requester, language));
        if (documents is { Count: > 0 }) body.Add(AttachCards.List(RequestTexts.DocumentsHeading, documents, ofAnswer: false, remove: null, hint: null, language));
        if (ownAnswer is { AcknowledgedAt: { } at })
            body.Add(Card.TextBlock(RequestTexts.AcknowledgedOn.Format(language, DateOnly.FromDateTime(Local(at, zone))), subtle: true, spacing: "Medium"));
        var data = Ids(request);
        var received = ownAnswer is not null && (ownAnswer.AcknowledgedAt is not null || ownAnswer.Status == AnswerStatus.Submitted);
        return Card.New(body,
        [
            Card.Execute(RequestTexts.AnswerButton.In(language), RequestRoutes.Answer, data, style: "positive", withInputs: false),
            received ? null : Card.Execute(RequestTexts.AcknowledgeButton.In(language), RequestRoutes.Acknowledge, data, withInputs: false),
            // National circulation, while answers are taken.
            request.Status == RequestStatus.Sent ? Card.Execute(RequestTexts.CirculateButton.In(language), RequestRoutes.Circulate, data, withInputs: false) : null,
            mayOpenCompilation ? ReleaseCards.GetCompilationButton(request, language) : null,
        ]);
    }

    /// Title, requester, deadline, background and the numbered questions; with a translation, the two side by side.
    internal static IEnumerable<JsonNode?> Content(InformationRequest request, string requester, Language language)
    {
        yield return Card.TextBlock(request.Number is { } n ? RequestTexts.RequestHeading.Format(language, n) : RequestTexts.ComposeTitle.In(language), subtle: true);
        yield return SideBySide(request, language, request.Title, request.TitleTranslation, size: "Large");
        yield return Card.Facts(
        [
            (RequestTexts.RequestedBy.In(language), Card.Plain(requester)),
            (RequestTexts.DeadlineFact.In(language), RequestTexts.DateFormat.Format(language, request.Deadline)),
            (RequestTexts.OriginalFact.In(language), RequestTexts.LanguageName(request.Language, language)),
            ReleaseCards.SharedWithFact(request, language),
        ]);
        if (!string.IsNullOrWhiteSpace(request.Background))
        {
            yield return Card.TextBlock(RequestTexts.BackgroundHeading.In(language), weight: "Bolder", spacing: "Medium");
            yield return SideBySide(request, language, request.Background, request.BackgroundTranslation);
        }
        yield return Card.TextBlock(RequestTexts.QuestionsHeading.In(language), weight: "Bolder", spacing: "Medium");
        foreach (var q in request.QuestionNumbers)
            yield return SideBySide(request, language, request[q].Text, request[q].Translation, label: $"{q}. ");
    }

    /// One field in the original and, if given, its translation in a second column: the reader's language first.
    static JsonObject SideBySide(InformationRequest request, Language reader, string original, string? translation, string? label = null, string? size = null)
    {
        JsonObject Block(string text)
        {
            var block = label is null ? Card.Literal(text, weight: size is null ? null : "Bolder") : Card.LabelledLiteral(label, text);
            if (size is not null) block["inlines"]![0]!["size"] = size;
            return block;
        }
        if (translation is null) return Block(original);
        var (first, second) = reader == request.Language ? (original, translation) : (translation, original);
        return new JsonObject
        {
            ["type"] = "ColumnSet",
            ["columns"] = new JsonArray(
                new JsonObject { ["type"] = "Column", ["width"] = "stretch", ["items"] = new JsonArray(Block(first)) },
                new JsonObject { ["type"] = "Column", ["width"] = "stretch", ["items"] = new JsonArray(Block(second)) }),
        };
    }

    /// A reminder to a state that has not answered yet.
    public static JsonObject Reminder(InformationRequest request, StateCode stateCode, bool last, Language language) => Card.New(
    [
        Card.Title(RequestTexts.ReminderTitle.Format(language, request.Number, request.Deadline)),
        Card.Literal(TitleIn(request, language), weight: "Bolder"),
        Card.TextBlock((last ? RequestTexts.LastReminderBody : RequestTexts.ReminderBody).Format(language, RequestTexts.OfState(stateCode, language))),
    ],
    [Card.Execute(RequestTexts.AnswerButton.In(language), RequestRoutes.Answer, Ids(request), style: "positive", withInputs: false)]);

    /// The compilation's files, as personal links; for the office, the zip with every document (`zipUrl`), or why
    /// there is none (`zipTooLarge`).
    public static JsonObject Compiled(InformationRequest request, int responding, int asked, string wordUrl, string excelUrl,
        DateOnly? linksExpire, bool atDeadline, Language language, string? zipUrl = null, bool zipTooLarge = false) => Card.New(
    [
        Card.Title(RequestTexts.CompilationTitle.Format(language, request.Number)),
        Card.Literal(TitleIn(request, language), weight: "Bolder"),
        atDeadline ? Card.TextBlock(RequestTexts.CompilationAtDeadline.In(language)) : null,
        Card.TextBlock(RequestTexts.CompilationBody.Format(language, responding, asked)),
        zipTooLarge ? Card.TextBlock(RequestTexts.ZipTooLarge.Format(language, CompilationZip.MaxDocumentBytes / (1024 * 1024)), color: "Warning") : null,
        linksExpire is { } until ? Card.TextBlock(RequestTexts.LinksExpire.Format(language, until), subtle: true) : null,
    ],
    [
        Card.OpenUrl(RequestTexts.WordButton.In(language), wordUrl),
        Card.OpenUrl(RequestTexts.ExcelButton.In(language), excelUrl),
        zipUrl is null ? null : Card.OpenUrl(RequestTexts.ZipButton.In(language), zipUrl),
        Card.Execute(RequestTexts.StatusButton.In(language), RequestRoutes.Status, Ids(request), withInputs: false),
    ]);

    // What every request card shares

    public static string TitleIn(InformationRequest request, Language language) =>
        language != request.Language && request.TitleTranslation is not null ? request.TitleTranslation : request.Title;

    internal static string Audience(InformationRequest request, Language language)
    {
        var audience = request.Audience;
        var states = audience.States();
        var names = string.Join(", ", states.Select(s => MemberStates.NameIn(s, language)));
        if (audience.GroupId is not null)
            return RequestTexts.AudienceGroup.Format(language, Card.Plain(language == Language.Fr ? audience.GroupNameFr : audience.GroupNameEn) ?? "", states.Count, names);
        return audience.Everyone ? RequestTexts.AudienceEveryone.Format(language, states.Count) : RequestTexts.AudienceStates.Format(language, states.Count, names);
    }

    internal static JsonObject ListButton(Language language) =>
        Card.Execute(RequestTexts.ListTitle.In(language), RequestRoutes.List, withInputs: false);

    internal static JsonObject Ids(InformationRequest request)
    {
        var data = new JsonObject { [RequestForm.IdKey] = request.Id };
        if (request.Version is not null) data[RequestForm.VersionKey] = request.Version;
        return data;
    }

    /// A copy of a button's data with more keys.
    internal static JsonObject WithData(JsonObject data, params (string Key, string Value)[] extra)
    {
        var copy = data.DeepClone().AsObject();
        foreach (var (key, value) in extra) copy[key] = value;
        return copy;
    }

    /// "Pas commencée" → "pas commencée": a status standing mid-sentence, after a colon.
    internal static string LowerFirst(string text, Language language) =>
        text.Length == 0 ? text : char.ToLower(text[0], Text.Culture(language)) + text[1..];

    /// A moment as the network's clock shows it (Calendar:TimeZone), like every time the bot writes.
    internal static DateTime Local(DateTimeOffset at, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(at, zone).DateTime;

    /// A count as card data and facts write it, whatever the reader's culture.
    internal static string Invariant(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
