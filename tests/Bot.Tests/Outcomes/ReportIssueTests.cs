using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using FocalBot.Bot.Exports;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Outcomes;
using FocalBot.Bot.Storage.Sqlite;
using FocalBot.Bot.Tests.Groups;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;
using static FocalBot.Bot.Tests.Exports.OpenXmlFiles;

namespace FocalBot.Bot.Tests.Outcomes;

/// The office issues the final report from the draft card: a confirmation first, then the Word report in English and
/// French, the report saved issued, and a message queued per invitee and one for the channel; each refusal says why in
/// the caller's language and changes nothing; a double press or a press after a fault sends nothing twice.
public sealed class ReportIssueTests : IAsyncLifetime
{
    BotApp _app = null!;
    readonly FaultyDeliveries.Switch _fault = new();

    static JsonObject Meeting => new() { [MeetingForm.IdKey] = OutcomeApp.MeetingId };

    /// Sent for comments; Élise and Jonas recorded present (Sophie too, who wrote it); the network's channel known.
    public async Task InitializeAsync()
    {
        _app = await OutcomeApp.StartAsync(ReportStatus.OpenForComments, app => FaultyDeliveries.Install(app, _fault));
        await IssueSteps.PresentAsync(_app);
        await _app.Conversations.SaveAsync(RequestApp.ChannelOf(), default);
    }

    public Task DisposeAsync() { _app.Dispose(); return Task.CompletedTask; }

    static JsonObject Copy(JsonObject data) => data.DeepClone().AsObject();

    async Task<SummaryReport> ReportAsync() => (await _app.Outcomes().GetReportAsync(OutcomeApp.MeetingId, default))!;

    async Task<IReadOnlyList<string>> RowsAsync(string campaign) => [.. (await _app.Deliveries().ListAsync(campaign, default)).Select(d => d.MemberId).Order()];

    async Task<int> IssuedAuditsAsync() => (await _app.Service<IAuditLog>().ListAsync(50, default)).Count(e => e is { Action: "report.issued", SubjectType: "report" });

    [Fact]
    public async Task The_first_press_shows_what_issuing_does_and_saves_nothing()
    {
        var draft = await _app.PressAsync(ReportRoutes.Open, Meeting);

        var confirm = await _app.PressAsync(ReportRoutes.Issue, ReportTests.ButtonData(draft, ReportRoutes.Issue));

        var text = confirm.CardText();
        Assert.Contains(ReportTexts.ConfirmTitle.En, text);
        Assert.Contains(ReportTexts.ConfirmInvitees.Format(Language.En, 2), text);
        Assert.Contains(ReportTexts.ConfirmChannel.En, text);
        Assert.Contains(ReportTexts.Comments.Format(Language.En, 0), text);
        Assert.Contains(ReportTexts.ConfirmFinal.En, text);
        Assert.Contains(ReportRoutes.Open, confirm.CardJson());
        Assert.Equal("true", (string?)ReportTests.ButtonData(confirm, ReportRoutes.Issue)[ReportRoutes.ConfirmKey]);
        Assert.Equal(ReportStatus.OpenForComments, (await ReportAsync()).Status);
        Assert.Empty(await RowsAsync(ReportIssuedCampaign.Key(OutcomeApp.MeetingId)));
        Assert.Equal(0, await IssuedAuditsAsync());
    }

