using FocalBot.Bot.Scheduling;

namespace FocalBot.Bot.Meetings;

public static class MeetingSetup
{
    /// Options, the meeting's files, the campaigns the sender writes, and the job (channel posts, reminders).
    public static WebApplicationBuilder AddMeetings(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<MeetingOptions>().BindConfiguration(MeetingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<MeetingFileStore>();
        services.AddSingleton<MeetingViews>();
        services.AddSingleton<MeetingOutbox>();
        services.AddSingleton<MeetingMessages>();
        services.AddCampaign<MeetingMessages>(MeetingMessages.ConvocationPrefix, m => m.ConvocationAsync, mentionsInChannel: true, mailNotice: MailNoticeKind.Convocation,
            mentionsFor: m => m.MentionedInChannelAsync);
        services.AddCampaign<MeetingMessages>(MeetingMessages.AgendaPrefix, m => m.AgendaAsync);
        services.AddCampaign<MeetingMessages>(MeetingMessages.DecisionPrefix, m => m.DecisionAsync);
        services.AddCampaign<MeetingMessages>(MeetingMessages.NoticePrefix, m => m.NoticeAsync, mailNotice: MailNoticeKind.MeetingNotice);
        services.AddCampaign<MeetingMessages>(MeetingMessages.ReminderPrefix, m => m.ReminderAsync, mailNotice: MailNoticeKind.MeetingNotice);
        // Posted by MeetingJobs through NetworkChannel.
        services.AddCampaignSentElsewhere(MeetingMessages.ChannelPrefix);
        services.AddCampaignSentElsewhere(MeetingMessages.MentionPrefix);
        services.AddSingleton<IJob, MeetingJobs>();
        services.AddSingleton<Deliveries.IDeliverySubjects, MeetingDeliveries>();
        return builder;
    }
}
