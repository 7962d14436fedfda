using System.Text.Json.Nodes;
using FocalBot.Bot.Exports;
using FocalBot.Bot.Help;
using FocalBot.Bot.Storage;
using FocalBot.Bot.Storage.SharePoint;
using FocalBot.Bot.Storage.Sqlite;
using FocalBot.Bot.Tests.Support;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Kiota.Abstractions.Authentication;

namespace FocalBot.Bot.Tests.Storage;

/// "Storage:Kind" and the SharePoint settings are checked when the bot starts, and the whole bot runs on the lists.
public sealed class StorageSetupTests
{
    static BotApp OnSharePoint(GraphListEmulator emulator) => new BotApp()
        .Setting("Storage:Kind", "SharePoint")
        .Setting("Storage:SharePoint:SiteId", GraphListEmulator.SiteId)
        .Setting("Storage:SharePoint:GraphBaseUrl", GraphListEmulator.BaseUrl)
        .WithServices(s => s
            .AddKeyedSingleton<HttpMessageHandler>(SharePointSetup.GraphKey, emulator)
            .AddKeyedSingleton<IAuthenticationProvider>(SharePointSetup.GraphKey, new AnonymousAuthenticationProvider()));

    [Fact]
    public void An_unknown_storage_kind_stops_the_bot_at_startup()
    {
        using var app = new BotApp().Setting("Storage:Kind", "Oracle");

        Assert.Contains("Storage:Kind 'Oracle' is not supported", StartupFailure.Of(app));
    }

    [Theory]
    [InlineData("30")]
    [InlineData("00:00:30")]
    [InlineData("00:00:00")]
    public void A_busy_timeout_outside_a_tenth_of_a_second_to_ten_seconds_stops_the_bot_at_startup(string value)
    {
        using var app = new BotApp().Setting("Storage:Sqlite:BusyTimeout", value);

        Assert.Contains("Storage:Sqlite:BusyTimeout", StartupFailure.Of(app));
    }

    [Fact]
    public void The_busy_timeout_is_a_few_seconds_unless_set()
    {
        using var unset = new BotApp();
        using var set = new BotApp().Setting("Storage:Sqlite:BusyTimeout", "00:00:01.5");

        Assert.Equal(TimeSpan.FromSeconds(3), unset.Service<SqliteDatabase>().BusyTimeout);
        Assert.Equal(TimeSpan.FromSeconds(1.5), set.Service<SqliteDatabase>().BusyTimeout);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("contoso.sharepoint.com:/sites/network")]
    public void SharePoint_without_a_valid_site_id_stops_the_bot_at_startup(string? siteId)
    {
        using var app = new BotApp().Setting("Storage:Kind", "SharePoint").Setting("Storage:SharePoint:SiteId", siteId);

        Assert.Contains("Storage:SharePoint:SiteId", StartupFailure.Of(app));
    }

    [Fact]
    public void SharePoint_without_the_bots_identity_stops_the_bot_at_startup()
    {
        using var app = new BotApp().Setting("Storage:Kind", "SharePoint").Setting("Storage:SharePoint:SiteId", GraphListEmulator.SiteId);

        Assert.Contains("needs the bot's identity", StartupFailure.Of(app));
    }

    [Fact]
    public async Task On_SharePoint_the_lists_are_provisioned_before_the_first_request_and_an_install_is_remembered()
    {
        var emulator = new GraphListEmulator();
        using var app = OnSharePoint(emulator);

        await app.PostAsync(Payload.Load("installation-update"));

        Assert.IsType<SharePointConversationStore>(app.Conversations);
        Assert.Single(app.Connector.Sends);   // the welcome
        var conversation = Assert.Single(emulator.List("FocalBot Conversations")!.Items);
        Assert.NotNull(conversation.Fields["WelcomeClaim"]);
        Assert.NotNull(await app.Conversations.FindPersonalAsync(Payload.TenantId, Payload.EliseAad, default));
    }

