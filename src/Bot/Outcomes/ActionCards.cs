using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Outcomes;

/// One action with what it follows: its meeting and recommendation (null when no longer found).
public sealed record ActionView(FollowUpAction Action, Meeting? Meeting, Recommendation? Recommendation);

/// A meeting's report with its recommendations and how many actions each has, for the office to pick one.
public sealed record ReportView(SummaryReport Report, Meeting Meeting, IReadOnlyDictionary<string, int> ActionsPerRecommendation);

/// The cards of follow-up actions: `actions` (an owner's open actions, or all of them grouped by owner for the office),
/// the office's choice of a recommendation and its form, and an owner's two forms (done, more time). What the office
/// and members typed (meeting titles, recommendations, actions, notes) is shown literally.
public static partial class ActionCards
{
    /// The reader's open actions (an owner), or every open action grouped by owner (the office), by due date.
    public static JsonObject List(IReadOnlyList<ActionView> open, int done, OwnerBook book, Member reader, DateOnly today, Language language, string? notice = null)
    {
        var office = reader.Role == MemberRole.Office;
        var body = new List<JsonNode?>
        {
            Card.Title((office ? ActionTexts.AllTitle : ActionTexts.MyTitle).In(language)),
            notice is null ? null : Card.TextBlock(notice, weight: "Bolder", color: "Good"),
        };
        if (open.Count == 0) body.Add(Card.TextBlock((office ? ActionTexts.NoneAll : ActionTexts.NoneMine).In(language), subtle: true));
        if (office)
            foreach (var owner in open.GroupBy(v => v.Action.Owner).OrderBy(g => book.Name(g.Key, language), StringComparer.CurrentCultureIgnoreCase))
            {
                body.Add(Card.Subtitle(Card.Plain(book.Name(owner.Key, language))));
                body.AddRange(owner.Select(v => Row(v, book, office: true, today, language)));
            }
        else body.AddRange(open.Select(v => Row(v, book, office: false, today, language)));
        if (office && done > 0) body.Add(Card.TextBlock(ActionTexts.DoneCount.Format(language, done), subtle: true, spacing: "Medium"));
        return Card.New(body, office
            ? [Card.Execute(ActionTexts.AddAction.In(language), ActionRoutes.Pick, withInputs: false),
               Card.Execute(ActionTexts.ToAgenda.In(language), ActionRoutes.Agenda, withInputs: false)]
            : null);
    }

    static JsonObject Row(ActionView view, OwnerBook book, bool office, DateOnly today, Language language)
    {
        var action = view.Action;
        var items = new List<JsonNode?>(Heading(view, language))
        {
            Card.Literal(action.What.In(language), weight: "Bolder", spacing: "Small"),
            State(action, today, language),
            office && action.SentOn is null ? Card.TextBlock(ActionTexts.NotSentYet.In(language), subtle: true, spacing: "None") : null,
        };
        var buttons = new List<JsonNode?> { Card.Execute(ActionTexts.MarkDone.In(language), ActionRoutes.Doing, Ids(action), withInputs: false) };
        if (!office && action.Status == ActionStatus.Open) buttons.Add(Card.Execute(ActionTexts.AskMoreTime.In(language), ActionRoutes.Asking, Ids(action), withInputs: false));
        items.Add(Card.ActionSet(buttons, spacing: "Small"));
        return Card.Container(items, spacing: "Medium", separator: true);
    }

    /// "Recommendation 2 of “Plenary meeting” (11 May 2026)" and the recommendation as written, when still found.
    internal static IEnumerable<JsonNode?> Heading(ActionView view, Language language) =>
    [
        Source(view, language),
        view.Recommendation is { } r ? Card.Literal(r.Text.In(language), subtle: true, spacing: "None") : null,
    ];

    /// "Recommendation 2 of “Plenary meeting” (11 May 2026)", or the number alone when the meeting is gone.
    internal static JsonObject Source(ActionView view, Language language) => Card.TextBlock(view.Meeting is { } m
        ? ActionTexts.FromMeeting.Format(language, view.Action.RecommendationNumber, Card.Plain(m.Title.In(language)), m.OpeningDay)
        : ActionTexts.RecommendationLabel.Format(language, view.Action.RecommendationNumber), subtle: true);

    /// Due on…, overdue, or waiting for the office's answer on more time.
    internal static JsonObject State(FollowUpAction action, DateOnly today, Language language) =>
        action.IsOverdue(today) ? Card.TextBlock(ActionTexts.Overdue.Format(language, action.Due), color: "Attention", spacing: "None")
        : action.Status == ActionStatus.MoreTimeAsked ? Card.TextBlock($"{ActionTexts.DueOn.Format(language, action.Due)}. {ActionTexts.MoreTimeAsked.In(language)}", spacing: "None")
        : Card.TextBlock(ActionTexts.DueOn.Format(language, action.Due), spacing: "None");

