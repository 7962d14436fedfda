using FocalBot.Bot.Deliveries;
using FocalBot.Bot.DetailsCheck;
using FocalBot.Bot.Exports;
using FocalBot.Bot.Help;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.MemberDirectory;
using FocalBot.Bot.Members;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Turns;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot;

public static class Features
{
    /// Each feature's routes, in one table; a feature is one line here.
    public static WebApplicationBuilder AddFeatures(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AccessOptions>().BindConfiguration(AccessOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(Routes());
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<KnownConversations>();
        builder.Services.AddSingleton<Protocol.IActivityHandler, TurnPipeline>();

        builder.Services.AddSingleton<DetailsCheckJob>();
        builder.Services.AddSingleton<IJob>(sp => sp.GetRequiredService<DetailsCheckJob>());
        builder.Services.AddCampaign<DetailsCheckCampaign, int>();
        builder.Services.AddSingleton<SendSoon>();
        builder.Services.AddOptions<NetworkOptions>().BindConfiguration(NetworkOptions.Section);
        builder.Services.AddSingleton<NetworkChannel>();
        NetworkCalendar.Add(builder.Services);
        builder.Services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // One pacer for the process: Teams counts per app per tenant, whichever run or feature makes the call.
        builder.Services.AddSingleton(sp =>
        {
            var delivery = sp.GetRequiredService<IOptions<DeliveryOptions>>().Value;
            return new TenantPacer(sp.GetRequiredService<TimeProvider>(), delivery.RequestsPerSecond, delivery.MaxConcurrency);
        });
        builder.Services.AddSingleton<PacedCalls>();
        builder.Services.AddSingleton<PersonalChats>();
        builder.Services.AddSingleton<ProactiveSender>();
        builder.Services.AddReach();   // Scheduling/ReachSetup.cs: Graph app install and e-mail notices, both off unless configured
        builder.Services.AddSingleton<JobRunner>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<JobRunner>());
        builder.AddMembers();   // Members/MemberOptions.cs: options, file downloads, the demo seed
        builder.AddExports();   // Exports/ExportSetup.cs: where compilations and lists are saved, and their links
        builder.AddRequests();  // Requests/RequestSetup.cs: options, campaigns, the channel and chasing jobs
        builder.AddMeetings();  // Meetings/MeetingSetup.cs: options, files, campaigns, the channel and reminder job
        return builder;
    }

    /// The routing table: one line per feature.
    public static TurnRouter Routes()
    {
        var routes = new TurnRouter();
        HelpRoutes.Map(routes);
        DetailsCheckRoutes.Map(routes);
        DirectoryRoutes.Map(routes);
        MemberRoutes.Map(routes);
        RequestRoutes.Map(routes);
        MeetingRoutes.Map(routes);
        DeliveryRoutes.Map(routes);
        return routes;
    }
}
