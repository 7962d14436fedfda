using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Tests.Support;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Tests.Scheduling;

/// "Delivery:…" is checked when the bot starts, like every other section.
public sealed class DeliveryOptionsTests
{
    [Theory]
    [InlineData("Delivery:RequestsPerSecond", "0")]
    [InlineData("Delivery:MaxConcurrency", "0")]
    [InlineData("Delivery:MaxConcurrency", "many")]
    public void A_bad_delivery_setting_stops_the_bot_at_startup(string key, string value)
    {
        using var app = new BotApp().Setting(key, value);

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        // When the host is disposed before the factory looks at it, the cause is in the log, not the exception.
        Assert.Contains(key.Split(':')[1], Messages(failure) + string.Join("\n", app.Logs.Lines.Where(l => l.Contains("Hosting failed to start"))));
    }

    [Fact]
    public void The_defaults_stay_under_Teams_50_requests_per_second_per_tenant()
    {
        using var app = new BotApp();

        var options = app.Service<IOptions<DeliveryOptions>>().Value;

        Assert.Equal((45, 8), (options.RequestsPerSecond, options.MaxConcurrency));
    }

    static string Messages(Exception e) => e is AggregateException all
        ? string.Join(" | ", all.InnerExceptions.Select(Messages))
        : e.Message + (e.InnerException is { } inner ? " | " + Messages(inner) : "");
}
