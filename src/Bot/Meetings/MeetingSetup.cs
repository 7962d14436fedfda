using FocalBot.Bot.Scheduling;

namespace FocalBot.Bot.Meetings;

public static class MeetingSetup
{
    /// Options, the meeting's files, the meeting's campaigns (one line each), and the job (channel posts, reminders).
    public static WebApplicationBuilder AddMeetings(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<MeetingOptions>().BindConfiguration(MeetingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<MeetingFileStore>();
        services.AddSingleton<MeetingGroups>();
        services.AddSingleton<MeetingViews>();
        // Each member's links to the files sent to the bot for an agenda; and the agendas as places for those files.
        services.AddSingleton<AgendaFileLinks>();
        services.AddSingleton<Files.IFileDestinations, MeetingFiles>();
        services.AddSingleton<MeetingOutbox>();
        services.AddCampaign<ConvocationCampaign, string>();
        services.AddCampaign<RevisedAgendaCampaign, RevisedAgendaCampaign.Subject>();
        services.AddCampaign<SuggestionDecisionCampaign, string>();
        services.AddCampaign<MeetingNoticeCampaign, MeetingNoticeCampaign.Subject>();
        services.AddCampaign<MeetingReminderCampaign, MeetingReminderCampaign.Subject>();
        // Posted by MeetingJobs through NetworkChannel.
        services.AddCampaignSentElsewhere<MeetingChannelPostCampaign, string>();
        services.AddCampaignSentElsewhere<MeetingMentionCampaign, string>();
        services.AddSingleton<IJob, MeetingJobs>();
        services.AddSingleton<Deliveries.IDeliverySubjects, MeetingDeliveries>();
        return builder;
    }
}
