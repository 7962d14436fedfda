using System.Text.Json.Nodes;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Outcomes;
using FocalBot.Bot.Tests.Groups;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Outcomes;

/// The office drafts a meeting's summary report from the meeting's status card, and saves it with the Chatham House
/// check's warnings; bad input and a colleague's save in between change nothing.
public sealed class ReportRoutesTests : IAsyncLifetime
{
    BotApp _app = null!;

    string ItemId = "";

    public async Task InitializeAsync()
    {
        _app = await OutcomeApp.StartAsync(status: null);
        ItemId = (await _app.Service<IMeetingStore>().GetAsync(OutcomeApp.MeetingId, default))!.CurrentAgenda.Items[0].Id;
    }

    public Task DisposeAsync() { _app.Dispose(); return Task.CompletedTask; }

    static JsonObject Meeting => new() { [MeetingForm.IdKey] = OutcomeApp.MeetingId };

    /// The data the draft card's "Save" button carries, with these inputs as the office typed them.
    public static JsonObject Typed(Pressed draft, params (string Key, string Value)[] inputs)
    {
        var data = ReportTests.ButtonData(draft, ReportRoutes.Save);
        foreach (var (key, value) in inputs) data[key] = value;
        return data;
    }

    public static string[] NewIds(Pressed draft) => ((string)ReportTests.ButtonData(draft, ReportRoutes.Save)[ReportForm.NewIdsKey]!).Split(',');

    [Fact]
    public async Task The_office_drafts_two_numbered_recommendations_and_a_summary_naming_a_state_is_saved_with_a_warning()
    {
        var draft = await _app.PressAsync(ReportRoutes.Open, Meeting);
        var ids = NewIds(draft);

        var saved = await _app.PressAsync(ReportRoutes.Save, Typed(draft,
            (ReportForm.BackgroundEnKey, "The plenary discussed guardianship."),
            (ReportForm.SummaryEnKey(ItemId), "The delegation of Germany presented its new law."), (ReportForm.SummaryFrKey(ItemId), "L’Allemagne a présenté sa loi."),
            (ReportForm.RecommendationEnKey(ids[0]), "Appoint a guardian within 72 hours."), (ReportForm.RecommendationFrKey(ids[0]), "Désigner un tuteur sous 72 heures."),
            (ReportForm.AddresseeKey(ids[0]), "states"),
            (ReportForm.RecommendationEnKey(ids[1]), "Share practice on age assessment."), (ReportForm.AddresseeKey(ids[1]), "network")));

        var report = (await _app.Outcomes().GetReportAsync(OutcomeApp.MeetingId, default))!;
        Assert.Equal([(1, "Appoint a guardian within 72 hours.", Addressee.MemberStates), (2, "Share practice on age assessment.", Addressee.Network)],
            report.Recommendations.Select(r => (r.Number, r.Text.En, r.Addressee)));
        Assert.Equal(("Désigner un tuteur sous 72 heures.", ReportStatus.Draft), (report.Recommendations[0].Text.Fr, report.Status));
        Assert.False(report.SummaryOf(ItemId)!.Attributable);
        var text = saved.CardText();
        Assert.Contains(ReportTexts.Saved.En, text);
        Assert.Contains(ReportTexts.WarningsTitle.En, text);
        Assert.Contains(ReportTexts.Warning.Format(Language.En, 1, "Germany"), text);
        Assert.Contains(ReportRoutes.Circulate, saved.CardJson());
        Assert.Single(await _app.Service<IAuditLog>().ListAsync(20, default), e => e is { Action: "report.saved", ActorId: "m-sophie", SubjectType: "report", SubjectId: OutcomeApp.MeetingId });
    }

    [Fact]
    public async Task A_summary_marked_attributable_draws_no_warning()
    {
        var draft = await _app.PressAsync(ReportRoutes.Open, Meeting);

        var saved = await _app.PressAsync(ReportRoutes.Save, Typed(draft,
            (ReportForm.SummaryEnKey(ItemId), "Germany opened the meeting."), (ReportForm.AttributableKey(ItemId), "true")));

        Assert.DoesNotContain(ReportTexts.WarningsTitle.En, saved.CardText());
        Assert.True((await _app.Outcomes().GetReportAsync(OutcomeApp.MeetingId, default))!.SummaryOf(ItemId)!.Attributable);
    }