    /// The reports with recommendations, each recommendation with "Add an action".
    public static JsonObject Pick(IReadOnlyList<ReportView> reports, OwnerBook book, Language language)
    {
        var body = new List<JsonNode?> { Card.Title(ActionTexts.PickTitle.In(language)), Card.TextBlock(ActionTexts.PickIntro.In(language)) };
        var shown = reports.Where(r => r.Report.Recommendations.Count > 0).ToList();
        if (shown.Count == 0) body.Add(Card.TextBlock(ActionTexts.NoRecommendation.In(language), subtle: true));
        foreach (var (report, meeting, counts) in shown)
        {
            body.Add(Card.Container(
            [
                Card.Literal(meeting.Title.In(language), weight: "Bolder", size: "Medium"),
                Card.TextBlock($"{ActionTexts.MeetingOn.Format(language, meeting.OpeningDay)} · {Status(report, language)}", subtle: true, spacing: "None"),
            ], spacing: "Large", separator: true));
            foreach (var r in report.Recommendations)
            {
                var data = new JsonObject { [ActionForm.MeetingKey] = report.MeetingId, [ActionForm.RecommendationKey] = r.Id };
                body.Add(Card.Container(
                [
                    Card.LabelledLiteral($"{r.Number}. ", r.Text.In(language)),
                    Card.TextBlock($"{Label(ActionTexts.AddresseeLabel, language)}{Card.Plain(book.Name(r.Addressee, language))} · {ActionTexts.ActionCount.Format(language, counts.GetValueOrDefault(r.Id))}",
                        subtle: true, spacing: "None"),
                    Card.ActionSet([Card.Execute(ActionTexts.AddAction.In(language), ActionRoutes.New, data, withInputs: false)], spacing: "Small"),
                ], spacing: "Medium"));
            }
        }
        return Card.New(body, [Card.Execute(ActionTexts.BackToList.In(language), ActionRoutes.List, withInputs: false)]);
    }

    static string Status(SummaryReport report, Language language) => report.Status switch
    {
        ReportStatus.Issued => ActionTexts.ReportIssued.Format(language, report.IssuedOn),
        ReportStatus.OpenForComments => ActionTexts.ReportOpen.Format(language, report.CommentsUntil),
        _ => ActionTexts.ReportDraft.In(language),
    };

    /// The office's form for an action to one recommendation: what (in either language or both), the owner (the
    /// office, a member state, a current rapporteur, an active group), the due date.
    public static JsonObject Form(ActionForm values, Meeting meeting, Recommendation recommendation, IReadOnlyList<(string Title, string Value)> owners,
        IReadOnlyList<string> problems, OutcomeSettings settings, Language language)
    {
        var data = new JsonObject { [ActionForm.IdKey] = values.Id, [ActionForm.MeetingKey] = values.MeetingId, [ActionForm.RecommendationKey] = values.RecommendationId };
        return Card.New(
        [
            Card.Title(ActionTexts.FormTitle.Format(language, recommendation.Number)),
            Card.Literal(meeting.Title.In(language), subtle: true),
            Card.Literal(recommendation.Text.In(language)),
            Card.Problems(ActionTexts.FixProblems.In(language), problems),
            Card.InputText(ActionForm.WhatEnKey, ActionTexts.WhatEnLabel.In(language), values.WhatEn, multiline: true, maxLength: settings.ActionMaxLength),
            Card.InputText(ActionForm.WhatFrKey, ActionTexts.WhatFrLabel.In(language), values.WhatFr, multiline: true, maxLength: settings.ActionMaxLength),
            Card.ChoiceSet(ActionForm.OwnerKey, ActionTexts.OwnerChoice.In(language), owners, values.Owner is null ? null : values.OwnerChoice,
                placeholder: ActionTexts.OwnerPlaceholder.In(language)),
            Card.InputDate(ActionForm.DueKey, ActionTexts.DueLabel.In(language), values.Due),
        ],
        [
            Card.Execute(ActionTexts.Add.In(language), ActionRoutes.Add, data, style: "positive"),
            Card.Execute(ActionTexts.BackToList.In(language), ActionRoutes.List, withInputs: false),
        ]);
    }

    /// An owner's form to mark the action done (a short note), or to ask for more time (a reason).
    public static JsonObject NoteForm(ActionView view, bool done, OwnerBook book, DateOnly today, OutcomeSettings settings, Language language,
        IReadOnlyList<string>? problems = null) => Card.New(
    [
        Card.Title((done ? ActionTexts.DoneFormTitle : ActionTexts.MoreTimeFormTitle).In(language)),
        .. Heading(view, language),
        Card.Literal(view.Action.What.In(language), weight: "Bolder", spacing: "Small"),
        Card.TextBlock($"{Label(ActionTexts.OwnerLabel, language)}{Card.Plain(book.Name(view.Action.Owner, language))}", spacing: "None"),
        State(view.Action, today, language),
        Card.Problems(ActionTexts.FixProblems.In(language), problems ?? []),
        Card.InputText(ActionForm.NoteKey, (done ? ActionTexts.NoteLabel : ActionTexts.ReasonLabel).In(language), multiline: true, maxLength: settings.NoteMaxLength),
    ],
    [
        Card.Execute((done ? ActionTexts.MarkDone : ActionTexts.SendRequest).In(language), done ? ActionRoutes.Done : ActionRoutes.Ask, Ids(view.Action), style: "positive"),
        Card.Execute(ActionTexts.BackToList.In(language), ActionRoutes.List, withInputs: false),
    ]);

    internal static JsonObject Ids(FollowUpAction action) => new() { [ActionForm.IdKey] = action.Id };

    internal static string Label(Text text, Language language) => Label(text.In(language), language);

    internal static string Label(string label, Language language) => label + (language == Language.Fr ? "\u00a0: " : ": ");
}
