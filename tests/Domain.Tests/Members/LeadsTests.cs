using FocalBot.Domain.Members;

namespace FocalBot.Domain.Tests.Members;

public sealed class LeadsTests
{
    [Fact]
    public void Making_a_new_lead_demotes_the_states_previous_lead_only()
    {
        var oldLead = AMember.FocalPoint("FR", lead: true);
        var alternate = AMember.FocalPoint("FR");
        var germanLead = AMember.FocalPoint("DE", lead: true);

        var demoted = Leads.Demoted([oldLead, alternate, germanLead], alternate with { IsLead = true });

        var only = Assert.Single(demoted);
        Assert.Equal(oldLead.Id, only.Id);
        Assert.False(only.IsLead);
    }

    [Fact]
    public void State_codes_compare_without_case()
    {
        var oldLead = AMember.FocalPoint("fr", lead: true);

        Assert.Single(Leads.Demoted([oldLead], AMember.FocalPoint("FR", lead: true)));
    }

    [Fact]
    public void Office_staff_and_experts_are_never_leads_of_a_state()
    {
        Assert.Empty(Leads.Demoted([AMember.FocalPoint("FR", lead: true)], AMember.Office() with { StateCode = "FR", IsLead = true }));
    }

    [Fact]
    public void Several_active_leads_of_one_state_are_found_and_retired_ones_ignored()
    {
        Member[] everyone =
        [
            AMember.FocalPoint("FR", lead: true), AMember.FocalPoint("fr", lead: true),
            AMember.FocalPoint("DE", lead: true), AMember.FocalPoint("DE", lead: true) with { Status = MemberStatus.Left },
        ];

        Assert.Equal(["FR"], Leads.StatesWithSeveralLeads(everyone));
    }

    [Fact]
    public void States_without_an_active_lead_are_listed()
    {
        Member[] everyone =
        [
            AMember.FocalPoint("FR", lead: true), AMember.FocalPoint("DE"),
            AMember.FocalPoint("IT", lead: true) with { Status = MemberStatus.Left },
        ];

        var without = Leads.StatesWithoutLead(everyone).Select(s => s.Code).ToList();

        Assert.Equal(45, without.Count);
        Assert.DoesNotContain("FR", without);
        Assert.Contains("IT", without);
    }
}
