using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Kiota.Abstractions.Authentication;

namespace FocalBot.Bot.Tests.Scheduling;

/// "Delivery:Install" and "Delivery:Mail" in the running bot: off by default with no Graph client, on with SQLite
/// storage as well as SharePoint, and stopped at startup by a bad setting.
public sealed class ReachSetupTests
{
    static BotApp WithGraph(GraphReachEmulator emulator) => new BotApp()
        .Setting("Delivery:GraphBaseUrl", GraphReachEmulator.BaseUrl)
        .WithServices(s => s
            .AddKeyedSingleton<HttpMessageHandler>(ReachSetup.GraphKey, emulator)
            .AddKeyedSingleton<IAuthenticationProvider>(ReachSetup.GraphKey, new AnonymousAuthenticationProvider()));

    static BotApp BothOn(GraphReachEmulator emulator) => WithGraph(emulator)
        .Setting("Delivery:Install:Enabled", "true")
        .Setting("Delivery:Install:CatalogAppId", GraphReachEmulator.CatalogAppId)
        .Setting("Delivery:Mail:Enabled", "true")
        .Setting("Delivery:Mail:Mailbox", GraphReachEmulator.Mailbox)
        .Setting("Delivery:Mail:AppLink", "https://teams.microsoft.com/l/entity/b1c5353a-7aca-41b3-830f-27d5218fe0e5/conversations");

    [Fact]
    public async Task Both_are_off_by_default_with_no_Graph_client_and_no_call()
    {
        var emulator = new GraphReachEmulator().WithUser(Payload.EliseAad);
        using var app = WithGraph(emulator);
        app.CreateClient();

        var installer = app.Service<AppInstaller>();
        var mail = app.Service<MailNotices>();
        var install = await installer.InstallAsync(AMember.Elise(), default);
        var notice = await mail.SendAsync(AMember.Elise(), MailNoticeKind.NewRequest, default);

        Assert.False(installer.IsEnabled);
        Assert.False(mail.IsEnabled);
        Assert.Equal((SendStatus.Failed, SendStatus.Failed), (install.Status, notice.Status));
        Assert.Throws<InvalidOperationException>(() => app.Service<ReachGraph>().Client);
        Assert.Empty(emulator.Requests);
    }

    [Fact]
    public async Task On_SQLite_storage_both_reach_Graph_when_configured()
    {
        var emulator = new GraphReachEmulator().WithUser(Payload.EliseAad);
        using var app = BothOn(emulator);
        app.CreateClient();

        var install = await app.Service<AppInstaller>().InstallAsync(AMember.Elise(), default);
        var notice = await app.Service<MailNotices>().SendAsync(AMember.Elise(), MailNoticeKind.Convocation, default);

        Assert.Equal("Sqlite", app.Service<Microsoft.Extensions.Configuration.IConfiguration>()["Storage:Kind"]);
        Assert.Equal((SendStatus.Sent, SendStatus.Sent), (install.Status, notice.Status));
        Assert.Equal(["/users/" + Payload.EliseAad + "/teamwork/installedApps", $"/users/{GraphReachEmulator.Mailbox}/sendMail"],
            emulator.Requests.Select(r => r.Path));
        // The request URL holds the mailbox's address: no HTTP client logs it, even at Trace.
        Assert.DoesNotContain(app.Logs.Lines, l => l.Contains(GraphReachEmulator.Mailbox) || l.Contains(AMember.Elise().Email!));
    }

    [Fact]
    public void Without_a_link_setting_the_notice_links_to_the_chat_with_the_bot()
    {
        var appId = Guid.NewGuid().ToString();
        using var app = WithGraph(new GraphReachEmulator())
            .Setting("Bot:AppId", appId).Setting("Bot:TenantId", Payload.TenantId).Setting("Bot:AppSecret", "not-used")
            .Setting("Delivery:Mail:Enabled", "true").Setting("Delivery:Mail:Mailbox", GraphReachEmulator.Mailbox);
        app.CreateClient();

        Assert.Equal($"https://teams.microsoft.com/l/chat/0/0?users=28:{appId}&tenantId={Payload.TenantId}", app.Service<MailNotices>().Link);
    }

    [Theory]
    [InlineData("Delivery:Install:CatalogAppId", null, "Delivery:Install:CatalogAppId is required")]
    [InlineData("Delivery:Install:CatalogAppId", "appCatalogs/teamsApps/b1c5353a", "Delivery:Install:CatalogAppId must be")]
    [InlineData("Delivery:Mail:Mailbox", null, "Delivery:Mail:Mailbox is required")]
    [InlineData("Delivery:Mail:Mailbox", "Network office <network-notices@coe.example>", "Delivery:Mail:Mailbox must be")]
    [InlineData("Delivery:Mail:AppLink", "http://teams.example/chat", "Delivery:Mail:AppLink must be")]
    [InlineData("Delivery:Mail:AppLink", "", "set Delivery:Mail:AppLink, or Bot:AppId")]
    [InlineData("Delivery:GraphBaseUrl", "http://graph.microsoft.com/v1.0", "Delivery:GraphBaseUrl must be")]
    public void A_bad_setting_stops_the_bot_at_startup(string key, string? value, string message)
    {
        using var app = BothOn(new GraphReachEmulator()).Setting(key, value);

        Assert.Contains(message, StartupFailure.Of(app));
    }

    [Fact]
    public void On_without_the_bots_identity_stops_the_bot_at_startup()
    {
        using var app = new BotApp()
            .Setting("Delivery:Install:Enabled", "true")
            .Setting("Delivery:Install:CatalogAppId", GraphReachEmulator.CatalogAppId);

        Assert.Contains("Delivery:Install or Delivery:Mail needs the bot's identity", StartupFailure.Of(app));
    }

    [Fact]
    public void Settings_of_an_option_left_off_are_not_checked()
    {
        using var app = new BotApp().Setting("Delivery:Mail:Mailbox", "not an address").Setting("Delivery:Install:CatalogAppId", "a/b");

        app.CreateClient();

        Assert.False(app.Service<MailNotices>().IsEnabled);
    }
}
