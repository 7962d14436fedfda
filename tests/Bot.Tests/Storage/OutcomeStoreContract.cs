using FocalBot.Bot.Storage;
using FocalBot.Bot.Storage.SharePoint;
using FocalBot.Bot.Storage.Sqlite;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Storage;

/// What every outcome store does: reports (one per meeting), comments and follow-up actions kept exactly as given, in
/// the documented orders, with versioned saves.
public abstract class OutcomeStoreContract
{
    protected abstract IOutcomeStore Store { get; }

    static readonly DateOnly Started = new(2027, 5, 13);

    static string Text(string unit, int length) => string.Concat(Enumerable.Repeat(unit, length / unit.Length));

    internal static SummaryReport AReport(string meetingId = "mt-1", DateOnly? createdOn = null) => new()
    {
        MeetingId = meetingId,
        Background = new BilingualText("The network met in \"Strasbourg\" — **spring** plenary 🇪🇺", "Le réseau s’est réuni à « Strasbourg »\u00a0; <b>printemps</b>"),
        Summaries =
        [
            new ItemSummary("children", new BilingualText("Participants exchanged views.\n- guardianship\t- age", ""), false),
            new ItemSummary("opening", new BilingualText("", "Élise Moreau a ouvert la séance \\ 🎤"), true),
        ],
        Recommendations =
        [
            new Recommendation("rec-a", 1, BilingualText.Of("Appoint a guardian within 72 hours.", "Désigner un tuteur sous 72 heures."), Addressee.MemberStates),
            new Recommendation("rec-b", 2, BilingualText.Of("Report back on age assessment."), Addressee.Rapporteur("m-giulia")),
            new Recommendation("rec-c", 3, BilingualText.Of("", "Partager les pratiques."), Addressee.Group("g1")),
        ],
        Status = ReportStatus.OpenForComments,
        CirculatedOn = Started.AddDays(1),
        CommentsUntil = Started.AddDays(15),
        CreatedBy = "m-sophie",
        CreatedOn = createdOn ?? Started,
    };

    internal static ReportComment AComment(string id = "c1", string meetingId = "mt-1") => new()
    {
        Id = id, MeetingId = meetingId, MemberId = "m-elise", Text = "Merci\u00a0! Ajouter « les chiffres de 2025 » — **s’il vous plaît** 📊",
        Language = Language.Fr, RecommendationNumber = 2, AgendaItemId = "children", At = new DateTimeOffset(2027, 5, 20, 8, 30, 15, TimeSpan.Zero),
    };

    internal static FollowUpAction AnAction(string id = "a1", string meetingId = "mt-1", DateOnly? due = null) => new()
    {
        Id = id, MeetingId = meetingId, RecommendationId = "rec-a", RecommendationNumber = 1,
        What = new BilingualText("Share the \"guardianship\" guidelines 📘", "Partager les lignes directrices"),
        Owner = ActionOwner.State("DE"), Due = due ?? new DateOnly(2027, 6, 30), Status = ActionStatus.MoreTimeAsked,
        Extensions =
        [
            new ExtensionRequest(1, "m-jonas", new DateOnly(2027, 6, 1), "The law changes.") { Decision = ExtensionDecision.Granted, NewDue = new DateOnly(2027, 6, 30), DecidedBy = "m-sophie", DecidedOn = new DateOnly(2027, 6, 2) },
            new ExtensionRequest(2, "m-jonas", new DateOnly(2027, 6, 20), "Still <i>waiting</i>."),
        ],
        SentOn = new DateOnly(2027, 5, 28), CreatedBy = "m-sophie", CreatedOn = Started,
    };

