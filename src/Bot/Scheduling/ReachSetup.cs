using FocalBot.Bot.Protocol;
using FocalBot.Bot.Storage.SharePoint;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions.Authentication;

namespace FocalBot.Bot.Scheduling;

public static class ReachSetup
{
    /// Key of the two Graph services a test replaces for AppInstaller and MailNotices: the final HttpMessageHandler and
    /// the authentication provider. Separate from the SharePoint store's, so either works without the other.
    public const string GraphKey = "Graph.Reach";

    /// Options (checked at startup), the Graph client when Delivery:Install or Delivery:Mail is on, and the two services,
    /// which are always there: off, they say so through IsEnabled and make no call.
    public static IServiceCollection AddReach(this IServiceCollection services)
    {
        services.AddOptions<ReachOptions>().BindConfiguration(ReachOptions.Section).ValidateDataAnnotations()
            .Validate<IOptions<BotOptions>>(
                (reach, bot) => !reach.Mail.Enabled || !string.IsNullOrWhiteSpace(reach.Mail.AppLink) || bot.Value.HasAppId,
                "Delivery:Mail needs the link its notices carry: set Delivery:Mail:AppLink, or Bot:AppId to link to the chat with the bot.")
            .ValidateOnStart();

        services.AddKeyedSingleton<HttpMessageHandler>(GraphKey, (_, _) => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        services.AddKeyedSingleton(GraphKey, (sp, _) => GraphCredential.Provider(
            sp.GetRequiredService<IOptions<BotOptions>>().Value, sp.GetRequiredService<IOptions<ReachOptions>>().Value.GraphBaseUrl,
            "Delivery:Install or Delivery:Mail"));
        services.AddSingleton(sp =>
        {
            var reach = sp.GetRequiredService<IOptions<ReachOptions>>().Value;
            if (!reach.UsesGraph) return new ReachGraph(null, reach.GraphBaseUrl);
            return new ReachGraph(ReachGraph.Create(
                sp.GetRequiredKeyedService<HttpMessageHandler>(GraphKey), sp.GetRequiredKeyedService<IAuthenticationProvider>(GraphKey), reach.GraphBaseUrl),
                reach.GraphBaseUrl);
        });
        services.AddSingleton<AppInstaller>();
        services.AddSingleton<MailNotices>();
        services.AddHostedService<ReachCheck>();
        return services;
    }
}

/// Builds the Graph client before the first request when a reach option is on: a missing identity stops the bot at
/// startup instead of failing the first member who needs it.
sealed class ReachCheck(IServiceProvider services) : StartupTask
{
    public override Task StartingAsync(CancellationToken ct)
    {
        services.GetRequiredService<ReachGraph>();
        return Task.CompletedTask;
    }
}
