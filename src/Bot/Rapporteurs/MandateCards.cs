using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Rapporteurs;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Rapporteurs;

/// A mandate as the office manages it (renew, end early, put the report on an agenda) and as its rapporteur leaves it;
/// the office's reminder before it ends; the channel's bilingual posts of a call and of its appointments.
public static class MandateCards
{
    public const string MonthsInput = "months";
    public const string MeetingKey = "meetingId";

    static JsonObject Ids(Mandate m) => new() { [RapporteurCards.MandateKey] = m.Id, [RapporteurCards.VersionKey] = m.Version };

    /// The office sees how long to renew for, Renew and End the mandate; the rapporteur sees Step down, to confirm.
    public static JsonObject Mandate(Mandate mandate, string name, Member reader, Language language, string? problem = null)
    {
        var office = reader.Role == MemberRole.Office;
        return Card.New(
        [
            Card.Literal(RapporteurTexts.MandateOf.Format(language, name), weight: "Bolder", size: "Large"),
            Card.Literal(mandate.ThemeIn(language)),
            Card.Facts(
            [
                (RapporteurTexts.StateFact.In(language), MemberStates.NameIn(mandate.StateCode, language)),
                (RapporteurTexts.MandateFact.In(language), RapporteurTexts.MandateUntil.Format(language, mandate.End)),
            ]),
            problem is null ? null : Card.TextBlock(problem, weight: "Bolder", color: "Attention"),
            office ? Card.InputText(MonthsInput, RapporteurTexts.RenewLabel.In(language), "12", required: true) : null,
            office ? null : Card.TextBlock(RapporteurTexts.StepDownConfirm.Format(language, Card.Plain(mandate.ThemeIn(language)))),
        ],
        office
            ?
            [
                Card.Execute(RapporteurTexts.Renew.In(language), RapporteurRoutes.Renew, Ids(mandate), style: "positive"),
                Card.Execute(RapporteurTexts.EndEarly.In(language), RapporteurRoutes.EndEarly, Ids(mandate), style: "destructive", withInputs: false),
                Card.Execute(RapporteurTexts.BackToRoster.In(language), RapporteurRoutes.Roster, withInputs: false),
            ]
            :
            [
                Card.Execute(RapporteurTexts.StepDown.In(language), RapporteurRoutes.StepDown, Ids(mandate), style: "destructive", withInputs: false),
                Card.Execute(RapporteurTexts.BackToRoster.In(language), RapporteurRoutes.Roster, withInputs: false),
            ]);
    }

    /// To the office, before a mandate ends: renew it or let it end.
    public static JsonObject EndingSoon(Mandate mandate, string name, Language language) => Card.New(
    [
        Card.Title(RapporteurTexts.EndingSoonTitle.In(language)),
        Card.TextBlock(RapporteurTexts.EndingSoon.Format(language, Card.Plain(name), Card.Plain(mandate.ThemeIn(language)), mandate.End)),
    ],
    [Card.Execute(RapporteurTexts.RenewOrEnd.In(language), RapporteurRoutes.Mandate, new JsonObject { [RapporteurCards.MandateKey] = mandate.Id }, withInputs: false)]);

    /// The meetings being prepared, each with "Add to this agenda".
    public static JsonObject Agenda(Mandate mandate, string name, IReadOnlyList<Meeting> drafts, Language language, string? notice = null)
    {
        var body = new List<JsonNode?>
        {
            Card.Literal(RapporteurTexts.AgendaTitle.Format(language, name), weight: "Bolder", size: "Large"),
            Card.Literal(mandate.ThemeIn(language)),
            notice is null ? null : Card.TextBlock(notice, weight: "Bolder", color: "Good"),
            Card.Subtitle(RapporteurTexts.DraftMeetings.In(language)),
        };
        if (drafts.Count == 0) body.Add(Card.TextBlock(RapporteurTexts.NoDraftMeeting.In(language), subtle: true));
        foreach (var meeting in drafts)
        {
            var data = new JsonObject { [RapporteurCards.MandateKey] = mandate.Id, [MeetingKey] = meeting.Id };
            body.Add(Card.Container(
            [
                Card.Literal(meeting.Title.In(language), weight: "Bolder"),
                Card.TextBlock(RapporteurTexts.DateValue.Format(language, meeting.OpeningDay), subtle: true, spacing: "None"),
                Card.ActionSet([Card.Execute(RapporteurTexts.AddHere.In(language), RapporteurRoutes.AddToAgenda, data, withInputs: false)], spacing: "Small"),
            ], separator: true));
        }
        return Card.New(body, [Card.Execute(RapporteurTexts.BackToRoster.In(language), RapporteurRoutes.Roster, withInputs: false)]);
    }

    /// The agenda item, in both languages, each with the theme in that language.
    public static AgendaItem AgendaItem(Mandate mandate) => Domain.Meetings.AgendaItem.New(
        RapporteurTexts.AgendaItem.Format(Language.En, mandate.ThemeIn(Language.En)), RapporteurTexts.AgendaItem.Format(Language.Fr, mandate.ThemeIn(Language.Fr)));

    /// The call in the channel: fixed labels in both languages, the theme and terms as written beside their translation.
    public static JsonObject CallPost(RapporteurCall call) => Card.New(
    [
        Card.TextBlock(Bilingual.Label(RapporteurTexts.CallHeading), subtle: true),
        Both(call, call.Theme, call.ThemeTranslation, bold: true),
        Bilingual.Lines(RapporteurTexts.CallOpenedBody, args: call.ClosingDate),
        Card.Facts(
        [
            (Bilingual.Label(RapporteurTexts.PostsFact), call.Posts.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (Bilingual.Label(RapporteurTexts.MandateFact), Bilingual.Format(RapporteurTexts.MonthsValue, call.MandateMonths)),
            (Bilingual.Label(RapporteurTexts.ClosingFact), Bilingual.Format(RapporteurTexts.DateValue, call.ClosingDate)),
        ]),
        Card.TextBlock(Bilingual.Label(RapporteurTexts.Terms), weight: "Bolder", spacing: "Medium"),
        Both(call, call.Terms, call.TermsTranslation),
    ]);

    /// The rapporteurs appointed, named as inert text, or that nobody was.
    public static JsonObject AppointedPost(RapporteurCall call, IReadOnlyList<string> names) => Card.New(
    [
        Card.TextBlock(Bilingual.Label(names.Count == 0 ? RapporteurTexts.CallClosedTitle : RapporteurTexts.AppointedTitle), subtle: true),
        Both(call, call.Theme, call.ThemeTranslation, bold: true),
        names.Count == 0 ? Bilingual.Lines(RapporteurTexts.NobodyAppointed) : Card.Literal(string.Join(", ", names)),
    ]);

    static JsonObject Both(RapporteurCall call, string original, string? translation, bool bold = false) =>
        call.Language == Language.En ? Bilingual.SideBySide(original, translation, bold: bold) : Bilingual.SideBySide(translation, original, bold: bold);
}
