using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Tests.Members;

namespace FocalBot.Domain.Tests.Meetings;

/// The office records who attended, from the meeting's start on: the answers pre-fill the list, walk-ins are added, and
/// nobody else can be recorded present. The plenary opens Monday 11 May 2026 at 9:30 in Paris (7:30 UTC).
public sealed class AttendanceRegisterTests
{
    static readonly Member Office = AMember.Office() with { DisplayName = "Sophie Laurent", Organisation = "SRSG office" };
    static readonly Member Fr = AMember.FocalPoint("FR") with { DisplayName = "Élise Moreau", Organisation = "Ministère de l’Intérieur", Title = "Cheffe de bureau" };
    static readonly Member De = AMember.FocalPoint("DE") with { DisplayName = "Jonas Weber", Organisation = "BAMF" };
    static readonly Member It = AMember.FocalPoint("IT") with { DisplayName = "Giulia Rossi" };
    static readonly Member Pl = AMember.FocalPoint("PL") with { DisplayName = "Piotr Nowak" };
    static readonly Member NotInvited = AMember.FocalPoint("AT") with { DisplayName = "Anna Gruber" };
    static readonly Member[] Everyone = [Office, Fr, De, It, Pl, NotInvited];
    static readonly Meeting Plenary = AMeeting.Plenary().Convened([Fr, De, It, Pl]);
    static readonly DateTimeOffset Start = new(2026, 5, 11, 7, 30, 0, TimeSpan.Zero);

    static Rsvp Answer(Member m, RsvpChoice choice, Substitute? substitute = null) => new()
    {
        MeetingId = Plenary.Id, MemberId = m.Id, Choice = choice, Substitute = substitute, StateCode = m.StateCode, Role = m.Role, AnsweredAt = Start.AddDays(-20),
    };

    static readonly Rsvp[] Answers =
    [
        Answer(Fr, RsvpChoice.InPerson),
        Answer(De, RsvpChoice.Substitute, new Substitute("Lena Schmidt", "Desk officer", "lena@bamf.example")),
        Answer(It, RsvpChoice.NotAttending),
        // Piotr did not answer.
    ];

    static Attendance Opened(Attendance? stored = null) =>
        AttendanceRegister.Opened(Plenary, stored, AttendanceRegister.Expected(Plenary, Answers, Everyone, []));

    static Dictionary<string, AttendanceMark> Marks(params (string Id, AttendanceMark Mark)[] marks) => marks.ToDictionary(m => m.Id, m => m.Mark);

    [Fact]
    public void The_list_starts_from_the_answers_ticked_present_with_the_substitute_in_place_of_their_member()
    {
        var list = Opened();

        Assert.Equal(
        [
            (Attendee.MemberKey(Fr.Id), AttendeeKind.Member, "Élise Moreau", "Ministère de l’Intérieur", "FR", (RsvpChoice?)RsvpChoice.InPerson),
            (Attendee.SubstituteKey(De.Id), AttendeeKind.Substitute, "Lena Schmidt", "BAMF", "DE", RsvpChoice.Substitute),
        ], list.People.Select(p => (p.Id, p.Kind, p.Name, p.Organisation, p.StateCode!.Value, p.Announced)));
        Assert.All(list.People, p => Assert.True(p.Present));
        Assert.All(list.People, p => Assert.Equal(OrganisationKind.NationalAuthority, p.OrganisationKind));
    }

    [Fact]
    public void Nothing_is_recorded_before_the_meeting_starts_nor_for_a_cancelled_one_nor_by_a_member()
    {
        var marks = Marks((Attendee.MemberKey(Fr.Id), new AttendanceMark(true)));

        Assert.Equal(AttendanceRefusal.NotStarted, AttendanceRegister.Record(Office, Plenary, Opened(), marks, Start.AddMinutes(-1)).Refusal);
        Assert.True(AttendanceRegister.Record(Office, Plenary, Opened(), marks, Start).IsAccepted);
        Assert.Equal(AttendanceRefusal.Cancelled, AttendanceRegister.Record(Office, Plenary with { Status = MeetingStatus.Cancelled }, Opened(), marks, Start).Refusal);
        Assert.Equal(AttendanceRefusal.NotAllowed, AttendanceRegister.Record(Fr, Plenary, Opened(), marks, Start).Refusal);
    }

