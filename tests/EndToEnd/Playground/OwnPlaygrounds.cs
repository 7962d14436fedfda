namespace FocalBot.EndToEnd.Playground;

[CollectionDefinition(Name)]
public sealed class OwnPlaygroundsCollection : ICollectionFixture<OwnPlaygroundsFixture>
{
    public const string Name = "Own Playgrounds";
}

/// A bot of its own for tests where people use Playgrounds of their own (as run-local.sh runs them): on the shared bot,
/// a person's chat met at their own Playground would take the place of the one other tests made through the
/// office's Playground. Its jobs tick every two seconds, not every minute: a test that moves a deadline into the past
/// (days passing) sees the bot act on it at once.
public sealed class OwnPlaygroundsFixture : PlaygroundFixture
{
    public static readonly TimeSpan JobInterval = TimeSpan.FromSeconds(2);

    protected override void ConfigureBot(IDictionary<string, string?> environment) =>
        environment["Jobs__Interval"] = JobInterval.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
}
