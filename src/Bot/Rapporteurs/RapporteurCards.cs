using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Members;
using FocalBot.Domain.Rapporteurs;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Rapporteurs;

/// What the roster shows one reader: every call and mandate, the reader's own nominations (as nominator or nominee),
/// and the members' names.
public sealed record Roster(IReadOnlyList<RapporteurCall> Calls, IReadOnlyList<Mandate> Mandates, IReadOnlyList<Nomination> Yours,
    IReadOnlyDictionary<string, Member> Members, DateOnly Today)
{
    public string NameOf(string memberId) => Members.GetValueOrDefault(memberId)?.DisplayName ?? "?";
}

/// The roster, the office's call form, a call as focal points receive it, and a mandate's card. What members and the
/// office typed (names, themes, terms) is shown literally.
public static class RapporteurCards
{
    public const string CallKey = "callId";
    public const string MandateKey = "mandateId";
    public const string NominationKey = "nominationId";
    public const string VersionKey = "version";

    /// The roster: current rapporteurs, open calls (with Nominate and the reader's own nominations), for the office the
    /// calls proposed or awaiting appointment, then the earlier mandates.
    public static JsonObject Roster(Roster roster, Member reader, Language language, string? notice = null)
    {
        var office = reader.Role == MemberRole.Office;
        var current = roster.Mandates.Where(m => m.IsCurrent(roster.Today)).ToList();
        var open = roster.Calls.Where(c => c.Status == CallStatus.Open).ToList();
        var earlier = roster.Mandates.Where(m => !m.IsCurrent(roster.Today)).ToList();
        var body = new List<JsonNode?>
        {
            Card.Title(RapporteurTexts.Title.In(language)),
            notice is null ? null : Card.TextBlock(notice, weight: "Bolder", color: "Good"),
            Card.Subtitle(RapporteurTexts.Current.In(language)),
        };
        if (current.Count == 0) body.Add(Card.TextBlock(RapporteurTexts.NoRapporteur.In(language), subtle: true));
        body.AddRange(current.Select(m => CurrentMandate(m, roster, reader, language)));

        body.Add(Card.Subtitle(RapporteurTexts.OpenCalls.In(language)));
        if (open.Count == 0) body.Add(Card.TextBlock(RapporteurTexts.NoCall.In(language), subtle: true));
        body.AddRange(open.Select(c => OpenCall(c, roster, reader, language)));

        if (office && roster.Calls.Any(c => c.Status == CallStatus.Proposed))
        {
            body.Add(Card.Subtitle(RapporteurTexts.ProposedCalls.In(language)));
            body.AddRange(roster.Calls.Where(c => c.Status == CallStatus.Proposed).Select(c => Card.Container(
            [
                Card.Literal(c.ThemeIn(language), weight: "Bolder"),
                Card.TextBlock(RapporteurTexts.ProposedToNetwork.In(language), subtle: true, spacing: "None"),
            ], separator: true)));
        }
        if (earlier.Count > 0)
        {
            body.Add(Card.Subtitle(RapporteurTexts.History.In(language)));
            body.AddRange(earlier.Select(m => Card.Literal(
                RapporteurTexts.HistoryLine.Format(language, $"{roster.NameOf(m.MemberId)}: {m.ThemeIn(language)}", m.Start, m.EndedOn ?? m.End), subtle: true)));
        }
        return Card.New(body, office ? [Card.Execute(RapporteurTexts.NewCall.In(language), RapporteurRoutes.New, withInputs: false)] : null);
    }

    static JsonObject CurrentMandate(Mandate m, Roster roster, Member reader, Language language)
    {
        var data = new JsonObject { [MandateKey] = m.Id };
        JsonNode?[] buttons = reader.Role == MemberRole.Office
            ?
            [
                Card.Execute(RapporteurTexts.RenewOrEnd.In(language), RapporteurRoutes.Mandate, data, withInputs: false),
                Card.Execute(RapporteurTexts.AddToAgenda.In(language), RapporteurRoutes.Agenda, data, withInputs: false),
            ]
            : reader.Id == m.MemberId ? [Card.Execute(RapporteurTexts.StepDown.In(language), RapporteurRoutes.Mandate, data, withInputs: false)] : [];
        return Card.Container(
        [
            Card.Literal(roster.NameOf(m.MemberId), weight: "Bolder"),
            Card.TextBlock(MemberStates.NameIn(m.StateCode, language), subtle: true, spacing: "None"),
            Card.Literal(m.ThemeIn(language), spacing: "None"),
            Card.TextBlock(RapporteurTexts.MandateUntil.Format(language, m.End), subtle: true, spacing: "None"),
            buttons.Length == 0 ? null : Card.ActionSet(buttons, spacing: "Small"),
        ], separator: true);
    }

    static JsonObject OpenCall(RapporteurCall call, Roster roster, Member reader, Language language)
    {
        var data = new JsonObject { [CallKey] = call.Id };
        var takes = call.TakesNominations(roster.Today);
        var yours = roster.Yours.Where(n => n.CallId == call.Id).ToList();
        var items = new List<JsonNode?>
        {
            Card.Literal(call.ThemeIn(language), weight: "Bolder"),
            Card.Facts(Facts(call, language)),
            takes ? null : Card.TextBlock(RapporteurTexts.ClosedForNominations.Format(language, call.ClosingDate), subtle: true),
        };
        if (yours.Count > 0)
        {
            items.Add(Card.TextBlock(RapporteurTexts.YourNominations.In(language), weight: "Bolder", spacing: "Small"));
            foreach (var n in yours)
            {
                items.Add(Card.Literal(RapporteurTexts.OwnNominationLine.Format(language, roster.NameOf(n.NomineeId), StatusWord(n.Status, language))));
                if (takes && n.IsLive)
                    items.Add(Card.ActionSet([Card.Execute(RapporteurTexts.WithdrawNomination.In(language), RapporteurRoutes.Withdraw,
                        new JsonObject { [NominationKey] = n.Id }, withInputs: false)], spacing: "None"));
            }
        }
        var buttons = new List<JsonNode?>();
        if (takes && reader.Role == MemberRole.FocalPoint)
            buttons.Add(Card.Execute(RapporteurTexts.Nominate.In(language), RapporteurRoutes.Nominate, data, style: "positive", withInputs: false));
        if (reader.Role == MemberRole.Office)
            buttons.Add(Card.Execute(RapporteurTexts.Nominations.In(language), RapporteurRoutes.Nominations, data, withInputs: false));
        if (buttons.Count > 0) items.Add(Card.ActionSet(buttons, spacing: "Small"));
        return Card.Container(items, separator: true);
    }

