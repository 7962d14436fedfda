using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// The agenda: a member's suggestion form, the office's decisions on the status card and the member's notice of one,
/// the revision form and the revised agenda.
public static partial class MeetingCards
{
    /// A member's suggestion form: title, explanation and the language it is written in.
    public static JsonObject SuggestForm(Meeting meeting, string title, string text, Language written, IReadOnlyList<string> problems, MeetingSettings settings, Language language) => Card.New(
    [
        Card.Title(MeetingTexts.SuggestTitle.In(language)),
        Card.Literal(meeting.Title.In(language), subtle: true),
        Card.Problems(MeetingTexts.FixProblems.In(language), problems),
        Card.InputText(SuggestionTitleKey, MeetingTexts.SuggestionTitleLabel.In(language), title, maxLength: settings.SuggestionTitleMaxLength),
        Card.InputText(SuggestionExplanationKey, MeetingTexts.SuggestionExplanationLabel.In(language), text, multiline: true, maxLength: settings.SuggestionExplanationMaxLength),
        Card.RadioSet(SuggestionLanguageKey, MeetingTexts.SuggestionLanguageLabel.In(language),
            [(MeetingTexts.English.In(language), "en"), (MeetingTexts.French.In(language), "fr")], written.Code()),
    ],
    [
        Card.Execute(MeetingTexts.SendSuggestion.In(language), MeetingRoutes.Suggested, new JsonObject { [MeetingForm.IdKey] = meeting.Id }, style: "positive"),
        Card.Execute(MeetingTexts.BackToConvocation.In(language), MeetingRoutes.Open, new JsonObject { [MeetingForm.IdKey] = meeting.Id }, withInputs: false),
    ]);

    /// The office's decision, for the member who suggested the item.
    public static JsonObject Decision(Meeting meeting, AgendaSuggestion s, Language language)
    {
        var merged = s.MergedInto is { } id ? meeting.CurrentAgenda.Items.FirstOrDefault(i => i.Id == id)?.Title.In(language) ?? "" : "";
        return Card.New(
        [
            Card.Literal(meeting.Title.In(language), subtle: true),
            Card.TextBlock(s.Status switch
            {
                SuggestionStatus.Accepted => MeetingTexts.SuggestionAccepted.Format(language, Plain(s.Title)),
                SuggestionStatus.Merged => MeetingTexts.SuggestionMerged.Format(language, Plain(s.Title), Plain(merged)),
                _ => MeetingTexts.SuggestionDeclined.Format(language, Plain(s.Title)),
            }),
            s.DeclineReason is { } reason ? Card.LabelledLiteral(MeetingTexts.ReasonLabel.In(language), reason) : null,
        ]);
    }

    /// The suggestions on the office's status, each with where it stands; while five or fewer await a decision, each
    /// pending one has its decision's fields and buttons.
    static IEnumerable<JsonNode?> SuggestionRows(Meeting meeting, IReadOnlyList<(AgendaSuggestion Suggestion, Member? Proposer)> suggestions, Language language)
    {
        var data = new JsonObject { [MeetingForm.IdKey] = meeting.Id };
        var pending = suggestions.Where(s => s.Suggestion.Status == SuggestionStatus.Pending).ToList();
        foreach (var (s, proposer) in suggestions.Take(20))
        {
            var items = new List<JsonNode?>
            {
                Card.Literal(s.Title, weight: "Bolder"),
                Card.Literal(s.Explanation),
                Card.TextBlock(MeetingTexts.SuggestedBy.Format(language, Plain(proposer?.DisplayName ?? "?")) + " · " + SuggestionState(s, language), subtle: true, spacing: "None"),
            };
            if (s.Status == SuggestionStatus.Pending && pending.Count <= 5)
            {
                var ids = WithValues(data, (SuggestionIdKey, s.Id));
                items.Add(Card.InputText(ReasonKey + s.Id, MeetingTexts.DeclineReasonLabel.In(language), maxLength: 500));
                items.Add(Card.ChoiceSet(MergeIntoKey + s.Id, MeetingTexts.MergeButton.In(language),
                    meeting.CurrentAgenda.Items.Select((item, i) => ($"{i + 1}. {item.Title.In(language)}", item.Id))));
                items.Add(Card.ActionSet(
                    Card.Execute(MeetingTexts.AcceptButton.In(language), MeetingRoutes.Accept, ids, style: "positive", withInputs: false),
                    Card.Execute(MeetingTexts.MergeButton.In(language), MeetingRoutes.Merge, ids),
                    Card.Execute(MeetingTexts.DeclineButton.In(language), MeetingRoutes.Decline, ids)));
            }
            yield return Card.Container(items, separator: true);
        }
    }