    [Fact]
    public async Task The_confirmed_press_stores_both_documents_saves_the_report_issued_and_queues_each_invitee_and_the_channel()
    {
        var issued = await _app.PressAsync(ReportRoutes.Issue, await IssueSteps.ConfirmDataAsync(_app));

        var report = await ReportAsync();
        Assert.Equal((ReportStatus.Issued, new DateOnly(2026, 11, 23), "m-sophie"), (report.Status, report.IssuedOn, report.IssuedBy));
        Assert.Equal([Language.En, Language.Fr], report.Files.Select(f => f.Language));
        var exports = _app.Service<IExportStore>();
        var english = Paragraphs((await exports.ReadAsync(report.FileIn(Language.En)!.FileId, default))!).Select(p => p.Text).ToList();
        var french = Paragraphs((await exports.ReadAsync(report.FileIn(Language.Fr)!.FileId, default))!).Select(p => p.Text).ToList();
        Assert.Equal(["Summary report", "Plenary meeting of the network"], english.Skip(1).Take(2));
        Assert.Contains("Issued on 23 November 2026", english);
        Assert.Contains("Appoint a guardian within 72 hours.", english);
        Assert.Contains("Rapport de synthèse", french);
        Assert.Contains("Désigner un tuteur sous 72 heures.", french);
        Assert.Equal("Summary report 2026-05-11 (EN).docx", report.FileIn(Language.En)!.Name);
        Assert.Equal(["m-elise", "m-jonas"], await RowsAsync(ReportIssuedCampaign.Key(OutcomeApp.MeetingId)));
        Assert.Equal(["#channel"], await RowsAsync(ReportChannelCampaign.Key(OutcomeApp.MeetingId)));
        Assert.Equal(1, await IssuedAuditsAsync());
        var text = issued.CardText();
        Assert.Contains(ReportTexts.IssuedTitle.En, text);
        Assert.Contains(ReportTexts.IssuedNow.Format(Language.En, 2), text);
        Assert.Contains(ReportTexts.IssuedOn.Format(Language.En, new DateOnly(2026, 11, 23)), text);
        Assert.DoesNotContain(ReportTexts.SummaryHeading.En, text);   // no item was summarised: no empty heading
        Assert.Contains("/exports/", issued.CardJson());
        Assert.DoesNotContain(ReportRoutes.Save, issued.CardJson());
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains("Élise Moreau") || l.Contains("Appoint a guardian"));
    }

    [Fact]
    public async Task An_invitee_recorded_absent_still_receives_the_final_report()
    {
        await IssueSteps.PresentAsync(_app, "m-elise", "m-sophie");

        var confirm = await _app.PressAsync(ReportRoutes.Issue, ReportTests.ButtonData(await _app.PressAsync(ReportRoutes.Open, Meeting), ReportRoutes.Issue));
        var issued = await _app.PressAsync(ReportRoutes.Issue, ReportTests.ButtonData(confirm, ReportRoutes.Issue));
        await _app.RunJobsAsync();

        Assert.Contains(ReportTexts.ConfirmInvitees.Format(Language.En, 2), confirm.CardText());
        Assert.Contains(ReportTexts.IssuedNow.Format(Language.En, 2), issued.CardText());
        Assert.Equal(["m-elise", "m-jonas"], await RowsAsync(ReportIssuedCampaign.Key(OutcomeApp.MeetingId)));
        Assert.Single(_app.ChatOf(Payload.JonasAad), s => s.Shown.Contains(ReportTexts.ReceivedTitle.Format(Language.En, "Plenary meeting of the network")));
        Assert.DoesNotContain(ReportTexts.QueueMissing.En, (await _app.PressAsync(ReportRoutes.Open, Meeting)).CardText());
    }

    [Fact]
    public async Task A_double_press_issues_once_and_queues_each_message_once()
    {
        var data = await IssueSteps.ConfirmDataAsync(_app);

        await _app.PressAsync(ReportRoutes.Issue, Copy(data));
        var again = await _app.PressAsync(ReportRoutes.Issue, Copy(data));
        await _app.RunJobsAsync();

        Assert.Contains(ReportTexts.IssuedAlready.En, again.CardText());
        Assert.Equal(1, await IssuedAuditsAsync());
        Assert.Equal(["m-elise", "m-jonas"], await RowsAsync(ReportIssuedCampaign.Key(OutcomeApp.MeetingId)));
        Assert.Single(_app.ChatOf(Payload.EliseAad), s => s.Shown.Contains(ReportTexts.ReceivedTitle.Format(Language.Fr, "Réunion plénière du réseau")));
        Assert.Single(_app.ChatOf(Payload.JonasAad), s => s.Shown.Contains(ReportTexts.ReceivedTitle.Format(Language.En, "Plenary meeting of the network")));
    }

    [Fact]
    public async Task A_fault_after_the_save_loses_nothing_and_the_next_press_queues_the_messages_exactly_once()
    {
        var data = await IssueSteps.ConfirmDataAsync(_app);
        _fault.FailNext(ReportIssuedCampaign.Prefix);

        var failed = await _app.PressAsync(ReportRoutes.Issue, Copy(data));
        Assert.DoesNotContain(ReportTexts.IssuedNow.En, failed.ToJsonString());
        Assert.Equal(ReportStatus.Issued, (await ReportAsync()).Status);
        Assert.Empty(await RowsAsync(ReportIssuedCampaign.Key(OutcomeApp.MeetingId)));
        var open = await _app.PressAsync(ReportRoutes.Open, Meeting);
        Assert.Contains(ReportTexts.NotQueued.En, open.CardText());

        var again = await _app.PressAsync(ReportRoutes.Issue, ReportTests.ButtonData(open, ReportRoutes.Issue));
        await _app.PressAsync(ReportRoutes.Issue, Copy(data));
        await _app.RunJobsAsync();

        Assert.Contains(ReportTexts.IssuedAlready.En, again.CardText());
        Assert.Equal(["m-elise", "m-jonas"], await RowsAsync(ReportIssuedCampaign.Key(OutcomeApp.MeetingId)));
        Assert.Equal(["#channel"], await RowsAsync(ReportChannelCampaign.Key(OutcomeApp.MeetingId)));
        Assert.Single(_app.ChatOf(Payload.EliseAad), s => s.Shown.Contains(ReportTexts.ReceivedTitle.Format(Language.Fr, "Réunion plénière du réseau")));
        Assert.Single(_app.ChatOf(Payload.JonasAad), s => s.Shown.Contains(ReportTexts.ReceivedTitle.Format(Language.En, "Plenary meeting of the network")));
        Assert.Equal(1, await IssuedAuditsAsync());
    }

    [Fact]
    public async Task Before_the_meeting_has_ended_the_office_is_told_so_in_its_language_and_nothing_changes()
    {
        // Held today from 09:30 to 17:00 in Strasbourg; it is 10:00 there.
        var meetings = _app.Service<IMeetingStore>();
        var meeting = (await meetings.GetAsync(OutcomeApp.MeetingId, default))!;
        Assert.IsType<SaveResult.Saved>(await meetings.SaveAsync(meeting with { OpeningDay = new DateOnly(2026, 11, 23), ClosingDay = new DateOnly(2026, 11, 23) }, default));
        var draft = await _app.PressAsync(ReportRoutes.Open, Meeting, fromAad: GroupApp.ClaireAad);
        var data = ReportTests.ButtonData(draft, ReportRoutes.Issue);
        data[ReportRoutes.ConfirmKey] = "true";

        var refused = await _app.PressAsync(ReportRoutes.Issue, Copy(data), fromAad: GroupApp.ClaireAad);

        Assert.Equal(ReportTexts.Describe(ReportRefusal.MeetingNotEnded, Language.Fr), refused.Message);
        await NothingChangedAsync();
    }

    [Fact]
    public async Task A_stale_card_issues_nothing_and_shows_the_report_as_it_now_stands()
    {
        var data = await IssueSteps.ConfirmDataAsync(_app);
        data[ReportForm.VersionKey] = "stale";

        var refused = await _app.PressAsync(ReportRoutes.Issue, Copy(data));

        Assert.Contains(ReportTexts.IssueChangedMeanwhile.En, refused.CardText());
        await NothingChangedAsync();
    }

    [Fact]
    public async Task Only_the_office_issues_and_a_focal_point_is_told_so_in_their_language()
    {
        var data = await IssueSteps.ConfirmDataAsync(_app);

        var jonas = await _app.PressAsync(ReportRoutes.Issue, Copy(data), fromAad: Payload.JonasAad);
        var elise = await _app.PressAsync(ReportRoutes.Issue, Copy(data), fromAad: Payload.EliseAad);

        Assert.Equal(ReportTexts.OfficeOnly.En, jonas.Message);
        Assert.Equal(ReportTexts.OfficeOnly.Fr, elise.Message);
        await NothingChangedAsync();
    }

    async Task NothingChangedAsync()
    {
        var report = await ReportAsync();
        Assert.Equal((ReportStatus.OpenForComments, 0), (report.Status, report.Files.Count));
        Assert.Empty(await RowsAsync(ReportIssuedCampaign.Key(OutcomeApp.MeetingId)));
        Assert.Empty(await RowsAsync(ReportChannelCampaign.Key(OutcomeApp.MeetingId)));
        Assert.Equal(0, await IssuedAuditsAsync());
    }

    [Fact]
    public async Task A_draft_not_sent_for_comments_is_not_issued()
    {
        using var app = await OutcomeApp.StartAsync(ReportStatus.Draft);
        var stored = (await app.Outcomes().GetReportAsync(OutcomeApp.MeetingId, default))!;

        var refused = await app.PressAsync(ReportRoutes.Issue, new JsonObject
        {
            [ReportRoutes.MeetingIdKey] = OutcomeApp.MeetingId, [ReportForm.VersionKey] = stored.Version, [ReportRoutes.ConfirmKey] = "true",
        });

        Assert.Equal(ReportTexts.Describe(ReportRefusal.NotCirculated, Language.En), refused.Message);
        Assert.Equal(ReportStatus.Draft, (await app.Outcomes().GetReportAsync(OutcomeApp.MeetingId, default))!.Status);
        Assert.DoesNotContain(ReportRoutes.Issue, (await app.PressAsync(ReportRoutes.Open, Meeting)).CardJson());
    }

    [Fact]
    public async Task A_meeting_for_some_members_is_not_queued_for_the_channel_and_its_card_says_why()
    {
        var meetings = _app.Service<IMeetingStore>();
        var meeting = (await meetings.GetAsync(OutcomeApp.MeetingId, default))!;
        Assert.IsType<SaveResult.Saved>(await meetings.SaveAsync(meeting with { Audience = MeetingAudience.Members("m-elise", "m-jonas") }, default));

        var draft = await _app.PressAsync(ReportRoutes.Open, Meeting);
        var confirm = await _app.PressAsync(ReportRoutes.Issue, ReportTests.ButtonData(draft, ReportRoutes.Issue));
        var issued = await _app.PressAsync(ReportRoutes.Issue, ReportTests.ButtonData(confirm, ReportRoutes.Issue));

        Assert.Contains(ReportTexts.ConfirmNoChannel.En, confirm.CardText());
        Assert.Equal(["m-elise", "m-jonas"], await RowsAsync(ReportIssuedCampaign.Key(OutcomeApp.MeetingId)));
        Assert.Empty(await RowsAsync(ReportChannelCampaign.Key(OutcomeApp.MeetingId)));
        Assert.Contains("not for the whole network", issued.CardText());
        Assert.DoesNotContain(ReportRoutes.Issue, issued.CardJson());
    }

    [Fact]
    public async Task Once_issued_the_report_s_actions_go_to_their_owners()
    {
        await _app.ActionAsync("a1", sent: false);
        await _app.RunJobsAsync();
        Assert.Empty(await RowsAsync(ActionSentCampaign.Key("a1")));

        await _app.PressAsync(ReportRoutes.Issue, await IssueSteps.ConfirmDataAsync(_app));
        await _app.RunJobsAsync();

        Assert.Equal(["m-jonas"], await RowsAsync(ActionSentCampaign.Key("a1")));
        Assert.NotNull((await _app.Outcomes().GetActionAsync("a1", default))!.SentOn);
    }
}

