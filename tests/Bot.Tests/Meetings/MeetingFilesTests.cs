using System.Net;
using System.Text.Json.Nodes;
using FocalBot.Bot.Files;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Tests.Files;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Meetings;

/// The office sends a file and attaches it to an agenda item: a draft's item is saved with it; a convened meeting's
/// agenda is revised and the new version sent to every invitee, each with their own link to the file. The clock starts
/// on Monday 23 November 2026; the meetings are in March 2027.
public sealed class MeetingFilesTests : IDisposable
{
    readonly FileServer _files = new();
    readonly BotApp _app;

    public MeetingFilesTests() => _app = AttachApp.New(_files);

    public void Dispose() => _app.Dispose();

    static string Place(Meeting meeting, int item) => $"meeting:{meeting.Id}:{meeting.CurrentAgenda.Items[item - 1].Id}";

    async Task<JsonObject> OfferAsync(string name, byte[] content)
    {
        var before = _app.Offers().Count;
        await _app.SendFilesAsync(_files, Payload.SophieAad, (name, content));
        Assert.Equal(before + 1, _app.Offers().Count);
        return _app.Offers()[^1];
    }

    [Fact]
    public async Task The_office_attaches_a_file_to_a_draft_items_documents_titled_by_its_name()
    {
        var draft = await _app.DraftAsync();
        var offer = await OfferAsync("Programme détaillé.pdf", SampleFiles.Pdf);

        Assert.Equal([Place(draft, 1), Place(draft, 2)], AttachApp.Choices(offer).Select(c => c.Value));
        Assert.Equal("10th plenary meeting · item 2. Return policies", AttachApp.Choices(offer)[1].Title);
        Assert.Null(AttachApp.Preselected(offer));   // an item is chosen, never guessed
        var attached = await _app.AttachAsync(offer, Place(draft, 2), Payload.SophieAad);

        Assert.Contains("\"Programme détaillé.pdf\" is attached to item 2 of the agenda of \"10th plenary meeting\".", attached.CardText());
        var saved = await _app.MeetingAsync();
        Assert.Equal(MeetingStatus.Draft, saved.Status);
        var document = Assert.Single(saved.CurrentAgenda.Items[1].Documents);
        Assert.Equal(("Programme détaillé", null, "Programme détaillé.pdf"), (document.Title, document.Url, document.File!.Name));
        Assert.Equal(SampleFiles.Pdf, await _app.Service<FocalBot.Bot.Exports.IExportStore>().ReadAsync(document.FileId!, default));
        Assert.StartsWith($"Meetings/{draft.Id}/Documents/", Assert.Single(_app.StoredFiles()));
        Assert.Single(await _app.AuditAsync(), e => e.Action == "meeting.document.added" && e.SubjectId == draft.Id);
    }

    [Fact]
    public async Task Pressing_attach_twice_adds_the_file_once()
    {
        var draft = await _app.DraftAsync();
        var offer = await OfferAsync("note.pdf", SampleFiles.Pdf);

        var first = await _app.AttachAsync(offer, Place(draft, 1), Payload.SophieAad);
        var second = await _app.AttachAsync(offer, Place(draft, 1), Payload.SophieAad);

        Assert.Equal(first.CardText(), second.CardText());
        Assert.Single((await _app.MeetingAsync()).CurrentAgenda.Items[0].Documents);
        Assert.Single(await _app.AuditAsync(), e => e.Action == "meeting.document.added");
    }