    /// Where a suggestion stands, as a state (never the word of the button that put it there).
    static string SuggestionState(AgendaSuggestion s, Language language) => (s.Status switch
    {
        SuggestionStatus.Accepted => MeetingTexts.SuggestionStateAccepted,
        SuggestionStatus.Declined => MeetingTexts.SuggestionStateDeclined,
        SuggestionStatus.Merged => MeetingTexts.SuggestionStateMerged,
        _ => MeetingTexts.SuggestionStatePending,
    }).In(language);

    /// The revision form: the current agenda with accepted suggestions appended, to edit and issue.
    public static JsonObject ReviseForm(Meeting meeting, MeetingForm form, IReadOnlyList<string> problems, MeetingSettings settings, Language language)
    {
        var body = new List<JsonNode?>
        {
            Card.Title(MeetingTexts.ReviseTitle.In(language)),
            Card.Literal(meeting.Title.In(language), subtle: true),
            Card.Problems(MeetingTexts.FixProblems.In(language), problems),
        };
        var data = form.WithLines(new JsonObject { [MeetingForm.IdKey] = meeting.Id, [MeetingForm.VersionKey] = meeting.Version, [MeetingForm.SlotsKey] = Number(form.Slots) });
        body.AddRange(AgendaInputs(form, meeting, MeetingForm.ReviseFormValue, data, settings, language));
        return Card.New(body, [Card.Execute(MeetingTexts.IssueButton.In(language), MeetingRoutes.Revised, data, style: "positive")]);
    }

    /// A revised agenda as the invitees get it, with what changed. A member's copy offers to suggest an item; the office's
    /// own (with its `notice` on where the channel post stands) does not. Stored files open the reader's own links.
    public static JsonObject Revised(Meeting meeting, Language language, string? notice = null, FileLink? files = null)
    {
        var version = meeting.CurrentAgenda;
        var changes = version.Changes.Select(c => AgendaView.Change(c, language)).ToList();
        return Card.New(
        [
            Card.Title(MeetingTexts.RevisedTitle.Format(language, version.Number)),
            Card.Literal(meeting.Title.In(language), weight: "Bolder"),
            changes.Count > 0 ? Card.TextBlock(MeetingTexts.ChangesHeading.In(language), weight: "Bolder") : null,
            changes.Count > 0 ? Card.Bullets(changes) : null,
            .. Agenda(meeting, version, language, files),
            notice is null ? null : Card.TextBlock(notice, subtle: true, spacing: "Medium"),
        ],
        notice is null ? [Card.Execute(MeetingTexts.SuggestButton.In(language), MeetingRoutes.Suggest, new JsonObject { [MeetingForm.IdKey] = meeting.Id }, withInputs: false)] : null);
    }

    /// The office's link to the current agenda as Word.
    public static JsonObject AgendaLink(Meeting meeting, string wordUrl, Language language) => Card.New(
        [Card.Title(AgendaTexts.AgendaButton.In(language)), Card.Literal(meeting.Title.In(language), weight: "Bolder"),
         Card.TextBlock(AgendaTexts.AgendaReady.Format(language, meeting.CurrentAgenda.Number))],
        [Card.OpenUrl(MeetingTexts.WordButton.In(language), wordUrl)]);
}
