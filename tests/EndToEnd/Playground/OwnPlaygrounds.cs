namespace FocalBot.EndToEnd.Playground;

[CollectionDefinition(Name)]
public sealed class OwnPlaygroundsCollection : ICollectionFixture<OwnPlaygroundsFixture>
{
    public const string Name = "Own Playgrounds";
}

/// A bot of its own for tests where people use Playgrounds of their own (as run-local.sh runs them): on the shared bot,
/// a person's chat met at their own Playground would take the place of the one other tests made through the
/// office's Playground.
public sealed class OwnPlaygroundsFixture : PlaygroundFixture;
