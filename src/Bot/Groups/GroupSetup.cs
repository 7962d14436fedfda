using FocalBot.Bot.Scheduling;

namespace FocalBot.Bot.Groups;

public static class GroupSetup
{
    /// Thematic groups: the campaigns of invitations and requests to join.
    public static WebApplicationBuilder AddGroups(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCampaign<GroupInvitationCampaign, GroupInvitationCampaign.Subject>();
        services.AddCampaign<GroupRequestCampaign, GroupRequestCampaign.Subject>();
        return builder;
    }
}
