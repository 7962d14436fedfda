using FocalBot.Domain.Meetings;

namespace FocalBot.Domain.Tests.Meetings;

public sealed class PlenaryYearTests
{
    static PlenaryYearCheck Check(int year, params Meeting[] meetings) => PlenaryYear.Check(meetings, year, MeetingSettings.Default);

    [Fact]
    public void One_plenary_in_the_year_is_short_of_the_two_the_network_decided()
    {
        var check = Check(2026, AMeeting.Plenary());

        Assert.Equal(new PlenaryYearCheck(2026, 1, 2), check);
        Assert.True(check.IsShort);
    }

    [Fact]
    public void Drafts_count_but_cancelled_plenaries_thematic_sessions_and_other_years_do_not()
    {
        var autumn = AMeeting.Plenary().OpeningOn(new DateOnly(2026, 11, 16));

        Assert.False(Check(2026, AMeeting.Plenary(), autumn).IsShort);
        Assert.True(Check(2026, AMeeting.Plenary(), autumn with { Status = MeetingStatus.Cancelled }).IsShort);
        Assert.True(Check(2026, AMeeting.Plenary(), AMeeting.Thematic()).IsShort);
        Assert.True(Check(2026, AMeeting.Plenary(), autumn.OpeningOn(new DateOnly(2027, 1, 12))).IsShort);
    }

    [Fact]
    public void The_number_expected_is_configurable() =>
        Assert.False(PlenaryYear.Check([AMeeting.Plenary()], 2026, MeetingSettings.Default with { PlenariesPerYear = 1 }).IsShort);
}