    [Fact]
    public async Task Each_storage_kind_keeps_meetings_in_its_own_store()
    {
        var emulator = new GraphListEmulator();
        using var local = new BotApp();
        using var app = OnSharePoint(emulator);
        var meeting = new Meeting
        {
            Id = "mt-setup", Kind = MeetingKind.Plenary, Title = BilingualText.Of("Plenary"), OpeningDay = new(2027, 3, 15), ClosingDay = new(2027, 3, 16),
            TimeZoneId = "Europe/Paris", Audience = MeetingAudience.AllFocalPoints, AgendaVersions = [AgendaVersion.Draft([])],
        };

        var saved = await app.Service<IMeetingStore>().SaveAsync(meeting, default);

        Assert.IsType<SqliteMeetingStore>(local.Service<IMeetingStore>());
        Assert.IsType<SharePointMeetingStore>(app.Service<IMeetingStore>());
        Assert.IsType<SaveResult.Saved>(saved);
        Assert.Single(emulator.List("FocalBot Meetings")!.Items);
    }

    [Fact]
    public async Task Each_storage_kind_keeps_procedures_calls_groups_and_outcomes_in_its_own_store()
    {
        var emulator = new GraphListEmulator();
        using var local = new BotApp();
        using var app = OnSharePoint(emulator);

        var procedure = await app.Service<FocalBot.Domain.Decisions.IProcedureStore>().SaveAsync(ProcedureStoreContract.AProcedure(), default);
        var call = await app.Service<FocalBot.Domain.Rapporteurs.IRapporteurStore>().SaveCallAsync(RapporteurStoreContract.ACall(), default);
        var group = await app.Service<FocalBot.Domain.Groups.IGroupStore>().SaveAsync(GroupStoreContract.AGroup(), default);
        var action = await app.Service<FocalBot.Domain.Outcomes.IOutcomeStore>().SaveActionAsync(OutcomeStoreContract.AnAction(), default);

        Assert.IsType<SqliteProcedureStore>(local.Service<FocalBot.Domain.Decisions.IProcedureStore>());
        Assert.IsType<SqliteRapporteurStore>(local.Service<FocalBot.Domain.Rapporteurs.IRapporteurStore>());
        Assert.IsType<SqliteGroupStore>(local.Service<FocalBot.Domain.Groups.IGroupStore>());
        Assert.IsType<SqliteOutcomeStore>(local.Service<FocalBot.Domain.Outcomes.IOutcomeStore>());
        Assert.All([procedure, call, group, action], r => Assert.IsType<SaveResult.Saved>(r));
        Assert.Single(emulator.List("FocalBot Follow-up actions")!.Items);
        Assert.Single(emulator.List("FocalBot Silence procedures")!.Items);
        Assert.Single(emulator.List("FocalBot Rapporteur calls")!.Items);
        Assert.Single(emulator.List("FocalBot Thematic groups")!.Items);
        Assert.Null(await local.Service<FocalBot.Domain.Decisions.IProcedureStore>().GetAsync(ProcedureStoreContract.AProcedure().Id, default));
    }

    [Fact]
    public void The_export_store_and_its_links_follow_the_storage_kind_read_once()
    {
        var emulator = new GraphListEmulator();
        using var local = new BotApp();
        using var app = OnSharePoint(emulator).Setting("Storage:Kind", "sharepoint");   // any case, as AddStorage reads it

        local.CreateClient().Dispose();
        app.CreateClient().Dispose();

        Assert.Equal(StorageKind.SharePoint, app.Service<StorageChoice>().Kind);
        Assert.IsType<SharePointExportStore>(app.Service<IExportStore>());
        Assert.False(ServesLocalFiles(app));   // SharePoint files are opened in SharePoint
        Assert.Equal(StorageKind.Sqlite, local.Service<StorageChoice>().Kind);
        Assert.IsType<LocalExportStore>(local.Service<IExportStore>());
        Assert.True(ServesLocalFiles(local));
    }

    static bool ServesLocalFiles(BotApp app) => app.Service<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>().Any(e => e.RoutePattern.RawText == ExportLinks.Route + "/{id}");

