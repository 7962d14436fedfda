using System.Text.Json.Nodes;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Meetings;

/// The office drafts and convenes a meeting under the 30-working-day rule, moves or cancels it and draws up the list
/// of participants. The clock starts on Monday 23 November 2026.
public sealed class ConveneRoutesTests : IDisposable
{
    readonly BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_draft_shows_the_latest_convocation_day_counted_in_working_days()
    {
        var card = (await _app.PressAsync(MeetingRoutes.Save, MeetingSteps.Plenary())).CardJson();

        // 30 working days before Monday 15 March 2027 is Monday 1 February 2027; from Monday 23 November 2026 that is
        // 46 working days, the year-end closure (24, 25 and 31 December, 1 January) not counted.
        Assert.Contains(MeetingTexts.LatestDay.Format(Language.En, new DateOnly(2027, 2, 1), 46), card);
        Assert.Contains(MeetingTexts.PlenaryYearOne.Format(Language.En, 1, 2027, 2), card);
    }

    [Fact]
    public async Task A_new_meeting_starts_in_the_networks_time_zone_even_one_the_list_lacks()
    {
        using var app = RequestApp.New().Setting("Calendar:TimeZone", "America/Montreal");

        var zone = ZoneInput((await app.PressAsync(MeetingRoutes.New, new JsonObject())).Card);

        Assert.Equal("America/Montreal", (string?)zone["value"]);
        Assert.Contains("America/Montreal", zone["choices"]!.AsArray().Select(c => (string?)c!["value"]));
        Assert.Equal("Europe/Paris", (string?)ZoneInput((await _app.PressAsync(MeetingRoutes.New, new JsonObject())).Card)["value"]);
    }

    static JsonObject ZoneInput(JsonNode? node) => Inputs(node).Single(n => (string?)n["id"] == MeetingForm.TimeZoneKey);

