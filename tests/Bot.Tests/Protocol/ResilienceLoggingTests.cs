using FocalBot.Bot.Protocol;
using FocalBot.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static FocalBot.Bot.Tests.Protocol.ScriptedConnectorHandler;

namespace FocalBot.Bot.Tests.Protocol;

/// The connector's resilience handler logs what went wrong (a retry), not every call: the bot's logger is set to Trace
/// here, as a developer might, and a plain send still leaves no Polly line.
public sealed class ResilienceLoggingTests
{
    static readonly ConversationReference Personal = new()
    {
        ConversationId = "a:1mVYx0Ue0E6r6pYv2Vq3ZJQ2pMvRWkYb8cL0s3fEoZQ9dNwB0xG5Ih7tKpU4aSj1Fz",
        ConversationType = "personal",
        ServiceUrl = "http://127.0.0.1:9/_connector/",   // no app id here: only a loopback connector is called
        ChannelId = "msteams",
    };

    /// The bot's own connector client, as ProtocolSetup registers it, in front of a scripted Bot Connector.
    static (BotApp App, IConnector Connector) Bot(ScriptedConnectorHandler teams)
    {
        var app = new BotApp().Setting("Bot:ConnectorRetryDelay", "00:00:00.010")
            .WithServices(s => s.AddHttpClient<IConnector, ConnectorClient>().ConfigurePrimaryHttpMessageHandler(() => teams));
        return (app, app.Service<IConnector>());
    }

    static IEnumerable<string> PollyLines(BotApp app) => app.Logs.Lines.Where(l => l.Split(' ', 3)[1] == ProtocolSetup.PollyCategory + ":");

    [Fact]
    public async Task A_plain_send_leaves_no_Polly_line_at_Information()
    {
        var teams = new ScriptedConnectorHandler(Reply(201, """{"id":"1:abc"}"""));
        var (app, connector) = Bot(teams);
        using var _ = app;

        var sent = await connector.SendAsync(Personal, new Activity { Type = ActivityTypes.Message, Text = "hi" }, CancellationToken.None);

        Assert.Equal(SendStatus.Sent, sent.Status);
        Assert.Single(teams.Attempts);
        Assert.Empty(PollyLines(app));
    }

    [Fact]
    public async Task A_retried_send_still_logs_its_retry_at_Warning()
    {
        var teams = new ScriptedConnectorHandler(Error(429, "Throttled", retryAfter: 0), Reply(201, """{"id":"1:abc"}"""));
        var (app, connector) = Bot(teams);
        using var _ = app;

        var sent = await connector.SendAsync(Personal, new Activity { Type = ActivityTypes.Message, Text = "hi" }, CancellationToken.None);

        Assert.Equal(SendStatus.Sent, sent.Status);
        Assert.Equal(2, teams.Attempts.Count);
        var lines = PollyLines(app).ToList();
        Assert.Contains(lines, l => l.StartsWith("Warning ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("Information ", StringComparison.Ordinal) || l.StartsWith("Debug ", StringComparison.Ordinal));
    }
}