    [Fact]
    public async Task Each_storage_kind_keeps_requests_in_its_own_store()
    {
        var emulator = new GraphListEmulator();
        using var local = new BotApp();
        using var app = OnSharePoint(emulator);
        var request = new InformationRequest
        {
            Id = "r-setup", Title = "T", Questions = [new("Q")], Language = Language.En, Deadline = new(2027, 1, 4), Audience = Audience.All,
        };

        var saved = await app.Service<IRequestStore>().SaveAsync(request, default);

        Assert.IsType<SqliteRequestStore>(local.Service<IRequestStore>());
        Assert.IsType<SharePointRequestStore>(app.Service<IRequestStore>());
        Assert.IsType<SaveResult.Saved>(saved);
        Assert.Single(emulator.List("FocalBot Requests")!.Items);
        Assert.Null(await local.Service<IRequestStore>().GetAsync("r-setup", default));
    }

    [Fact]
    public async Task On_SharePoint_a_language_switch_is_saved_in_the_members_list()
    {
        var emulator = new GraphListEmulator();
        using var app = OnSharePoint(emulator);
        await app.Given(AMember.Elise(Language.Fr));

        var response = await app.PressAsync(HelpRoutes.Language, new JsonObject { ["language"] = "en" }, fromAad: Payload.EliseAad);

        Assert.Equal(200, response["statusCode"]!.GetValue<int>());
        Assert.Equal("en", Assert.Single(emulator.List("FocalBot Members")!.Items, i => i.Fields["MemberId"]!.GetValue<string>() == "m-elise").Fields["PreferredLanguage"]!.GetValue<string>());
    }

    [Fact]
    public async Task On_SharePoint_a_message_turn_costs_the_ledger_one_request_and_an_invoke_keeps_its_answer()
    {
        var emulator = new GraphListEmulator();
        using var app = OnSharePoint(emulator);
        await app.Given(AMember.Elise(Language.Fr));
        await app.PostAsync(Payload.PersonalMessage("help"));   // the first turn also purges old keys and stores the chat
        var ledger = emulator.List("FocalBot Activity ledger")!.Id;
        var before = emulator.Requests.Count;
        IEnumerable<string> LedgerCalls() => emulator.Requests.Skip(before).Where(r => r.Path.Contains($"/lists/{ledger}")).Select(r => r.Method);

        await app.PostAsync(Payload.PersonalMessage("help"));

        Assert.Equal(["POST"], LedgerCalls());   // the claim; no lookup and no update to mark a message done
        Assert.Equal(2, app.Connector.Sends.Count);

        before = emulator.Requests.Count;
        var invoke = Payload.Execute(HelpRoutes.Language, new JsonObject { ["language"] = "en" });
        var first = await (await app.PostAsync(invoke)).Content.ReadAsStringAsync();
        var again = await (await app.PostAsync(invoke)).Content.ReadAsStringAsync();

        Assert.Contains("PATCH", LedgerCalls());   // an invoke's answer is kept for its redelivery
        Assert.Equal(first, again);
    }

    [Fact]
    public async Task On_SharePoint_a_change_Graph_never_confirms_is_reported_as_not_done()
    {
        var emulator = new GraphListEmulator();
        using var app = OnSharePoint(emulator);
        await app.Given(AMember.Elise(Language.Fr));
        var members = emulator.List("FocalBot Members")!.Id;
        emulator.Fail(100, 503, r => GraphListEmulator.IsFieldsUpdate(r) && r.RequestUri!.AbsolutePath.Contains(members), retryAfter: TimeSpan.Zero);

        var response = await app.PressAsync(HelpRoutes.Language, new JsonObject { ["language"] = "en" }, fromAad: Payload.EliseAad);

        Assert.Equal(500, response["statusCode"]!.GetValue<int>());
        Assert.Equal(TurnTexts.Fault.Fr, response["value"]!["message"]!.GetValue<string>());
        Assert.Equal(Language.Fr, (await app.Members.GetAsync("m-elise", default))!.PreferredLanguage);
    }
}
