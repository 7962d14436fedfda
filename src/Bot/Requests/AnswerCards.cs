using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// The answer form of a state: each question with a text box or a nil answer, split over pages when long.
public static class AnswerCards
{
    /// An answer card holds at most this much typed text; longer answers are split over pages of questions, so the card
    /// stays under Teams' message size (about 80 KB once JSON-escaped).
    public const int AnswerPageBudget = 24_000;

    /// The state's answer form: each question with a text field or a nil answer. Long answers are split over pages.
    public static JsonObject Answer(InformationRequest request, StateCode stateCode, StateAnswer? answer, AnswerForm form, string? changedBy,
        IReadOnlyList<string> problems, string? notice, int page, DateOnly today, TimeZoneInfo zone, RequestSettings settings, Language language,
        IReadOnlyList<AnnexLink>? annexes = null)
    {
        var pages = Pages(request, form);
        page = Math.Clamp(page, 0, pages.Count - 1);
        var facts = new List<(string, string)>
        {
            (RequestTexts.DeadlineFact.In(language), RequestTexts.DateFormat.Format(language, request.Deadline)),
            (RequestTexts.AnswerStatusFact.In(language), Status(answer, zone, language)),
        };
        var body = new List<JsonNode?>
        {
            Card.Title(RequestTexts.AnswerTitle.Format(language, RequestTexts.OfState(stateCode, language), request.Number)),
            Card.Literal(RequestCards.TitleIn(request, language), weight: "Bolder"),
            Card.TextBlock(RequestTexts.AnswerIntro.In(language), subtle: true),
            Card.Facts(facts),
            answer?.ChangedAt is { } changed && changedBy is not null
                ? Card.TextBlock(RequestTexts.LastChangedBy.Format(language, Card.Plain(changedBy), RequestCards.Local(changed, zone)), subtle: true, spacing: "None") : null,
            notice is null ? null : Card.TextBlock(notice, color: "Good", weight: "Bolder"),
            RequestDeadline.IsPassed(request.Deadline, today) ? Card.TextBlock(RequestTexts.LateNotice.In(language), color: "Warning") : null,
            Card.Problems(RequestTexts.FixProblems.In(language), problems),
            Card.RadioSet(AnswerForm.LanguageKey, RequestTexts.AnswerLanguageLabel.In(language),
                [(RequestTexts.English.In(language), "en"), (RequestTexts.French.In(language), "fr")], form.Language.Code()),
        };
        foreach (var q in pages[page]) body.Add(QuestionBlock(request, q, form, settings, language));

        var data = RequestCards.Ids(request);
        data[AnswerForm.VersionKey] = RequestCards.Invariant(answer?.Version ?? 0);
        data[RequestRoutes.PageKey] = RequestCards.Invariant(page);
        var actions = new List<JsonNode?>();
        if (answer?.Status == AnswerStatus.Submitted)
            actions.Add(Card.Execute(RequestTexts.SaveChangesButton.In(language), RequestRoutes.Save, data, style: "positive"));
        else
        {
            actions.Add(Card.Execute(RequestTexts.SaveDraftButton.In(language), RequestRoutes.Save, data));
            actions.Add(Card.Execute(RequestTexts.SubmitButton.In(language), RequestRoutes.Submit, data, style: "positive"));
        }
        body.Add(AnnexList(request, annexes ?? [], data, language));
        // National contributors: the typed answers go along, so a press with unsaved text keeps the member on this card.
        actions.Add(Card.Execute(RequestTexts.ContributorsButton.In(language), RequestRoutes.Contributors, data));
        if (pages.Count > 1)
        {
            var others = Enumerable.Range(0, pages.Count).Where(p => p != page).Select(p =>
                Card.Execute($"{pages[p][0]}–{pages[p][^1]}", RequestRoutes.Save, RequestCards.WithData(data, (RequestRoutes.GoToPageKey, RequestCards.Invariant(p)))));
            body.Add(Card.ActionSet(others, spacing: "Medium"));
        }
        return Card.New(body, actions);
    }

