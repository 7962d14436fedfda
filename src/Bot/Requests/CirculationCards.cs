using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// The cards of national circulation: the form making the Word copy, the copy's personal link, and the choice between
/// the state's answer and a filled copy's where they differ. Questions and answers are members' text: shown literally.
public static class CirculationCards
{
    /// How much of a question and of each answer the choice card shows: enough to recognise them, and twenty
    /// questions' worth stays well within a card's size.
    public const int QuestionExcerpt = 200, AnswerExcerpt = 400;

    /// The language of the copy (the member's by default) and an optional national deadline.
    public static JsonObject Form(InformationRequest request, Language copyLanguage, DateOnly? nationalDeadline, IReadOnlyList<string> problems, Language language)
    {
        var data = RequestCards.Ids(request);
        return Card.New(
        [
            Card.Title(RequestTexts.CirculateTitle.Format(language, request.Number)),
            Card.Literal(RequestCards.TitleIn(request, language), weight: "Bolder"),
            Card.Facts([(RequestTexts.DeadlineFact.In(language), RequestTexts.DateFormat.Format(language, request.Deadline))]),
            Card.TextBlock(RequestTexts.CirculateIntro.In(language), subtle: true),
            Card.Problems(RequestTexts.FixProblems.In(language), problems),
            Card.RadioSet(CirculationRoutes.LanguageKey, RequestTexts.CopyLanguageLabel.In(language),
                [(RequestTexts.English.In(language), "en"), (RequestTexts.French.In(language), "fr")], copyLanguage.Code()),
            Card.InputDate(CirculationRoutes.NationalDeadlineKey, RequestTexts.NationalDeadlineLabel.Format(language, request.Deadline), nationalDeadline),
        ],
        [
            Card.Execute(RequestTexts.MakeCopyButton.In(language), RequestRoutes.MakeCopy, data, style: "positive"),
            Card.Execute(RequestTexts.BackToRequestButton.In(language), RequestRoutes.Open, data, withInputs: false),
        ]);
    }

    /// The copy's personal link, in the member's chat.
    public static JsonObject CopyReady(InformationRequest request, Language copyLanguage, DateOnly? nationalDeadline, string url, DateOnly? linkExpires,
        Language language)
    {
        var facts = new List<(string, string)> { (RequestTexts.DeadlineFact.In(language), RequestTexts.DateFormat.Format(language, request.Deadline)) };
        if (nationalDeadline is { } due) facts.Add((RequestTexts.CopyNationalDeadlineFact.In(language), RequestTexts.DateFormat.Format(language, due)));
        return Card.New(
        [
            Card.Title(RequestTexts.CopyReadyTitle.Format(language, request.Number)),
            Card.Literal(RequestCards.TitleIn(request, language), weight: "Bolder"),
            Card.TextBlock(RequestTexts.CopyReadyBody.Format(language, RequestTexts.LanguageName(copyLanguage, language))),
            Card.Facts(facts),
            linkExpires is { } until ? Card.TextBlock(RequestTexts.CopyLinkExpires.Format(language, until), subtle: true) : null,
        ],
        [
            Card.OpenUrl(RequestTexts.DownloadCopyButton.In(language), url),
            Card.Execute(RequestTexts.AnswerButton.In(language), RequestRoutes.Answer, RequestCards.Ids(request), withInputs: false),
        ]);
    }

    /// The questions where the copy says something else than the state's answer, each with both texts (shortened) and
    /// its own button; then replacing all, or keeping the state's texts. The buttons carry the answer's version, so a
    /// colleague's save in between is not overwritten unseen.
    public static JsonObject Choose(InformationRequest request, StateCode state, StateAnswer answer, string? notice, string? problem, Language language)
    {
        var data = RequestCards.Ids(request);
        data[AnswerForm.VersionKey] = RequestCards.Invariant(answer.Version);
        var body = new List<JsonNode?>
        {
            Card.Title(RequestTexts.ConfirmTitle.In(language)),
            Card.TextBlock(RequestTexts.AnswerTitle.Format(language, RequestTexts.OfState(state, language), request.Number), subtle: true, spacing: "None"),
            Card.Literal(RequestCards.TitleIn(request, language), weight: "Bolder"),
            notice is null ? null : Card.TextBlock(notice, color: "Good", weight: "Bolder"),
            problem is null ? null : Card.TextBlock(problem, color: "Warning"),
            Card.TextBlock(RequestTexts.ConfirmIntro.In(language)),
        };
        foreach (var aside in answer.FromCopy.Where(c => request.Has(c.Question)))
        {
            var question = request[aside.Question];
            var shown = language != request.Language && question.Translation is not null ? question.Translation : question.Text;
            body.Add(Card.Container(
            [
                Card.LabelledLiteral($"{aside.Question}. ", Shorten(shown, QuestionExcerpt)),
                Card.LabelledLiteral(RequestTexts.YourAnswerLabel.In(language), Shorten(Written(answer.For(aside.Question), language), AnswerExcerpt), subtle: true),
                Card.LabelledLiteral(RequestTexts.CopyAnswerLabel.In(language), Shorten(aside.Text, AnswerExcerpt)),
                Card.ActionSet(Card.Execute(RequestTexts.ReplaceButton.In(language), RequestRoutes.ReplaceFromCopy,
                    RequestCards.WithData(data, (CirculationRoutes.QuestionKey, aside.Question.ToString())), withInputs: false)),
            ], separator: true, spacing: "Medium"));
        }
        return Card.New(body,
        [
            Card.Execute(RequestTexts.ReplaceAllButton.In(language), RequestRoutes.ReplaceFromCopy,
                RequestCards.WithData(data, (CirculationRoutes.QuestionKey, CirculationRoutes.AllQuestions)), style: "positive", withInputs: false),
            Card.Execute(RequestTexts.KeepMineButton.In(language), RequestRoutes.KeepMine, data, withInputs: false),
            Card.Execute(RequestTexts.BackToAnswerButton.In(language), RequestRoutes.Answer, RequestCards.Ids(request), withInputs: false),
        ]);
    }

    /// The state's answer to a question as the choice card shows it: its text, or the nil answer worded.
    static string Written(QuestionAnswer? answer, Language language) => answer switch
    {
        { Nil: NilAnswer.NoInformation } => RequestTexts.NilNoInformation.In(language),
        { Nil: NilAnswer.NotApplicable } => RequestTexts.NilNotApplicable.In(language),
        { Nil: NilAnswer.ToFollow, FollowsBy: { } by } => RequestTexts.ToFollowBy.Format(language, by),
        { Nil: NilAnswer.ToFollow } => RequestTexts.NilToFollow.In(language),
        _ => answer?.Text ?? "",
    };

    /// The text cut at `max` characters with "…", never inside a surrogate pair (half an emoji would not render).
    internal static string Shorten(string text, int max)
    {
        if (text.Length <= max) return text;
        var keep = max - 1;
        if (char.IsHighSurrogate(text[keep - 1])) keep--;
        return text[..keep].TrimEnd() + "…";
    }
}
