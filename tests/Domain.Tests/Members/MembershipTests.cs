using FocalBot.Domain.Members;

namespace FocalBot.Domain.Tests.Members;

public sealed class MembershipTests
{
    static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void Admitting_a_lead_demotes_the_states_lead_and_stamps_the_joining_date()
    {
        var oldLead = AMember.FocalPoint("FR", lead: true);

        var admission = Membership.Admit([oldLead], AMember.FocalPoint("fr", lead: true), Today);

        Assert.True(admission.IsAccepted);
        Assert.Equal((Today, "FR"), (admission.Member.JoinedOn, admission.Member.StateCode));
        Assert.False(Assert.Single(admission.Demoted).IsLead);
    }

    [Fact]
    public void Identity_and_email_are_unique_among_active_members()
    {
        var elise = AMember.FocalPoint("FR");

        var sameIdentity = Membership.Admit([elise], AMember.FocalPoint("FR") with { AadObjectId = elise.AadObjectId.ToUpperInvariant() }, Today);
        var sameEmail = Membership.Admit([elise], AMember.FocalPoint("FR") with { Email = elise.Email!.ToUpperInvariant() }, Today);

        Assert.Equal([MembershipProblem.IdentityTaken], sameIdentity.Problems);
        Assert.Equal([MembershipProblem.EmailTaken], sameEmail.Problems);
    }

    [Fact]
    public void A_retired_member_coming_back_gets_their_record_again()
    {
        var left = Membership.Retired(AMember.FocalPoint("FR") with { Version = "3" }, new DateOnly(2025, 1, 31));

        var admission = Membership.Admit([left], AMember.FocalPoint("FR") with { AadObjectId = left.AadObjectId, Id = "ignored" }, Today);

        Assert.True(admission.IsAccepted);
        Assert.True(admission.Rejoins);
        Assert.Equal((left.Id, "3", MemberStatus.Active, (DateOnly?)null), (admission.Member.Id, admission.Member.Version, admission.Member.Status, admission.Member.LeftOn));
    }

    [Fact]
    public void Only_focal_points_lead_and_the_office_has_no_state()
    {
        var lead = Membership.Admit([], AMember.Expert() with { StateCode = "PT", IsLead = true }, Today);
        var office = Membership.Admit([], AMember.Office() with { StateCode = "FR" }, Today);

        Assert.Equal([MembershipProblem.LeadNotFocalPoint], lead.Problems);
        Assert.Null(office.Member.StateCode);
    }

    [Fact]
    public void Retiring_clears_the_lead_and_the_office_cannot_retire_itself()
    {
        var office = AMember.Office();
        var lead = AMember.FocalPoint("DE", lead: true);

        var retired = Membership.Retired(lead, Today);

        Assert.Equal((MemberStatus.Left, Today, false), (retired.Status, retired.LeftOn, retired.IsLead));
        Assert.Equal([MembershipProblem.RetiringSelf], Membership.RetireProblems(office, office));
        Assert.Equal([MembershipProblem.AlreadyLeft], Membership.RetireProblems(office, retired));
        Assert.Empty(Membership.RetireProblems(office, lead));
    }

    [Fact]
    public void A_replacement_takes_the_state_and_the_lead_and_may_keep_the_functional_mailbox()
    {
        var office = AMember.Office();
        var outgoing = AMember.FocalPoint("IT", lead: true) with { Email = "focalpoint@interno.example" };
        var incoming = AMember.Expert() with { StateCode = null, Email = "focalpoint@interno.example" };

        var replacement = Membership.Replace([office, outgoing], office, outgoing, incoming, Today);

        Assert.True(replacement.IsAccepted, $"{string.Join(", ", replacement.Problems)} {string.Join(", ", replacement.Incoming.Problems)} {string.Join(", ", replacement.Incoming.Details)}");
        Assert.Equal((MemberRole.FocalPoint, "IT", true), (replacement.Incoming.Member.Role, replacement.Incoming.Member.StateCode, replacement.Incoming.Member.IsLead));
        Assert.Equal((MemberStatus.Left, false), (replacement.Outgoing.Status, replacement.Outgoing.IsLead));
        Assert.Empty(replacement.Incoming.Demoted);
    }

    [Fact]
    public void Only_an_active_focal_point_can_be_replaced()
    {
        var office = AMember.Office();
        var expert = AMember.Expert() with { StateCode = "PT" };

        Assert.Contains(MembershipProblem.NotFocalPoint, Membership.Replace([office, expert], office, expert, AMember.FocalPoint(), Today).Problems);
    }

    [Fact]
    public void Making_an_alternate_lead_demotes_the_lead_and_the_office_cannot_change_its_own_role()
    {
        var office = AMember.Office();
        var lead = AMember.FocalPoint("FR", lead: true);
        var alternate = AMember.FocalPoint("FR");

        var change = Membership.ChangeRole([office, lead, alternate], office, alternate, MemberRole.FocalPoint, "FR", lead: true);
        var self = Membership.ChangeRole([office], office, office, MemberRole.FocalPoint, "FR", lead: false);

        Assert.True(change.IsAccepted);
        Assert.Equal(lead.Id, Assert.Single(change.Demoted).Id);
        Assert.Equal([MembershipProblem.ChangingSelf], self.Problems);
    }

    [Fact]
    public void A_new_role_follows_the_role_rules()
    {
        var office = AMember.Office();
        var lead = AMember.FocalPoint("FR", lead: true);

        var toOffice = Membership.ChangeRole([office, lead], office, lead, MemberRole.Office, "FR", lead: false);
        var expertLead = Membership.ChangeRole([office, lead], office, lead, MemberRole.Expert, "FR", lead: true);
        var noState = Membership.ChangeRole([office, lead], office, lead, MemberRole.FocalPoint, null, lead: false);

        Assert.Equal((MemberRole.Office, (StateCode?)null, false), (toOffice.Member.Role, toOffice.Member.StateCode, toOffice.Member.IsLead));
        Assert.Equal([MembershipProblem.LeadNotFocalPoint], expertLead.Problems);
        Assert.Equal([DetailProblem.StateMissing], noState.Details);
    }
}