    static IEnumerable<JsonObject> Inputs(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Inputs(p.Value))),
        JsonArray a => a.SelectMany(Inputs),
        _ => [],
    };

    [Fact]
    public async Task Bad_input_comes_back_in_the_form_and_nothing_is_convened()
    {
        var bad = MeetingSteps.Plenary(opening: "2027-03-16", closing: "2027-03-15", items: []).With(MeetingForm.ItemEnKey(1), "").With(MeetingForm.ItemEnKey(2), "");

        var card = (await _app.PressAsync(MeetingRoutes.Save, bad)).CardJson();
        var draft = (await _app.Service<IMeetingStore>().GetAsync("mt-1", default))!;
        var convene = (await _app.PressAsync(MeetingRoutes.Convene, new JsonObject { [MeetingForm.IdKey] = "mt-1", [MeetingForm.VersionKey] = draft.Version })).CardJson();

        Assert.Contains(MeetingTexts.Describe(new MeetingIssue(MeetingProblem.ClosingBeforeOpening), Language.En), card);
        Assert.Contains(MeetingTexts.Describe(new MeetingIssue(MeetingProblem.AgendaEmpty), Language.En), card);
        Assert.Contains(MeetingTexts.Describe(MeetingRefusal.Invalid, Language.En), convene);
        Assert.Equal(MeetingStatus.Draft, (await _app.Service<IMeetingStore>().GetAsync("mt-1", default))!.Status);
    }

    [Fact]
    public async Task A_late_plenary_needs_a_reason_which_the_audit_log_records()
    {
        // Opening Monday 21 December 2026: the latest day to convene was 9 November.
        var draft = await _app.DraftAsync(MeetingSteps.Plenary(opening: "2026-12-21", closing: "2026-12-22"));
        var data = new JsonObject { [MeetingForm.IdKey] = draft.Id, [MeetingForm.VersionKey] = draft.Version };

        var refused = (await _app.PressAsync(MeetingRoutes.Convene, data.DeepClone().AsObject())).CardJson();
        Assert.True(refused.Contains(MeetingTexts.Describe(MeetingRefusal.LateReasonMissing, Language.En)), refused);
        Assert.Equal(MeetingStatus.Draft, (await _app.Service<IMeetingStore>().GetAsync(draft.Id, default))!.Status);

        data[MeetingForm.LateReasonKey] = "The venue was confirmed only now.";
        await _app.PressAsync(MeetingRoutes.Convene, data);

        var convened = (await _app.Service<IMeetingStore>().GetAsync(draft.Id, default))!;
        Assert.Equal(MeetingStatus.Convened, convened.Status);
        Assert.Equal("The venue was confirmed only now.", convened.LateReason);
        Assert.Contains(await _app.AuditAsync(), e => e is { Action: "meeting.convened.late", SubjectId: "mt-1" });
    }

    [Fact]
    public async Task Convening_sends_the_convocation_once_to_every_focal_point_with_a_calendar_link()
    {
        await _app.OpenChatAsync(Payload.EliseAad);
        var meeting = await _app.ConvenedAsync();

        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        Assert.Equal(["m-elise", "m-jonas", "m-marc"], meeting.InviteeIds.Order());
        var sent = Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.EliseAad) && s.AllText.Contains(MeetingTexts.ConvocationHeading.Fr));
        Assert.Contains(MeetingTexts.CalendarButton.Fr, sent.AllText);
        Assert.Contains("/exports/", sent.AllText);
        var rows = await _app.Deliveries().ListAsync(ConvocationCampaign.Key(meeting.Id), default);
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public async Task A_focal_point_cannot_draft_or_convene()
    {
        var body = await _app.PressAsync(MeetingRoutes.Save, MeetingSteps.Plenary(), fromAad: Payload.EliseAad);

        Assert.Equal(MeetingTexts.OfficeOnly.Fr, body.Message);
        Assert.Empty(await _app.Service<IMeetingStore>().ListAsync(default));
    }

    [Fact]
    public async Task An_opening_day_in_the_past_is_refused()
    {
        var card = (await _app.PressAsync(MeetingRoutes.Save, MeetingSteps.Plenary(opening: "2026-11-20", closing: "2026-11-20"))).CardJson();

        Assert.Contains(MeetingTexts.Describe(new MeetingIssue(MeetingProblem.OpeningInPast), Language.En), card);
    }

    [Fact]
    public async Task Cancelling_tells_everyone_invited_once_with_a_calendar_cancellation()
    {
        await _app.OpenChatAsync(Payload.JonasAad);
        var meeting = await _app.ConvenedAsync();
        await _app.RunJobsAsync();

        await _app.PressAsync(MeetingRoutes.Cancel, new JsonObject { [MeetingForm.IdKey] = meeting.Id });
        await _app.PressAsync(MeetingRoutes.Cancel, new JsonObject { [MeetingForm.IdKey] = meeting.Id });
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.JonasAad) && s.AllText.Contains(MeetingTexts.CancelledTitle.En));
        Assert.Equal(MeetingStatus.Cancelled, (await _app.Service<IMeetingStore>().GetAsync(meeting.Id, default))!.Status);
    }

    [Fact]
    public async Task Moving_a_meeting_sends_one_notice_with_an_updated_calendar_file()
    {
        await _app.OpenChatAsync(Payload.JonasAad);
        var meeting = await _app.ConvenedAsync();
        await _app.RunJobsAsync();

        await _app.PressAsync(MeetingRoutes.Moved, new JsonObject
        {
            [MeetingForm.IdKey] = meeting.Id, [MeetingForm.VersionKey] = meeting.Version, [MeetingForm.OpeningKey] = "2027-03-22", [MeetingForm.ClosingKey] = "2027-03-23",
            [MeetingForm.TimeZoneKey] = "Europe/Paris", [MeetingForm.PlaceKey] = "Palais de l’Europe, Strasbourg", [MeetingForm.LinkKey] = "https://meet.example.org/p10",
        });
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        var moved = (await _app.Service<IMeetingStore>().GetAsync(meeting.Id, default))!;
        Assert.Equal((new DateOnly(2027, 3, 22), 1), (moved.OpeningDay, moved.Sequence));
        var notice = Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.JonasAad) && s.AllText.Contains(MeetingTexts.Updated.En));
        Assert.Contains("/exports/", notice.AllText);
    }

    [Fact]
    public async Task The_office_gets_the_list_of_participants_as_word_and_excel()
    {
        var meeting = await _app.ConvenedAsync();
        await _app.PressAsync(MeetingRoutes.Rsvp, new JsonObject { [MeetingForm.IdKey] = meeting.Id, [MeetingCards.ChoiceKey] = "InPerson" }, fromAad: Payload.JonasAad);

        var card = await _app.PressAsync(MeetingRoutes.Participants, new JsonObject { [MeetingForm.IdKey] = meeting.Id });

        var links = card["value"]!["actions"]!.AsArray().Select(a => (string)a!["url"]!).ToList();
        var word = await _app.CreateClient().GetAsync(new Uri(links[0]).PathAndQuery);
        Assert.Equal(System.Net.HttpStatusCode.OK, word.StatusCode);
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await word.Content.ReadAsByteArrayAsync()), false);
        Assert.Contains("Jonas Weber", doc.MainDocumentPart!.Document.InnerText);
    }
}