/// The steps issue tests share.
public static class IssueSteps
{
    static JsonObject Meeting => new() { [MeetingForm.IdKey] = OutcomeApp.MeetingId };

    public static async Task PresentAsync(BotApp app) =>
        Assert.IsType<SaveResult.Saved>(await app.Service<IMeetingStore>().SaveAttendanceAsync(new Attendance
        {
            MeetingId = OutcomeApp.MeetingId,
            People = [Present("m-elise", "Élise Moreau"), Present("m-jonas", "Jonas Weber"), Present("m-sophie", "Sophie Laurent")],
        }, default));

    /// The attendance recorded again: only these members present, the other invitees absent.
    public static async Task PresentAsync(BotApp app, params string[] memberIds)
    {
        var stored = (await app.Service<IMeetingStore>().GetAttendanceAsync(OutcomeApp.MeetingId, default))!;
        var people = stored.People.Select(p => p with { Present = p.MemberId is { } id && memberIds.Contains(id) }).ToList();
        Assert.IsType<SaveResult.Saved>(await app.Service<IMeetingStore>().SaveAttendanceAsync(stored with { People = people }, default));
    }

    static Attendee Present(string id, string name) => new() { Id = Attendee.MemberKey(id), Kind = AttendeeKind.Member, MemberId = id, Name = name, Present = true };