    [Fact]
    public void A_whole_day_meeting_starts_at_midnight_where_it_is_held()
    {
        Assert.Equal(new DateTimeOffset(2026, 5, 10, 22, 0, 0, TimeSpan.Zero), MeetingDates.StartOf(Plenary with { StartsAt = null, EndsAt = null }));
        Assert.Equal(Start, MeetingDates.StartOf(Plenary));
    }

    [Fact]
    public void Ticks_are_recorded_with_who_and_when_and_the_same_ticks_again_change_nothing()
    {
        var marks = Marks((Attendee.MemberKey(Fr.Id), new AttendanceMark(true)), (Attendee.SubstituteKey(De.Id), new AttendanceMark(false)));

        var recorded = AttendanceRegister.Record(Office, Plenary, Opened(), marks, Start.AddHours(8)).Value!;
        var stored = recorded with { Version = "1" };
        var again = AttendanceRegister.Record(Office, Plenary, Opened(stored), marks, Start.AddHours(9)).Value!;

        Assert.Equal([true, false], recorded.People.Select(p => p.Present));
        Assert.Equal((Office.Id, Start.AddHours(8)), (recorded.RecordedBy, recorded.RecordedAt));
        Assert.Equal(stored, again);
    }

    [Fact]
    public void Someone_neither_expected_nor_a_walk_in_cannot_be_recorded_present()
    {
        var refused = AttendanceRegister.Record(Office, Plenary, Opened(), Marks((Attendee.MemberKey(NotInvited.Id), new AttendanceMark(true))), Start);
        var notAnswering = AttendanceRegister.Record(Office, Plenary, Opened(), Marks((Attendee.MemberKey(Pl.Id), new AttendanceMark(true))), Start);

        Assert.Equal(AttendanceRefusal.NotExpected, refused.Refusal);
        Assert.Equal(AttendanceRefusal.NotExpected, notAnswering.Refusal);
    }

    [Fact]
    public void A_gender_is_kept_only_with_consent()
    {
        var id = Attendee.MemberKey(Fr.Id);

        var refused = AttendanceRegister.Record(Office, Plenary, Opened(), Marks((id, new AttendanceMark(true, Gender.Woman))), Start);
        var kept = AttendanceRegister.Record(Office, Plenary, Opened(), Marks((id, new AttendanceMark(true, Gender.Woman, Consent: true))), Start).Value!;
        var consentAlone = AttendanceRegister.Record(Office, Plenary, Opened(), Marks((id, new AttendanceMark(true, null, Consent: true))), Start).Value!;

        Assert.Equal(AttendanceRefusal.GenderWithoutConsent, refused.Refusal);
        Assert.Equal((Gender.Woman, true), kept.People.Single(p => p.Id == id) is var p ? (p.Gender!.Value, p.GenderConsent) : default);
        Assert.False(consentAlone.People.Single(p => p.Id == id).GenderConsent);
    }

    [Fact]
    public void A_member_who_did_not_answer_walks_in_from_the_directory_and_can_then_be_ticked()
    {
        var added = AttendanceRegister.AddWalkIn(Office, Plenary, Opened(), new WalkIn("w1") { MemberId = Pl.Id }, Everyone, Start, MeetingSettings.Default).Value!;
        var walkIn = added.People[^1];

        Assert.Equal((AttendeeKind.WalkIn, Pl.Id, "Piotr Nowak", "PL", true), (walkIn.Kind, walkIn.MemberId, walkIn.Name, walkIn.StateCode!.Value, walkIn.Present));
        Assert.True(AttendanceRegister.Record(Office, Plenary, added, Marks((walkIn.Id, new AttendanceMark(false))), Start).IsAccepted);
    }

