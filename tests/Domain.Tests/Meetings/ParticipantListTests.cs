using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Tests.Members;

namespace FocalBot.Domain.Tests.Meetings;

public sealed class ParticipantListTests
{
    static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);
    static readonly Member Fr = AMember.FocalPoint("FR") with { DisplayName = "Claire Dubois", Organisation = "Ministère de l'Intérieur", Title = "Cheffe de bureau" };
    static readonly Member Al = AMember.FocalPoint("AL") with { DisplayName = "Arben Hoxha", Organisation = "Ministry of Interior" };
    static readonly Member De = AMember.FocalPoint("DE") with { DisplayName = "Jonas Weber", Organisation = "BAMF" };
    static readonly Member It = AMember.FocalPoint("IT") with { DisplayName = "Giulia Rossi" };
    static readonly Member Office = AMember.Office() with { DisplayName = "Office member" };
    static readonly Meeting Session = AMeeting.Thematic().Convened([Fr, Al, De, It, Office]);

    static Rsvp Answer(Member m, RsvpChoice choice, Substitute? substitute = null) =>
        new() { MeetingId = Session.Id, MemberId = m.Id, Choice = choice, Substitute = substitute, StateCode = m.StateCode, Role = m.Role, AnsweredAt = Now };

    [Fact]
    public void The_list_has_attending_members_by_state_then_substitutes_in_place_then_externals()
    {
        var rsvps = new[]
        {
            Answer(Fr, RsvpChoice.Online),
            Answer(Office, RsvpChoice.Online),
            Answer(De, RsvpChoice.Substitute, new Substitute("Lena Schmidt", "Desk officer", "lena@bamf.example")),
            Answer(It, RsvpChoice.NotAttending),
            Answer(Al, RsvpChoice.Online),
        };
        var externals = new[]
        {
            new ExternalParticipant { Id = "x-eva", MeetingId = Session.Id, Name = "Eva Novak", Organisation = "UNHCR", Country = "Switzerland" },
            new ExternalParticipant { MeetingId = "another", Name = "Not here" },
        };

        var list = ParticipantList.Of(Session, rsvps, [Fr, Al, De, It, Office], externals);

        Assert.Equal(
        [
            new ParticipantRow(ParticipantKind.Member, "Arben Hoxha", null, "Ministry of Interior", "AL", null, RsvpChoice.Online, Al.Id),
            new ParticipantRow(ParticipantKind.Member, "Claire Dubois", "Cheffe de bureau", "Ministère de l'Intérieur", "FR", null, RsvpChoice.Online, Fr.Id),
            new ParticipantRow(ParticipantKind.Substitute, "Lena Schmidt", "Desk officer", "BAMF", "DE", null, RsvpChoice.Substitute, De.Id),
            new ParticipantRow(ParticipantKind.Member, "Office member", null, null, null, null, RsvpChoice.Online, Office.Id),
            new ParticipantRow(ParticipantKind.External, "Eva Novak", null, "UNHCR", null, "Switzerland", null, null) { ExternalId = "x-eva" },
        ], list);
    }

    [Fact]
    public void The_state_recorded_with_the_answer_is_kept_when_the_member_moves_on()
    {
        var rsvp = Answer(Fr, RsvpChoice.Online);

        var row = Assert.Single(ParticipantList.Of(Session, [rsvp], [Fr with { StateCode = "BE" }], []));

        Assert.Equal("FR", row.StateCode);
    }

    [Fact]
    public void Answers_of_people_not_invited_and_members_missing_from_the_directory_are_left_out()
    {
        var stranger = AMember.FocalPoint("ES");

        Assert.Empty(ParticipantList.Of(Session, [Answer(stranger, RsvpChoice.Online), Answer(Fr, RsvpChoice.Online)], [stranger], []));
    }
}