    /// Posts, mandate and closing date, as the roster, the proposal and the call show them.
    public static IReadOnlyList<(string Label, string Value)> Facts(RapporteurCall call, Language language) =>
    [
        (RapporteurTexts.PostsFact.In(language), call.Posts.ToString(Text.Culture(language))),
        (RapporteurTexts.MandateFact.In(language), RapporteurTexts.MonthsValue.Format(language, call.MandateMonths)),
        (RapporteurTexts.ClosingFact.In(language), RapporteurTexts.DateValue.Format(language, call.ClosingDate)),
    ];

    /// The terms of reference in the reader's language when translated, as written otherwise.
    public static string TermsIn(RapporteurCall call, Language reader) =>
        reader != call.Language && !string.IsNullOrWhiteSpace(call.TermsTranslation) ? call.TermsTranslation : call.Terms;

    /// A nomination's state, as a word of state (never a button's word).
    public static string StatusWord(NominationStatus status, Language language) => (status switch
    {
        NominationStatus.AwaitingConsent => RapporteurTexts.AwaitingConsent,
        NominationStatus.Accepted => RapporteurTexts.ConsentGiven,
        NominationStatus.Declined => RapporteurTexts.ConsentRefused,
        NominationStatus.Withdrawn => RapporteurTexts.NominationWithdrawn,
        NominationStatus.Appointed => RapporteurTexts.NominationAppointed,
        _ => RapporteurTexts.NominationNotAppointed,
    }).In(language);

    /// The office's form: the call's language, theme and terms with optional translations, posts, mandate and closing
    /// date; the problems to fix above it, in the office member's language.
    public static JsonObject CallForm(CallForm form, IReadOnlyList<string> problems, DateOnly earliest, DateOnly silenceDeadline, Language language) => Card.New(
    [
        Card.Title(RapporteurTexts.FormTitle.In(language)),
        Card.Problems(RapporteurTexts.FixProblems.In(language), problems),
        Card.RadioSet(Rapporteurs.CallForm.LanguageInput, RapporteurTexts.LanguageLabel.In(language),
            [(RapporteurTexts.English.In(language), "en"), (RapporteurTexts.French.In(language), "fr")], form.Language),
        Card.InputText(Rapporteurs.CallForm.ThemeInput, RapporteurTexts.ThemeLabel.In(language), form.Theme, required: true,
            maxLength: RapporteurSettings.Default.ThemeMaxLength),
        Card.InputText(Rapporteurs.CallForm.ThemeTranslationInput, RapporteurTexts.ThemeTranslationLabel.In(language), form.ThemeTranslation,
            maxLength: RapporteurSettings.Default.ThemeMaxLength),
        Card.InputText(Rapporteurs.CallForm.TermsInput, RapporteurTexts.TermsLabel.In(language), form.Terms, required: true, multiline: true,
            maxLength: RapporteurSettings.Default.TermsMaxLength),
        Card.InputText(Rapporteurs.CallForm.TermsTranslationInput, RapporteurTexts.TermsTranslationLabel.In(language), form.TermsTranslation, multiline: true,
            maxLength: RapporteurSettings.Default.TermsMaxLength),
        Card.InputText(Rapporteurs.CallForm.PostsInput, RapporteurTexts.PostsLabel.In(language), form.Posts, required: true),
        Card.InputText(Rapporteurs.CallForm.MonthsInput, RapporteurTexts.MandateLabel.In(language), form.Months, required: true),
        Card.InputDate(Rapporteurs.CallForm.ClosingInput, RapporteurTexts.ClosingLabel.In(language), form.ClosingDate, required: true),
        Card.TextBlock(RapporteurTexts.ClosingHint.Format(language, earliest, silenceDeadline), subtle: true, spacing: "None"),
    ],
    [Card.Execute(RapporteurTexts.Propose.In(language), RapporteurRoutes.Propose, form.Data(), style: "positive")]);

    /// A call as a focal point reads it: theme, facts, terms, and Nominate while nominations are taken.
    public static JsonObject Call(RapporteurCall call, Language language, bool mayNominate, DateOnly today) => Card.New(
    [
        Card.TextBlock(RapporteurTexts.CallHeading.In(language), subtle: true),
        Card.Literal(call.ThemeIn(language), weight: "Bolder", size: "Large"),
        Card.TextBlock(RapporteurTexts.CallOpenedBody.Format(language, call.ClosingDate)),
        Card.Facts(Facts(call, language)),
        Card.TextBlock(RapporteurTexts.Terms.In(language), weight: "Bolder", spacing: "Medium"),
        Card.Literal(TermsIn(call, language)),
    ],
    mayNominate && call.TakesNominations(today)
        ? [Card.Execute(RapporteurTexts.Nominate.In(language), RapporteurRoutes.Nominate, new JsonObject { [CallKey] = call.Id }, style: "positive", withInputs: false)]
        : null);
}