    /// The draft card's "Issue the final report", then the confirmation card's "Issue": the data each carries.
    public static async Task<JsonObject> ConfirmDataAsync(BotApp app, string aad = Payload.SophieAad)
    {
        var draft = await app.PressAsync(ReportRoutes.Open, Meeting, fromAad: aad);
        var confirm = await app.PressAsync(ReportRoutes.Issue, ReportTests.ButtonData(draft, ReportRoutes.Issue), fromAad: aad);
        return ReportTests.ButtonData(confirm, ReportRoutes.Issue);
    }
}

/// The delivery store, failing once on demand when rows are added for a campaign, as a store that went down would.
public sealed class FaultyDeliveries(IDeliveryStore inner, FaultyDeliveries.Switch fault) : IDeliveryStore
{
    public sealed class Switch
    {
        public string? Prefix { get; private set; }
        public void FailNext(string prefix) => Prefix = prefix;
        public bool Take(string campaign)
        {
            if (Prefix is null || !campaign.StartsWith(Prefix, StringComparison.Ordinal)) return false;
            Prefix = null;
            return true;
        }
    }

    public static void Install(BotApp app, Switch fault) => app.WithServices(s =>
    {
        s.AddSingleton<SqliteDeliveryStore>();
        s.AddSingleton<IDeliveryStore>(sp => new FaultyDeliveries(sp.GetRequiredService<SqliteDeliveryStore>(), fault));
    });

    public Task<int> AddPendingAsync(string campaign, IEnumerable<string> memberIds, DateTimeOffset now, CancellationToken ct) =>
        fault.Take(campaign) ? throw new IOException("The delivery store is down.") : inner.AddPendingAsync(campaign, memberIds, now, ct);

    public Task<Delivery?> GetAsync(string campaign, string memberId, CancellationToken ct) => inner.GetAsync(campaign, memberId, ct);

    public Task<IReadOnlyList<Delivery>> ListAsync(string campaign, CancellationToken ct) => inner.ListAsync(campaign, ct);

    public Task<IReadOnlyList<Delivery>> ListWaitingAsync(CancellationToken ct) => inner.ListWaitingAsync(ct);

    public Task<SaveResult> SaveAsync(Delivery delivery, CancellationToken ct) => inner.SaveAsync(delivery, ct);
}
