using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace FocalBot.EndToEnd.Playground;

/// Base of every end-to-end test: the shared Playground and bot, what a test may await, and, in the test's output,
/// everything both processes and both streams said while it ran (shown when it fails).
[Collection(PlaygroundCollection.Name)]
public abstract class EndToEndTest : IDisposable
{
    const string PlaygroundLabel = "Microsoft 365 Agents Playground";
    const string BotLabel = "User Application";

    readonly ITestOutputHelper _output;
    readonly int _botLine, _playgroundLine, _logMark, _chatMark;

    protected EndToEndTest(PlaygroundFixture network, ITestOutputHelper output)
    {
        Network = network;
        _output = output;
        _botLine = network.Bot!.LineCount;
        _playgroundLine = network.Playground!.LineCount;
        _logMark = network.Log.Mark();
        _chatMark = network.Chat.Mark();
    }

    protected PlaygroundFixture Network { get; }

    protected PlaygroundClient Playground => Network.Client;

    /// The bot's next message in one of the current user's conversations (personal chat, channel thread) after
    /// `chatMark`, whose card matches: the chat stream's createMessage event, with the message and its id.
    protected Task<JsonNode> BotMessageAsync(string what, string conversationId, int chatMark, Func<JsonNode?, bool> card) =>
        Network.Chat.WaitForAsync(what, chatMark, e =>
            (string?)e["action"] == "createMessage"
            && (string?)e["actionConversationId"] == conversationId
            && (string?)e["message"]?["from"]?["id"] == Demo.BotId
            && card(Cards.In(e["message"])));

    /// The bot's next message posted to any conversation (another user's chat too) after `logMark`, whose card matches:
    /// the log stream's bot→connector item.
    protected Task<JsonNode> BotPostAsync(string what, string conversationId, int logMark, Func<JsonNode?, bool> card) =>
        Network.Log.WaitForAsync(what, logMark, e => IsBotPost(e) && card(Cards.In(e["log"]?["request"]?["body"])) && Network.PostedTo(e) == conversationId);

    /// The log stream's item for the Playground's call to the bot with this activity id, logged once the bot answered.
    protected Task<JsonNode> BotCalledAsync(string what, string activityId, int logMark) =>
        Network.Log.WaitForAsync(what, logMark, e =>
            (string?)e["log"]?["from"] == PlaygroundLabel && (string?)e["log"]?["request"]?["body"]?["id"] == activityId);

    protected static bool IsBotPost(JsonNode e) =>
        (string?)e["log"]?["type"] == "bot" && (string?)e["log"]?["from"] == BotLabel && (string?)e["log"]?["activityName"] == "message";

    protected static bool IsCallToBot(JsonNode e, string conversationId) =>
        (string?)e["log"]?["from"] == PlaygroundLabel && (string?)e["log"]?["conversationId"] == conversationId;

    /// `user` says "help" in their personal chat, so the bot knows the chat; waits for the help card.
    protected async Task SayHelloAsync(DemoUser user, string chat, string locale, string expected)
    {
        var mark = Network.Log.Mark();
        var hello = await Playground.ActivityTemplateAsync(chat);
        hello["type"] = "message";
        hello["id"] = Guid.NewGuid().ToString();
        hello["text"] = "help";
        hello["textFormat"] = "plain";
        hello["locale"] = locale;
        hello["from"] = new JsonObject { ["id"] = user.Id, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId };
        hello["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Demo.TenantId } };
        await Playground.SendCustomActivityAsync(hello);
        await BotPostAsync($"help for {user.Name}", chat, mark, card => Cards.Says(card, expected));
    }

    /// A button pressed by another user than the Playground's own, in their personal chat: sent as a custom invoke,
    /// whose answer is read from the log stream.
    protected async Task<JsonNode> InvokeAsync(DemoUser user, string chat, string locale, string verb, JsonObject data)
    {
        var mark = Network.Log.Mark();
        var invoke = await Playground.ActivityTemplateAsync(chat);
        var id = Guid.NewGuid().ToString();
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["id"] = id;
        invoke["locale"] = locale;
        invoke["from"] = new JsonObject { ["id"] = user.Id, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId };
        invoke["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Demo.TenantId }, ["source"] = new JsonObject { ["name"] = "message" } };
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() },
            ["trigger"] = "manual",
        };
        await Playground.SendCustomActivityAsync(invoke);
        var call = await BotCalledAsync($"{verb} from {user.Name}", id, mark);
        return call["log"]?["response"]?["body"] ?? throw new InvalidOperationException($"No invoke answer: {call.ToJsonString(Json.Readable)}");
    }

    public void Dispose()
    {
        _output.WriteLine(Network.Output(_botLine, _playgroundLine));
        _output.WriteLine(Network.Chat.Dump(_chatMark));
        _output.WriteLine(Network.Log.Dump(_logMark));
        GC.SuppressFinalize(this);
    }
}
