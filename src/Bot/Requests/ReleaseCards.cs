using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Deliveries;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// Where a compilation's release stands on the office's status: before it, why the office may not release it now (null:
/// it may); after it, the rows of the cards sent to its members (and null when a fault left none queued, so the office
/// may press again).
public sealed record ReleaseProgress(ReleaseRefusal? Refusal, IReadOnlyList<Delivery> Rows)
{
    public ReachCount Reach => ReachCount.Of(Rows, []);
}

/// Releasing a compilation to the network: who receives it (the compose form, the request's facts), where its release
/// stands on the office's status, and the card with a member's own links.
public static class ReleaseCards
{
    /// The compose form's choice of who receives the compilation, with when the office releases it.
    public static IEnumerable<JsonObject> RecipientsChoice(RequestForm form, Language language)
    {
        yield return Card.RadioSet(RequestForm.RecipientsKey, RequestTexts.RecipientsLabel.In(language),
        [
            (RequestTexts.RecipientsAudience.In(language), nameof(CompilationRecipients.Audience)),
            (RequestTexts.RecipientsResponders.In(language), nameof(CompilationRecipients.Responders)),
            (RequestTexts.RecipientsOffice.In(language), nameof(CompilationRecipients.Office)),
        ], form.Recipients.Length > 0 ? form.Recipients : nameof(CompilationRecipients.Audience));
        yield return Card.TextBlock(RequestTexts.RecipientsHint.In(language), subtle: true, spacing: "None");
    }

    /// The answer form's mark "for the office only" on one question; none where the compilation goes to the office only
    /// anyway.
    public static JsonObject? OfficeOnlyToggle(InformationRequest request, QuestionNumber q, AnswerForm form, Language language) =>
        request.Recipients == CompilationRecipients.Office ? null
            : Card.Toggle(AnswerForm.OfficeOnlyKey(q.Value), RequestTexts.OfficeOnlyLabel.In(language), form.OfficeOnly.Contains(q.Value));

    /// "Get the compilation": the member's own links, in their personal chat.
    public static JsonObject GetCompilationButton(InformationRequest request, Language language) =>
        Card.Execute(RequestTexts.GetCompilationButton.In(language), RequestRoutes.GetCompilation, new JsonObject { [RequestForm.IdKey] = request.Id }, withInputs: false);

    /// The network's version as a member receives it: when released (by the office, `released`) or asked for, the
    /// member's own links, what the version leaves out, and how to get fresh links once these expire.
    public static JsonObject Links(CompiledRequest compiled, (string Word, string Excel, DateOnly? Until) links, bool released, Language language)
    {
        var request = compiled.Request;
        return Card.New(
        [
            Card.Title((released ? RequestTexts.ReleasedTitle : RequestTexts.CompilationTitle).Format(language, request.Number)),
            Card.Literal(RequestCards.TitleIn(request, language), weight: "Bolder"),
            released ? Card.TextBlock(RequestTexts.ReleasedBody.In(language)) : null,
            Card.TextBlock(RequestTexts.CompilationBody.Format(language, compiled.Responding, compiled.Asked)),
            Card.TextBlock(RequestTexts.NetworkVersionNotice.In(language), subtle: true),
            links.Until is { } until ? Card.TextBlock(RequestTexts.LinksExpire.Format(language, until), subtle: true) : null,
        ],
        [
            Card.OpenUrl(RequestTexts.WordButton.In(language), links.Word),
            Card.OpenUrl(RequestTexts.ExcelButton.In(language), links.Excel),
            Card.Execute(RequestTexts.NewLinksButton.In(language), RequestRoutes.GetCompilation, new JsonObject { [RequestForm.IdKey] = request.Id }, withInputs: false),
            Card.Execute(RequestTexts.OpenRequestButton.In(language), RequestRoutes.Open, new JsonObject { [RequestForm.IdKey] = request.Id }, withInputs: false),
        ]);
    }

    /// The status's facts: whom the compilation goes to, and where its release stands (what the rows say, never more).
    public static IEnumerable<(string, string)> StatusFacts(InformationRequest request, ReleaseProgress? release, Language language)
    {
        yield return SharedWithFact(request, language);
        if (request.Recipients == CompilationRecipients.Office || release is null) yield break;
        if (request.ReleasedOn is { } on)
        {
            var queued = release.Rows.Count;
            yield return (RequestTexts.ReleasedFact.In(language), (queued == 1 || (queued == 0 && language == Language.Fr) ? RequestTexts.ReleasedOnToOne : RequestTexts.ReleasedOnTo).Format(language, on, queued));
            yield return (RequestTexts.ReleaseDeliveredFact.In(language), release.Reach.Describe(language));
        }
        else if (release.Refusal is null or ReleaseRefusal.TooEarly or ReleaseRefusal.NoRecipient)
            yield return (RequestTexts.ReleasedFact.In(language), (release.Refusal switch
            {
                null => RequestTexts.ReleasableNow,
                ReleaseRefusal.NoRecipient => RequestTexts.NobodyToRelease,
                _ => RequestTexts.NotReleasedYet,
            }).In(language));
    }

    /// Under the facts it acts on (the card's own row of buttons is full): "Release the compilation" when the office may,
    /// then the delivery of its cards; nothing for a compilation the office keeps, so a press on it can only be forged
    /// (and is refused).
    public static JsonObject? StatusButtons(InformationRequest request, ReleaseProgress? release, Language language) =>
        release is null ? null
        : request.ReleasedOn is not null && release.Rows.Count > 0
            ? Card.ActionSet(Card.Execute(RequestTexts.ReleaseDeliveryButton.In(language), DeliveryRoutes.View, DeliveryRoutes.Data(ReleaseDeliveries.Subject, request.Id),
                withInputs: false))
        : release.Refusal is null
            ? Card.ActionSet(Card.Execute(RequestTexts.ReleaseButton.In(language), RequestRoutes.Release, RequestCards.Ids(request), style: "positive", withInputs: false))
        : null;

    /// "Compilation shared with: the states that answered", on the request as previewed, received and followed.
    public static (string, string) SharedWithFact(InformationRequest request, Language language) =>
        (RequestTexts.SharedWithFact.In(language), RequestTexts.SharedWith(request.Recipients, language));
}
