using FocalBot.Bot.Decisions;
using FocalBot.Bot.Scheduling;

namespace FocalBot.Bot.Groups;

public static class GroupSetup
{
    /// Thematic groups: the subject the network decides on (Decisions), the campaigns (the new group, invitations,
    /// requests to join and the office's answers; the channel post sent by its own job), and the membership steps' service.
    public static WebApplicationBuilder AddGroups(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddProposalSubject<GroupSubject>();
        services.AddCampaign<GroupCreatedCampaign, string>();
        services.AddCampaign<GroupInvitationCampaign, GroupInvitationCampaign.Subject>();
        services.AddCampaign<GroupRequestCampaign, GroupRequestCampaign.Subject>();
        services.AddCampaign<GroupAnswerCampaign, GroupRequestCampaign.Subject>();
        services.AddSingleton<GroupMembershipSteps>();
        services.AddCampaignSentElsewhere<GroupChannelPostCampaign, string>();
        services.AddSingleton<IJob, GroupChannelJob>();
        return builder;
    }
}
