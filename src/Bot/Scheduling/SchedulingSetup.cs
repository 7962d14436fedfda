using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Scheduling;

public static class SchedulingSetup
{
    /// The network's calendar and channel, the proactive sender with its pacer and ways to reach a member, and the one
    /// job runner; every option checked at startup.
    public static WebApplicationBuilder AddScheduling(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<SendSoon>();
        services.AddOptions<NetworkOptions>().BindConfiguration(NetworkOptions.Section)
            .Configure<IConfiguration>((network, configuration) => network.TeamId = configuration[NetworkOptions.TeamIdKey]);
        services.AddSingleton<NetworkChannel>();
        services.AddNetworkCalendar();
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // One pacer for the process: Teams counts per app per tenant, whichever run or feature makes the call.
        services.AddSingleton(sp =>
        {
            var delivery = sp.GetRequiredService<IOptions<DeliveryOptions>>().Value;
            return new TenantPacer(sp.GetRequiredService<TimeProvider>(), delivery.RequestsPerSecond, delivery.MaxConcurrency);
        });
        services.AddSingleton<PacedCalls>();
        services.AddSingleton<PersonalChats>();
        services.AddSingleton<ProactiveSender>();
        services.AddReach();   // ReachSetup.cs: Graph app install and e-mail notices, both off unless configured
        services.AddOptions<JobOptions>().BindConfiguration(JobOptions.Section).ValidateDataAnnotations()
            // The campaign registry is built here, with the startup checks and before any hosted service runs: two
            // campaigns whose keys could be confused stop the bot with that message, not with whatever a job started
            // meanwhile meets when the host shuts down.
            .Validate<Campaigns>((_, campaigns) => campaigns.All.Count > 0, "No campaign is registered.")
            .ValidateOnStart();
        services.AddSingleton<JobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<JobRunner>());
        return builder;
    }

    /// Section "Calendar", checked at startup, and the NetworkCalendar every feature counts days with.
    public static IServiceCollection AddNetworkCalendar(this IServiceCollection services)
    {
        services.AddOptions<CalendarOptions>().BindConfiguration(CalendarOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<NetworkCalendar>();
        return services;
    }
}
