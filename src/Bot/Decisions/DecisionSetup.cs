using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Decisions;

namespace FocalBot.Bot.Decisions;

public static class DecisionSetup
{
    /// The network's decisions by silence: the objection period (checked at startup), the service features propose
    /// through, the job that decides, and the two campaigns (the proposal to focal points, the objections to the office).
    public static WebApplicationBuilder AddDecisions(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DecisionOptions>().BindConfiguration(DecisionOptions.Section).ValidateDataAnnotations()
            // One subject per kind of proposal: two would make the proposal card depend on registration order.
            .Validate<IEnumerable<IProposalSubject>>((_, subjects) => subjects.GroupBy(s => s.Kind).All(g => g.Count() == 1),
                "Two features registered a proposal subject for the same kind of proposal.")
            .ValidateOnStart();
        builder.Services.AddSingleton<Proposals>();
        builder.Services.AddSingleton<IJob, DecisionJob>();
        builder.Services.AddCampaign<ProposalCampaign, ProposalCampaign.Subject>();
        builder.Services.AddCampaign<ObjectedCampaign, ProposalCampaign.Subject>();
        return builder;
    }
}
