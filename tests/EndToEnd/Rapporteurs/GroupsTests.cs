using System.Text.Json.Nodes;
using FocalBot.EndToEnd.Playground;
using Xunit.Abstractions;

namespace FocalBot.EndToEnd.Rapporteurs;

/// A thematic group from proposal to members, as the network lives it in Teams: Sophie (office) proposes it in her
/// personal chat, every focal point gets the proposal (Élise in French, in her own Playground), nobody objects, the
/// network creates it, Élise asks to join and Sophie approves. Days pass as DaysPass says.
[Collection(OwnPlaygroundsCollection.Name)]
public sealed class GroupsTests(OwnPlaygroundsFixture network, ITestOutputHelper output) : EndToEndTest(network, output)
{
    [Fact]
    public async Task The_office_proposes_a_group_nobody_objects_and_Elise_joins_it_with_the_offices_approval()
    {
        var elise = Network.PlaygroundOf("elise");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var (nameEn, nameFr) = ($"Return and reintegration {tag}", $"Retour et réintégration {tag}");

        // Sophie opens the groups in her personal chat and the form to propose one.
        var chatMark = Network.Chat.Mark();
        await Playground.PostMessageAsync(Demo.PersonalChat, "groups", Demo.Sophie);
        var list = await BotMessageAsync("groups list", Demo.PersonalChat, chatMark, card => Cards.Says(card, "Thematic groups"));
        var listId = (string)list["message"]!["messageId"]!;
        var form = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, listId, "group.new", Cards.Execute(Cards.In(list["message"]), "group.new")!["data"]);
        Assert.True(Cards.Says(form["value"], "Propose a thematic group to the network"), form.ToJsonString(Json.Readable));

        var data = (JsonObject)Cards.Execute(form["value"], "group.propose")!["data"]!.DeepClone();
        var groupId = (string)data["groupId"]!;
        data["nameEn"] = nameEn;
        data["nameFr"] = nameFr;
        data["language"] = "en";
        data["purpose"] = "To compare how member states organise assisted voluntary return.";
        data["lead"] = "";
        var eliseMark = elise.Chat.Mark();
        var proposed = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, listId, "group.propose", data);
        Assert.True(Cards.Says(proposed["value"], "The group is proposed to the network"), proposed.ToJsonString(Json.Readable));

        // Élise reads the proposal in French in her own Playground.
        await elise.BotMessageAsync("proposal in Élise's Playground", eliseMark,
            card => Cards.Says(card, "Le réseau est appelé à décider") && Cards.Says(card, nameFr));

        // Nobody objects. Ten working days pass: the next tick decides, the group is created and announced.
        eliseMark = elise.Chat.Mark();
        await new DaysPass(Network.DatabaseFile).EndSilenceOnAsync(groupId);
        var created = await elise.BotMessageAsync("group created in Élise's Playground", eliseMark,
            card => Cards.Says(card, "Un nouveau groupe thématique") && Cards.Says(card, nameFr));

        // Élise asks to join from the announcement; Sophie is told and approves.
        var createdCard = Cards.In(created["message"]);
        chatMark = Network.Chat.Mark();
        var asked = await elise.Client.ExecuteAsync(Demo.Elise, elise.PersonalChat, (string)created["message"]!["messageId"]!, "group.ask",
            Cards.Execute(createdCard, "group.ask")!["data"]);
        Assert.True(Cards.Says(asked["value"], "Votre demande d’adhésion à"), asked.ToJsonString(Json.Readable));

        var request = await BotMessageAsync("join request in Sophie's chat", Demo.PersonalChat, chatMark,
            card => Cards.Says(card, "A member asks to join a thematic group") && Cards.Says(card, nameEn));
        var approve = Cards.Execute(Cards.In(request["message"]), "group.approve")!;
        var approved = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, (string)request["message"]!["messageId"]!, "group.approve", approve["data"]);
        Assert.True(Cards.Says(approved["value"], $"{Demo.Elise.Name} is now a member of"), approved.ToJsonString(Json.Readable));

        // Élise's list now says she is a member.
        var mine = await elise.Client.ExecuteAsync(Demo.Elise, elise.PersonalChat, (string)created["message"]!["messageId"]!, "group.list", new JsonObject());
        Assert.True(Cards.Says(mine["value"], "Vous êtes membre de ce groupe."), mine.ToJsonString(Json.Readable));

        // A request sent to the group reaches Élise, its one member, and not Jonas.
        await RequestToGroupAsync(elise, Network.PlaygroundOf("jonas"), groupId);
    }

    async Task RequestToGroupAsync(PersonPlayground elise, PersonPlayground jonas, string groupId)
    {
        var chatMark = Network.Chat.Mark();
        await Playground.PostMessageAsync(Demo.RequestsChannel, $"<at>{Demo.BotName}</at> request", Demo.Sophie, mentionBot: true);
        var compose = await BotMessageAsync("compose form", Demo.PersonalChat, chatMark, card => Cards.Says(card, "New information request"));
        var formId = (string)compose["message"]!["messageId"]!;
        var data = (JsonObject)Cards.Execute(Cards.In(compose["message"]), "request.preview")!["data"]!.DeepClone();
        var title = $"Voluntary return figures {Guid.NewGuid():N}"[..40];
        data["language"] = "en";
        data["title"] = title;
        data["q1"] = "How many voluntary returns were assisted in 2025?";
        data["deadline"] = Cards.InputValue(Cards.In(compose["message"]), "deadline");
        data["everyone"] = "false";
        data["group"] = groupId;
        data["kind"] = "AdHoc";
        data["anonymous"] = "false";
        var previewed = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, formId, "request.preview", data);
        var send = Cards.Execute(previewed["value"], "request.send");
        Assert.True(send is not null, previewed.ToJsonString(Json.Readable));
        var (eliseMark, jonasMark) = (elise.Chat.Mark(), jonas.Chat.Mark());
        await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, formId, "request.send", send["data"]);

        await elise.BotMessageAsync("group request in Élise's Playground", eliseMark, card => Cards.Says(card, "Demande d’information") && Cards.Says(card, title));
        // The office's status lists the audience: France (Élise) only, not Germany (Jonas), who got nothing.
        var status = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, formId, "request.status", send["data"]);
        Assert.True(Cards.Says(status["value"], "France") && !Cards.Says(status["value"], "Germany"), status.ToJsonString(Json.Readable));
        Assert.DoesNotContain(jonas.Chat.Since(jonasMark), e => Cards.Says(Cards.In(e["message"]), title));
    }
}
