using System.Text.Json.Nodes;
using FocalBot.Bot.Deliveries;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Deliveries;

/// The office sees what became of each delivery and may send Uncertain ones again, once, after a warning. The clock
/// starts on Monday 23 November 2026, 09:00 UTC (10:00 in Strasbourg).
public sealed class DeliveryRoutesTests : IDisposable
{
    readonly BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    static readonly DateTime TenInStrasbourg = new(2026, 11, 23, 10, 0, 0);

    /// A request whose 1:1 messages to Élise and Jonas got no answer that says whether they arrived, at 09:00 UTC, with
    /// the codes the sender writes on such rows (a 504 for Élise, a dropped connection for Jonas). A minute passes.
    async Task<InformationRequest> UncertainRequestAsync()
    {
        await _app.OpenChatAsync(Payload.EliseAad);
        await _app.OpenChatAsync(Payload.JonasAad);
        var request = await _app.SendAsync();
        _app.Connector.Outcome = a => a.Attachments is null ? null : new SendResult(SendStatus.Uncertain, HttpStatus: 504);
        await _app.RunJobsAsync();
        _app.Connector.Outcome = null;
        foreach (var row in (await RowsAsync(request)).Where(r => r.Status == DeliveryStatus.Uncertain))
            await _app.Deliveries().SaveAsync(row with { ErrorCode = row.MemberId == "m-elise" ? "HTTP 504" : "NoAnswer" }, default);
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        return request;
    }

    Task<IReadOnlyList<Delivery>> RowsAsync(InformationRequest r) => _app.Deliveries().ListAsync(RequestSentCampaign.Key(r.Number!.Value), default);

    static JsonObject Of(InformationRequest r) => DeliveryRoutes.Data(RequestDeliveries.Subject, r.Id);

    async Task<JsonObject> ConfirmationDataAsync(JsonObject subject, string fromAad = Payload.SophieAad)
    {
        var warning = await _app.PressAsync(DeliveryRoutes.Resend, subject, fromAad);
        var confirm = warning["value"]!["actions"]![0]!;
        Assert.Equal(DeliveryRoutes.ResendConfirmed, (string?)confirm["verb"]);
        return (JsonObject)confirm["data"]!.DeepClone();
    }

    [Fact]
    public async Task The_view_lists_the_uncertain_rows_with_when_and_why_and_how_each_was_reached_in_both_languages()
    {
        var request = await UncertainRequestAsync();
        var marc = (await RowsAsync(request)).Single(r => r.MemberId == "m-marc");
        await _app.Deliveries().SaveAsync(marc with { Status = DeliveryStatus.Sent, Path = DeliveryPath.InstalledApp }, default);

        var view = await _app.PressAsync(DeliveryRoutes.View, Of(request));
        var english = view.CardText();
        await _app.Given(AMember.Sophie() with { PreferredLanguage = Language.Fr });
        var french = (await _app.PressAsync(RequestRoutes.Recipients, RequestApp.Ids(request))).CardText();   // the older verb opens the same view

        Assert.Contains($"{DeliveryTexts.UncertainHeading.En} (2)", english);
        Assert.Contains(" (France): " + DeliveryTexts.StatusUncertain.Format(Language.En, TenInStrasbourg, "Teams timed out (504) after the message left"), english);
        Assert.Contains(" (Germany): " + DeliveryTexts.StatusUncertain.Format(Language.En, TenInStrasbourg, "the connection dropped before Teams answered"), english);
        Assert.Contains($"{DeliveryTexts.StatusSent.En} · {DeliveryTexts.PathInstalledApp.En}", english);
        Assert.Contains(DeliveryTexts.ResendButton.Format(Language.En, 2), english);
        Assert.Contains(" (France)\u00a0: " + DeliveryTexts.StatusUncertain.Format(Language.Fr, TenInStrasbourg, "Teams a dépassé son délai (504) après l’envoi"), french);
        Assert.Contains("23 novembre 2026 à 10\u00a0h\u00a000", french);
        Assert.Contains($"{DeliveryTexts.StatusSent.Fr} · {DeliveryTexts.PathInstalledApp.Fr}", french);
        Assert.Contains("\"text\":\"Élise Moreau\"", view.CardJson());   // a name is a text run of its own, never Markdown
    }

    [Fact]
    public async Task The_first_press_warns_that_some_may_receive_it_twice_and_changes_nothing()
    {
        var request = await UncertainRequestAsync();

        var warning = (await _app.PressAsync(DeliveryRoutes.Resend, Of(request))).CardText();

        Assert.Contains(DeliveryTexts.ResendWarning.Format(Language.En, 2), warning);
        Assert.Contains("receive it twice", warning);
        Assert.Contains(DeliveryTexts.ResendConfirmButton.Format(Language.En, 2), warning);
        Assert.Equal(2, (await RowsAsync(request)).Count(r => r.Status == DeliveryStatus.Uncertain));
        Assert.DoesNotContain(await _app.AuditAsync(), e => e.Action == DeliveryRoutes.AuditResent);
    }

