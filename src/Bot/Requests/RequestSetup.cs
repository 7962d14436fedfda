using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Requests;

namespace FocalBot.Bot.Requests;

public static class RequestSetup
{
    /// Options, the compiler, the views the handlers render, the request's campaigns (one line each), and the two jobs (channel posts and mentions;
    /// chasing and the compilation at the deadline).
    public static WebApplicationBuilder AddRequests(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<RequestOptions>().BindConfiguration(RequestOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RequestCompiler>();
        services.AddSingleton<RequestViews>();
        services.AddSingleton<RequestComposer>();
        // Attachments: each member's links to the documents they may open.
        services.AddSingleton<AnnexLinks>();
        services.AddSingleton<Files.IFileDestinations, RequestFiles>();
        services.AddCampaign<RequestSentCampaign, RequestNumber>();
        services.AddCampaign<RequestReminderCampaign, RequestReminderCampaign.Subject>();
        services.AddCampaign<RequestChaseCampaign, RequestChaseCampaign.Subject>();
        services.AddCampaign<RequestProposedCampaign, string>();
        services.AddCampaign<RequestDecisionCampaign, string>();
        services.AddCampaign<RequestCompiledCampaign, RequestNumber>();
        // Posted by RequestChannelJob, to the channel rather than to each member's chat.
        services.AddCampaignSentElsewhere<RequestChannelPostCampaign, RequestNumber>();
        services.AddCampaignSentElsewhere<RequestMentionCampaign, RequestNumber>();
        services.AddCampaignSentElsewhere<RequestReminderMentionCampaign, string>();
        services.AddSingleton<IJob, RequestChannelJob>();
        services.AddSingleton<IJob, RequestChaseJob>();
        services.AddSingleton<Deliveries.IDeliverySubjects, RequestDeliveries>();
        // Releasing the compilation to the network (ReleaseRoutes): its card to each recipient, and their deliveries.
        services.AddCampaign<RequestReleasedCampaign, RequestNumber>();
        services.AddSingleton<Deliveries.IDeliverySubjects, ReleaseDeliveries>();
        // National circulation: a filled Word copy sent back to the bot pre-fills the state's draft answer.
        services.AddSingleton<Turns.IReceivedFileClaim, CirculationClaim>();
        return builder;
    }
}
