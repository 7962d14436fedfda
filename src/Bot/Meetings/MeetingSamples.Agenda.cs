using System.Text.Json.Nodes;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// The agenda's detail cards with sample data: an item's details form (with the problems that sent it back, and empty
/// for a one-day draft), and the office's link to the Word agenda.
public static partial class MeetingSamples
{
    static IEnumerable<(string Name, JsonObject Card)> AgendaSamples(Meeting plenary, Meeting draft, IReadOnlyList<Member> everyone, Language language)
    {
        var settings = MeetingSettings.Default;
        var lena = new ExternalParticipant { Id = "x-lena", MeetingId = plenary.Id, Name = "Dr Lena Berg", Organisation = "UNHCR", Country = "Switzerland" };
        var form = MeetingForm.Of(plenary);
        var item = form.Items[1].Details!;
        var typed = AgendaItemForm.Of(item) with { Ends = "", Documents = [.. AgendaItemForm.Of(item).Documents, ("Annex", "")] };
        yield return ("meetings.item", MeetingCards.ItemForm(form, MeetingForm.ReviseFormValue, 2, typed, AgendaPeople.Of(everyone, [lena], item, language), plenary,
            [AgendaTexts.TimeIncomplete.In(language), AgendaTexts.DocumentHalf.In(language)], settings, language));
        var oneDay = draft with { ClosingDay = draft.OpeningDay };
        yield return ("meetings.item-new", MeetingCards.ItemForm(MeetingForm.Of(oneDay), MeetingForm.DraftFormValue, 2, new AgendaItemForm(),
            AgendaPeople.Of(everyone, [], ItemDetails.None, language), oneDay, [], settings, language));
        yield return ("meetings.agenda-file", MeetingCards.AgendaLink(plenary, "https://focalbot.example/exports/c?s=3", language));
    }
}