    [Fact]
    public void An_outside_person_walks_in_with_a_name_and_an_organisation_kind()
    {
        var guest = new WalkIn("w2")
        {
            Name = " Dr Lena Berg ", Organisation = "UNHCR", OrganisationKind = OrganisationKind.InternationalOrganisation, Country = "Switzerland",
            Gender = Gender.Woman, Consent = true,
        };

        var added = AttendanceRegister.AddWalkIn(Office, Plenary, Opened(), guest, Everyone, Start, MeetingSettings.Default).Value!.People[^1];

        Assert.Equal(("Dr Lena Berg", null, "Switzerland", OrganisationKind.InternationalOrganisation, Gender.Woman),
            (added.Name, added.MemberId, added.Country, added.OrganisationKind!.Value, added.Gender!.Value));
    }

    [Fact]
    public void The_same_walk_in_form_sent_twice_adds_one_person()
    {
        var form = new WalkIn("w3") { MemberId = NotInvited.Id };
        var once = AttendanceRegister.AddWalkIn(Office, Plenary, Opened(), form, Everyone, Start, MeetingSettings.Default).Value! with { Version = "1" };

        var twice = AttendanceRegister.AddWalkIn(Office, Plenary, once, form, Everyone, Start, MeetingSettings.Default).Value!;

        Assert.Same(once, twice);
        Assert.Equal(AttendanceRefusal.AlreadyListed,
            AttendanceRegister.AddWalkIn(Office, Plenary, once, new WalkIn("w4") { MemberId = NotInvited.Id }, Everyone, Start, MeetingSettings.Default).Refusal);
    }

    [Theory]
    [InlineData("m-x", "Someone", AttendanceRefusal.WalkInTwice)]
    [InlineData(null, null, AttendanceRefusal.WalkInMissing)]
    [InlineData("m-nobody", null, AttendanceRefusal.UnknownMember)]
    [InlineData(null, "Guest without a kind", AttendanceRefusal.OrganisationKindMissing)]
    public void A_walk_in_is_a_member_or_an_outside_person_never_both_nor_neither(string? memberId, string? name, AttendanceRefusal refusal)
    {
        var refused = AttendanceRegister.AddWalkIn(Office, Plenary, Opened(), new WalkIn("w5") { MemberId = memberId, Name = name }, Everyone, Start, MeetingSettings.Default);

        Assert.Equal(refusal, refused.Refusal);
    }

    [Fact]
    public void A_walk_in_for_a_member_already_expected_is_refused_and_the_list_has_a_limit()
    {
        var full = MeetingSettings.Default with { MaxAttendees = 2 };

        Assert.Equal(AttendanceRefusal.AlreadyListed,
            AttendanceRegister.AddWalkIn(Office, Plenary, Opened(), new WalkIn("w6") { MemberId = Fr.Id }, Everyone, Start, MeetingSettings.Default).Refusal);
        Assert.Equal(AttendanceRefusal.TooMany,
            AttendanceRegister.AddWalkIn(Office, Plenary, Opened(), new WalkIn("w7") { MemberId = Pl.Id }, Everyone, Start, full).Refusal);
    }

    [Fact]
    public void An_external_participant_entered_after_the_list_was_recorded_joins_it_and_nothing_recorded_is_lost()
    {
        var session = AMeeting.Thematic(Fr.Id).Convened([Fr]);
        var lena = new ExternalParticipant { Id = "x-lena", MeetingId = session.Id, Name = "Lena Berg", Organisation = "UNHCR", Country = "Switzerland" };
        var stored = new Attendance
        {
            MeetingId = session.Id, Version = "3",
            People = [new Attendee { Id = Attendee.MemberKey(Fr.Id), Kind = AttendeeKind.Member, MemberId = Fr.Id, Name = "Élise Moreau", Present = false }],
        };

        var list = AttendanceRegister.Opened(session, stored, AttendanceRegister.Expected(session, [Answer(Fr, RsvpChoice.Online) with { MeetingId = session.Id }], Everyone, [lena]));

        Assert.Equal([(Attendee.MemberKey(Fr.Id), false), (Attendee.ExternalKey("x-lena"), true)], list.People.Select(p => (p.Id, p.Present)));
        Assert.Equal("3", list.Version);
    }
}
