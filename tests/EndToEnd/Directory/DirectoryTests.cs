using System.Text.Json.Nodes;
using FocalBot.EndToEnd.Playground;
using Xunit.Abstractions;

// Not "FocalBot.EndToEnd.Directory": that namespace would hide System.IO.Directory from the Playground driver.
namespace FocalBot.EndToEnd.MemberDirectory;

/// The members' directory as the demo network sees it: Élise Moreau (French-speaking focal point for France) and
/// Sophie Laurent (the Playground's user, SRSG office, English-speaking). Nothing here changes anyone's details.
public sealed class DirectoryTests(PlaygroundFixture network, ITestOutputHelper output) : EndToEndTest(network, output)
{
    const string ContactVerb = "directory.contact";
    const string SearchVerb = "directory.search";
    const string DirectoryEn = "Members' directory";
    const string DirectoryFr = "Annuaire des membres";

    [Fact]
    public async Task Annuaire_from_a_French_speaking_focal_point_lists_the_network_in_French_in_her_chat()
    {
        var chat = await Playground.CreatePersonalChatAsync(Demo.Elise);
        var annuaire = await Playground.ActivityTemplateAsync(chat);
        annuaire["type"] = "message";
        annuaire["id"] = Guid.NewGuid().ToString();
        annuaire["text"] = "annuaire";
        annuaire["textFormat"] = "plain";
        annuaire["locale"] = "fr-FR";
        annuaire["from"] = new JsonObject { ["id"] = Demo.Elise.Id, ["name"] = Demo.Elise.Name, ["aadObjectId"] = Demo.Elise.AadObjectId };
        annuaire["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Demo.TenantId } };
        var mark = Network.Log.Mark();

        await Playground.SendCustomActivityAsync(annuaire);

        // Other users' chats are not on the chat stream: the bot's post is read from the log stream.
        var post = await BotPostAsync("French directory in Élise's chat", chat, mark, card => Cards.Says(card, DirectoryFr));
        var card = Cards.In(post["log"]?["request"]?["body"]);
        foreach (var heading in new[] { "Bureau de la RSSG", "Allemagne", "Belgique", "Italie", "Experts invités" })
            Assert.True(Cards.Says(card, heading), $"No \"{heading}\" in the directory: {card?.ToJsonString(Json.Readable)}");
        Assert.Equal(["demo-sophie", "demo-jonas", "demo-luc", "demo-elise", "demo-giulia", "demo-ana"], Listed(card));
    }

    [Fact]
    public async Task A_line_of_the_directory_opens_the_members_contact_card_with_mail_link()
    {
        var mark = Network.Chat.Mark();
        await Playground.PostMessageAsync(Demo.PersonalChat, "directory", Demo.Sophie);
        var directory = await BotMessageAsync("English directory", Demo.PersonalChat, mark, card => Cards.Says(card, DirectoryEn));
        var messageId = (string)directory["message"]!["messageId"]!;
        var line = ContactOf(Cards.In(directory["message"]), "demo-elise");
        Assert.NotNull(line);

        var contact = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, messageId, ContactVerb, line["data"]);

        Assert.Equal(Cards.ContentType, (string?)contact["type"]);
        var card = contact["value"];
        Assert.True(Cards.Says(card, "[elise.moreau@example.org](mailto:elise.moreau@example.org)"), $"No mail link: {card?.ToJsonString(Json.Readable)}");
        Assert.True(Cards.Says(card, "Focal point (lead)"));
        Assert.NotNull(Cards.Execute(card, "directory.edit"));   // the office may edit anyone's details
    }

    [Fact]
    public async Task The_search_box_finds_members_by_their_state_in_French()
    {
        var mark = Network.Chat.Mark();
        await Playground.PostMessageAsync(Demo.PersonalChat, "directory", Demo.Sophie);
        var directory = await BotMessageAsync("English directory", Demo.PersonalChat, mark, card => Cards.Says(card, DirectoryEn));
        var messageId = (string)directory["message"]!["messageId"]!;

        var found = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, messageId, SearchVerb, new JsonObject { ["query"] = "Italie" });

        Assert.Equal(Cards.ContentType, (string?)found["type"]);
        Assert.Equal(["demo-giulia"], Listed(found["value"]));
    }

    /// The member ids of the directory's lines, top to bottom.
    static List<string> Listed(JsonNode? card) => Lines(card).Select(a => (string)a["data"]!["memberId"]!).ToList();

    static JsonObject? ContactOf(JsonNode? card, string memberId) => Lines(card).FirstOrDefault(a => (string?)a["data"]?["memberId"] == memberId);

    static IEnumerable<JsonObject> Lines(JsonNode? card) => card switch
    {
        JsonObject o when o["selectAction"] is JsonObject action && (string?)action["verb"] == ContactVerb =>
            [action, .. o.Select(p => p.Value).SelectMany(Lines)],
        JsonObject o => o.Select(p => p.Value).SelectMany(Lines),
        JsonArray a => a.SelectMany(Lines),
        _ => [],
    };
}
