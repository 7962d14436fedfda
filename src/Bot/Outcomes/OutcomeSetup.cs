using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Outcomes;

namespace FocalBot.Bot.Outcomes;

public static class OutcomeSetup
{
    /// Meeting outcomes: options (the comment period, the actions' reminder ladder), the action steps' service, the
    /// campaigns (the action and its reminders to owners, the office's notices and answers, the report's draft, comments
    /// and issued report), the issued report's delivery view, the job that sends actions once their report is issued
    /// and queues reminders, and the one announcing issued reports in the network's channel.
    public static WebApplicationBuilder AddOutcomes(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<OutcomeOptions>().BindConfiguration(OutcomeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ActionSteps>();
        services.AddSingleton<ActionMessages>();
        services.AddCampaign<ActionSentCampaign, string>();
        services.AddCampaign<ActionReminderCampaign, ActionReminder>();
        services.AddCampaign<ActionDoneCampaign, string>();
        services.AddCampaign<ActionMoreTimeCampaign, ActionMoreTimeCampaign.Subject>();
        services.AddCampaign<ActionAnswerCampaign, ActionMoreTimeCampaign.Subject>();
        services.AddCampaign<ReportDraftCampaign, string>();
        services.AddCampaign<ReportCommentCampaign, ReportCommentCampaign.Subject>();
        services.AddCampaign<ReportIssuedCampaign, string>();
        services.AddCampaignSentElsewhere<ReportChannelCampaign, string>();
        services.AddSingleton<Deliveries.IDeliverySubjects, ReportDeliveries>();
        services.AddSingleton<IJob, ActionJob>();
        services.AddSingleton<IJob, ReportChannelJob>();
        return builder;
    }
}
