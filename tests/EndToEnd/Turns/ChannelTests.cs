using System.Text.Json.Nodes;
using FocalBot.EndToEnd.Playground;
using Xunit.Abstractions;

namespace FocalBot.EndToEnd.Turns;

/// In a team's channels the bot speaks only when @-mentioned, and answers in the thread it was asked in.
public sealed class ChannelTests(PlaygroundFixture network, ITestOutputHelper output) : EndToEndTest(network, output)
{
    [Fact]
    public async Task Mention_in_a_channel_is_answered_in_its_thread()
    {
        var mark = Network.Chat.Mark();

        var asked = await Playground.PostMessageAsync(Demo.RequestsChannel, $"<at>{Demo.BotName}</at> help", Demo.Sophie, mentionBot: true);

        var thread = $"{Demo.RequestsChannel};messageid={asked.MessageId}";
        await BotMessageAsync("help card in the thread", thread, mark, card => Cards.Says(card, "What FocalBot can do"));
    }

    [Fact]
    public async Task Message_without_mention_in_a_channel_gets_no_answer()
    {
        var logMark = Network.Log.Mark();
        // The thread's root post, without mention: the Playground does not even call the bot for it.
        var root = await Playground.PostMessageAsync(Demo.RequestsChannel, "[Jonas Weber] Could the office share last year's figures?", Demo.Sophie);
        var thread = root.PostConversationId ?? $"{Demo.RequestsChannel};messageid={root.MessageId}";

        // Jonas writes "help" in the thread without mentioning the bot; sent as a custom activity, so the bot is called.
        var help = await Playground.ActivityTemplateAsync(thread);
        var id = Guid.NewGuid().ToString();
        help["type"] = "message";
        help["id"] = id;
        help["text"] = "help";
        help["textFormat"] = "plain";
        help["locale"] = "en-US";
        help["from"] = new JsonObject { ["id"] = Demo.Jonas.Id, ["name"] = Demo.Jonas.Name, ["aadObjectId"] = Demo.Jonas.AadObjectId };
        help["channelData"] = new JsonObject
        {
            ["teamsChannelId"] = Demo.RequestsChannel,
            ["teamsTeamId"] = Demo.Team,
            ["tenant"] = new JsonObject { ["id"] = Demo.TenantId },
            ["team"] = new JsonObject { ["id"] = Demo.Team },
            ["channel"] = new JsonObject { ["id"] = Demo.RequestsChannel },
        };

        await Playground.SendCustomActivityAsync(help);

        // The bot runs the turn before it answers the call, so whatever it said is on the log stream before this item.
        var call = await BotCalledAsync("the bot's answer to Jonas's message", id, logMark);
        Assert.Equal(200, (int?)call["log"]?["response"]?["statusCode"]);
        var seen = Network.Log.Since(logMark);
        // Only this thread, or a new post in the channel, counts: another test's reply to its own thread may still be
        // arriving on the shared log stream.
        Assert.DoesNotContain(seen, e => IsBotPost(e) && Network.PostedTo(e) is { } to && (to == thread || to == Demo.RequestsChannel));
        Assert.DoesNotContain(seen, e => IsCallToBot(e, thread) && (string?)e["log"]?["request"]?["body"]?["id"] != id);
    }
}
