using FocalBot.Domain.Groups;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using FocalBot.Domain.Tests.Members;

namespace FocalBot.Domain.Tests.Groups;

public sealed class ThematicGroupsTests
{
    static readonly Member Office = AMember.Office();
    static readonly Member Elise = AMember.FocalPoint("FR");
    static readonly Member Jonas = AMember.FocalPoint("DE");
    static readonly DateOnly Today = new(2027, 2, 1);

    static readonly ThematicGroup Integration = new()
    {
        NameEn = "Integration of migrant children", NameFr = "Intégration des enfants migrants", Purpose = "Share practice on schooling.",
        Language = Language.En, CreatedBy = Office.Id, CreatedOn = Today, Status = GroupStatus.Active,
    };

    static IReadOnlyList<GroupProblem> Problems(ThematicGroup group, params ThematicGroup[] others) =>
        ThematicGroups.Problems(group, others, new HashSet<string>(), GroupSettings.Default);

    [Fact]
    public void A_name_taken_in_either_language_is_refused_without_regard_to_case_or_accents()
    {
        var proposed = Integration with { Id = "other", NameEn = "Children", NameFr = "INTEGRATION  des enfants migrants" };

        Assert.Equal([GroupProblem.NameTaken], Problems(proposed, Integration));
        Assert.Empty(Problems(proposed, Integration with { Status = GroupStatus.Withdrawn }));
        Assert.Empty(Problems(Integration, Integration));   // the group itself, edited
    }

    [Fact]
    public void Both_names_and_a_purpose_are_needed_and_a_lead_must_be_a_rapporteur()
    {
        Assert.Equal([GroupProblem.NameFrMissing, GroupProblem.PurposeMissing], Problems(Integration with { NameFr = " ", Purpose = "" }));
        Assert.Equal([GroupProblem.LeadNotARapporteur], Problems(Integration with { LeadId = Elise.Id }));
        Assert.Empty(ThematicGroups.Problems(Integration with { LeadId = Elise.Id }, [], new HashSet<string> { Elise.Id }, GroupSettings.Default));
    }

    [Fact]
    public void An_invited_member_who_accepts_is_in_and_one_who_declines_is_not()
    {
        var invited = ThematicGroups.Invite(Integration, Office, Elise, Today).Value!;

        Assert.Equal(GroupMemberStatus.Invited, invited.StatusOf(Elise.Id));
        Assert.Empty(invited.MemberIds);
        Assert.Equal([Elise.Id], ThematicGroups.AnswerInvitation(invited, Elise, true, Today).Value!.MemberIds);
        Assert.Null(ThematicGroups.AnswerInvitation(invited, Elise, false, Today).Value!.StatusOf(Elise.Id));
        Assert.Equal(GroupRefusal.NothingToAnswer, ThematicGroups.AnswerInvitation(invited, Jonas, true, Today).Refusal);
        Assert.Equal(GroupRefusal.AlreadyInvited, ThematicGroups.Invite(invited, Office, Elise, Today).Refusal);
    }

    [Fact]
    public void A_member_asks_to_join_and_the_office_approves_or_not()
    {
        var asked = ThematicGroups.Ask(Integration, Jonas, Today).Value!;

        Assert.Equal(GroupRefusal.AlreadyAsked, ThematicGroups.Ask(asked, Jonas, Today).Refusal);
        Assert.Equal([Jonas.Id], ThematicGroups.AnswerRequest(asked, Office, Jonas.Id, true, Today).Value!.MemberIds);
        Assert.Null(ThematicGroups.AnswerRequest(asked, Office, Jonas.Id, false, Today).Value!.StatusOf(Jonas.Id));
        Assert.Equal(GroupRefusal.NotAllowed, ThematicGroups.AnswerRequest(asked, Elise, Jonas.Id, true, Today).Refusal);
        // An invitation meets a request: in at once, either way round.
        Assert.Equal([Jonas.Id], ThematicGroups.Invite(asked, Office, Jonas, Today).Value!.MemberIds);
        var invited = ThematicGroups.Invite(Integration, Office, Elise, Today).Value!;
        Assert.Equal([Elise.Id], ThematicGroups.Ask(invited, Elise, Today).Value!.MemberIds);
    }

    [Fact]
    public void A_member_leaves_and_a_lead_who_leaves_is_lead_no_more()
    {
        var group = ThematicGroups.Ask(ThematicGroups.Invite(Integration, Office, Elise, Today).Value!, Elise, Today).Value! with { LeadId = Elise.Id };

        var left = ThematicGroups.Leave(group, Elise).Value!;

        Assert.Empty(left.MemberIds);
        Assert.Null(left.LeadId);
        Assert.Equal(GroupRefusal.NotInGroup, ThematicGroups.Leave(left, Elise).Refusal);
    }

    [Fact]
    public void Nothing_happens_in_a_group_the_network_has_not_created_and_the_office_is_not_a_group_member()
    {
        var proposed = Integration with { Status = GroupStatus.Proposed };

        Assert.Equal(GroupRefusal.NotActive, ThematicGroups.Invite(proposed, Office, Elise, Today).Refusal);
        Assert.Equal(GroupRefusal.NotActive, ThematicGroups.Ask(proposed, Elise, Today).Refusal);
        Assert.Equal(GroupRefusal.NotAMember, ThematicGroups.Invite(Integration, Office, Office, Today).Refusal);
        Assert.Equal(GroupRefusal.NotAMember, ThematicGroups.Invite(Integration, Office, Jonas with { Status = MemberStatus.Left }, Today).Refusal);
        Assert.Equal(GroupRefusal.NotAllowed, ThematicGroups.Invite(Integration, Elise, Jonas, Today).Refusal);
        Assert.Equal(GroupStatus.Active, ThematicGroups.Create(proposed)!.Status);
        Assert.Null(ThematicGroups.Create(Integration));
    }
}
