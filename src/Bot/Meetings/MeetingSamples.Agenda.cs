using System.Text.Json.Nodes;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// The agenda's detail cards with sample data: an item's details form (with the problems that sent it back, and empty
/// for a one-day draft), a file sent to the bot attached to an item, and the office's link to the Word agenda.
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
            [AgendaTexts.TimeIncomplete.In(language), AgendaTexts.DocumentHalf.In(language)], settings, language, SampleFileLink));
        yield return ("meetings.file-attached", Files.FileCards.Attached("Return statistics 2026.xlsx",
            AgendaTexts.AttachedToItem.Format(language, 2, FocalBot.Bot.Cards.Card.Plain(plenary.Title.In(language))),
            FocalBot.Bot.Cards.Card.Execute(AgendaTexts.OpenMeeting.In(language), MeetingRoutes.Open, new JsonObject { [MeetingForm.IdKey] = plenary.Id }, withInputs: false),
            language, AgendaTexts.FileRevisionSent.Format(language, 3)));
        yield return ("meetings.file-offer", Files.FileCards.Offer(new Files.StoredUpload("0f8e7d6c5b4a39281706f5e4d3c2b1a0", "Return statistics 2026.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 48_000, "sample-file", null), "1796000000.c2lnbmF0dXJl",
            [.. plenary.CurrentAgenda.Items.Select((i, n) => new Files.FileDestination(
                AgendaTexts.FilePlace.Format(language, plenary.Title.In(language), n + 1, i.Title.In(language)), $"meeting:{plenary.Id}:{i.Id}"))], [], language));
        var oneDay = draft with { ClosingDay = draft.OpeningDay };
        yield return ("meetings.item-new", MeetingCards.ItemForm(MeetingForm.Of(oneDay), MeetingForm.DraftFormValue, 2, new AgendaItemForm(),
            AgendaPeople.Of(everyone, [], ItemDetails.None, language), oneDay, [], settings, language));
        yield return ("meetings.agenda-file", MeetingCards.AgendaLink(plenary, "https://focalbot.example/exports/c?s=3", language));
    }
}
