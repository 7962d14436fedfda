using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Deliveries;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// What the network's channel shows of a request. The channel is everyone's, so neither language is the reader's: the
/// fixed labels come in English and French, the request in its original language beside its translation when it has
/// one. What members typed stays literal text.
public static class RequestChannelCards
{
    public static JsonObject Post(InformationRequest request, string requester)
    {
        var body = new List<JsonNode?>
        {
            Card.TextBlock(Bilingual.Format(RequestTexts.RequestHeading, request.Number), subtle: true),
            Both(request, request.Title, request.TitleTranslation, bold: true, size: "Large"),
            Card.LabelledLiteral(Bilingual.Label(RequestTexts.RequestedBy) + "\u00a0: ", requester),
            Card.Facts(
            [
                (Bilingual.Label(RequestTexts.DeadlineFact), Bilingual.Format(RequestTexts.DateFormat, request.Deadline)),
                (Bilingual.Label(RequestTexts.OriginalFact), Bilingual.Join(RequestTexts.LanguageName(request.Language, Language.En), RequestTexts.LanguageName(request.Language, Language.Fr))),
            ]),
        };
        if (!string.IsNullOrWhiteSpace(request.Background))
        {
            body.Add(Card.TextBlock(Bilingual.Label(RequestTexts.BackgroundHeading), weight: "Bolder", spacing: "Medium"));
            body.Add(Both(request, request.Background, request.BackgroundTranslation));
        }
        body.Add(Card.TextBlock(Bilingual.Label(RequestTexts.QuestionsHeading), weight: "Bolder", spacing: "Medium"));
        foreach (var q in request.QuestionNumbers) body.Add(Both(request, request[q].Text, request[q].Translation, label: $"{q}. "));
        body.Add(Bilingual.Lines(RequestTexts.ChannelPostIntro, subtle: true, spacing: "Medium"));

        var data = new JsonObject { [RequestForm.IdKey] = request.Id };
        return Card.New(body,
        [
            Card.Execute(Bilingual.Label(RequestTexts.AnswerButton), RequestRoutes.Answer, data, style: "positive", withInputs: false),
            Card.Execute(Bilingual.Label(RequestTexts.AcknowledgeButton), RequestRoutes.Acknowledge, data, withInputs: false),
        ]);
    }

    /// Focal points the bot cannot write to in a personal chat, @mentioned in the request's thread.
    public static JsonObject Mention(InformationRequest request, IReadOnlyList<Member> people) =>
        DeliveryCards.Mention(people, Bilingual.Format(RequestTexts.RequestHeading, request.Number), RequestTexts.MentionBody);

    /// Focal points a reminder could not reach in a personal chat, @mentioned in the request's thread.
    public static JsonObject ReminderMention(InformationRequest request, IReadOnlyList<Member> people) =>
        DeliveryCards.Mention(people, Bilingual.Format(RequestTexts.RequestHeading, request.Number),
            new Text(RequestTexts.ReminderMentionBody.Format(Language.En, request.Deadline), RequestTexts.ReminderMentionBody.Format(Language.Fr, request.Deadline)));

    /// The original and its translation, English on the left whichever was the original.
    static JsonObject Both(InformationRequest request, string original, string? translation, string? label = null, bool bold = false, string? size = null) =>
        request.Language == Language.En
            ? Bilingual.SideBySide(original, translation, label, bold, size)
            : Bilingual.SideBySide(translation, original, label, bold, size);
}
