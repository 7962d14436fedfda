using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Kiota.Abstractions.Authentication;
using Options = Microsoft.Extensions.Options.Options;

namespace FocalBot.Bot.Tests.Scheduling;

/// AppInstaller and MailNotices as the bot builds them (the real Graph SDK, its middleware minus the Retry handler)
/// over the emulator, with a logger that keeps every line.
public sealed class ReachRig : IDisposable
{
    public const string BotAppId = "5f2e8c1a-3b4d-4e6f-8a9b-0c1d2e3f4a5b";
    public const string BotTenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    readonly ILoggerFactory _loggers;

    public ReachRig()
    {
        _loggers = LoggerFactory.Create(l => l.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
    }

    public GraphReachEmulator Graph { get; } = new();
    public CapturingLoggerProvider Logs { get; } = new();
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    public BotOptions Bot { get; } = new() { AppId = BotAppId, TenantId = BotTenantId, AppSecret = "not-used" };

    /// How requests are signed; a test replaces it with one that cannot get a token.
    public IAuthenticationProvider Auth { get; set; } = new AnonymousAuthenticationProvider();

    public AppInstaller Installer(bool enabled = true, string catalogAppId = GraphReachEmulator.CatalogAppId)
    {
        var options = new ReachOptions { GraphBaseUrl = GraphReachEmulator.BaseUrl, Install = { Enabled = enabled, CatalogAppId = catalogAppId } };
        return new AppInstaller(Options.Create(options), GraphFor(options), Clock, _loggers.CreateLogger<AppInstaller>());
    }

    public MailNotices Mail(bool enabled = true, string? appLink = null)
    {
        var options = new ReachOptions { GraphBaseUrl = GraphReachEmulator.BaseUrl, Mail = { Enabled = enabled, Mailbox = GraphReachEmulator.Mailbox, AppLink = appLink } };
        return new MailNotices(Options.Create(options), Options.Create(Bot), GraphFor(options), Clock, _loggers.CreateLogger<MailNotices>());
    }

    // As ReachSetup does: no client at all when the option is off.
    ReachGraph GraphFor(ReachOptions options) => new(
        options.UsesGraph ? ReachGraph.Create(Graph, Auth, GraphReachEmulator.BaseUrl) : null,
        GraphReachEmulator.BaseUrl);

    public void Dispose() => _loggers.Dispose();

    /// Azure.Identity's failure when the secret expired or the managed identity is not there: before any request.
    public sealed class NoToken : IAuthenticationProvider
    {
        public Task AuthenticateRequestAsync(Microsoft.Kiota.Abstractions.RequestInformation request,
            Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            throw new Azure.Identity.AuthenticationFailedException("ClientSecretCredential authentication failed (emulated).");
    }
}
