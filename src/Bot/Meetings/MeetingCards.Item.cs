using System.Globalization;
using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// One agenda item's details, opened from the meeting form or the revision form: its day and times, its chair, its
/// speakers and its documents. The card carries the whole form in its buttons' data, so nothing is saved here: the
/// office comes back to the form as they left it, with these details on the item.
public static partial class MeetingCards
{
    /// `meeting` gives the days to choose from (null while a draft's days are unreadable: the first day only). The
    /// item's stored files show read-only (name, the office's own link), each with its title and a way to remove it.
    public static JsonObject ItemForm(MeetingForm form, string formKind, int number, AgendaItemForm typed, AgendaPeople people, Meeting? meeting,
        IReadOnlyList<string> problems, MeetingSettings settings, Language language, FileLink? files = null)
    {
        var line = form.Items[number - 1];
        var choices = people.Choices.Select(c => (c.Label, c.Value)).ToList();
        var chair = Card.ChoiceSet(AgendaItemForm.ChairKey, AgendaTexts.ChairChoice.In(language), choices, typed.Chair, placeholder: AgendaTexts.NobodyChosen.In(language));
        List<JsonNode?> body =
        [
            Card.Title(AgendaTexts.ItemTitle.Format(language, number)),
            Card.Literal(line.ToItem(line.Id).Title.In(language), weight: "Bolder"),
            Card.TextBlock(AgendaTexts.ItemBody.In(language), subtle: true),
            Card.Problems(MeetingTexts.FixProblems.In(language), problems),
            meeting is not null && AgendaDetails.Days(meeting) > 1
                ? Card.ChoiceSet(AgendaItemForm.DayKey, AgendaTexts.DayLabel.In(language), Enumerable.Range(1, AgendaDetails.Days(meeting))
                    .Select(d => (Text.Date(meeting.OpeningDay.AddDays(d - 1), "dddd d MMMM yyyy", language), Number(d))), typed.Day)
                : null,
            Card.InputTime(AgendaItemForm.StartsKey, AgendaTexts.StartsLabel.In(language), typed.Starts),
            Card.InputTime(AgendaItemForm.EndsKey, AgendaTexts.EndsLabel.In(language), typed.Ends),
            chair,
            Card.InputText(AgendaItemForm.ChairNameKey, AgendaTexts.ChairName.In(language), typed.ChairName, maxLength: Domain.Members.MemberDetails.MaxName),
            Card.MultiChoiceSet(AgendaItemForm.SpeakersKey, AgendaTexts.SpeakerChoices.In(language), choices, typed.Speakers),
            Card.InputText(AgendaItemForm.SpeakerNamesKey, AgendaTexts.SpeakerNames.In(language), typed.SpeakerNames, multiline: true, maxLength: 1000),
        ];
        var stored = (line.Details?.Documents ?? []).Where(d => d.File is not null).ToList();
        body.AddRange(StoredFiles(stored, typed, files, settings, language));
        // One pair of fields more than the links given, up to the most an item takes with its files.
        var slots = Math.Min(settings.MaxDocumentsPerItem - stored.Count, Math.Max(2, typed.Documents.Count + 1));
        for (var k = 1; k <= slots; k++)
        {
            var (title, link) = k <= typed.Documents.Count ? typed.Documents[k - 1] : ("", "");
            body.Add(Card.InputText(AgendaItemForm.DocumentTitleKey(k), AgendaTexts.DocumentTitle.Format(language, k), title, maxLength: settings.DocumentTitleMaxLength));
            body.Add(Card.InputText(AgendaItemForm.DocumentLinkKey(k), AgendaTexts.DocumentLink.Format(language, k), link, maxLength: settings.DocumentLinkMaxLength, style: "Url"));
        }
        body.Add(Card.TextBlock(AgendaTexts.FileHint.In(language), subtle: true, size: "Small"));
        var data = form.Data(formKind);
        data[MeetingForm.DetailsItemKey] = number.ToString(CultureInfo.InvariantCulture);
        return Card.New(body,
        [
            Card.Execute(AgendaTexts.DoneButton.In(language), MeetingRoutes.ItemDone, data, style: "positive"),
            Card.Execute(AgendaTexts.BackButton.In(language), MeetingRoutes.ItemDone, WithValues(data, (AgendaItemForm.DiscardKey, "true")), withInputs: false),
        ]);
    }

    /// Each stored file: its title (editable), its name as sent with the office's own link, and "remove".
    static IEnumerable<JsonNode?> StoredFiles(IReadOnlyList<AgendaDocument> stored, AgendaItemForm typed, FileLink? files, MeetingSettings settings,
        Language language)
    {
        for (var k = 1; k <= stored.Count; k++)
        {
            var (document, (title, remove)) = (stored[k - 1], k <= typed.Files.Count ? typed.Files[k - 1] : (stored[k - 1].Title, false));
            yield return Card.InputText(AgendaItemForm.FileTitleKey(k), AgendaTexts.FileTitle.Format(language, k), title, maxLength: settings.DocumentTitleMaxLength);
            yield return Card.LabelledLiteral(AgendaTexts.FileSent.In(language), document.File!.Name, subtle: true, spacing: "None");
            if (files?.Invoke(document) is { } url) yield return Card.ActionSet([Card.OpenUrl(AgendaTexts.OpenDocument.In(language), url)], spacing: "None");
            yield return Card.Toggle(AgendaItemForm.FileRemoveKey(k), AgendaTexts.RemoveFile.In(language), remove);
        }
    }
}
