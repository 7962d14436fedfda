using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.DetailsCheck;

/// "Members:DetailsCheckDay" is read once, checked at startup, and is the day the job starts from.
public sealed class DetailsCheckOptionsTests
{
    [Theory]
    [InlineData("02-29")]   // not every year
    [InlineData("04-31")]
    [InlineData("13-01")]
    [InlineData("1-15")]
    [InlineData("15 January")]
    public void A_check_day_that_is_not_a_day_of_every_year_stops_the_bot_at_startup(string day)
    {
        using var app = new BotApp().Setting("Members:DetailsCheckDay", day);

        Assert.Contains($"Members:DetailsCheckDay '{day}' is not a day of every year", StartupFailure.Of(app));
    }

    [Fact]
    public async Task The_check_is_queued_from_the_configured_day_and_not_before()
    {
        using var app = new BotApp().Setting("Members:DetailsCheckDay", "03-02");
        var deliveries = app.Service<IDeliveryStore>();

        app.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 1, 23, 0, 0, TimeSpan.Zero));
        await app.Clock.WhileWaitingAsync(() => app.Service<JobRunner>().RunOnceAsync(default));
        var dayBefore = await deliveries.ListAsync("details-check/2027", default);
        app.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 2, 8, 0, 0, TimeSpan.Zero));
        await app.Clock.WhileWaitingAsync(() => app.Service<JobRunner>().RunOnceAsync(default));
        var onTheDay = await deliveries.ListAsync("details-check/2027", default);

        Assert.Empty(dayBefore);
        Assert.NotEmpty(onTheDay);
    }
}
