using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Members;

namespace FocalBot.Bot.Requests;

public static class RequestSetup
{
    /// Options, the compiler, the campaigns the sender writes, and the two jobs (channel posts and mentions; chasing
    /// and the compilation at the deadline).
    public static WebApplicationBuilder AddRequests(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<RequestOptions>().BindConfiguration(RequestOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RequestCompiler>();
        services.AddSingleton<RequestMessages>();
        Campaign(services, RequestCampaigns.RequestPrefix, m => m.RequestAsync);
        Campaign(services, RequestCampaigns.ReminderPrefix, m => m.ReminderAsync);
        Campaign(services, RequestCampaigns.ChasePrefix, m => m.ReminderAsync);
        Campaign(services, RequestCampaigns.ProposedPrefix, m => m.ProposedAsync);
        Campaign(services, RequestCampaigns.DecisionPrefix, m => m.DecisionAsync);
        Campaign(services, RequestCampaigns.CompiledPrefix, m => m.CompiledAsync);
        // Posted by RequestChannelJob, to the channel rather than to each member's chat.
        Campaign(services, RequestCampaigns.ChannelPrefix, _ => (_, _, _) => Task.FromResult<Activity?>(null), sentElsewhere: true);
        Campaign(services, RequestCampaigns.MentionPrefix, _ => (_, _, _) => Task.FromResult<Activity?>(null), sentElsewhere: true);
        services.AddSingleton<IJob, RequestChannelJob>();
        services.AddSingleton<IJob, RequestChaseJob>();
        return builder;
    }

    static void Campaign(IServiceCollection services, string prefix,
        Func<RequestMessages, Func<string, Member, CancellationToken, Task<Activity?>>> message, bool sentElsewhere = false) =>
        services.AddSingleton<ICampaign>(sp => new Scheduling.Campaign(prefix, message(sp.GetRequiredService<RequestMessages>()), sentElsewhere));
}
