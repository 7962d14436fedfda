using FocalBot.EndToEnd.Playground;
using Xunit.Abstractions;

namespace FocalBot.EndToEnd.Turns;

/// One bot, one Playground per person on consecutive ports, as run-local.sh starts them: each Playground is its own connector, and the bot
/// answers each conversation at the Playground it came from.
[Collection(OwnPlaygroundsCollection.Name)]
public sealed class OwnPlaygroundTests(OwnPlaygroundsFixture network, ITestOutputHelper output) : EndToEndTest(network, output)
{
    [Fact]
    public async Task Elise_and_Jonas_talk_to_the_one_bot_each_from_a_Playground_of_their_own()
    {
        var elise = Network.PlaygroundOf("elise");
        var jonas = Network.PlaygroundOf("jonas");
        var eliseSees = elise.Chat;
        var jonasSees = jonas.Chat;
        var officeMark = Network.Chat.Mark();

        // Each Playground acts as its person, in a personal chat of their own, on the port after the one before.
        Assert.Equal(Network.PlaygroundUrl.Port + 1, elise.Url.Port);
        Assert.Equal(elise.Url.Port + 1, jonas.Url.Port);
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
        Assert.DoesNotContain(Network.Chat.Since(officeMark), e => ((string?)e["actionConversationId"])?.StartsWith("a:demo-personal-", StringComparison.Ordinal) == true
                                                                && (string?)e["actionConversationId"] != Demo.PersonalChat);   // the office's own chat is Sophie's
    }

    static Task HelpAsync(EventStream chat, string conversationId, string title) =>
        chat.WaitForAsync($"help card in {conversationId}", 0, e =>
            (string?)e["action"] == "createMessage"
            && (string?)e["actionConversationId"] == conversationId
            && (string?)e["message"]?["from"]?["id"] == Demo.BotId
            && Cards.Says(Cards.In(e["message"]), title));
}
