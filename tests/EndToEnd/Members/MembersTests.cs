using System.Text.Json.Nodes;
using FocalBot.EndToEnd.Playground;
using Xunit.Abstractions;

namespace FocalBot.EndToEnd.Members;

/// The office manages the network's members through cards in Teams. Sophie Laurent, the Playground's current user, is
/// the office; the newcomer is someone the demo network does not know, with a fresh Entra id for each run.
public sealed class MembersTests(PlaygroundFixture network, ITestOutputHelper output) : EndToEndTest(network, output)
{
    const string NotAMember = "This bot serves the Network of Focal Points on Migration. If you are a member of the network, please ask the office to add you.";

    [Fact]
    public async Task The_office_adds_a_member_with_the_card_and_the_newcomer_can_then_talk_to_the_bot()
    {
        var newcomer = new DemoUser($"29:e2e-{Guid.NewGuid():N}", "Katarzyna Nowak", Guid.NewGuid().ToString());
        var chat = await Playground.CreatePersonalChatAsync(Demo.Elise);   // any 1:1 conversation: the sender is what counts

        // A stranger first: politely refused.
        var mark = Network.Log.Mark();
        await Playground.SendCustomActivityAsync(await HelpFromAsync(newcomer, chat));
        await BotTextAsync("refusal to the stranger", chat, mark, NotAMember);

        // Sophie opens the management card, then the add form.
        var chatMark = Network.Chat.Mark();
        await Playground.PostMessageAsync(Demo.PersonalChat, "members", Demo.Sophie);
        var home = await BotMessageAsync("members card", Demo.PersonalChat, chatMark, card => Cards.Says(card, "Network members"));
        var messageId = (string)home["message"]!["messageId"]!;
        var add = Cards.Execute(Cards.In(home["message"]), "members.add");
        Assert.NotNull(add);
        var form = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, messageId, "members.add", add["data"]);
        Assert.Equal(Cards.ContentType, (string?)form["type"]);
        Assert.Equal(Demo.TenantId, Cards.InputValue(form["value"], "tenantId"));   // prefilled with the network's tenant
        var create = Cards.Execute(form["value"], "members.create");
        Assert.NotNull(create);

        // She fills it in and adds the newcomer.
        var data = (JsonObject)create["data"]!.DeepClone();
        data["name"] = newcomer.Name;
        data["role"] = "FocalPoint";
        data["state"] = "PL";
        data["lead"] = "true";
        data["organisation"] = "Ministry of the Interior and Administration";
        data["email"] = $"k.nowak.{Guid.NewGuid():N}@mswia.example";
        data["language"] = "teams";
        data["aadObjectId"] = newcomer.AadObjectId;
        data["tenantId"] = Cards.InputValue(form["value"], "tenantId");
        var added = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, messageId, "members.create", data);
        Assert.True(Cards.Says(added["value"], "Katarzyna Nowak is now a member of the network."), added.ToJsonString(Json.Readable));

        // The newcomer is served now.
        mark = Network.Log.Mark();
        await Playground.SendCustomActivityAsync(await HelpFromAsync(newcomer, chat));
        await BotPostAsync("help card for the newcomer", chat, mark, card => Cards.Says(card, "What FocalBot can do"));
    }

    [Fact]
    public async Task The_office_sends_a_CSV_file_in_her_chat_and_the_member_is_imported_while_an_expired_link_imports_nothing()
    {
        using var files = new FileHost();
        var email = $"j.svensson.{Guid.NewGuid():N}@justice.example";
        var csv = files.Add("members.csv", System.Text.Encoding.UTF8.GetBytes(
            $"name,role,state,email,aadObjectId,tenantId\nJohan Svensson,FocalPoint,SE,{email},{Guid.NewGuid()},{Demo.TenantId}\n"));

        var logMark = Network.Log.Mark();
        await Playground.SendFileAsync(Demo.PersonalChat, Demo.Sophie, "en-GB", "members.csv", csv);
        await BotPostAsync("import report", Demo.PersonalChat, logMark, card => Cards.Says(card, "Import result") && Cards.Says(card, "1 added, 0 changed, 0 unchanged, 0 refused."));

        // Teams' download URLs live a short while: a file read too late is refused, and nothing changes.
        var late = files.Add("members.csv", System.Text.Encoding.UTF8.GetBytes("name,role\nNobody,Expert\n"));
        files.Expire(late);
        logMark = Network.Log.Mark();
        await Playground.SendFileAsync(Demo.PersonalChat, Demo.Sophie, "en-GB", "members.csv", late);
        await BotTextAsync("expired link", Demo.PersonalChat, logMark, "I could not download the file. Nothing was imported; please send it again.");
    }

    [Fact]
    public async Task Invalid_details_come_back_in_the_form_and_nothing_is_added()
    {
        var chatMark = Network.Chat.Mark();
        await Playground.PostMessageAsync(Demo.PersonalChat, "members", Demo.Sophie);
        var home = await BotMessageAsync("members card", Demo.PersonalChat, chatMark, card => Cards.Says(card, "Network members"));
        var messageId = (string)home["message"]!["messageId"]!;

        var answer = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, messageId, "members.create", new JsonObject
        {
            ["name"] = "Nobody Valid", ["role"] = "FocalPoint", ["state"] = "", ["email"] = "not-an-address", ["aadObjectId"] = "",
        });

        Assert.True(Cards.Says(answer["value"], "Nothing was saved. Please correct:"), answer.ToJsonString(Json.Readable));
        Assert.True(Cards.Says(answer["value"], "a focal point needs a member state"));
    }

    /// "help" typed by `user` in `conversationId`, as Teams would send it.
    async Task<JsonObject> HelpFromAsync(DemoUser user, string conversationId)
    {
        var help = await Playground.ActivityTemplateAsync(conversationId);
        help["type"] = "message";
        help["id"] = Guid.NewGuid().ToString();
        help["text"] = "help";
        help["textFormat"] = "plain";
        help["locale"] = "en-US";
        help["from"] = new JsonObject { ["id"] = user.Id, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId };
        help["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Demo.TenantId } };
        return help;
    }

    /// The bot's next plain-text post to the conversation after `logMark` (the log stream sees every conversation).
    Task<JsonNode> BotTextAsync(string what, string conversationId, int logMark, string text) =>
        Network.Log.WaitForAsync(what, logMark, e =>
            IsBotPost(e) && (string?)e["log"]?["request"]?["body"]?["text"] == text && Network.PostedTo(e) == conversationId);

    /// The value an input of the card starts with.
}
