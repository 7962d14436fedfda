using System.Text.Json;
using System.Text.Json.Nodes;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Tests.Support;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace FocalBot.Bot.Tests.Turns;

/// Files in a message: each goes to its type's route, a type without one to the route for other files, in the order
/// sent; where the guards refuse (a channel), each refusal is said once; with no file route at all the message is a
/// command as before.
public sealed class FileRoutingTests
{
    static readonly Text Personal = new("Send files in our personal chat.", "Envoyez les fichiers dans notre conversation personnelle.");

    readonly List<string> _ran = [];

    TurnRouter Routes(bool otherFiles = true)
    {
        var routes = new TurnRouter()
            .OnFile("pdf", Guard.AnyMember.InPersonalChat(Personal), (turn, member, _) => Ran($"pdf {turn.File!.Name} by {member.Id}"))
            .OnFile("csv", Guard.AnyMember.InPersonalChat(Personal), (turn, _, _) => Ran($"csv {turn.File!.Name}"))
            .OnCommand(new Text("help", "aide"), new Text("Help", "Aide"), Guard.AnyMember, (turn, _) => Ran("help"));
        return otherFiles ? routes.OnOtherFile(Guard.AnyMember.InPersonalChat(Personal), (turn, _, _) => Ran($"other {turn.File!.Name}")) : routes;
    }

    Task Ran(string what)
    {
        _ran.Add(what);
        return Task.CompletedTask;
    }

    static (TurnContext Turn, FakeConnector Connector) Message(bool personal, string? text, params string[] files)
    {
        var payload = (personal ? Payload.PersonalMessage(text ?? "") : Payload.ChannelMention(text ?? "")).Set("attachments", new JsonArray([.. files.Select(name => (JsonNode)new JsonObject
        {
            ["contentType"] = FileDownloadInfo.ContentType, ["name"] = name,
            ["content"] = new JsonObject { ["downloadUrl"] = $"https://coe-my.sharepoint.com/{name}", ["fileType"] = Path.GetExtension(name).TrimStart('.') },
        })]));
        if (text is null && personal) payload.Set("text", (string?)null);
        var activity = JsonSerializer.Deserialize<Activity>(payload.Json, ProtocolJson.Options)!;
        var conversation = new ConversationReference
        {
            ConversationId = "c-1", ConversationType = personal ? "personal" : "channel", ServiceUrl = "http://localhost/", ChannelId = "msteams",
        };
        var connector = new FakeConnector();
        return (new TurnContext(activity, conversation, AMember.Elise(), Language.Fr, new ServiceCollection().BuildServiceProvider(), connector), connector);
    }

    [Fact]
    public async Task Each_file_goes_to_its_types_route_in_the_order_sent()
    {
        var (turn, _) = Message(personal: true, null, "a.pdf", "b.CSV", "c.exe", "d.pdf");

        await Routes().RouteAsync(turn, default);

        Assert.Equal(["pdf a.pdf by m-elise", "csv b.CSV", "other c.exe", "pdf d.pdf by m-elise"], _ran);
    }

    [Fact]
    public async Task Files_in_a_channel_get_the_guards_answer_once_and_no_handler_runs()
    {
        var (turn, connector) = Message(personal: false, null, "a.pdf", "b.csv", "c.exe");

        await Routes().RouteAsync(turn, default);

        Assert.Empty(_ran);
        Assert.Equal([Personal.Fr], connector.Sends.Select(s => s.Activity.Text));
    }

    [Fact]
    public async Task Without_a_route_for_any_of_its_files_a_message_is_read_as_a_command()
    {
        var (turn, _) = Message(personal: true, "help", "c.exe");

        await Routes(otherFiles: false).RouteAsync(turn, default);

        Assert.Equal(["help"], _ran);
    }

    [Fact]
    public void The_route_for_other_files_is_set_once_and_listed_with_its_guard()
    {
        var routes = Routes();

        Assert.Throws<InvalidOperationException>(() => routes.OnOtherFile(Guard.AnyMember, (_, _, _) => Task.CompletedTask));
        Assert.Contains(routes.Guards, g => g is ("file", "*", { PersonalOnly: true }));
    }
}
