using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Tests.Shared;

public sealed class WorkingDaysTests
{
    static readonly WorkingDays Calendar = new(["12-25", "12-26", "01-01", "05-01", "2026-12-24", "2027-03-29"]);

    static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Weekends_and_holidays_are_not_working_days()
    {
        Assert.False(Calendar.IsWorkingDay(D(2026, 11, 28)));   // Saturday
        Assert.False(Calendar.IsWorkingDay(D(2026, 11, 29)));   // Sunday
        Assert.False(Calendar.IsWorkingDay(D(2026, 12, 25)));   // yearly holiday
        Assert.False(Calendar.IsWorkingDay(D(2026, 12, 24)));   // one-off holiday
        Assert.True(Calendar.IsWorkingDay(D(2027, 12, 24)));    // the one-off does not repeat
        Assert.True(Calendar.IsWorkingDay(D(2026, 11, 30)));    // Monday
    }

    [Fact]
    public void Adding_skips_weekends()
    {
        Assert.Equal(D(2026, 11, 30), Calendar.Add(D(2026, 11, 27), 1));   // Friday + 1 = Monday
        Assert.Equal(D(2026, 12, 4), Calendar.Add(D(2026, 11, 27), 5));
    }

    [Fact]
    public void Counting_across_the_year_end_skips_the_holidays()
    {
        // From Wed 23 Dec 2026: 24 (holiday), 25, 26 (Sat), 27 (Sun), 28, 29, 30, 31, 1 Jan (holiday), 4 Jan…
        Assert.Equal(D(2026, 12, 28), Calendar.Add(D(2026, 12, 23), 1));
        Assert.Equal(D(2027, 1, 4), Calendar.Add(D(2026, 12, 23), 5));
        Assert.Equal(5, Calendar.Count(D(2026, 12, 23), D(2027, 1, 4)));
    }

    [Fact]
    public void Subtracting_goes_back_over_holidays_and_weekends()
    {
        Assert.Equal(D(2026, 12, 23), Calendar.Add(D(2026, 12, 28), -1));
        Assert.Equal(-5, Calendar.Count(D(2027, 1, 4), D(2026, 12, 23)));
    }

    [Fact]
    public void Thirty_working_days_before_an_opening_on_a_holiday_count_back_from_that_day()
    {
        var opening = D(2027, 3, 29);   // a holiday Monday

        var latest = Calendar.Add(opening, -30);

        // Fri 26 Mar is the first working day back, Mon 15 Feb the thirtieth.
        Assert.Equal(D(2027, 2, 15), latest);
        Assert.Equal(29, Calendar.Count(latest, opening));   // after 15 Feb up to the opening, which is no working day
    }

    [Fact]
    public void Zero_working_days_is_the_day_itself()
    {
        Assert.Equal(D(2026, 11, 28), Calendar.Add(D(2026, 11, 28), 0));
        Assert.Equal(0, Calendar.Count(D(2026, 11, 28), D(2026, 11, 29)));
    }

    [Theory]
    [InlineData("25/12")]
    [InlineData("2026-13-01")]
    [InlineData("christmas")]
    public void A_malformed_holiday_is_refused(string holiday) =>
        Assert.Throws<FormatException>(() => new WorkingDays([holiday]));

    [Fact]
    public void The_29th_of_February_can_be_a_yearly_holiday()
    {
        var calendar = new WorkingDays(["02-29"]);

        Assert.False(calendar.IsWorkingDay(D(2028, 2, 29)));
    }
}
