using FocalBot.EndToEnd.Playground;
using Xunit.Abstractions;

namespace FocalBot.EndToEnd.Turns;

/// One bot, one Playground per person, as run-local.sh starts them: each Playground is its own connector, and the bot
/// answers each conversation at the Playground it came from.
[Collection(OwnPlaygroundsCollection.Name)]
public sealed class OwnPlaygroundTests(OwnPlaygroundsFixture network, ITestOutputHelper output) : EndToEndTest(network, output)
{
    [Fact]
    public async Task Elise_and_Jonas_talk_to_the_one_bot_each_from_a_Playground_of_their_own()
    {
        using var cts = new CancellationTokenSource(Waits.Start);
        var elise = await Network.StartPlaygroundOfAsync("elise");
        var jonas = await Network.StartPlaygroundOfAsync("jonas");
        await using var eliseSees = await elise.ChatAsync("Élise's chat", cts.Token);
        await using var jonasSees = await jonas.ChatAsync("Jonas's chat", cts.Token);
        var officeMark = Network.Chat.Mark();

        // Each Playground acts as its person, in a personal chat of their own.
        var config = (await elise.Client.TestConfigAsync())["config"];
        Assert.Equal(Demo.Elise.Id, (string?)config?["currentUser"]?["id"]);
        Assert.Equal(Demo.Elise.AadObjectId, (string?)config?["currentUser"]?["aadObjectId"]);
        Assert.Equal("a:demo-personal-elise", (string?)config?["personalChat"]?["id"]);

        await elise.Client.PostMessageAsync("a:demo-personal-elise", "aide", Demo.Elise);
        await jonas.Client.PostMessageAsync("a:demo-personal-jonas", "help", Demo.Jonas);

        // Élise is known to the bot as French-speaking, Jonas as English-speaking: each answer in its own Playground.
        await HelpAsync(eliseSees, "a:demo-personal-elise", "Ce que FocalBot sait faire");
        await HelpAsync(jonasSees, "a:demo-personal-jonas", "What FocalBot can do");
        Assert.DoesNotContain(eliseSees.Since(0), e => (string?)e["actionConversationId"] == "a:demo-personal-jonas");
        Assert.DoesNotContain(Network.Chat.Since(officeMark), e => ((string?)e["actionConversationId"])?.StartsWith("a:demo-personal-", StringComparison.Ordinal) == true);
    }

    static Task HelpAsync(EventStream chat, string conversationId, string title) =>
        chat.WaitForAsync($"help card in {conversationId}", 0, e =>
            (string?)e["action"] == "createMessage"
            && (string?)e["actionConversationId"] == conversationId
            && (string?)e["message"]?["from"]?["id"] == Demo.BotId
            && Cards.Says(Cards.In(e["message"]), title));
}
