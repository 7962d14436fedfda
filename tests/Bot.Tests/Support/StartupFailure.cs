namespace FocalBot.Bot.Tests.Support;

public static class StartupFailure
{
    /// Why the bot did not start. A failure inside the host's start is also read from the log: when the host is
    /// disposed before WebApplicationFactory looks at it, the factory reports an ObjectDisposedException instead.
    public static string Of(BotApp app)
    {
        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        return Messages(failure) + "\n" + string.Join("\n", app.Logs.Lines.Where(l => l.Contains("Hosting failed to start")));
    }

    static string Messages(Exception e) => e is AggregateException all
        ? string.Join(" | ", all.InnerExceptions.Select(Messages))
        : e.Message + (e.InnerException is { } inner ? " | " + Messages(inner) : "");
}
