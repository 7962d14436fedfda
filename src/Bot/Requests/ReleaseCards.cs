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

    /// "Compilation shared with: the states that answered", on the request as previewed, received and followed.
    public static (string, string) SharedWithFact(InformationRequest request, Language language) =>
        (RequestTexts.SharedWithFact.In(language), RequestTexts.SharedWith(request.Recipients, language));
}