    /// The state's documents with Open and, while the request is sent, Remove (the form's data and inputs come along);
    /// and how to attach one.
    static JsonObject? AnnexList(InformationRequest request, IReadOnlyList<AnnexLink> annexes, JsonObject data, Language language) =>
        AttachCards.List(RequestTexts.AnnexesHeading, annexes, ofAnswer: true,
            request.Status == RequestStatus.Sent ? (RequestRoutes.RemoveAnnex, data) : null,
            request.Status == RequestStatus.Sent ? RequestTexts.AnnexHint : null, language);

    /// Where the state's answer stands: not started, a draft, or submitted on a day; "late" when it is.
    static string Status(StateAnswer? answer, TimeZoneInfo zone, Language language)
    {
        var status = answer switch
        {
            null or { Answers.Count: 0, Status: AnswerStatus.Draft } => RequestTexts.StatusNone.In(language),
            { Status: AnswerStatus.Submitted, SubmittedAt: { } at } => RequestTexts.StatusSubmitted.Format(language, DateOnly.FromDateTime(RequestCards.Local(at, zone))),
            _ => RequestTexts.StatusDraft.In(language),
        };
        return answer?.Late == true ? status + $" ({RequestTexts.LateMark.In(language)})" : status;
    }

    /// One question: its text in the reader's language, the answer box, the kind of answer, and the date for "to follow".
    static JsonObject QuestionBlock(InformationRequest request, QuestionNumber q, AnswerForm form, RequestSettings settings, Language language)
    {
        var question = request[q];
        var shown = language != request.Language && question.Translation is not null ? question.Translation : question.Text;
        var (text, nil, by) = form.Fields.TryGetValue(q.Value, out var f) ? f : ("", AnswerForm.Written, "");
        return Card.Container(
        [
            Card.LabelledLiteral($"{q}. ", shown),
            Card.InputText(AnswerForm.TextKey(q.Value), RequestTexts.AnswerLabel.Format(language, q, settings.AnswerMaxLength), text, multiline: true,
                maxLength: settings.AnswerMaxLength),
            Card.ChoiceSet(AnswerForm.NilKey(q.Value), RequestTexts.NilLabel.In(language), NilChoices(language), nil),
            Card.InputDate(AnswerForm.ByKey(q.Value), RequestTexts.FollowsByLabel.In(language),
                DateOnly.TryParse(by, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null),
            ReleaseCards.OfficeOnlyToggle(request, q, form, language),
        ], separator: true, spacing: "Medium");
    }

    /// The kinds of answer a question offers: in writing, or one of the nil answers.
    static (string, string)[] NilChoices(Language language) =>
    [
        (RequestTexts.NilNone.In(language), AnswerForm.Written),
        (RequestTexts.NilNoInformation.In(language), nameof(NilAnswer.NoInformation)),
        (RequestTexts.NilNotApplicable.In(language), nameof(NilAnswer.NotApplicable)),
        (RequestTexts.NilToFollow.In(language), nameof(NilAnswer.ToFollow)),
    ];

    /// Questions grouped so each page's typed text stays within the budget; a single huge answer gets a page of its own.
    internal static List<List<QuestionNumber>> Pages(InformationRequest request, AnswerForm form)
    {
        var pages = new List<List<QuestionNumber>> { new() };
        var size = 0;
        foreach (var q in request.QuestionNumbers)
        {
            var weight = request[q].Text.Length + (request[q].Translation?.Length ?? 0) + (form.Fields.TryGetValue(q.Value, out var f) ? f.Text.Length : 0);
            if (pages[^1].Count > 0 && size + weight > AnswerPageBudget) { pages.Add([]); size = 0; }
            pages[^1].Add(q);
            size += weight;
        }
        return pages;
    }
}
