using System.Globalization;
using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Outcomes;

// The cards the bot sends about actions, each in its reader's language: the action and its reminders to its owners,
// the news of a done action or a request for more time to the office, and the office's answer to the owners.
public static partial class ActionCards
{
    /// The action as its owners receive it, with Mark done and Ask for more time.
    public static JsonObject Sent(ActionView view, OwnerBook book, DateOnly today, Language language) =>
        ToOwners(ActionTexts.SentTitle.In(language), view, book, today, language);

    /// A reminder on the ladder: due soon, or overdue.
    public static JsonObject Reminder(ActionView view, OwnerBook book, DateOnly today, Language language) => ToOwners(
        (view.Action.IsOverdue(today) ? ActionTexts.OverdueTitle : ActionTexts.ReminderTitle).Format(language, view.Action.Due), view, book, today, language);

    static JsonObject ToOwners(string title, ActionView view, OwnerBook book, DateOnly today, Language language) => Card.New(
    [
        Card.Title(title),
        view.Meeting is { } m ? Card.TextBlock(ActionTexts.SentIntro.Format(language, Card.Plain(m.Title.In(language)), m.OpeningDay)) : null,
        .. Details(view, book, language),
        State(view.Action, today, language),
    ],
    [
        Card.Execute(ActionTexts.MarkDone.In(language), ActionRoutes.Doing, Ids(view.Action), style: "positive", withInputs: false),
        view.Action.Status == ActionStatus.Open ? Card.Execute(ActionTexts.AskMoreTime.In(language), ActionRoutes.Asking, Ids(view.Action), withInputs: false) : null,
        Card.Execute(ActionTexts.MyTitle.In(language), ActionRoutes.List, withInputs: false),
    ]);

    /// The recommendation, the action and its owner.
    static IEnumerable<JsonNode?> Details(ActionView view, OwnerBook book, Language language) =>
    [
        view.Recommendation is { } r
            ? Card.LabelledLiteral(Label(ActionTexts.RecommendationLabel.Format(language, r.Number), language), r.Text.In(language), spacing: "Medium")
            : null,
        Card.LabelledLiteral(Label(ActionTexts.ActionLabel, language), view.Action.What.In(language), spacing: "Small"),
        Card.LabelledLiteral(Label(ActionTexts.OwnerLabel, language), book.Name(view.Action.Owner, language), spacing: "Small"),
    ];

    /// To the office: an owner marked the action done, with their note.
    public static JsonObject DoneNotice(ActionView view, OwnerBook book, Language language) => Card.New(
    [
        Card.Title(ActionTexts.DoneNoticeTitle.In(language)),
        Source(view, language),
        .. Details(view, book, language),
        Card.TextBlock(ActionTexts.DoneBy.Format(language, Card.Plain(book.PersonName(view.Action.DoneBy)), view.Action.DoneOn), spacing: "Medium"),
        Card.Literal(view.Action.DoneNote ?? ""),
    ],
    [Card.Execute(ActionTexts.BackToList.In(language), ActionRoutes.List, withInputs: false)]);

    /// To the office: an owner asks for more time, with a new due date to grant (a month later, to start from) or refuse.
    public static JsonObject MoreTimeNotice(ActionView view, ExtensionRequest request, OwnerBook book, DateOnly today, Language language)
    {
        var data = Ids(view.Action);
        data[ActionForm.NumberKey] = request.Number.ToString(CultureInfo.InvariantCulture);
        return Card.New(
        [
            Card.Title(ActionTexts.MoreTimeNoticeTitle.In(language)),
            Source(view, language),
            .. Details(view, book, language),
            Card.TextBlock(ActionTexts.DueOn.Format(language, view.Action.Due), spacing: "None"),
            Card.TextBlock(ActionTexts.AskedBy.Format(language, Card.Plain(book.PersonName(request.AskedBy))), spacing: "Medium"),
            Card.Literal(request.Reason),
            Card.InputDate(ActionForm.NewDueKey, ActionTexts.NewDueLabel.In(language), Later(view.Action.Due, today)),
        ],
        [
            Card.Execute(ActionTexts.Grant.In(language), ActionRoutes.Grant, data, style: "positive"),
            Card.Execute(ActionTexts.Refuse.In(language), ActionRoutes.Refuse, data, withInputs: false),
        ]);
    }

    static DateOnly Later(DateOnly due, DateOnly today) => (due > today ? due : today).AddMonths(1);

    /// To the owners: the office's answer to their request for more time.
    public static JsonObject Answer(ActionView view, ExtensionRequest request, OwnerBook book, Language language) => Card.New(
    [
        Card.Title(ActionTexts.AnswerTitle.In(language)),
        Source(view, language),
        .. Details(view, book, language),
        Card.TextBlock(request.Decision == ExtensionDecision.Granted
            ? ActionTexts.AnswerGranted.Format(language, request.NewDue)
            : ActionTexts.AnswerRefused.Format(language, view.Action.Due), weight: "Bolder", spacing: "Medium"),
    ],
    [Card.Execute(ActionTexts.MyTitle.In(language), ActionRoutes.List, withInputs: false)]);
}
