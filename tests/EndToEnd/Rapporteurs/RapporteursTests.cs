using System.Text.Json.Nodes;
using FocalBot.EndToEnd.Playground;
using Xunit.Abstractions;

namespace FocalBot.EndToEnd.Rapporteurs;

/// A call for thematic rapporteurs from proposal to roster, each person in their own Playground: Sophie (office) proposes
/// the call, nobody objects, the call opens, Élise nominates herself (in French), Jonas nominates Giulia, who accepts;
/// once the call has closed Sophie appoints both, and the roster shows them. Days pass as DaysPass says.
[Collection(OwnPlaygroundsCollection.Name)]
public sealed class RapporteursTests(OwnPlaygroundsFixture network, ITestOutputHelper output) : EndToEndTest(network, output)
{
    [Fact]
    public async Task The_office_proposes_a_call_Elise_and_Giulia_are_nominated_and_appointed_and_the_roster_shows_them()
    {
        var (elise, jonas, giulia) = (Network.PlaygroundOf("elise"), Network.PlaygroundOf("jonas"), Network.PlaygroundOf("giulia"));
        var theme = $"Statelessness {Guid.NewGuid():N}"[..22];
        var days = new DaysPass(Network.DatabaseFile);

        // Sophie opens the roster and the form for a call, and proposes it for two posts.
        var chatMark = Network.Chat.Mark();
        await Playground.PostMessageAsync(Demo.PersonalChat, "rapporteurs", Demo.Sophie);
        var roster = await BotMessageAsync("roster", Demo.PersonalChat, chatMark, card => Cards.Execute(card, "rapporteur.new") is not null);
        var rosterId = (string)roster["message"]!["messageId"]!;
        var form = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, rosterId, "rapporteur.new", new JsonObject());
        var data = (JsonObject)Cards.Execute(form["value"], "rapporteur.propose")!["data"]!.DeepClone();
        var callId = (string)data["callId"]!;
        data["language"] = "en";
        data["theme"] = theme;
        data["terms"] = "Two rapporteurs prepare the network's thematic report on statelessness.";
        data["posts"] = "2";
        data["months"] = "12";
        data["closing"] = Cards.InputValue(form["value"], "closing");   // the earliest closing date, as the form offers
        var proposed = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, rosterId, "rapporteur.propose", data);
        Assert.True(Cards.Says(proposed["value"], theme), proposed.ToJsonString(Json.Readable));

        // Nobody objects; ten working days pass: the call opens and reaches every focal point.
        var (eliseMark, jonasMark) = (elise.Chat.Mark(), jonas.Chat.Mark());
        await days.EndSilenceOnAsync(callId);
        var toElise = await elise.BotMessageAsync("call in Élise's Playground", eliseMark, card => Cards.Says(card, "les candidatures") && Cards.Says(card, theme));
        var toJonas = await jonas.BotMessageAsync("call in Jonas's Playground", jonasMark, card => Cards.Says(card, "nominations") && Cards.Says(card, theme));

        // Élise nominates herself, in French.
        var eliseForm = await elise.Client.ExecuteAsync(Demo.Elise, elise.PersonalChat, Id(toElise), "rapporteur.nominate", Data(toElise, "rapporteur.nominate"));
        var eliseNomination = (JsonObject)Cards.Execute(eliseForm["value"], "rapporteur.nomination")!["data"]!.DeepClone();
        eliseNomination["nominee"] = "self";
        eliseNomination["motivation"] = "J’ai suivi l’apatridie pour la France depuis 2019.";
        var eliseDone = await elise.Client.ExecuteAsync(Demo.Elise, elise.PersonalChat, Id(toElise), "rapporteur.nomination", eliseNomination);
        Assert.True(Cards.Says(eliseDone["value"], "Votre candidature pour"), eliseDone.ToJsonString(Json.Readable));

        // Jonas nominates Giulia, who is asked in her own Playground and accepts.
        var jonasForm = await jonas.Client.ExecuteAsync(Demo.Jonas, jonas.PersonalChat, Id(toJonas), "rapporteur.nominate", Data(toJonas, "rapporteur.nominate"));
        var jonasNomination = (JsonObject)Cards.Execute(jonasForm["value"], "rapporteur.nomination")!["data"]!.DeepClone();
        jonasNomination["nominee"] = ChoiceValue(jonasForm["value"], "nominee", Demo.Giulia.Name);
        jonasNomination["motivation"] = "Giulia led Italy's work on statelessness determination.";
        var giuliaMark = giulia.Chat.Mark();
        var jonasDone = await jonas.Client.ExecuteAsync(Demo.Jonas, jonas.PersonalChat, Id(toJonas), "rapporteur.nomination", jonasNomination);
        Assert.False(Cards.Says(jonasDone["value"], "Your nomination for"), jonasDone.ToJsonString(Json.Readable));
        var asked = await giulia.BotMessageAsync("consent in Giulia's Playground", giuliaMark, card => Cards.Says(card, "You have been nominated"));
        var accept = Objects(Cards.In(asked["message"])).Single(o => (string?)o["verb"] == "rapporteur.consent" && (string?)o["data"]?["answer"] == "accept");
        var accepted = await giulia.Client.ExecuteAsync(Demo.Giulia, giulia.PersonalChat, Id(asked), "rapporteur.consent", accept["data"]);
        Assert.True(Cards.Says(accepted["value"], "accepted"), accepted.ToJsonString(Json.Readable));

        // The closing date passes; Sophie appoints both accepted nominees.
        await days.CloseCallAsync(callId);
        var appointing = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, rosterId, "rapporteur.nominations", new JsonObject { ["callId"] = callId });
        var appoint = (JsonObject)Cards.Execute(appointing["value"], "rapporteur.appoint")!["data"]!.DeepClone();
        appoint["appoint"] = string.Join(',', ChoiceValue(appointing["value"], "appoint", Demo.Elise.Name), ChoiceValue(appointing["value"], "appoint", Demo.Giulia.Name));
        var appointed = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, rosterId, "rapporteur.appoint", appoint);
        Assert.True(Cards.Says(appointed["value"], "The call is closed; the roster is updated"), appointed.ToJsonString(Json.Readable));

        // The roster shows both, under the call's theme.
        chatMark = Network.Chat.Mark();
        await Playground.PostMessageAsync(Demo.PersonalChat, "rapporteurs", Demo.Sophie);
        var after = await BotMessageAsync("roster after", Demo.PersonalChat, chatMark, card => Cards.Says(card, "Current rapporteurs"));
        var card = Cards.In(after["message"]);
        Assert.True(Cards.Says(card, Demo.Elise.Name) && Cards.Says(card, Demo.Giulia.Name) && Cards.Says(card, theme), card?.ToJsonString(Json.Readable));
    }

    static string Id(JsonNode message) => (string)message["message"]!["messageId"]!;

    static JsonNode? Data(JsonNode message, string verb) => Cards.Execute(Cards.In(message["message"]), verb)!["data"];

    /// The value of the choice of an input whose title names this person.
    static string ChoiceValue(JsonNode? card, string input, string title) =>
        (string)Objects(card).Single(o => (string?)o["id"] == input)["choices"]!.AsArray().Single(c => ((string)c!["title"]!).Contains(title))!["value"]!;

    static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject o => o.Select(p => p.Value).SelectMany(Objects).Prepend(o),
        JsonArray a => a.SelectMany(Objects),
        _ => [],
    };
}