    [Fact]
    public async Task A_recommendation_without_text_is_told_in_French_to_a_French_office_member_and_nothing_is_saved()
    {
        var draft = await _app.PressAsync(ReportRoutes.Open, Meeting, fromAad: GroupApp.ClaireAad);
        var ids = NewIds(draft);

        var refused = await _app.PressAsync(ReportRoutes.Save, Typed(draft, (ReportForm.BackgroundEnKey, "Background"), (ReportForm.AddresseeKey(ids[0]), "states")),
            fromAad: GroupApp.ClaireAad);

        var text = refused.CardText();
        Assert.Contains(ReportTexts.FixProblems.Fr, text);
        Assert.Contains(ReportTexts.NewRecommendationProblem.Format(Language.Fr, ReportTexts.Describe(ReportRefusal.TextMissing, Language.Fr)), text);
        Assert.Null(await _app.Outcomes().GetReportAsync(OutcomeApp.MeetingId, default));
        Assert.DoesNotContain(await _app.Service<IAuditLog>().ListAsync(20, default), e => e.Action == "report.saved");
    }

    [Fact]
    public async Task A_card_drawn_before_a_colleagues_save_does_not_overwrite_it_but_a_second_press_of_the_same_card_is_no_conflict()
    {
        var sophies = await _app.PressAsync(ReportRoutes.Open, Meeting);
        var claires = await _app.PressAsync(ReportRoutes.Open, Meeting, fromAad: GroupApp.ClaireAad);
        var first = Typed(sophies, (ReportForm.BackgroundEnKey, "Sophie's background"));
        await _app.PressAsync(ReportRoutes.Save, first);

        var again = await _app.PressAsync(ReportRoutes.Save, first.DeepClone().AsObject());
        var stale = await _app.PressAsync(ReportRoutes.Save, Typed(claires, (ReportForm.BackgroundEnKey, "Claire's background")), fromAad: GroupApp.ClaireAad);

        Assert.Contains(ReportTexts.Unchanged.En, again.CardText());
        Assert.Contains(ReportTexts.ChangedMeanwhile.Fr, stale.CardText());
        Assert.Equal("Sophie's background", (await _app.Outcomes().GetReportAsync(OutcomeApp.MeetingId, default))!.Background.En);
        Assert.Single(await _app.Service<IAuditLog>().ListAsync(20, default), e => e.Action == "report.saved");
    }

    [Fact]
    public async Task Before_the_meeting_starts_the_report_cannot_be_drafted()
    {
        var next = Meetings.AMeeting.Convened() with { Id = "m-next", OpeningDay = new DateOnly(2026, 11, 23), ClosingDay = new DateOnly(2026, 11, 24), StartsAt = new TimeOnly(11, 0) };
        Assert.IsType<SaveResult.Saved>(await _app.Service<IMeetingStore>().SaveAsync(next, default));

        var refused = await _app.PressAsync(ReportRoutes.Open, new JsonObject { [MeetingForm.IdKey] = "m-next" });   // 09:00 UTC, 10:00 in Paris: it starts at 11:00

        Assert.Equal(ReportTexts.NotStarted.Format(Language.En, new DateOnly(2026, 11, 23)), refused.Message);
        _app.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Contains(ReportTexts.DraftTitle.En, (await _app.PressAsync(ReportRoutes.Open, new JsonObject { [MeetingForm.IdKey] = "m-next" })).CardText());
    }

    [Fact]
    public async Task A_focal_point_cannot_open_the_draft()
    {
        var refused = await _app.PressAsync(ReportRoutes.Open, Meeting, fromAad: Payload.JonasAad);

        Assert.Null(refused.Card);
        Assert.DoesNotContain(ReportTexts.DraftTitle.En, refused.ToJsonString());
    }

    [Fact]
    public async Task The_meetings_status_card_offers_the_report()
    {
        var status = await _app.PressAsync(MeetingRoutes.Status, Meeting);

        Assert.Contains(ReportRoutes.Open, status.CardJson());
        Assert.Contains(MeetingTexts.ReportButton.En, status.CardText());
    }

    [Fact]
    public void The_report_reads_the_meeting_s_id_where_the_meeting_s_own_cards_write_it() =>
        Assert.Equal(FocalBot.Bot.Meetings.MeetingForm.IdKey, ReportRoutes.MeetingIdKey);
}

/// What report tests share: a button's data on a card the bot answered with.
public static class ReportTests
{
    public static JsonObject ButtonData(Pressed pressed, string verb)
    {
        Assert.True(pressed.Card is not null, pressed.ToJsonString());
        return Find(pressed.Card!, verb)?.DeepClone().AsObject() ?? throw new Xunit.Sdk.XunitException($"No {verb} button on {pressed.ToJsonString()}");
    }

    static JsonObject? Find(JsonNode? node, string verb) => node switch
    {
        JsonObject o when (string?)o["type"] == "Action.Execute" && (string?)o["verb"] == verb => o["data"] as JsonObject ?? new JsonObject(),
        JsonObject o => o.Select(kv => Find(kv.Value, verb)).FirstOrDefault(x => x is not null),
        JsonArray a => a.Select(x => Find(x, verb)).FirstOrDefault(x => x is not null),
        _ => null,
    };
}
