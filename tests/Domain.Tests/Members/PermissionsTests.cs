using FocalBot.Domain.Members;

namespace FocalBot.Domain.Tests.Members;

public sealed class PermissionsTests
{
    [Theory]
    [InlineData(MemberRole.Office, Permission.ManageMembers, true)]
    [InlineData(MemberRole.Office, Permission.ViewDirectory, true)]
    [InlineData(MemberRole.FocalPoint, Permission.ViewDirectory, true)]
    [InlineData(MemberRole.FocalPoint, Permission.EditOwnDetails, true)]
    [InlineData(MemberRole.FocalPoint, Permission.ManageMembers, false)]
    [InlineData(MemberRole.Expert, Permission.EditOwnDetails, true)]
    [InlineData(MemberRole.Expert, Permission.ViewDirectory, false)]
    [InlineData(MemberRole.Expert, Permission.ManageMembers, false)]
    public void Each_role_has_its_permissions(MemberRole role, Permission permission, bool allowed)
    {
        var member = AMember.Office() with { Role = role };

        Assert.Equal(allowed, member.Allows(permission));
    }

    [Fact]
    public void A_retired_member_may_do_nothing_even_from_the_office()
    {
        var retired = AMember.Office() with { Status = MemberStatus.Left };

        Assert.All(Enum.GetValues<Permission>(), p => Assert.False(retired.Allows(p)));
    }

    [Fact]
    public void A_focal_point_edits_only_their_own_details_and_the_office_edits_anyones()
    {
        var elise = AMember.FocalPoint();
        var jonas = AMember.FocalPoint("DE");
        var office = AMember.Office();

        Assert.True(elise.MayEdit(elise));
        Assert.False(elise.MayEdit(jonas));
        Assert.True(office.MayEdit(jonas));
    }
}
