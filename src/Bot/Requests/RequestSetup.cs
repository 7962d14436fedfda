using FocalBot.Bot.Scheduling;

namespace FocalBot.Bot.Requests;

public static class RequestSetup
{
    /// Options, the compiler, the views the handlers render, the campaigns the sender writes, and the two jobs (channel posts and mentions; chasing
    /// and the compilation at the deadline).
    public static WebApplicationBuilder AddRequests(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<RequestOptions>().BindConfiguration(RequestOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RequestCompiler>();
        services.AddSingleton<RequestViews>();
        services.AddSingleton<RequestMessages>();
        services.AddCampaign<RequestMessages>(RequestCampaigns.RequestPrefix, m => m.RequestAsync, mentionsInChannel: true, mailNotice: MailNoticeKind.NewRequest);
        services.AddCampaign<RequestMessages>(RequestCampaigns.ReminderPrefix, m => m.ReminderAsync, mentionsInChannel: true, mailNotice: MailNoticeKind.RequestReminder);
        services.AddCampaign<RequestMessages>(RequestCampaigns.ChasePrefix, m => m.ReminderAsync, mentionsInChannel: true, mailNotice: MailNoticeKind.RequestReminder);
        services.AddCampaign<RequestMessages>(RequestCampaigns.ProposedPrefix, m => m.ProposedAsync);
        services.AddCampaign<RequestMessages>(RequestCampaigns.DecisionPrefix, m => m.DecisionAsync);
        services.AddCampaign<RequestMessages>(RequestCampaigns.CompiledPrefix, m => m.CompiledAsync);
        // Posted by RequestChannelJob, to the channel rather than to each member's chat.
        services.AddCampaignSentElsewhere(RequestCampaigns.ChannelPrefix);
        services.AddCampaignSentElsewhere(RequestCampaigns.MentionPrefix);
        services.AddCampaignSentElsewhere(RequestCampaigns.ReminderMentionPrefix);
        services.AddSingleton<IJob, RequestChannelJob>();
        services.AddSingleton<IJob, RequestChaseJob>();
        services.AddSingleton<Deliveries.IDeliverySubjects, RequestDeliveries>();
        return builder;
    }
}
