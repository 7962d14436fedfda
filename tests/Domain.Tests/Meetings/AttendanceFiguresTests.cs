using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;

namespace FocalBot.Domain.Tests.Meetings;

/// "28 participants (16 women and 12 men) from 10 states": counts of those present only, a gender only where recorded
/// with consent.
public sealed class AttendanceFiguresTests
{
    static Attendee Person(string id, StateCode? state, OrganisationKind? kind, bool present = true, Gender? gender = null, bool consent = true) => new()
    {
        Id = id, Kind = AttendeeKind.Member, Name = id, StateCode = state, OrganisationKind = kind, Present = present, Gender = gender, GenderConsent = gender is not null && consent,
    };

    [Fact]
    public void Only_those_present_count_by_state_in_the_councils_order_and_by_organisation_kind_not_stated_last()
    {
        var attendance = new Attendance
        {
            MeetingId = "m",
            People =
            [
                Person("fr1", "FR", OrganisationKind.NationalAuthority, gender: Gender.Woman),
                Person("fr2", "FR", OrganisationKind.NationalAuthority, gender: Gender.Man),
                Person("al", "AL", OrganisationKind.NationalAuthority, gender: Gender.Woman),
                Person("de", "DE", OrganisationKind.NationalAuthority, present: false, gender: Gender.Man),
                Person("office", null, OrganisationKind.CouncilOfEurope),
                Person("guest", null, null, gender: Gender.Other),
                Person("nowhere", "XX", OrganisationKind.Academia),
            ],
        };

        var figures = AttendanceFigures.Of(attendance);

        Assert.Equal(6, figures.Present);
        Assert.Equal([((StateCode)"AL", 1), ("FR", 2)], figures.ByState);
        Assert.Equal(2, figures.States);
        Assert.Equal([(OrganisationKind.NationalAuthority, 3), (OrganisationKind.CouncilOfEurope, 1), (OrganisationKind.Academia, 1), ((OrganisationKind?)null, 1)], figures.ByOrganisation);
        Assert.Equal((2, 1, 1, 4), (figures.Women, figures.Men, figures.OtherGender, figures.GenderRecorded));
    }

    [Fact]
    public void A_gender_stored_without_consent_is_not_counted()
    {
        var attendance = new Attendance { MeetingId = "m", People = [Person("a", "FR", null, gender: Gender.Woman, consent: false)] };

        Assert.Equal(0, AttendanceFigures.Of(attendance).GenderRecorded);
    }

    [Fact]
    public void Meetings_add_up_each_counted_apart_with_the_states_represented_at_one_of_them_at_least()
    {
        var spring = AttendanceFigures.Of(new Attendance
        {
            MeetingId = "spring",
            People = [Person("fr", "FR", OrganisationKind.NationalAuthority, gender: Gender.Woman), Person("de", "DE", OrganisationKind.NationalAuthority)],
        });
        var autumn = AttendanceFigures.Of(new Attendance
        {
            MeetingId = "autumn",
            People = [Person("fr", "FR", OrganisationKind.NationalAuthority, gender: Gender.Woman), Person("al", "AL", null, gender: Gender.Man)],
        });

        var year = AttendanceFigures.Total([spring, autumn]);

        Assert.Equal(4, year.Present);   // Élise at both meetings counts twice
        Assert.Equal([((StateCode)"AL", 1), ("FR", 2), ("DE", 1)], year.ByState);
        Assert.Equal(3, year.States);
        Assert.Equal([(OrganisationKind.NationalAuthority, 3), ((OrganisationKind?)null, 1)], year.ByOrganisation);
        Assert.Equal((2, 1, 0), (year.Women, year.Men, year.OtherGender));
    }
}
