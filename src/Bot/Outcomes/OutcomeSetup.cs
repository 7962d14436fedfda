using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Outcomes;

namespace FocalBot.Bot.Outcomes;

public static class OutcomeSetup
{
    /// Meeting outcomes: options (the comment period, the actions' reminder ladder), the action steps' service, the
    /// campaigns (the action and its reminders to owners, the office's notices and answers) and the job that sends
    /// actions once their report is issued and queues reminders.
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
        services.AddSingleton<IJob, ActionJob>();
        return builder;
    }
}
