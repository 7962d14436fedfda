using FocalBot.Bot.Decisions;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Rapporteurs;

namespace FocalBot.Bot.Rapporteurs;

public static class RapporteurSetup
{
    /// The call as the network decides on it, the rapporteurs' campaigns (one line each), the channel posts and the
    /// mandates' job.
    public static WebApplicationBuilder AddRapporteurs(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddProposalSubject<CallSubject>();
        services.AddCampaign<CallOpenedCampaign, string>();
        services.AddCampaign<ConsentCampaign, ConsentCampaign.Subject>();
        services.AddCampaign<AppointedCampaign, string>();
        services.AddCampaign<NotAppointedCampaign, string>();
        services.AddCampaign<MandateEndingCampaign, MandateEndingCampaign.Subject>();
        // Posted by RapporteurChannelJob, to the channel rather than to each member's chat.
        services.AddCampaignSentElsewhere<CallChannelPostCampaign, string>();
        services.AddCampaignSentElsewhere<AppointedChannelPostCampaign, string>();
        services.AddSingleton<IJob, RapporteurChannelJob>();
        services.AddSingleton<IJob, MandateJob>();
        return builder;
    }
}
