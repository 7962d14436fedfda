using System.Globalization;

namespace FocalBot.EndToEnd.Playground;

[CollectionDefinition(Name)]
public sealed class FreshNetworkCollection : ICollectionFixture<FreshNetworkFixture>
{
    public const string Name = "Fresh network";
}

/// A bot and a Playground of their own, for tests that need the demo network as it is before anyone used it: no
/// personal chat stored, nothing sent yet. In the shared pair, other tests' requests and convocations to everyone have
/// already made the bot a chat with every member. Its tests run alongside the shared collection.
public sealed class FreshNetworkFixture : PlaygroundFixture
{
    /// The yearly details check is not due yet (from tomorrow). Due, it would go to every member at the first tick after
    /// the bot meets its team, making their chats before any test does. On 31 December (UTC) there is no later day to
    /// give: the check then goes out with the tests' first request, and which of a member's rows makes the chat (so which
    /// says "new chat") is a race.
    protected override bool MeetEveryone => false;

    protected override void ConfigureBot(IDictionary<string, string?> environment)
    {
        var today = DateTime.UtcNow.Date;
        environment["Members__DetailsCheckDay"] = today.AddDays(1).Year == today.Year ? today.AddDays(1).ToString("MM-dd", CultureInfo.InvariantCulture) : "12-31";
    }
}
