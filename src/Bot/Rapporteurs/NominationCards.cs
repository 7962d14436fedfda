using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Members;
using FocalBot.Domain.Rapporteurs;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Rapporteurs;

/// Nominating, consenting and appointing: the nomination form, the card asking a nominee's consent, the office's view of
/// a call's nominations, and the notices to appointees and the other nominees. Names and motivations stay literal.
public static class NominationCards
{
    public const string NomineeInput = "nominee";
    public const string MotivationInput = "motivation";
    public const string AnswerKey = "answer";
    public const string AppointInput = "appoint";
    public const string NobodyKey = "nobody";

    /// "Myself" in the nominee list: the nominator, whoever they are.
    public const string Myself = "self";

    /// Whom to nominate ("Myself" first, then the directory's active focal points) and why.
    public static JsonObject Form(RapporteurCall call, Member nominator, IEnumerable<Member> everyone, Language language,
        string? nominee = null, string? motivation = null, string? problem = null)
    {
        var colleagues = everyone.Where(m => m is { IsActive: true, Role: MemberRole.FocalPoint } && m.Id != nominator.Id)
            .OrderBy(m => m.DisplayName, StringComparer.Create(Text.Culture(language), ignoreCase: true))
            .Select(m => ($"{m.DisplayName} ({MemberStates.NameIn(m.StateCode, language)})", m.Id));
        return Card.New(
        [
            Card.TextBlock(RapporteurTexts.Nominate.In(language), subtle: true),
            Card.Literal(call.ThemeIn(language), weight: "Bolder", size: "Large"),
            Card.Facts(RapporteurCards.Facts(call, language)),
            problem is null ? null : Card.TextBlock(problem, weight: "Bolder", color: "Attention"),
            Card.ChoiceSet(NomineeInput, RapporteurTexts.NomineeLabel.In(language), [(RapporteurTexts.Myself.In(language), Myself), .. colleagues],
                nominee ?? Myself, required: true),
            Card.InputText(MotivationInput, RapporteurTexts.MotivationLabel.In(language), motivation, required: true, multiline: true,
                maxLength: RapporteurSettings.Default.MotivationMaxLength),
        ],
        [Card.Execute(RapporteurTexts.SendNomination.In(language), RapporteurRoutes.SendNomination, new JsonObject { [RapporteurCards.CallKey] = call.Id }, style: "positive")]);
    }

    /// To a nominee put forward by a colleague: who nominated them, for what and why; I accept / I decline.
    public static JsonObject Consent(RapporteurCall call, Nomination nomination, string nominator, Language language)
    {
        var data = new JsonObject { [RapporteurCards.NominationKey] = nomination.Id };
        JsonObject With(string answer) { var d = data.DeepClone().AsObject(); d[AnswerKey] = answer; return d; }
        return Card.New(
        [
            Card.Title(RapporteurTexts.ConsentTitle.In(language)),
            Card.Literal(call.ThemeIn(language), weight: "Bolder"),
            Card.Literal(RapporteurTexts.ConsentAsked.Format(language, nominator), subtle: true),
            Card.TextBlock(RapporteurTexts.ConsentBody.Format(language, Card.Plain(nominator), Card.Plain(call.ThemeIn(language)))),
            Card.LabelledLiteral(RapporteurTexts.Motivation.In(language), nomination.Motivation),
            Card.Facts(RapporteurCards.Facts(call, language)),
            Card.TextBlock(RapporteurTexts.Terms.In(language), weight: "Bolder", spacing: "Medium"),
            Card.Literal(RapporteurCards.TermsIn(call, language)),
        ],
        [
            Card.Execute(RapporteurTexts.Accept.In(language), RapporteurRoutes.Consent, With("accept"), style: "positive", withInputs: false),
            Card.Execute(RapporteurTexts.Decline.In(language), RapporteurRoutes.Consent, With("decline"), withInputs: false),
        ]);
    }

    /// The consent card once answered: what was answered, no button.
    public static JsonObject Answered(RapporteurCall call, Nomination nomination, Language language) => Card.New(
    [
        Card.Title(RapporteurTexts.ConsentTitle.In(language)),
        Card.Literal(call.ThemeIn(language), weight: "Bolder"),
        Card.TextBlock((nomination.Status == NominationStatus.Declined ? RapporteurTexts.Declined : RapporteurTexts.Accepted).In(language),
            weight: "Bolder", color: nomination.Status == NominationStatus.Declined ? null : "Good"),
    ]);

