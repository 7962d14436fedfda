using System.Text.Json.Nodes;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Outcomes;
using FocalBot.Bot.Tests.Groups;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Outcomes;

/// The office removes the last recommendation of a draft from the draft card, with whatever it typed in the form
/// saved in the same save; every other case is refused in the office member's language and changes nothing.
public sealed class ReportRemoveTests : IDisposable
{
    const string Sentinel = "SENTINEL-rem0ve";
    BotApp _app = null!;

    public void Dispose() => _app?.Dispose();

    static JsonObject Meeting => new() { [MeetingForm.IdKey] = OutcomeApp.MeetingId };

    async Task StartAsync(ReportStatus status = ReportStatus.Draft) => _app = await OutcomeApp.StartAsync(status);

    async Task<SummaryReport> StoredAsync() => (await _app.Outcomes().GetReportAsync(OutcomeApp.MeetingId, default))!;

    async Task<IReadOnlyList<AuditEntry>> AuditAsync() => await _app.Service<IAuditLog>().ListAsync(50, default);

    /// What Teams sends for a press of this button: its data, and every input of the card as it stands (as drawn).
    public static JsonObject AsSent(Pressed card, string verb)
    {
        var data = ReportTests.ButtonData(card, verb);
        foreach (var input in Inputs(card.Card)) data[(string)input["id"]!] = (string?)input["value"] ?? "";
        return data;
    }

    static IEnumerable<JsonObject> Inputs(JsonNode? node) => node switch
    {
        JsonObject o when ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true => [o],
        JsonObject o => o.SelectMany(kv => Inputs(kv.Value)),
        JsonArray a => a.SelectMany(Inputs),
        _ => [],
    };

