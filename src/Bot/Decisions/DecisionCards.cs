using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Decisions;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Decisions;

/// The cards of a silence procedure: the proposal a focal point may object to, and the office's view of the objections.
public static class DecisionCards
{
    public const string ProcedureKey = "procedureId";
    public const string RoundKey = "round";
    public const string ReasonInput = "reason";

    /// The proposal as a focal point receives it, with a reason box and "Object" while objections are taken.
    public static JsonObject Proposal(SilenceProcedure procedure, ProposalView view, Language language, string? problem = null) => Card.New(
    [
        Card.Title((procedure.Round > 1 ? DecisionTexts.AskedAgainTitle : DecisionTexts.Title).In(language)),
        .. What(procedure, view, language),
        Card.TextBlock(DecisionTexts.SilenceRule.Format(language, procedure.Deadline), spacing: "Medium"),
        problem is null ? null : Card.TextBlock(problem, weight: "Bolder", color: "Attention"),
        Card.InputText(DecisionCards.ReasonInput, DecisionTexts.ReasonLabel.In(language), multiline: true, maxLength: SilenceSettings.Default.ReasonMaxLength),
    ],
    [Card.Execute(DecisionTexts.ObjectButton.In(language), DecisionRoutes.Object, Ids(procedure))]);

    /// The proposal once the focal point objected: what they objected to, and that it was recorded; no button.
    public static JsonObject Objected(SilenceProcedure procedure, ProposalView view, Objection objection, Language language) => Card.New(
    [
        Card.Title((procedure.Round > 1 ? DecisionTexts.AskedAgainTitle : DecisionTexts.Title).In(language)),
        .. What(procedure, view, language),
        Card.TextBlock(DecisionTexts.Objected.Format(language, objection.On), weight: "Bolder", spacing: "Medium"),
        Card.LabelledLiteral(DecisionTexts.YourReason.In(language), objection.Reason),
    ]);

    /// The office's view: where the procedure stands, who objected and why (this round, then earlier ones), and what the
    /// office may do next.
    public static JsonObject Office(SilenceProcedure procedure, ProposalView view, IReadOnlyList<Member> everyone, Language language, string? notice = null)
    {
        var names = everyone.ToDictionary(m => m.Id, m => m.DisplayName);
        IEnumerable<JsonNode?> Listed(Text title, IReadOnlyList<Objection> objections) => objections.Count == 0 ? [] :
        [
            Card.Subtitle(title.In(language)),
            .. objections.Select(o => Card.Container(
            [
                Card.Literal(DecisionTexts.ObjectionLine.Format(language, names.GetValueOrDefault(o.MemberId, "?"), MemberStates.NameIn(o.StateCode, language), o.On), weight: "Bolder"),
                Card.Literal(o.Reason, spacing: "None"),
            ], spacing: "Small", separator: true)),
        ];
        var open = procedure.Status is SilenceStatus.Open or SilenceStatus.Objected;
        return Card.New(
        [
            Card.Title(DecisionTexts.Title.In(language)),
            notice is null ? null : Card.TextBlock(notice, weight: "Bolder", color: "Good"),
            .. What(procedure, view, language),
            Card.TextBlock(Where(procedure, language), weight: "Bolder", spacing: "Medium"),
            .. Listed(DecisionTexts.ObjectionsTitle, procedure.Objections),
            .. Listed(DecisionTexts.EarlierObjections, procedure.Earlier),
        ],
        [
            open && Silence.IsBroken(procedure) ? Card.Execute(DecisionTexts.AskAgain.In(language), DecisionRoutes.AskAgain, Ids(procedure)) : null,
            open ? Card.Execute(DecisionTexts.Withdraw.In(language), DecisionRoutes.Withdraw, Ids(procedure), style: "destructive") : null,
        ]);
    }

    /// Where the procedure stands, as a sentence of state (never a button's word).
    public static string Where(SilenceProcedure procedure, Language language) => procedure.Status switch
    {
        SilenceStatus.Adopted => DecisionTexts.Adopted.Format(language, procedure.Deadline),
        SilenceStatus.Withdrawn => DecisionTexts.Withdrawn.In(language),
        _ when procedure.Objections.Count == 1 => DecisionTexts.BrokenOne.In(language),
        _ when procedure.Objections.Count > 1 => DecisionTexts.BrokenMany.Format(language, procedure.Objections.Count),
        _ => DecisionTexts.Open.Format(language, procedure.Deadline),
    };

    static IEnumerable<JsonNode?> What(SilenceProcedure procedure, ProposalView view, Language language) =>
    [
        Card.Subtitle((procedure.Kind == ProposalKind.ThematicGroup ? DecisionTexts.ProposedGroup : DecisionTexts.ProposedCall).In(language)),
        Card.Literal(view.Title, weight: "Bolder"),
        view.Facts.Count == 0 ? null : Card.Facts(view.Facts.Select(f => (f.Label, Card.Plain(f.Value)))),
        string.IsNullOrWhiteSpace(view.Body) ? null : Card.Literal(view.Body),
    ];

    static JsonObject Ids(SilenceProcedure procedure) => new() { [ProcedureKey] = procedure.Id, [RoundKey] = procedure.Round.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
