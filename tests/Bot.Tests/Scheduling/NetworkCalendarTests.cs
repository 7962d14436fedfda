using System.Text;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Requests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FocalBot.Bot.Tests.Scheduling;

/// "Calendar:Holidays" as the bot reads it: the network's usual year-end closure unless an operator lists other days.
public sealed class NetworkCalendarTests
{
    static DateOnly D(int y, int m, int d) => new(y, m, d);

    static NetworkCalendar Calendar(string json = "{}")
    {
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddSingleton<TimeProvider>(new FakeTimeProvider());
        services.AddNetworkCalendar();
        return services.BuildServiceProvider(validateScopes: true).GetRequiredService<NetworkCalendar>();
    }

    static bool IsUsualHoliday(DateOnly day) => (day.Month, day.Day) is (1, 1) or (12, 24) or (12, 25) or (12, 26) or (12, 31);

    [Fact]
    public void A_request_composed_on_18_December_is_due_after_the_year_end_closure()
    {
        var days = Calendar().Days;

        var deadline = RequestDeadline.Default(D(2026, 12, 18), days, RequestSettings.Default);

        // Fifteen working days from Friday 18 December, with 24, 25 and 31 December and 1 January closed.
        Assert.Equal(D(2027, 1, 14), deadline);
        Assert.All([D(2026, 12, 24), D(2026, 12, 25), D(2026, 12, 26), D(2026, 12, 31), D(2027, 1, 1)], d => Assert.False(days.IsWorkingDay(d), $"{d}"));
    }

    [Theory]
    [InlineData(15)]   // Requests:DefaultWorkingDays
    [InlineData(5)]    // Requests:MinimumWorkingDays
    public void A_deadline_composed_in_December_never_falls_on_a_usual_holiday_in_any_year(int workingDays)
    {
        var days = Calendar().Days;
        var settings = RequestSettings.Default with { DefaultWorkingDays = workingDays };

        var deadlines = Enumerable.Range(2026, 10).SelectMany(year => Enumerable.Range(1, 31).Select(day => D(year, 12, day)))
            .Select(composed => RequestDeadline.Default(composed, days, settings));

        Assert.All(deadlines, d => Assert.False(IsUsualHoliday(d), $"{d}"));
    }

    [Fact]
    public void The_convocation_rule_counts_thirty_working_days_over_the_closure()
    {
        var days = Calendar().Days;

        var latest = Convocation.LatestDay(D(2027, 2, 1), days, MeetingSettings.Default);

        Assert.Equal(D(2026, 12, 15), latest);   // five closed days between, so five working days earlier than 21 December
        Assert.Equal(30, days.Count(latest, D(2027, 2, 1)));
    }

    [Fact]
    public void A_configured_list_replaces_the_usual_holidays()
    {
        var days = Calendar("""{ "Calendar": { "Holidays": [ "2027-03-26", "12-25" ] } }""").Days;

        Assert.False(days.IsWorkingDay(D(2027, 3, 26)));
        Assert.False(days.IsWorkingDay(D(2026, 12, 25)));
        Assert.True(days.IsWorkingDay(D(2026, 12, 24)));   // not listed, so no longer closed
        Assert.True(days.IsWorkingDay(D(2026, 12, 31)));
    }

    [Fact]
    public void An_empty_list_is_no_setting_and_keeps_the_usual_holidays()
    {
        // .NET configuration drops an empty JSON array, so "[]" cannot silently open the office on Christmas Day.
        var days = Calendar("""{ "Calendar": { "Holidays": [] } }""").Days;

        Assert.False(days.IsWorkingDay(D(2026, 12, 25)));
    }
}