    /// What a "Remove" button would carry for this recommendation, on a card drawn from the report as stored now.
    async Task<JsonObject> ButtonForAsync(string id, int number) => new()
    {
        [MeetingForm.IdKey] = OutcomeApp.MeetingId, [ReportForm.VersionKey] = (await StoredAsync()).Version, [ReportForm.NewIdsKey] = "",
        [ReportRoutes.RemoveIdKey] = id, [ReportRoutes.RemoveNumberKey] = number.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task The_draft_offers_to_remove_only_its_last_recommendation_and_says_once_why_the_others_stay()
    {
        await StartAsync();

        var draft = await _app.PressAsync(ReportRoutes.Open, Meeting, fromAad: GroupApp.ClaireAad);

        var text = draft.CardText();
        Assert.Contains(ReportTexts.RemoveButton.Format(Language.Fr, 2), text);
        Assert.DoesNotContain(ReportTexts.RemoveButton.Format(Language.Fr, 1), text);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, System.Text.RegularExpressions.Regex.Escape(ReportTexts.NumbersStayDraft.Fr)));
        var data = AsSent(draft, ReportRoutes.Remove);
        Assert.Equal(("rec-2", "2", (await StoredAsync()).Version), ((string?)data[ReportRoutes.RemoveIdKey], (string?)data[ReportRoutes.RemoveNumberKey], (string?)data[ReportForm.VersionKey]));
    }

    [Fact]
    public async Task A_draft_sent_for_comments_offers_no_removal_and_says_its_recommendations_are_revised()
    {
        await StartAsync(ReportStatus.OpenForComments);

        var draft = await _app.PressAsync(ReportRoutes.Open, Meeting);

        Assert.DoesNotContain(ReportRoutes.Remove, draft.CardJson());
        Assert.Contains(ReportTexts.NumbersStayOpen.En, draft.CardText());
    }

    [Fact]
    public async Task The_last_recommendation_is_removed_audited_by_id_and_the_draft_shown_again()
    {
        await StartAsync();
        var draft = await _app.PressAsync(ReportRoutes.Open, Meeting);

        var removed = await _app.PressAsync(ReportRoutes.Remove, AsSent(draft, ReportRoutes.Remove));

        Assert.Equal(["rec-1"], (await StoredAsync()).Recommendations.Select(r => r.Id));
        Assert.Contains(ReportTexts.Removed.Format(Language.En, 2), removed.CardText());
        Assert.Contains(ReportTexts.RemoveButton.Format(Language.En, 1), removed.CardText());   // now the last
        var audit = await AuditAsync();
        Assert.Single(audit, e => e is { Action: "report.recommendation-removed", ActorId: "m-sophie", SubjectType: "report-recommendation", SubjectId: "rec-2" });
        Assert.DoesNotContain(audit, e => e.Action == "report.saved");
    }

    [Fact]
    public async Task What_was_typed_in_the_form_is_saved_with_the_removal_and_a_new_line_takes_the_freed_number()
    {
        await StartAsync();
        var draft = await _app.PressAsync(ReportRoutes.Open, Meeting);
        var ids = ReportRoutesTests.NewIds(draft);
        var data = AsSent(draft, ReportRoutes.Remove);
        foreach (var (key, value) in new[]
        {
            (ReportForm.BackgroundEnKey, $"Typed before removing. {Sentinel}"), (ReportForm.RecommendationEnKey("rec-1"), "Appoint a guardian within 48 hours."),
            (ReportForm.AddresseeKey("rec-1"), "states"), (ReportForm.RecommendationEnKey("rec-2"), "Edited, then removed."), (ReportForm.AddresseeKey("rec-2"), "network"),
            (ReportForm.RecommendationEnKey(ids[0]), "Publish the guardianship figures."), (ReportForm.AddresseeKey(ids[0]), "coe"),
        }) data[key] = value;

        var removed = await _app.PressAsync(ReportRoutes.Remove, data);

        var report = await StoredAsync();
        Assert.Equal($"Typed before removing. {Sentinel}", report.Background.En);
        Assert.Equal([(1, "Appoint a guardian within 48 hours."), (2, "Publish the guardianship figures.")], report.Recommendations.OrderBy(r => r.Number).Select(r => (r.Number, r.Text.En)));
        Assert.Null(report.Find("rec-2"));
        Assert.Contains(ReportTexts.RemovedAndSaved.Format(Language.En, 2), removed.CardText());
        var audit = await AuditAsync();
        Assert.Single(audit, e => e.Action == "report.recommendation-removed");
        Assert.Single(audit, e => e is { Action: "report.saved", SubjectId: OutcomeApp.MeetingId });
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains(Sentinel));
    }

    [Fact]
    public async Task A_form_with_a_problem_saves_and_removes_nothing_and_shows_the_problem()
    {
        await StartAsync();
        var draft = await _app.PressAsync(ReportRoutes.Open, Meeting);
        var data = AsSent(draft, ReportRoutes.Remove);
        data[ReportForm.BackgroundEnKey] = "Typed";
        data[ReportForm.RecommendationEnKey("rec-1")] = "";
        data[ReportForm.RecommendationFrKey("rec-1")] = "";
        data[ReportForm.AddresseeKey("rec-1")] = "states";

        var refused = await _app.PressAsync(ReportRoutes.Remove, data);

        Assert.Contains(ReportTexts.FixProblems.En, refused.CardText());
        Assert.Contains(ReportTexts.RecommendationProblem.Format(Language.En, 1, ReportTexts.Describe(ReportRefusal.TextMissing, Language.En)), refused.CardText());
        var report = await StoredAsync();
        Assert.Equal((2, ""), (report.Recommendations.Count, report.Background.En));
        Assert.Empty(await AuditAsync());
    }

    [Fact]
    public async Task A_second_press_finds_the_recommendation_gone_and_says_it_was_removed()
    {
        await StartAsync();
        var draft = await _app.PressAsync(ReportRoutes.Open, Meeting);
        var data = AsSent(draft, ReportRoutes.Remove);
        data[ReportForm.BackgroundEnKey] = "Typed once";
        await _app.PressAsync(ReportRoutes.Remove, data.DeepClone().AsObject());
        var version = (await StoredAsync()).Version;

        var again = await _app.PressAsync(ReportRoutes.Remove, data.DeepClone().AsObject());

        Assert.Contains(ReportTexts.AlreadyRemoved.Format(Language.En, 2), again.CardText());
        Assert.Equal((version, "Typed once"), ((await StoredAsync()).Version, (await StoredAsync()).Background.En));
        Assert.Single(await AuditAsync(), e => e.Action == "report.recommendation-removed");
    }

    [Fact]
    public async Task A_card_drawn_before_a_colleagues_save_removes_nothing_and_says_so_in_French()
    {
        await StartAsync();
        var sophies = await _app.PressAsync(ReportRoutes.Open, Meeting);
        var claires = await _app.PressAsync(ReportRoutes.Open, Meeting, fromAad: GroupApp.ClaireAad);
        var sophiesSave = AsSent(sophies, ReportRoutes.Save);
        sophiesSave[ReportForm.BackgroundEnKey] = "Sophie's background";
        Assert.Contains(ReportTexts.Saved.En, (await _app.PressAsync(ReportRoutes.Save, sophiesSave)).CardText());

        var stale = await _app.PressAsync(ReportRoutes.Remove, AsSent(claires, ReportRoutes.Remove), fromAad: GroupApp.ClaireAad);

        Assert.Contains(ReportTexts.ChangedMeanwhile.Fr, stale.CardText());
        Assert.Equal(2, (await StoredAsync()).Recommendations.Count);
        Assert.DoesNotContain(await AuditAsync(), e => e.Action == "report.recommendation-removed");
    }

    [Fact]
    public async Task A_recommendation_other_than_the_last_is_refused()
    {
        await StartAsync();

        var refused = await _app.PressAsync(ReportRoutes.Remove, await ButtonForAsync("rec-1", 1));

        Assert.Equal(ReportTexts.RemoveNotLast.Format(Language.En, 1), refused.Message);
        Assert.Equal(2, (await StoredAsync()).Recommendations.Count);
    }

    [Fact]
    public async Task Once_sent_for_comments_the_last_recommendation_stays()
    {
        await StartAsync(ReportStatus.OpenForComments);

        var refused = await _app.PressAsync(ReportRoutes.Remove, await ButtonForAsync("rec-2", 2), fromAad: GroupApp.ClaireAad);

        Assert.Equal(ReportTexts.RemoveCirculated.Format(Language.Fr, 2), refused.Message);
        Assert.Equal(2, (await StoredAsync()).Recommendations.Count);
    }

    [Fact]
    public async Task A_recommendation_with_a_follow_up_action_is_refused_in_French()
    {
        await StartAsync();
        var action = await _app.ActionAsync(sent: false);
        Assert.IsType<SaveResult.Saved>(await _app.Outcomes().SaveActionAsync(action with { Id = "a2", RecommendationId = "rec-2", RecommendationNumber = 2, Version = null }, default));

        var refused = await _app.PressAsync(ReportRoutes.Remove, await ButtonForAsync("rec-2", 2), fromAad: GroupApp.ClaireAad);

        Assert.Equal(ReportTexts.RemoveHasActions.Format(Language.Fr, 2), refused.Message);
        Assert.NotNull((await StoredAsync()).Find("rec-2"));
        Assert.Empty(await AuditAsync());
        // A card drawn now does not offer it at all.
        var draft = await _app.PressAsync(ReportRoutes.Open, Meeting, fromAad: GroupApp.ClaireAad);
        Assert.DoesNotContain(ReportTexts.RemoveButton.Format(Language.Fr, 2), draft.CardText());
        Assert.DoesNotContain(ReportRoutes.Remove, draft.CardJson());
    }

    [Fact]
    public async Task An_id_the_report_never_had_is_refused()
    {
        await StartAsync();

        var refused = await _app.PressAsync(ReportRoutes.Remove, await ButtonForAsync("rec-forged", 3));

        Assert.Equal(ReportTexts.RemoveUnknown.En, refused.Message);
        Assert.Equal(2, (await StoredAsync()).Recommendations.Count);
    }

    [Fact]
    public async Task An_issued_report_changes_no_more()
    {
        await StartAsync(ReportStatus.Issued);

        var refused = await _app.PressAsync(ReportRoutes.Remove, await ButtonForAsync("rec-2", 2));

        Assert.Equal(ReportTexts.Describe(ReportRefusal.AlreadyIssued, Language.En), refused.Message);
        Assert.Equal(2, (await StoredAsync()).Recommendations.Count);
    }

    [Fact]
    public async Task A_focal_point_is_refused_by_the_router()
    {
        await StartAsync();

        var refused = await _app.PressAsync(ReportRoutes.Remove, await ButtonForAsync("rec-2", 2), fromAad: Payload.JonasAad);

        Assert.Null(refused.Card);
        Assert.Equal(ReportTexts.OfficeOnly.En, refused.Message);
        Assert.Equal(2, (await StoredAsync()).Recommendations.Count);
    }
}