    [Fact]
    public async Task A_file_for_a_convened_meeting_revises_its_agenda_and_each_invitee_gets_their_own_link()
    {
        await _app.OpenChatAsync(Payload.JonasAad);
        await _app.OpenChatAsync(Payload.EliseAad);
        var meeting = await _app.ConvenedAsync();
        var offer = await OfferAsync("Draft conclusions.docx", SampleFiles.Docx());

        var attached = await _app.AttachAsync(offer, Place(meeting, 2), Payload.SophieAad);
        var again = await _app.AttachAsync(offer, Place(meeting, 2), Payload.SophieAad);
        await _app.RunJobsAsync();

        Assert.Contains(AgendaTexts.FileRevisionSent.Format(Language.En, 2), attached.CardText());
        var revised = await _app.MeetingAsync();
        Assert.Equal(2, revised.CurrentAgenda.Number);   // the second press issued no third version
        Assert.Equal([new AgendaChange(AgendaChangeKind.DocumentsChanged, revised.CurrentAgenda.Items[1].Id, 2, 2)], revised.CurrentAgenda.Changes);
        var said = "\"Draft conclusions.docx\" is attached to item 2 of the agenda of \"10th plenary meeting\".";
        Assert.Contains(said, attached.CardText());
        Assert.Contains(said, again.CardText());
        Assert.DoesNotContain(AgendaTexts.FileRevisionSent.Format(Language.En, 3), again.CardText());
        Assert.Single(await _app.AuditAsync(), e => e.Action == "meeting.agenda.revised");

        var toJonas = Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.JonasAad) && s.AllText.Contains(MeetingTexts.RevisedTitle.Format(Language.En, 2)));
        var toElise = Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.EliseAad) && s.AllText.Contains(MeetingTexts.RevisedTitle.Format(Language.Fr, 2)));
        Assert.Contains(AgendaTexts.ChangeDocuments.Format(Language.En, 2), toJonas.AllText);
        var jonasLink = LinkIn(toJonas.Card!, "Draft conclusions");
        var eliseLink = LinkIn(toElise.Card!, "Draft conclusions");
        Assert.NotEqual(jonasLink, eliseLink);   // each signed for its member
        var download = await _app.CreateClient().GetAsync(new Uri(jonasLink).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(SampleFiles.Docx().Length, (await download.Content.ReadAsByteArrayAsync()).Length);
    }

    [Fact]
    public async Task Only_invitees_and_the_office_get_a_link_to_a_file_of_a_meeting_for_some_members()
    {
        var meeting = await _app.ConvenedAsync(MeetingSteps.Form(forMembers: ["m-jonas"]));
        var offer = await OfferAsync("note.pdf", SampleFiles.Pdf);
        await _app.AttachAsync(offer, Place(meeting, 1), Payload.SophieAad);
        var document = (await _app.MeetingAsync()).CurrentAgenda.Items[0].Documents.Single();
        var links = _app.Service<AgendaFileLinks>();
        var stored = await _app.MeetingAsync();

        Assert.NotNull(links.For(stored, AMember.Jonas())(document));
        Assert.NotNull(links.For(stored, AMember.Sophie())(document));
        Assert.Null(links.For(stored, AMember.Elise())(document));
        var eliseOpens = await _app.PressAsync(MeetingRoutes.Open, new JsonObject { [MeetingForm.IdKey] = meeting.Id }, fromAad: Payload.EliseAad);
        Assert.DoesNotContain("/exports/", eliseOpens.Body.ToJsonString());
    }

    [Fact]
    public async Task An_item_with_its_documents_already_takes_no_more_and_nothing_is_changed()
    {
        var draft = await _app.DraftAsync();
        for (var i = 0; i < MeetingSettings.Default.MaxDocumentsPerItem; i++)
            await _app.AttachAsync(await OfferAsync($"note {i}.pdf", SampleFiles.Pdf), Place(draft, 1), Payload.SophieAad);
        var before = await _app.MeetingAsync();

        var refused = await _app.AttachAsync(await OfferAsync("one more.pdf", SampleFiles.Pdf), Place(draft, 1), Payload.SophieAad);

        Assert.Equal(AgendaTexts.Describe(AgendaFileRefusal.ItemFull, MeetingSettings.Default, Language.En), refused.Message);
        Assert.Contains("This item has its 5 documents already", refused.Message);
        Assert.Equal(before.Version, (await _app.MeetingAsync()).Version);
    }

    [Fact]
    public async Task The_channel_post_names_the_file_without_a_link_and_the_word_agenda_gives_its_name()
    {
        var meeting = await _app.ConvenedAsync();
        await _app.AttachAsync(await OfferAsync("Annex A.pdf", SampleFiles.Pdf), Place(meeting, 1), Payload.SophieAad);
        var revised = await _app.MeetingAsync();

        var post = MeetingChannelCards.Revised(revised, revised.CurrentAgenda).ToJsonString();
        var word = string.Concat(Exports.OpenXmlFiles.Parts(AgendaAnnex.Write(revised, revised.CurrentAgenda, Language.Fr).Content).Values);

        Assert.Contains("Annex A", post);
        Assert.Contains(AgendaTexts.FileSentToInvitees.En, CardText.Of(MeetingChannelCards.Revised(revised, revised.CurrentAgenda)));
        Assert.DoesNotContain("/exports/", post);
        Assert.Contains("Annex A (Annex A.pdf)", word);
        Assert.DoesNotContain("/exports/", word);
    }

    [Fact]
    public async Task The_item_form_shows_the_file_read_only_renames_or_removes_it_and_ignores_a_file_the_meeting_does_not_hold()
    {
        var draft = await _app.DraftAsync();
        await _app.AttachAsync(await OfferAsync("Programme.pdf", SampleFiles.Pdf), Place(draft, 1), Payload.SophieAad);
        var form = await _app.PressAsync(MeetingRoutes.Edit, new JsonObject { [MeetingForm.IdKey] = draft.Id, [MeetingForm.VersionKey] = (await _app.MeetingAsync()).Version });
        var opened = await _app.PressAsync(MeetingRoutes.Item, form.Button(MeetingRoutes.Item, (MeetingForm.DetailsItemKey, "1")));

        Assert.Contains("Programme.pdf", opened.CardText());
        Assert.Contains("/exports/", opened.CardJson());   // the office's own link
        var renamed = await _app.PressAsync(MeetingRoutes.ItemDone, opened.Button(MeetingRoutes.ItemDone, (AgendaItemForm.FileTitleKey(1), "Programme of the day")));
        await _app.PressAsync(MeetingRoutes.Save, renamed.Button(MeetingRoutes.Save));
        var saved = (await _app.MeetingAsync()).CurrentAgenda.Items[0].Documents.Single();
        Assert.Equal(("Programme of the day", "Programme.pdf"), (saved.Title, saved.File!.Name));

        // A card naming another upload, as a forged one would, keeps nothing of it.
        var forged = renamed.Button(MeetingRoutes.Save);
        forged[MeetingForm.ItemDetailsKey(1)]!["documents"]!.AsArray().Add(new JsonObject { ["title"] = "Compilation", ["file"] = "ffffffffffffffffffffffffffffffff" });
        forged[MeetingForm.VersionKey] = (await _app.MeetingAsync()).Version;
        await _app.PressAsync(MeetingRoutes.Save, forged);
        Assert.Equal([saved.File], (await _app.MeetingAsync()).CurrentAgenda.Items[0].Documents.Select(d => d.File));

        var edit = await _app.PressAsync(MeetingRoutes.Edit, new JsonObject { [MeetingForm.IdKey] = draft.Id });
        var again = await _app.PressAsync(MeetingRoutes.Item, edit.Button(MeetingRoutes.Item, (MeetingForm.DetailsItemKey, "1")));
        var removed = await _app.PressAsync(MeetingRoutes.ItemDone, again.Button(MeetingRoutes.ItemDone, (AgendaItemForm.FileRemoveKey(1), "true")));
        await _app.PressAsync(MeetingRoutes.Save, removed.Button(MeetingRoutes.Save));
        Assert.Empty((await _app.MeetingAsync()).CurrentAgenda.Items[0].Documents);
    }

    static string LinkIn(JsonNode card, string title) => Find(card, title) ?? throw new InvalidOperationException($"No link for {title}.");

    static string? Find(JsonNode? node, string title) => node switch
    {
        JsonObject o when o["selectAction"] is JsonObject a && (string?)a["type"] == "Action.OpenUrl" && o.ToJsonString().Contains(title) => (string?)a["url"],
        JsonObject o => o.Select(p => Find(p.Value, title)).FirstOrDefault(f => f is not null),
        JsonArray a => a.Select(n => Find(n, title)).FirstOrDefault(f => f is not null),
        _ => null,
    };
}
