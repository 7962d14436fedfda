using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Storage;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Tests.Scheduling;

/// "Jobs" and "Calendar" as the running bot reads them: a bad value stops it at startup, naming the key, rather than
/// a job failing on every tick.
public sealed class SchedulingSetupTests
{
    [Theory]
    [InlineData("-00:01:00")]
    [InlineData("00:00:00")]
    [InlineData("00:00:00.5")]
    [InlineData("02:00:00")]
    public void A_job_interval_outside_a_second_to_an_hour_stops_the_bot_at_startup(string interval)
    {
        using var app = new BotApp().Setting("Jobs:Interval", interval);

        Assert.Contains("Jobs:Interval", StartupFailure.Of(app));
    }

    [Fact]
    public void A_job_interval_that_is_not_a_time_span_stops_the_bot_at_startup()
    {
        using var app = new BotApp().Setting("Jobs:Interval", "every minute");

        Assert.Contains("Jobs:Interval", StartupFailure.Of(app));
    }

    [Fact]
    public void An_unknown_time_zone_stops_the_bot_at_startup()
    {
        using var app = new BotApp().Setting("Calendar:TimeZone", "Europe/Strasbourg");

        Assert.Contains("Calendar:TimeZone 'Europe/Strasbourg' is not a known time zone id", StartupFailure.Of(app));
    }

    [Fact]
    public async Task The_job_runner_holds_its_lease_for_three_of_the_configured_ticks()
    {
        using var app = new BotApp().Setting("Jobs:Interval", "00:05:00");
        app.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var lease = app.Service<IJobLease>();

        var ran = await app.Service<JobRunner>().RunOnceAsync(default);
        var takenBefore = await lease.TryAcquireAsync("jobs", "other", app.Clock.GetUtcNow().AddMinutes(14), TimeSpan.FromMinutes(1), default);
        var takenAfter = await lease.TryAcquireAsync("jobs", "other", app.Clock.GetUtcNow().AddMinutes(16), TimeSpan.FromMinutes(1), default);

        Assert.Equal(TimeSpan.FromMinutes(5), app.Service<IOptions<JobOptions>>().Value.Interval);
        Assert.True(ran);
        Assert.False(takenBefore);
        Assert.True(takenAfter);
    }

    [Fact]
    public void The_network_team_is_read_from_Members_TeamId_only()
    {
        using var configured = new BotApp().Setting("Members:TeamId", "19:network@thread.tacv2").Setting("Network:TeamId", "19:other@thread.tacv2");
        using var unset = new BotApp().Setting("Network:TeamId", "19:other@thread.tacv2");

        Assert.Equal("19:network@thread.tacv2", configured.Service<IOptions<NetworkOptions>>().Value.TeamId);
        Assert.Null(unset.Service<IOptions<NetworkOptions>>().Value.TeamId);
    }
}
