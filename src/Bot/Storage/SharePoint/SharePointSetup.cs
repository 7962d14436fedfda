using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace FocalBot.Bot.Storage.SharePoint;

public static class SharePointSetup
{
    /// Key of the two Graph services a test replaces: the final HttpMessageHandler and the authentication provider.
    public const string GraphKey = "Graph";

    public static IServiceCollection AddSharePointStorage(this IServiceCollection services)
    {
        services.AddOptions<SharePointOptions>().BindConfiguration(SharePointOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddKeyedSingleton<HttpMessageHandler>(GraphKey, (_, _) => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        services.AddKeyedSingleton(GraphKey, (sp, _) =>
            GraphCredential.Provider(sp.GetRequiredService<IOptions<BotOptions>>().Value, sp.GetRequiredService<IOptions<SharePointOptions>>().Value.GraphBaseUrl));
        services.AddSingleton(sp => Client(
            sp.GetRequiredKeyedService<HttpMessageHandler>(GraphKey),
            sp.GetRequiredKeyedService<IAuthenticationProvider>(GraphKey),
            sp.GetRequiredService<IOptions<SharePointOptions>>().Value.GraphBaseUrl));

        services.AddSingleton<SharePointLists>();
        services.AddSingleton<IMemberDirectory, SharePointMemberDirectory>();
        services.AddSingleton<IConversationStore, SharePointConversationStore>();
        services.AddSingleton<IActivityLedger, SharePointActivityLedger>();
        services.AddSingleton<IAuditLog, SharePointAuditLog>();
        services.AddSingleton<IDeliveryStore, SharePointDeliveryStore>();
        services.AddSingleton<IJobLease, SharePointJobLease>();
        services.AddSingleton<FocalBot.Domain.Requests.IRequestStore, SharePointRequestStore>();
        services.AddSingleton<FocalBot.Domain.Meetings.IMeetingStore, SharePointMeetingStore>();
        services.AddSingleton<FocalBot.Domain.Decisions.IProcedureStore, SharePointProcedureStore>();
        services.AddSingleton<FocalBot.Domain.Rapporteurs.IRapporteurStore, SharePointRapporteurStore>();
        services.AddSingleton<FocalBot.Domain.Groups.IGroupStore, SharePointGroupStore>();
        services.AddSingleton<FocalBot.Domain.Outcomes.IOutcomeStore, SharePointOutcomeStore>();
        services.AddHostedService<SharePointInitializer>();
        return services;
    }

    /// One client for the process, with the SDK's default middleware: its Retry handler waits out 429/503/504
    /// Retry-After (three tries), then the failure surfaces as an exception.
    public static GraphServiceClient Client(HttpMessageHandler transport, IAuthenticationProvider auth, string baseUrl)
    {
        var http = GraphClientFactory.Create(GraphClientFactory.CreateDefaultHandlers(), finalHandler: transport, disposeHandler: false);
        return new GraphServiceClient(http, auth, baseUrl);
    }
}

/// Provisions the lists before the server takes its first request: a site the app cannot reach stops the bot at startup.
sealed class SharePointInitializer(SharePointLists lists) : StartupTask
{
    public override Task StartingAsync(CancellationToken ct) => lists.EnsureAsync(ct);
}
