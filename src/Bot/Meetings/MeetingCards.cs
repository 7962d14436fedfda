using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// The cards of meetings, one class in four files: the pieces every meeting card shares (this file), convening
/// (MeetingCards.Convene.cs), answering (MeetingCards.Respond.cs) and the agenda (MeetingCards.Agenda.cs). What members
/// typed is shown with Card.Literal, never as Markdown.
public static partial class MeetingCards
{
    public const string ChoiceKey = "choice";
    public const string SubstituteNameKey = "subName";
    public const string SubstituteTitleKey = "subTitle";
    public const string SubstituteEmailKey = "subEmail";
    public const string SuggestionIdKey = "suggestion";
    public const string SuggestionTitleKey = "suggestionTitle";
    public const string SuggestionExplanationKey = "suggestionText";
    public const string SuggestionLanguageKey = "suggestionLanguage";
    public const string ReasonKey = "reason";
    public const string MergeIntoKey = "mergeInto";
    public const string ExternalNameKey = "extName";
    public const string ExternalTitleKey = "extTitle";
    public const string ExternalOrganisationKey = "extOrganisation";
    public const string ExternalCountryKey = "extCountry";
    public const string ExternalEmailKey = "extEmail";

    /// A confirmation for the office, with the way back to the list.
    public static JsonObject Notice(string title, string text, Language language) =>
        Card.New([Card.Title(title), Card.TextBlock(text)], [Card.Execute(MeetingTexts.ListTitle.In(language), MeetingRoutes.List, withInputs: false)]);

    /// The meeting's kind, days and place as facts, and its online link.
    static IEnumerable<JsonNode?> Summary(Meeting m, Language language)
    {
        var facts = new List<(string, string)>
        {
            (MeetingTexts.KindFact.In(language), (m.Kind == MeetingKind.Plenary ? MeetingTexts.Plenary : MeetingTexts.Thematic).In(language)),
            (MeetingTexts.DatesFact.In(language), Dates(m, language)),
        };
        // The place among the facts, as the office typed it but for Markdown's characters (a fact reads Markdown).
        if (m.Place is { } place) facts.Add((MeetingTexts.PlaceFact.In(language), Plain(place)));
        yield return Card.Facts(facts);
        if (m.OnlineLink is { } link) yield return Card.LabelledLiteral(MeetingTexts.OnlineFact.In(language) + (language == Language.Fr ? "\u00a0: " : ": "), link);
    }

    /// An agenda version's heading and its numbered items with their details (AgendaView); stored files open the
    /// reader's own links (`files`).
    static IEnumerable<JsonNode?> Agenda(Meeting meeting, AgendaVersion version, Language language, FileLink? files)
    {
        yield return Card.TextBlock(MeetingTexts.AgendaVersion.Format(language, version.Number), weight: "Bolder", spacing: "Medium");
        for (var i = 0; i < version.Items.Count; i++)
            foreach (var element in AgendaView.Item(meeting, version.Items[i], i + 1, language, files)) yield return element;
    }

    /// The agenda's item fields, English and French, as many as the form's slots, each written item with what it has of
    /// time, chair, speakers and documents; then the way to one item's details. `meeting` places the times on the
    /// meeting's days (null while the draft's days are unreadable); `formKind` says which form the details return to.
    static IEnumerable<JsonNode?> AgendaInputs(MeetingForm form, Meeting? meeting, string formKind, JsonObject data, MeetingSettings settings, Language language)
    {
        for (var n = 1; n <= form.Slots; n++)
        {
            var line = n <= form.Items.Count ? form.Items[n - 1] : new AgendaLine("", "", "");
            yield return Card.InputText(MeetingForm.ItemEnKey(n), MeetingTexts.ItemEnLabel.Format(language, n), line.En, maxLength: settings.AgendaItemMaxLength);
            yield return Card.InputText(MeetingForm.ItemFrKey(n), MeetingTexts.ItemFrLabel.Format(language, n), line.Fr, maxLength: settings.AgendaItemMaxLength);
            if (AgendaView.Summary(meeting, line.ToItem(line.Id), language) is { } summary) yield return Card.Literal(summary, subtle: true, spacing: "Small");
        }
        var written = form.Items.Select((line, i) => (Line: line, Number: i + 1)).Where(x => !x.Line.IsEmpty).ToList();
        if (written.Count == 0) yield break;
        yield return Card.ChoiceSet(MeetingForm.DetailsItemKey, AgendaTexts.DetailsPicker.In(language),
            written.Select(x => (Shortened($"{x.Number}. {x.Line.ToItem(x.Line.Id).Title.In(language)}"), Number(x.Number))), Number(written[0].Number));
        yield return Card.ActionSet(Card.Execute(AgendaTexts.DetailsButton.In(language), MeetingRoutes.Item, WithValues(data, (MeetingForm.FormKindKey, formKind))));
    }

    /// An item's title as a choice: Teams shows one line of it.
    static string Shortened(string text) => text.Length <= 80 ? text : text[..79].TrimEnd() + "…";

    /// The days and times, French times unbroken ("9\u00a0h\u00a030"), with the time zone unless `withZone` is false
    /// (a bilingual line names it once).
    public static string Dates(Meeting m, Language language, bool withZone = true) => MeetingDates.Of(m, language, withZone);

    /// The days and times in English and French side by side, the time zone named once.
    public static string BilingualDates(Meeting m) =>
        Cards.Bilingual.Join(Dates(m, Language.En, withZone: false), Dates(m, Language.Fr, withZone: false))
        + (m.StartsAt is not null && m.EndsAt is not null ? $" ({m.TimeZoneId})" : "");

    static string Choice(RsvpChoice c, Language language) => (c switch
    {
        RsvpChoice.InPerson => MeetingTexts.InPerson,
        RsvpChoice.Online => MeetingTexts.OnlineChoice,
        RsvpChoice.NotAttending => MeetingTexts.NotAttending,
        _ => MeetingTexts.SubstituteChoice,
    }).In(language);

    /// An answer as it reads: the choice, or the substitute's name.
    static string Answered(Rsvp r, Language language) =>
        r.Choice == RsvpChoice.Substitute && r.Substitute is { } sub ? MeetingTexts.SubstituteAs.Format(language, Plain(sub.Name)) : Choice(r.Choice, language);


    /// A copy of a button's data with more values.
    static JsonObject WithValues(JsonObject data, params (string Key, string Value)[] extra)
    {
        var copy = data.DeepClone().AsObject();
        foreach (var (k, v) in extra) copy[k] = v;
        return copy;
    }

    /// Names inside Markdown text: the characters Markdown reads are dropped, not interpreted.
    static string Plain(string text) => Card.Plain(text);

    /// A count as a card's data or fact holds it, the same in every culture.
    static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