    /// The office's view of a call's nominations: each nominee with their state, role, motivation and who nominated
    /// them; after the closing date, the accepted ones to pick from (up to the posts) and the two ways to close.
    public static JsonObject Appointing(RapporteurCall call, IReadOnlyList<Nomination> nominations, IReadOnlyDictionary<string, Member> members,
        DateOnly today, Language language, string? notice = null, string? problem = null)
    {
        string Name(string id) => members.GetValueOrDefault(id)?.DisplayName ?? "?";
        var body = new List<JsonNode?>
        {
            Card.TextBlock(RapporteurTexts.Nominations.In(language), subtle: true),
            Card.Literal(call.ThemeIn(language), weight: "Bolder", size: "Large"),
            notice is null ? null : Card.TextBlock(notice, weight: "Bolder", color: "Good"),
            Card.Facts(RapporteurCards.Facts(call, language)),
            Card.TextBlock(Where(call, today, language), weight: "Bolder"),
        };
        if (nominations.Count == 0) body.Add(Card.TextBlock(RapporteurTexts.NoNomination.In(language), subtle: true));
        foreach (var n in nominations)
        {
            var nominee = members.GetValueOrDefault(n.NomineeId);
            var role = string.Join(", ", new[] { nominee?.Title, nominee?.Organisation }.Where(s => !string.IsNullOrWhiteSpace(s)));
            body.Add(Card.Container(
            [
                Card.Literal(RapporteurTexts.NominationLine.Format(language, Name(n.NomineeId), MemberStates.NameIn(nominee?.StateCode, language),
                    RapporteurCards.StatusWord(n.Status, language)), weight: "Bolder"),
                role.Length == 0 ? null : Card.Literal(role, subtle: true, spacing: "None"),
                Card.LabelledLiteral(RapporteurTexts.Motivation.In(language), n.Motivation),
                n.IsSelf ? Card.TextBlock(RapporteurTexts.SelfNominated.In(language), subtle: true, spacing: "None")
                    : Card.Literal(RapporteurTexts.NominatedBy.Format(language, Name(n.NominatorId)), subtle: true, spacing: "None"),
            ], separator: true));
        }
        var appointing = call.Status == CallStatus.Open && today > call.ClosingDate;
        var accepted = nominations.Where(n => n.Status == NominationStatus.Accepted).ToList();
        if (appointing)
        {
            if (problem is not null) body.Add(Card.TextBlock(problem, weight: "Bolder", color: "Attention"));
            if (accepted.Count > 0)
                body.Add(Card.MultiChoiceSet(AppointInput, RapporteurTexts.AppointLabel.Format(language, call.Posts),
                    accepted.Select(n => (Name(n.NomineeId), n.Id)), []));
            else body.Add(Card.TextBlock(RapporteurTexts.NoneAccepted.In(language), subtle: true));
        }
        var data = new JsonObject { [RapporteurCards.CallKey] = call.Id };
        var nobody = data.DeepClone().AsObject();
        nobody[NobodyKey] = "true";
        return Card.New(body, appointing
            ?
            [
                accepted.Count == 0 ? null : Card.Execute(RapporteurTexts.Appoint.In(language), RapporteurRoutes.Appoint, data, style: "positive"),
                Card.Execute(RapporteurTexts.AppointNobody.In(language), RapporteurRoutes.Appoint, nobody, withInputs: false),
                Card.Execute(RapporteurTexts.BackToRoster.In(language), RapporteurRoutes.Roster, withInputs: false),
            ]
            : [Card.Execute(RapporteurTexts.BackToRoster.In(language), RapporteurRoutes.Roster, withInputs: false)]);
    }

    /// Where a call stands, as a sentence of state.
    public static string Where(RapporteurCall call, DateOnly today, Language language) => call.Status switch
    {
        CallStatus.Proposed => RapporteurTexts.ProposedToNetwork.In(language),
        CallStatus.Closed or CallStatus.Withdrawn => RapporteurTexts.CallClosed.Format(language, call.ClosedOn ?? today),
        _ when today > call.ClosingDate => RapporteurTexts.ClosedForNominations.Format(language, call.ClosingDate),
        _ => RapporteurTexts.Closing.Format(language, call.ClosingDate),
    };

    /// To an appointee: the theme and the mandate's end.
    public static JsonObject Appointed(RapporteurCall call, Mandate mandate, Language language) => Card.New(
    [
        Card.Title(RapporteurTexts.AppointedTitle.In(language)),
        Card.Literal(call.ThemeIn(language), weight: "Bolder"),
        Card.TextBlock(RapporteurTexts.AppointedYou.Format(language, Card.Plain(call.ThemeIn(language)), mandate.End)),
    ],
    [Card.Execute(RapporteurTexts.BackToRoster.In(language), RapporteurRoutes.Roster, withInputs: false)]);

    /// To a nominee not appointed when the call closed.
    public static JsonObject NotAppointed(RapporteurCall call, Language language) => Card.New(
    [
        Card.Title(RapporteurTexts.CallClosedTitle.In(language)),
        Card.Literal(call.ThemeIn(language), weight: "Bolder"),
        Card.TextBlock(RapporteurTexts.NotAppointedYou.Format(language, Card.Plain(call.ThemeIn(language)))),
    ]);
}