    [Fact]
    public async Task A_report_comes_back_exactly_as_saved_with_its_summaries_and_recommendations()
    {
        var report = AReport();

        var saved = Assert.IsType<SaveResult.Saved>(await Store.SaveReportAsync(report, default));

        var read = (await Store.GetReportAsync("mt-1", default))!;
        Assert.Equal(saved.Version, read.Version);
        Assert.Equivalent(report with { Version = read.Version }, read, strict: true);
        Assert.Equal(report.Recommendations, read.Recommendations);
        Assert.Equal(report.Summaries, read.Summaries);
        Assert.Null(await Store.GetReportAsync("mt-none", default));
    }

    [Fact]
    public async Task An_issued_report_comes_back_with_its_files_in_both_languages()
    {
        var report = AReport() with
        {
            Status = ReportStatus.Issued, IssuedOn = Started.AddDays(20), IssuedBy = "m-sophie",
            Files =
            [
                new ReportFile(Language.En, "Network/Meetings/mt-1/Report/Summary report 2027-05-11 (EN).docx", "Summary report 2027-05-11 (EN).docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 48213, "https://contoso.sharepoint.com/sites/network/a.docx"),
                new ReportFile(Language.Fr, "local-7f3a", "Rapport de synthèse 2027-05-11 (FR).docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 50117, null),
            ],
        };

        Assert.IsType<SaveResult.Saved>(await Store.SaveReportAsync(report, default));

        var read = (await Store.GetReportAsync("mt-1", default))!;
        Assert.Equal(report.Files, read.Files);
        Assert.Equivalent(report with { Version = read.Version }, read, strict: true);
    }

    [Fact]
    public async Task A_new_report_with_nothing_written_comes_back_as_saved()
    {
        var report = new SummaryReport { MeetingId = "mt-new", CreatedBy = "m-sophie", CreatedOn = Started };

        await Store.SaveReportAsync(report, default);

        Assert.Equivalent(report with { Version = (await Store.GetReportAsync("mt-new", default))!.Version }, await Store.GetReportAsync("mt-new", default), strict: true);
    }

    [Fact]
    public async Task The_largest_report_fits_and_a_smaller_one_replaces_it()
    {
        var settings = OutcomeSettings.Default;
        string Prose(int length) => Text("Les États « membres » ont échangé — ", length);
        var big = AReport() with
        {
            Background = new BilingualText(Prose(settings.BackgroundMaxLength), Prose(settings.BackgroundMaxLength)),
            Summaries = [.. Enumerable.Range(1, MeetingSettings.Default.MaxAgendaItems)
                .Select(i => new ItemSummary($"item-{i:000000}", new BilingualText(Prose(settings.SummaryMaxLength), Prose(settings.SummaryMaxLength)), i % 2 == 0))],
            Recommendations = [.. Enumerable.Range(1, settings.MaxRecommendations)
                .Select(i => new Recommendation($"rec-{i:x30}", i, new BilingualText(Prose(settings.RecommendationMaxLength), Prose(settings.RecommendationMaxLength)), Addressee.Group($"g-{i:x30}")))],
        };

        var saved = Assert.IsType<SaveResult.Saved>(await Store.SaveReportAsync(big, default));

        var read = (await Store.GetReportAsync("mt-1", default))!;
        Assert.Equivalent(big with { Version = read.Version }, read, strict: true);
        var small = AReport() with { Version = saved.Version };
        Assert.IsType<SaveResult.Saved>(await Store.SaveReportAsync(small, default));
        var after = (await Store.GetReportAsync("mt-1", default))!;
        Assert.Equivalent(small with { Version = after.Version }, after, strict: true);
    }

    [Fact]
    public async Task A_report_update_bumps_the_version_and_a_stale_one_loses()
    {
        var first = (SaveResult.Saved)await Store.SaveReportAsync(AReport() with { Status = ReportStatus.Draft }, default);
        var read = (await Store.GetReportAsync("mt-1", default))!;

        var second = Assert.IsType<SaveResult.Saved>(await Store.SaveReportAsync(read with { Status = ReportStatus.Issued, IssuedOn = Started.AddDays(30) }, default));

        Assert.NotEqual(first.Version, second.Version);
        Assert.IsType<SaveResult.Conflict>(await Store.SaveReportAsync(read with { Recommendations = [] }, default));
        var now = (await Store.GetReportAsync("mt-1", default))!;
        Assert.Equal((ReportStatus.Issued, 3, second.Version), (now.Status, now.Recommendations.Count, now.Version));
        Assert.IsType<SaveResult.Conflict>(await Store.SaveReportAsync(AReport("mt-never") with { Version = second.Version }, default));
        Assert.Null(await Store.GetReportAsync("mt-never", default));
    }

    [Fact]
    public async Task A_second_report_for_a_meeting_is_a_duplicate_and_changes_nothing()
    {
        await Store.SaveReportAsync(AReport(), default);

        Assert.IsType<SaveResult.Duplicate>(await Store.SaveReportAsync(AReport() with { Recommendations = [] }, default));

        var only = Assert.Single(await Store.ListReportsAsync(default));
        Assert.Equal(3, only.Recommendations.Count);
    }

    [Fact]
    public async Task Reports_are_listed_the_latest_started_first()
    {
        await Store.SaveReportAsync(AReport("mt-spring", Started), default);
        await Store.SaveReportAsync(AReport("mt-autumn", Started.AddMonths(6)), default);
        await Store.SaveReportAsync(AReport("mt-old", Started.AddYears(-1)), default);
        await Store.SaveReportAsync(AReport("mt-spring-2", Started), default);   // the same day: the one added last first

        Assert.Equal(["mt-autumn", "mt-spring-2", "mt-spring", "mt-old"], (await Store.ListReportsAsync(default)).Select(r => r.MeetingId));
    }

    [Fact]
    public async Task Comments_come_back_as_made_in_their_order_one_meeting_at_a_time()
    {
        var comment = AComment();
        var saved = Assert.IsType<SaveResult.Saved>(await Store.SaveCommentAsync(comment, default));
        await Store.SaveCommentAsync(AComment("c0", "mt-other"), default);
        await Store.SaveCommentAsync(AComment("c2") with { RecommendationNumber = null, AgendaItemId = null, Language = Language.En }, default);

        var listed = await Store.ListCommentsAsync("mt-1", default);

        Assert.Equal(["c1", "c2"], listed.Select(c => c.Id));
        Assert.Equivalent(comment with { Version = saved.Version }, listed[0], strict: true);
        Assert.Null(listed[1].RecommendationNumber);
        Assert.IsType<SaveResult.Duplicate>(await Store.SaveCommentAsync(AComment() with { Text = "Again" }, default));
        Assert.Empty(await Store.ListCommentsAsync("MT-1", default));
    }

    [Fact]
    public async Task An_action_comes_back_exactly_as_saved_with_its_requests_for_more_time()
    {
        var action = AnAction();

        var saved = Assert.IsType<SaveResult.Saved>(await Store.SaveActionAsync(action, default));

        var read = (await Store.GetActionAsync("a1", default))!;
        Assert.Equal(saved.Version, read.Version);
        Assert.Equivalent(action with { Version = read.Version }, read, strict: true);
        Assert.Equal(action.Extensions, read.Extensions);
        Assert.Null(await Store.GetActionAsync("a-none", default));
    }

    [Fact]
    public async Task Actions_are_listed_by_due_date_then_as_added_all_or_one_meetings()
    {
        await Store.SaveActionAsync(AnAction("a-late", due: new DateOnly(2027, 9, 30)), default);
        await Store.SaveActionAsync(AnAction("a-soon", due: new DateOnly(2027, 6, 30)), default);
        await Store.SaveActionAsync(AnAction("a-other", "mt-2", new DateOnly(2027, 7, 15)), default);
        await Store.SaveActionAsync(AnAction("a-soon-2", due: new DateOnly(2027, 6, 30)), default);
        var moved = (await Store.GetActionAsync("a-late", default))!;
        await Store.SaveActionAsync(moved with { Due = new DateOnly(2027, 6, 1) }, default);   // more time the other way: takes its new place

        Assert.Equal(["a-late", "a-soon", "a-soon-2", "a-other"], (await Store.ListActionsAsync(null, default)).Select(a => a.Id));
        Assert.Equal(["a-other"], (await Store.ListActionsAsync("mt-2", default)).Select(a => a.Id));
        Assert.Empty(await Store.ListActionsAsync("MT-2", default));
    }

    [Fact]
    public async Task An_action_update_bumps_the_version_a_stale_one_loses_and_a_taken_id_is_a_duplicate()
    {
        var first = (SaveResult.Saved)await Store.SaveActionAsync(AnAction(), default);
        var read = (await Store.GetActionAsync("a1", default))!;

        var second = Assert.IsType<SaveResult.Saved>(await Store.SaveActionAsync(read with { Status = ActionStatus.Done, DoneNote = "Published." }, default));

        Assert.NotEqual(first.Version, second.Version);
        Assert.IsType<SaveResult.Conflict>(await Store.SaveActionAsync(read with { Status = ActionStatus.Open }, default));
        Assert.IsType<SaveResult.Duplicate>(await Store.SaveActionAsync(AnAction() with { What = BilingualText.Of("Other") }, default));
        Assert.Equal((ActionStatus.Done, "Published."), ((await Store.GetActionAsync("a1", default))!.Status, (await Store.GetActionAsync("a1", default))!.DoneNote));
    }
}

/// The stored documents hold what the records hold, and not the store's version.
public sealed class OutcomeJsonTests
{
    [Fact]
    public void Versions_and_computed_properties_stay_out_of_the_documents()
    {
        var report = OutcomeJson.Write(OutcomeStoreContract.AReport() with { Version = "VERSION-7" });
        var action = OutcomeJson.Write(OutcomeStoreContract.AnAction() with { Version = "VERSION-8" });

        Assert.DoesNotContain("VERSION-7", report);
        Assert.DoesNotContain("VERSION-8", action);
        Assert.DoesNotContain("pendingExtension", action);
        Assert.DoesNotContain("dueSince", action);
        Assert.DoesNotContain("isComplete", report);
        Assert.Equal("v2", OutcomeJson.ReadAction(action, "v2").Version);
    }
}

public sealed class SqliteOutcomeStoreTests : OutcomeStoreContract, IDisposable
{
    readonly SqliteTestDatabase _db = new();

    protected override IOutcomeStore Store => new SqliteOutcomeStore(_db.Database);

    public void Dispose() => _db.Dispose();
}

public sealed class SharePointOutcomeStoreTests : OutcomeStoreContract
{
    readonly GraphTestSite _site = new();

    protected override IOutcomeStore Store => _site.Outcomes();

    [Fact]
    public async Task Every_save_is_one_write()
    {
        var store = _site.Outcomes();
        var report = (SaveResult.Saved)await store.SaveReportAsync(AReport(), default);
        await store.SaveReportAsync(AReport() with { Status = ReportStatus.Issued, Version = report.Version }, default);
        await store.SaveCommentAsync(AComment(), default);
        var action = (SaveResult.Saved)await store.SaveActionAsync(AnAction(), default);
        await store.SaveActionAsync(AnAction() with { Status = ActionStatus.Open, Version = action.Version }, default);

        Assert.Equal(["POST", "PATCH"], _site.RequestsTo(SharePointOutcomeStore.Reports).Where(r => r.IsWrite).Select(w => w.Method));
        Assert.Equal(["POST"], _site.RequestsTo(SharePointOutcomeStore.Comments).Where(r => r.IsWrite).Select(w => w.Method));
        Assert.Equal(["POST", "PATCH"], _site.RequestsTo(SharePointOutcomeStore.Actions).Where(r => r.IsWrite).Select(w => w.Method));
    }
}
