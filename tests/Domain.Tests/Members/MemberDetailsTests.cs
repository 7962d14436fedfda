using FocalBot.Domain.Members;

namespace FocalBot.Domain.Tests.Members;

public sealed class MemberDetailsTests
{
    [Fact]
    public void Good_details_have_no_problem() => Assert.Empty(MemberDetails.Problems(AMember.FocalPoint() with { Phone = "+33 1 23 45 67 89" }));

    [Theory]
    [InlineData("", DetailProblem.NameMissing)]
    [InlineData("   ", DetailProblem.NameMissing)]
    public void A_name_is_required(string name, DetailProblem problem) =>
        Assert.Contains(problem, MemberDetails.Problems(AMember.Office() with { DisplayName = name }));

    [Fact]
    public void A_focal_point_needs_a_known_member_state()
    {
        Assert.Contains(DetailProblem.StateMissing, MemberDetails.Problems(AMember.FocalPoint() with { StateCode = null }));
        Assert.Contains(DetailProblem.StateUnknown, MemberDetails.Problems(AMember.FocalPoint() with { StateCode = "US" }));
        Assert.Empty(MemberDetails.Problems(AMember.Office() with { StateCode = null }));
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("a@b")]
    [InlineData("Élise <elise@example.org>")]
    public void Bad_email_addresses_are_refused(string email) =>
        Assert.Contains(DetailProblem.EmailInvalid, MemberDetails.Problems(AMember.Office() with { Email = email }));

    [Theory]
    [InlineData("call me")]
    [InlineData("12")]
    [InlineData("+33 1 23 45 67 89 00 11 22 33 44 55")]
    public void Bad_phone_numbers_are_refused(string phone) =>
        Assert.Contains(DetailProblem.PhoneInvalid, MemberDetails.Problems(AMember.Office() with { Phone = phone }));

    [Fact]
    public void Identity_must_be_two_guids() =>
        Assert.Contains(DetailProblem.IdentityInvalid, MemberDetails.Problems(AMember.Office() with { AadObjectId = "elise" }));

    [Fact]
    public void A_pending_identity_is_allowed_only_with_an_email_and_never_half_filled()
    {
        var pending = AMember.FocalPoint() with { AadObjectId = "", TenantId = "" };

        Assert.Empty(MemberDetails.Problems(pending));
        Assert.False(pending.HasIdentity);
        Assert.Contains(DetailProblem.IdentityMissing, MemberDetails.Problems(pending with { Email = null }));
        Assert.Contains(DetailProblem.IdentityMissing, MemberDetails.Problems(pending with { TenantId = "6b1c8a52-6bd2-4e6c-9d26-3c4f2e6a8d10" }));
        Assert.False(pending.IsSamePersonAs("", ""));
    }

    [Fact]
    public void Normalizing_trims_and_drops_blank_fields()
    {
        var m = MemberDetails.Normalized(AMember.FocalPoint("fr") with { DisplayName = " Élise ", Title = "  ", Email = " Elise@Example.org " });

        Assert.Equal(("Élise", "FR", null, "elise@example.org"), (m.DisplayName, m.StateCode, m.Title, m.Email));
    }

    [Fact]
    public void The_council_has_46_member_states_with_French_names() =>
        Assert.Equal((46, "Allemagne"), (MemberStates.All.Count, MemberStates.Find("de")!.NameFr));
}
