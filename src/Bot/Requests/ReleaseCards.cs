using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

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

    /// "Compilation shared with: the states that answered", on the request as previewed, received and followed.
    public static (string, string) SharedWithFact(InformationRequest request, Language language) =>
        (RequestTexts.SharedWithFact.In(language), RequestTexts.SharedWith(request.Recipients, language));
}
