using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Protocol;

/// <summary>Registers the protocol layer: options, inbound auth, the outbound token and the connector client.</summary>
public static class ProtocolSetup
{
    /// <summary>Bot options checked at startup; inbound JwtBearer; the connector client with its retry rules.</summary>
    public static WebApplicationBuilder AddProtocol(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddInboundAuth();
        builder.Services.AddSingleton(sp => BotToken.From(sp.GetRequiredService<IOptions<BotOptions>>().Value));

        var retryDelay = builder.Configuration.GetValue("Bot:ConnectorRetryDelay", TimeSpan.FromSeconds(2));
        builder.Services.AddHttpClient<IConnector, ConnectorClient>()
            .AddStandardResilienceHandler(o => ConnectorRetry.Configure(o, retryDelay));
        return builder;
    }
}
