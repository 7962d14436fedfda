using System.Text.Json.Nodes;
using FocalBot.EndToEnd.Playground;
using Xunit.Abstractions;

namespace FocalBot.EndToEnd.Meetings;

/// A plenary from convocation to revised agenda, as the network lives it in Teams: the office convenes in its personal
/// chat, members answer in theirs (Élise in French, in her own Playground, as run-local.sh gives her one; Jonas sending
/// a substitute), Élise suggests an item the office accepts, and the revised agenda reaches everyone invited.
public sealed class MeetingsTests(PlaygroundFixture network, ITestOutputHelper output) : EndToEndTest(network, output)
{
    [Fact]
    public async Task The_office_convenes_a_plenary_members_answer_and_the_revised_agenda_arrives()
    {
        var elise = Network.PlaygroundOf("elise");
        var eliseMark = elise.Chat.Mark();
        await elise.Client.PostMessageAsync(elise.PersonalChat, "aide", Demo.Elise);
        await elise.BotMessageAsync("help in Élise's Playground", eliseMark, card => Cards.Says(card, "Ce que FocalBot sait faire"));
        var jonas = Network.PlaygroundOf("jonas");

        // Sophie drafts a plenary far enough ahead for the 30-working-day rule, and convenes it.
        var mark = Network.Chat.Mark();
        await Playground.PostMessageAsync(Demo.PersonalChat, "meeting", Demo.Sophie);
        var form = await BotMessageAsync("meeting form", Demo.PersonalChat, mark, card => Cards.Says(card, "New meeting"));
        var formId = (string)form["message"]!["messageId"]!;
        var save = (JsonObject)Cards.Execute(Cards.In(form["message"]), "meeting.save")!["data"]!.DeepClone();
        var opening = DateTime.UtcNow.Date.AddDays(120);
        while (opening.DayOfWeek != DayOfWeek.Monday) opening = opening.AddDays(1);
        var title = $"Plenary {Guid.NewGuid():N}"[..16];
        save["kind"] = "Plenary";
        save["titleEn"] = title;
        save["titleFr"] = "Plénière " + title[8..];
        save["opening"] = opening.ToString("yyyy-MM-dd");
        save["closing"] = opening.AddDays(1).ToString("yyyy-MM-dd");
        save["timeZone"] = "Europe/Paris";
        save["place"] = "Palais de l’Europe, Strasbourg";
        save["link"] = "https://meet.example.org/plenary";
        save["externals"] = "false";
        save["audience"] = "all";
        save["item1en"] = "Opening";
        save["item2en"] = "Return policies";
        var draft = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, formId, "meeting.save", save);
        Assert.True(Cards.Says(draft["value"], "Latest convocation day"), draft.ToJsonString(Json.Readable));
        var convene = Cards.Execute(draft["value"], "meeting.convene")!;
        eliseMark = elise.Chat.Mark();
        var jonasMark = jonas.Chat.Mark();
        var convened = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, formId, "meeting.convene", convene["data"]);
        Assert.True(Cards.Says(convened["value"], "Convocation sent"), convened.ToJsonString(Json.Readable));

        // The convocation reaches Élise in her Playground (in French) and Jonas, each with their own calendar file.
        var toElise = await elise.BotMessageAsync("convocation in Élise's Playground", eliseMark, card => Cards.Says(card, "Plénière " + title[8..]));
        var toJonas = await jonas.BotMessageAsync("convocation in Jonas's Playground", jonasMark, card => Cards.Says(card, title));
        var convocation = Cards.In(toElise["message"]);
        var convocationId = (string)toElise["message"]!["messageId"]!;
        var ids = (JsonObject)Cards.Execute(convocation, "meeting.rsvp")!["data"]!.DeepClone();
        var calendar = Cards.Links(convocation).Single(l => l.Title == "Ajouter à mon agenda").Url;
        Assert.StartsWith(new Uri(Network.BotUrl, "/exports/").AbsoluteUri, calendar);   // the bot's own port, not a default
        using (var http = new HttpClient())
        {
            var ics = await http.GetStringAsync(calendar);
            Assert.Contains("BEGIN:VCALENDAR", ics);
            Assert.Contains("Plénière " + title[8..], ics);
        }

        // Élise attends in person, answering on the card in her Playground; Jonas sends a substitute.
        var rsvp = (JsonObject)ids.DeepClone();
        rsvp["choice"] = "InPerson";
        var eliseDone = await elise.Client.ExecuteAsync(Demo.Elise, elise.PersonalChat, convocationId, "meeting.rsvp", rsvp);
        Assert.True(Cards.Says(eliseDone["value"], "votre réponse est enregistrée"), eliseDone.ToJsonString(Json.Readable));
        var substitute = (JsonObject)ids.DeepClone();
        substitute["choice"] = "Substitute";
        substitute["subName"] = "Anna Schmidt";
        substitute["subTitle"] = "Deputy Head of Unit";
        substitute["subEmail"] = "anna.schmidt@bmi.example";
        var jonasDone = await jonas.Client.ExecuteAsync(Demo.Jonas, jonas.PersonalChat, (string)toJonas["message"]!["messageId"]!, "meeting.rsvp", substitute);
        Assert.True(Cards.Says(jonasDone["value"], "Anna Schmidt attends in your place"), jonasDone.ToJsonString(Json.Readable));

        // Élise suggests an agenda item; Sophie accepts it and issues the revised agenda.
        var suggestion = (JsonObject)ids.DeepClone();
        suggestion["suggestionTitle"] = "Mineurs non accompagnés";
        suggestion["suggestionText"] = "Échanger sur l’évaluation de l’âge.";
        suggestion["suggestionLanguage"] = "fr";
        var suggested = await elise.Client.ExecuteAsync(Demo.Elise, elise.PersonalChat, convocationId, "meeting.suggested", suggestion);
        Assert.True(Cards.Says(suggested["value"], "Plénière " + title[8..]), suggested.ToJsonString(Json.Readable));   // back on her convocation

        var status = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, formId, "meeting.status", ids);
        Assert.True(Cards.Says(status["value"], "Mineurs non accompagnés"), status.ToJsonString(Json.Readable));
        Assert.True(Cards.Says(status["value"], "Anna Schmidt"));
        var accept = Cards.Execute(status["value"], "meeting.accept")!;
        eliseMark = elise.Chat.Mark();
        var decided = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, formId, "meeting.accept", accept["data"]);
        var revise = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, formId, "meeting.revise", Cards.Execute(decided["value"], "meeting.revise")!["data"]);
        var issue = (JsonObject)Cards.Execute(revise["value"], "meeting.revised")!["data"]!.DeepClone();
        issue["item1en"] = "Opening";
        issue["item2en"] = "Return policies";
        issue["item3fr"] = "Mineurs non accompagnés";
        jonasMark = jonas.Chat.Mark();
        var issued = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, formId, "meeting.revised", issue);
        Assert.True(Cards.Says(issued["value"], "Revised agenda (version 2)"), issued.ToJsonString(Json.Readable));

        // The revised agenda, with what changed, reaches Jonas; Élise hears her item was accepted.
        await jonas.BotMessageAsync("revised agenda in Jonas's Playground", jonasMark, card => Cards.Says(card, "Revised agenda (version 2)") && Cards.Says(card, "added: item 3"));
        await elise.BotMessageAsync("decision in Élise's Playground", eliseMark, card => Cards.Says(card, "Mineurs non accompagnés") && Cards.Says(card, "retenu"));
    }
}
