using System.Text.Json.Nodes;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Tests.Cards;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Meetings;

/// The office gives agenda items a time, a chair, speakers and documents from the meeting form and the revision form;
/// convocations, revised agendas and channel posts show them. The clock starts on Monday 23 November 2026; the plenary
/// is on 15 and 16 March 2027 in Strasbourg.
public sealed class AgendaItemRoutesTests : IDisposable
{
    readonly BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    /// The draft form as the office sees it after "Save the draft" was never pressed: the form with these items.
    async Task<Pressed> FormAsync(JsonObject form) => await _app.PressAsync(MeetingRoutes.Form, form);

    /// Opens item `number`'s details from a form card and sends them with these fields; returns what came back.
    async Task<Pressed> DetailsAsync(Pressed form, int number, params (string Key, string Value)[] fields)
    {
        var opened = await _app.PressAsync(MeetingRoutes.Item, form.Button(MeetingRoutes.Item, (MeetingForm.DetailsItemKey, number.ToString())));
        Assert.Contains(AgendaTexts.ItemTitle.Format(Language.En, number), opened.CardText());
        return await _app.PressAsync(MeetingRoutes.ItemDone, opened.Button(MeetingRoutes.ItemDone, fields));
    }

    static readonly (string, string)[] OpeningDetails =
    [
        (AgendaItemForm.DayKey, "1"), (AgendaItemForm.StartsKey, "09:30"), (AgendaItemForm.EndsKey, "10:00"), (AgendaItemForm.ChairKey, "m:m-sophie"),
        (AgendaItemForm.SpeakersKey, "m:m-elise"), (AgendaItemForm.SpeakerNamesKey, "Dr Lena Berg; Prof. Jan **Novák**"),
        (AgendaItemForm.DocumentTitleKey(1), "Concept note"), (AgendaItemForm.DocumentLinkKey(1), "https://coe.example/docs/concept-note.pdf"),
    ];