    [Fact]
    public async Task Confirming_queues_exactly_the_uncertain_rows_audits_once_wakes_the_sender_and_they_go_once()
    {
        var request = await UncertainRequestAsync();
        var soon = _app.Service<SendSoon>();
        await soon.WaitAsync(TimeSpan.FromHours(1), _app.Clock, default);   // the request's own nudge, taken
        var confirm = await ConfirmationDataAsync(Of(request));
        var woken = soon.WaitAsync(TimeSpan.FromHours(1), _app.Clock, default);
        Assert.False(woken.IsCompleted);

        var answer = (await _app.PressAsync(DeliveryRoutes.ResendConfirmed, confirm)).CardText();

        Assert.True(await woken.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains(DeliveryTexts.Requeued.Format(Language.En, 2), answer);
        Assert.DoesNotContain(DeliveryTexts.RequeuedSkipped.En[..10], answer);
        var rows = await RowsAsync(request);
        Assert.Equal(["m-elise", "m-jonas"], rows.Where(r => r.Status == DeliveryStatus.Pending).Select(r => r.MemberId).Order());
        Assert.Single(rows, r => r.Status == DeliveryStatus.NoChat);
        var audit = Assert.Single(await _app.AuditAsync(), e => e.Action == DeliveryRoutes.AuditResent);
        Assert.Equal(("m-sophie", "request", request.Id), (audit.ActorId, audit.SubjectType, audit.SubjectId));

        await _app.RunJobsAsync();
        await _app.RunJobsAsync();
        Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.EliseAad) && s.AllText.Contains("2026/01"));
        Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.JonasAad) && s.AllText.Contains("2026/01"));
    }

    [Fact]
    public async Task A_second_press_of_the_confirmation_does_nothing_more_even_after_the_rows_are_uncertain_again()
    {
        var request = await UncertainRequestAsync();
        var confirm = await ConfirmationDataAsync(Of(request));
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        await _app.PressAsync(DeliveryRoutes.ResendConfirmed, confirm.DeepClone().AsObject());
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        var sentAgainFrom = _app.Clock.GetUtcNow();
        _app.Connector.Outcome = a => a.Attachments is null ? null : new SendResult(SendStatus.Uncertain);
        await _app.RunJobsAsync();   // sent again, uncertain again (the sender backs off between the two, time passing)

        var again = (await _app.PressAsync(DeliveryRoutes.ResendConfirmed, confirm)).CardText();

        Assert.Contains(DeliveryTexts.Requeued.Format(Language.En, 0), again);
        Assert.Contains(DeliveryTexts.RequeuedSkipped.Format(Language.En, 2), again);
        Assert.Equal(2, (await RowsAsync(request)).Count(r => r.Status == DeliveryStatus.Uncertain && r.UpdatedAt >= sentAgainFrom));
        Assert.Single(await _app.AuditAsync(), e => e.Action == DeliveryRoutes.AuditResent);
    }

    [Fact]
    public async Task A_row_sent_meanwhile_is_left_alone_and_the_count_says_so()
    {
        var request = await UncertainRequestAsync();
        var confirm = await ConfirmationDataAsync(Of(request));
        var elise = (await RowsAsync(request)).Single(r => r.MemberId == "m-elise");
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        await _app.Deliveries().SaveAsync(elise with { Status = DeliveryStatus.Sent, ActivityId = "m-late", UpdatedAt = _app.Clock.GetUtcNow() }, default);

        var answer = (await _app.PressAsync(DeliveryRoutes.ResendConfirmed, confirm)).CardText();

        Assert.Contains(DeliveryTexts.Requeued.Format(Language.En, 1), answer);
        Assert.Contains(DeliveryTexts.RequeuedSkipped.Format(Language.En, 1), answer);
        var rows = await RowsAsync(request);
        Assert.Equal((DeliveryStatus.Sent, "m-late"), rows.Where(r => r.MemberId == "m-elise").Select(r => (r.Status, r.ActivityId)).Single());
        Assert.Equal(DeliveryStatus.Pending, rows.Single(r => r.MemberId == "m-jonas").Status);
    }

    [Fact]
    public async Task A_focal_point_pressing_any_delivery_verb_is_refused_in_their_language_and_nothing_changes()
    {
        var request = await UncertainRequestAsync();
        var confirm = await ConfirmationDataAsync(Of(request));
        _app.Clock.Advance(TimeSpan.FromMinutes(1));

        foreach (var (verb, data) in new[] { (DeliveryRoutes.View, Of(request)), (DeliveryRoutes.Resend, Of(request)), (DeliveryRoutes.ResendConfirmed, confirm) })
        {
            var answer = await _app.PressAsync(verb, data.DeepClone().AsObject(), fromAad: Payload.EliseAad);
            Assert.Equal(DeliveryTexts.OfficeOnly.Fr, answer.Message);
        }

        Assert.Equal(2, (await RowsAsync(request)).Count(r => r.Status == DeliveryStatus.Uncertain));
        Assert.DoesNotContain(await _app.AuditAsync(), e => e.Action == DeliveryRoutes.AuditResent);
    }

    [Fact]
    public async Task An_unreadable_confirmation_changes_nothing()
    {
        var request = await UncertainRequestAsync();
        var confirm = await ConfirmationDataAsync(Of(request));
        confirm[DeliveryRoutes.AsOfKey] = "yesterday";

        var answer = await _app.PressAsync(DeliveryRoutes.ResendConfirmed, confirm);

        Assert.Equal(DeliveryTexts.ConfirmationUnreadable.En, answer.Message);
        Assert.Equal(2, (await RowsAsync(request)).Count(r => r.Status == DeliveryStatus.Uncertain));
    }

    [Fact]
    public async Task A_meetings_status_card_opens_the_same_view_of_its_convocation_and_its_uncertain_rows_go_again()
    {
        await _app.OpenChatAsync(Payload.EliseAad);
        var form = new JsonObject
        {
            [MeetingForm.IdKey] = "mt-1", [MeetingForm.KindKey] = "ThematicSession", [MeetingForm.TitleEnKey] = "Returns", [MeetingForm.TitleFrKey] = "Retours",
            [MeetingForm.OpeningKey] = "2027-03-15", [MeetingForm.ClosingKey] = "2027-03-15", [MeetingForm.TimeZoneKey] = "Europe/Paris",
            [MeetingForm.PlaceKey] = "Strasbourg", [MeetingForm.ExternalsKey] = "false", [MeetingForm.AudienceKey] = "all", [MeetingForm.SlotsKey] = "3",
            [MeetingForm.ItemEnKey(1)] = "Opening",
        };
        await _app.PressAsync(MeetingRoutes.Save, form);
        var draft = (await _app.Service<IMeetingStore>().GetAsync("mt-1", default))!;
        await _app.PressAsync(MeetingRoutes.Convene, new JsonObject { [MeetingForm.IdKey] = draft.Id, [MeetingForm.VersionKey] = draft.Version });
        _app.Connector.Outcome = a => a.Attachments is null ? null : new SendResult(SendStatus.Uncertain);
        await _app.RunJobsAsync();
        _app.Connector.Outcome = null;
        var uncertain = Assert.Single(await _app.Deliveries().ListAsync(ConvocationCampaign.Key(draft.Id), default), r => r.Status == DeliveryStatus.Uncertain);
        await _app.Deliveries().SaveAsync(uncertain with { ErrorCode = "NoAnswer" }, default);
        _app.Clock.Advance(TimeSpan.FromMinutes(1));

        var status = await _app.PressAsync(MeetingRoutes.Status, new JsonObject { [MeetingForm.IdKey] = draft.Id });
        var open = FocalBot.Bot.Cards.Card.Verbs(status["value"]).Contains(DeliveryRoutes.View);
        var view = (await _app.PressAsync(DeliveryRoutes.View, DeliveryRoutes.Data(MeetingDeliveries.Subject, draft.Id))).CardText();
        var confirm = await ConfirmationDataAsync(DeliveryRoutes.Data(MeetingDeliveries.Subject, draft.Id));
        var answer = (await _app.PressAsync(DeliveryRoutes.ResendConfirmed, confirm)).CardText();

        Assert.True(open);
        Assert.Contains(MeetingTexts.DeliveryTitle.En, view);
        Assert.Contains(DeliveryTexts.StatusUncertain.Format(Language.En, TenInStrasbourg, "the connection dropped before Teams answered"), view);
        Assert.Contains(DeliveryTexts.Requeued.Format(Language.En, 1), answer);
        var row = Assert.Single(await _app.Deliveries().ListAsync(ConvocationCampaign.Key(draft.Id), default), r => r.MemberId == "m-elise");
        Assert.Equal(DeliveryStatus.Pending, row.Status);
        Assert.Contains(await _app.AuditAsync(), e => e is { Action: DeliveryRoutes.AuditResent, SubjectType: "meeting", SubjectId: "mt-1" });
    }
}
