using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Tests.Members;

namespace FocalBot.Domain.Tests.Meetings;

public sealed class ExternalParticipantsTests
{
    static readonly Member Office = AMember.Office();
    static readonly Meeting Session = AMeeting.Thematic().Convened([AMember.FocalPoint()]);

    static ExternalParticipant Expert(string name = " Dr Eva Novak ") => new()
    {
        MeetingId = "", Name = name, Title = " Researcher ", Organisation = "UNHCR", Country = " Switzerland ", Email = " Eva@Example.ORG ",
    };

    [Fact]
    public void The_office_enters_an_external_participant_trimmed_for_the_meeting()
    {
        var entered = ExternalParticipants.Enter(Office, Session, Expert(), AMeeting.Today).Value!;

        Assert.Equal((Session.Id, "Dr Eva Novak", "Researcher", "Switzerland", "eva@example.org"),
            (entered.MeetingId, entered.Name, entered.Title, entered.Country, entered.Email));
        Assert.Equal((Office.Id, AMeeting.Today), (entered.AddedBy, entered.AddedOn));
    }

    [Fact]
    public void A_name_is_needed_and_the_e_mail_is_optional_but_checked()
    {
        Assert.Equal(ExternalRefusal.Invalid, ExternalParticipants.Enter(Office, Session, Expert(" "), AMeeting.Today).Refusal);
        Assert.Equal([PersonProblem.EmailInvalid], (Expert() with { Email = "eva" }).Problems());
        Assert.Empty((Expert() with { Email = null, Title = null, Organisation = null, Country = null }).Problems());
        Assert.Equal([PersonProblem.CountryTooLong], (Expert() with { Country = new string('c', 101) }).Problems());
    }

    [Fact]
    public void Plenaries_and_closed_sessions_take_no_external_participant()
    {
        var plenary = AMeeting.Plenary().Convened([AMember.FocalPoint()]);

        Assert.Equal(ExternalRefusal.ClosedMeeting, ExternalParticipants.Enter(Office, plenary, Expert(), AMeeting.Today).Refusal);
        Assert.Equal(ExternalRefusal.ClosedMeeting, ExternalParticipants.Enter(Office, Session with { WithExternals = false }, Expert(), AMeeting.Today).Refusal);
    }

    [Fact]
    public void Only_the_office_enters_or_removes_and_only_before_the_meeting_is_over()
    {
        var entered = ExternalParticipants.Enter(Office, Session, Expert(), AMeeting.Today).Value!;

        Assert.Equal(ExternalRefusal.NotAllowed, ExternalParticipants.Enter(AMember.FocalPoint(), Session, Expert(), AMeeting.Today).Refusal);
        Assert.Equal(ExternalRefusal.NotAllowed, ExternalParticipants.Remove(AMember.FocalPoint(), Session, entered, AMeeting.Today).Refusal);
        Assert.Equal(ExternalRefusal.MeetingOver, ExternalParticipants.Enter(Office, Session, Expert(), Session.ClosingDay.AddDays(1)).Refusal);
        Assert.Equal(ExternalRefusal.Cancelled, ExternalParticipants.Enter(Office, Session with { Status = MeetingStatus.Cancelled }, Expert(), AMeeting.Today).Refusal);
        Assert.Same(entered, ExternalParticipants.Remove(Office, Session, entered, AMeeting.Today).Value);
    }
}