    [Fact]
    public async Task Details_given_in_the_draft_form_are_saved_with_the_draft_and_reach_every_invitee_and_the_channel()
    {
        await _app.Conversations.SaveAsync(RequestApp.ChannelOf(), default);
        await _app.OpenChatAsync(Payload.JonasAad);
        var form = await FormAsync(MeetingSteps.Plenary());

        var back = await DetailsAsync(form, 1, OpeningDetails);

        // Back on the form as typed, the item's details under it; nothing saved yet.
        Assert.Contains("10th plenary meeting", back.CardJson());
        Assert.Contains("Monday 15 March, 09:30–10:00 · Chair: Sophie Laurent · Speakers: Élise Moreau (France), Dr Lena Berg, Prof. Jan **Novák** · 1 document(s)", back.CardJson());
        Assert.Null(await _app.Service<IMeetingStore>().GetAsync(MeetingSteps.Id, default));

        await _app.PressAsync(MeetingRoutes.Save, back.Button(MeetingRoutes.Save));
        var draft = (await _app.Service<IMeetingStore>().GetAsync(MeetingSteps.Id, default))!;
        var opening = draft.CurrentAgenda.Items[0];
        Assert.Equal(new AgendaTime(1, new TimeOnly(9, 30), new TimeOnly(10, 0)), opening.Time);
        Assert.Equal((AgendaPersonKind.Member, "m-sophie"), (opening.Chair!.Kind, opening.Chair.Id));
        Assert.Equal(["Élise Moreau", "Dr Lena Berg", "Prof. Jan **Novák**"], opening.Speakers.Select(s => s.Name));
        Assert.Equal([AgendaDocument.Link("Concept note", "https://coe.example/docs/concept-note.pdf")], opening.Documents);

        await _app.PressAsync(MeetingRoutes.Convene, new JsonObject { [MeetingForm.IdKey] = draft.Id, [MeetingForm.VersionKey] = draft.Version });
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        var convocation = Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.JonasAad) && s.AllText.Contains(MeetingTexts.ConvocationHeading.En));
        Assert.Contains("Monday 15 March, 09:30–10:00 · Chair: Sophie Laurent · Speakers: Élise Moreau (France), Dr Lena Berg, Prof. Jan **Novák**", convocation.AllText);
        Assert.Contains("https://coe.example/docs/concept-note.pdf", convocation.AllText);
        var post = Assert.Single(_app.Connector.Sends, s => s.AllText.Contains(MeetingTexts.ChannelIntro.En));
        Assert.Contains("Monday 15 March, 09:30–10:00 / lundi 15 mars, 09\u00a0h\u00a030–10\u00a0h\u00a000 · Chair / Présidence\u00a0: Sophie Laurent · Speakers / Intervenants\u00a0: Élise Moreau (France), Dr Lena Berg", post.AllText);
        Assert.Empty(FrenchTypography.PlainSpacesBeforeDoublePunctuation(post.AllText));
    }

    [Fact]
    public async Task A_new_time_is_a_change_the_revised_agenda_reports_and_an_old_revision_form_keeps_the_details()
    {
        await _app.OpenChatAsync(Payload.JonasAad);
        var form = await FormAsync(MeetingSteps.Plenary());
        await _app.PressAsync(MeetingRoutes.Save, (await DetailsAsync(form, 1, OpeningDetails)).Button(MeetingRoutes.Save));
        var draft = await _app.MeetingAsync();
        await _app.PressAsync(MeetingRoutes.Convene, new JsonObject { [MeetingForm.IdKey] = draft.Id, [MeetingForm.VersionKey] = draft.Version });

        // A revision form sent before items had details: the ids and titles only. Nothing changed, nothing lost.
        var old = new JsonObject
        {
            [MeetingForm.IdKey] = MeetingSteps.Id, [MeetingForm.VersionKey] = (await _app.MeetingAsync()).Version, [MeetingForm.SlotsKey] = "3",
            [MeetingForm.ItemIdKey(1)] = draft.CurrentAgenda.Items[0].Id, [MeetingForm.ItemEnKey(1)] = "Opening",
            [MeetingForm.ItemIdKey(2)] = draft.CurrentAgenda.Items[1].Id, [MeetingForm.ItemEnKey(2)] = "Return policies",
        };
        var refused = await _app.PressAsync(MeetingRoutes.Revised, old);
        Assert.Contains(MeetingTexts.Describe(MeetingRefusal.NothingChanged, Language.En), refused.CardText());

        var revise = await _app.PressAsync(MeetingRoutes.Revise, new JsonObject { [MeetingForm.IdKey] = MeetingSteps.Id });
        var retimed = await DetailsAsync(revise, 1, [.. OpeningDetails.Where(f => f.Item1 != AgendaItemForm.EndsKey), (AgendaItemForm.EndsKey, "10:30")]);
        var issued = (await _app.PressAsync(MeetingRoutes.Revised, retimed.Button(MeetingRoutes.Revised))).CardText();
        await _app.RunJobsAsync();

        Assert.Contains(AgendaTexts.ChangeRetimed.Format(Language.En, 1), issued);
        var meeting = await _app.MeetingAsync();
        Assert.Equal([new AgendaChange(AgendaChangeKind.Retimed, meeting.CurrentAgenda.Items[0].Id, 1, 1)], meeting.CurrentAgenda.Changes);
        Assert.Equal(3, meeting.CurrentAgenda.Items[0].Speakers.Count);
        var toJonas = Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.JonasAad) && s.AllText.Contains(MeetingTexts.RevisedTitle.Format(Language.En, 2)));
        Assert.Contains("new time: item 1", toJonas.AllText);
        Assert.Contains("09:30–10:30", toJonas.AllText);
    }

    [Fact]
    public async Task Adding_an_item_field_keeps_the_details_given_and_a_move_leaving_a_timed_item_outside_is_refused()
    {
        var form = await FormAsync(MeetingSteps.Plenary());
        var detailed = await DetailsAsync(form, 2, (AgendaItemForm.DayKey, "2"), (AgendaItemForm.StartsKey, "09:00"), (AgendaItemForm.EndsKey, "10:00"));

        var longer = await _app.PressAsync(MeetingRoutes.Form, detailed.Button(MeetingRoutes.Form));
        await _app.PressAsync(MeetingRoutes.Save, longer.Button(MeetingRoutes.Save));
        var draft = await _app.MeetingAsync();
        await _app.PressAsync(MeetingRoutes.Convene, new JsonObject { [MeetingForm.IdKey] = draft.Id, [MeetingForm.VersionKey] = draft.Version });
        var moved = await _app.MoveAsync("2027-03-22");

        Assert.Contains(MeetingForm.ItemEnKey(4), longer.CardJson());
        Assert.Contains("Tuesday 16 March, 09:00–10:00", longer.CardJson());
        Assert.Equal(new AgendaTime(2, new TimeOnly(9, 0), new TimeOnly(10, 0)), draft.CurrentAgenda.Items[1].Time);
        Assert.Contains(MeetingTexts.Describe(new MeetingIssue(MeetingProblem.AgendaItemOutsideMeeting, 2), Language.En), moved);
        Assert.Equal(0, (await _app.MeetingAsync()).Sequence);
    }

    [Fact]
    public async Task Details_with_problems_come_back_as_typed_and_the_form_keeps_what_it_had()
    {
        var form = await FormAsync(MeetingSteps.Plenary());

        var incomplete = await DetailsAsync(form, 2, (AgendaItemForm.StartsKey, "11:00"), (AgendaItemForm.DocumentTitleKey(1), "Paper"),
            (AgendaItemForm.ChairKey, "m:m-elise"), (AgendaItemForm.ChairNameKey, "Someone else"));
        var outside = await DetailsAsync(form, 2, (AgendaItemForm.DayKey, "3"), (AgendaItemForm.StartsKey, "16:00"), (AgendaItemForm.EndsKey, "18:00"));

        var text = incomplete.CardText();
        Assert.Contains(AgendaTexts.TimeIncomplete.En, text);
        Assert.Contains(AgendaTexts.DocumentHalf.En, text);
        Assert.Contains(AgendaTexts.ChairTwice.En, text);
        Assert.Contains("\"value\":\"11:00\"", incomplete.CardJson());
        Assert.Contains(MeetingTexts.Describe(new MeetingIssue(MeetingProblem.AgendaItemOutsideMeeting, 2), Language.En), outside.CardText());
        Assert.Null(await _app.Service<IMeetingStore>().GetAsync(MeetingSteps.Id, default));
    }

    [Fact]
    public async Task Going_back_without_changes_returns_the_form_as_it_was_and_a_member_cannot_open_details()
    {
        var form = await FormAsync(MeetingSteps.Plenary());
        var opened = await _app.PressAsync(MeetingRoutes.Item, form.Button(MeetingRoutes.Item, (MeetingForm.DetailsItemKey, "1")));

        var back = await _app.PressAsync(MeetingRoutes.ItemDone, opened.Button(MeetingRoutes.ItemDone, (AgendaItemForm.StartsKey, "09:30"), (AgendaItemForm.EndsKey, "10:00"),
            (AgendaItemForm.DiscardKey, "true")));
        var refused = await _app.PressAsync(MeetingRoutes.Item, form.Button(MeetingRoutes.Item), fromAad: Payload.JonasAad);

        Assert.Contains(MeetingTexts.SaveDraft.En, back.CardText());
        Assert.DoesNotContain("09:30–10:00", back.CardJson());
        Assert.Equal(MeetingTexts.OfficeOnly.En, refused.Message);
    }

    [Fact]
    public async Task The_office_gets_the_agenda_as_a_word_table_of_time_topic_and_speakers()
    {
        var form = await FormAsync(MeetingSteps.Plenary());
        await _app.PressAsync(MeetingRoutes.Save, (await DetailsAsync(form, 1, OpeningDetails)).Button(MeetingRoutes.Save));
        var draft = await _app.MeetingAsync();
        await _app.PressAsync(MeetingRoutes.Convene, new JsonObject { [MeetingForm.IdKey] = draft.Id, [MeetingForm.VersionKey] = draft.Version });

        var card = await _app.PressAsync(MeetingRoutes.AgendaFile, new JsonObject { [MeetingForm.IdKey] = MeetingSteps.Id });

        var link = (string)card["value"]!["actions"]![0]!["url"]!;
        var file = await _app.CreateClient().GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(System.Net.HttpStatusCode.OK, file.StatusCode);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await file.Content.ReadAsByteArrayAsync()), false);
        var rows = document.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Single()
            .Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Select(r => r.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText).ToArray()).ToList();
        Assert.Equal(["Time", "Topic", "Speaker(s)"], rows[0]);
        Assert.Equal(["Monday 15 March 2027"], rows[1]);
        Assert.Equal("09:30–10:00", rows[2][0]);
        Assert.StartsWith("1. Opening", rows[2][1]);
        Assert.Equal("Élise Moreau (France)Dr Lena BergProf. Jan **Novák**", rows[2][2]);
        Assert.Equal(["", "2. Return policies", ""], rows[3]);
    }
}
