using FocalBot.Domain.Members;

namespace FocalBot.Domain.Tests.Members;

public sealed class RosterTests
{
    const string Tenant = "6b1c8a52-6bd2-4e6c-9d26-3c4f2e6a8d10";

    static RosterPerson Person(Member m) => new(m.AadObjectId.ToUpperInvariant(), m.TenantId, m.DisplayName, m.Email, false);

    [Theory]
    [InlineData("jane.doe_interior.gov.fr#EXT#@coe.onmicrosoft.com", "jane.doe@interior.gov.fr")]
    [InlineData("first_last_mail.example#ext#@coe.onmicrosoft.com", "first_last@mail.example")]
    [InlineData("sophie.laurent@coe.int", null)]
    [InlineData(null, null)]
    public void A_guests_home_address_is_read_from_their_upn(string? upn, string? email) => Assert.Equal(email, Roster.GuestEmail(upn));

    [Fact]
    public void Members_are_matched_by_identity_and_pending_ones_linked_by_email()
    {
        var elise = AMember.FocalPoint("FR");
        var pending = AMember.FocalPoint("IT") with { Email = "giulia@interno.example", AadObjectId = "", TenantId = "" };
        var absent = AMember.FocalPoint("DE");
        var giulia = new RosterPerson("0A1B2C3D-0000-4000-8000-000000000004", Tenant, "Giulia Rossi", "Giulia@Interno.example", IsGuest: true);
        var stranger = new RosterPerson("0a1b2c3d-0000-4000-8000-000000000099", Tenant, "Someone Else", "someone@x.org", false);

        var report = Roster.Compare([elise, pending, absent], [Person(elise), giulia, stranger]);

        Assert.Equal([elise.Id], report.Matched.Select(m => m.Id));
        var linked = Assert.Single(report.Linked);
        Assert.Equal((pending.Id, "0a1b2c3d-0000-4000-8000-000000000004", Tenant), (linked.Id, linked.AadObjectId, linked.TenantId));
        Assert.Equal([stranger], report.NotInDirectory);
        Assert.Equal([absent.Id], report.NotInTeam.Select(m => m.Id));
    }

    [Fact]
    public void Retired_members_in_the_team_and_emails_of_other_identities_are_reported_not_changed()
    {
        var left = AMember.FocalPoint("FR") with { Status = MemberStatus.Left };
        var known = AMember.FocalPoint("BE") with { Email = "luc@x.org" };
        var impostor = new RosterPerson("0a1b2c3d-0000-4000-8000-000000000042", Tenant, "Luc P.", "luc@x.org", true);

        var report = Roster.Compare([left, known], [Person(left), impostor]);

        Assert.Equal(left.Id, Assert.Single(report.Retired).Member.Id);
        Assert.Equal(known.Id, Assert.Single(report.OtherIdentity).Member.Id);
        Assert.Empty(report.Linked);
        Assert.Empty(report.NotInTeam);
    }
}
