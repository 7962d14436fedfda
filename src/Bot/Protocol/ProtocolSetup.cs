using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Protocol;

/// <summary>Registers the protocol layer: options, inbound auth, the outbound token and the connector client.</summary>
public static class ProtocolSetup
{
    /// <summary>The logging category of Polly's telemetry, which the standard resilience handler uses.</summary>
    public const string PollyCategory = "Polly";

    /// <summary>Bot options checked at startup; inbound JwtBearer; the connector client with its retry rules.</summary>
    public static WebApplicationBuilder AddProtocol(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddInboundAuth();
        builder.Services.AddSingleton(sp => BotToken.From(sp.GetRequiredService<IOptions<BotOptions>>().Value));

        var retryDelay = builder.Configuration.GetValue("Bot:ConnectorRetryDelay", TimeSpan.FromSeconds(2));
        builder.Services.AddHttpClient<IConnector, ConnectorClient>()
            .AddStandardResilienceHandler(o => ConnectorRetry.Configure(o, retryDelay));
        // The resilience handler's telemetry (category "Polly") logs every call's attempt at Information; a retry, a
        // timeout or an open circuit is a Warning and still shows. Set in code, so no appsettings can bring the noise back
        // by accident; a category rule in configuration ("Logging:LogLevel:Polly") is more specific and still wins.
        builder.Logging.AddFilter(PollyCategory, LogLevel.Warning);
        return builder;
    }
}
