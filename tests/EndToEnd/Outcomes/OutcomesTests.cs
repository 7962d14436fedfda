using System.Text.Json.Nodes;
using FocalBot.EndToEnd.Playground;
using Xunit.Abstractions;

namespace FocalBot.EndToEnd.Outcomes;

/// A plenary's outcomes, as the network lives them in Teams after the meeting: Sophie (office) records attendance and
/// drafts the summary report with two recommendations and a follow-up action for Germany; Élise (France) comments on the
/// draft in French, in her own Playground; Sophie issues the final report; Jonas (Germany) receives it and the action,
/// is reminded before the due date and marks it done; the next plenary's draft agenda shows it. Days pass as DaysPass
/// says.
[Collection(OwnPlaygroundsCollection.Name)]
public sealed class OutcomesTests(OwnPlaygroundsFixture network, ITestOutputHelper output) : EndToEndTest(network, output)
{
    [Fact]
    public async Task After_a_plenary_the_office_reports_Élise_comments_Jonas_does_the_action_and_the_next_agenda_shows_it()
    {
        var (elise, jonas) = (Network.PlaygroundOf("elise"), Network.PlaygroundOf("jonas"));
        var days = new DaysPass(Network.DatabaseFile);
        var title = $"Plenary {Guid.NewGuid():N}"[..16];

        // A plenary convened months ahead, with Élise and Jonas attending in person; then it is held.
        var (formId, ids) = await ConveneAsync(title, DateTime.UtcNow.Date.AddDays(120), ["Opening", "Return policies"]);
        var meetingId = (string)ids["id"]!;
        await days.HoldMeetingAsync(meetingId);

        // Sophie records attendance, pre-filled from the answers, and saves it as it is.
        var status = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, formId, "meeting.status", ids);
        var register = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, formId, "meeting.attendance", Cards.Execute(status["value"], "meeting.attendance")!["data"]);
        var recorded = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, formId, "meeting.attendance.save", Cards.Press(register["value"], "meeting.attendance.save"));
        Assert.True(Cards.Says(recorded["value"], Demo.Elise.Name) && Cards.Says(recorded["value"], Demo.Jonas.Name), recorded.ToJsonString(Json.Readable));

        // She drafts the report: background, a summary of item 2, and two recommendations.
        var draft = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, formId, "report.open", Cards.Execute(status["value"], "report.open")!["data"]);
        var newIds = ((string)Cards.Execute(draft["value"], "report.save")!["data"]!["newRecommendations"]!).Split(',');
        var item2 = Cards.InputIds(draft["value"]).Where(i => i.StartsWith("sEn|", StringComparison.Ordinal)).ElementAt(1)[4..];
        var saved = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, formId, "report.save", Cards.Press(draft["value"], "report.save",
            ("bgEn", "The plenary took stock of return policies."), ("bgFr", "La plénière a fait le point sur les politiques de retour."),
            ($"sEn|{item2}", "Participants compared assisted voluntary return programmes."),
            ($"sFr|{item2}", "Les participants ont comparé les programmes d’aide au retour volontaire."),
            ($"rEn|{newIds[0]}", "Share national data on assisted voluntary return."), ($"rFr|{newIds[0]}", "Partager les données nationales sur l’aide au retour volontaire."),
            ($"rTo|{newIds[0]}", "states"),
            ($"rEn|{newIds[1]}", "Publish a comparative study."), ($"rFr|{newIds[1]}", "Publier une étude comparative."), ($"rTo|{newIds[1]}", "coe")));
        Assert.True(Cards.Says(saved["value"], "Recommendation 2") || Cards.Says(saved["value"], "recommendation 2"), saved.ToJsonString(Json.Readable));

        // An action for Germany on recommendation 1, due in two months.
        var chatMark = Network.Chat.Mark();
        await Playground.PostMessageAsync(Demo.PersonalChat, "actions", Demo.Sophie);
        var list = await BotMessageAsync("actions", Demo.PersonalChat, chatMark, card => Cards.Execute(card, "action.pick") is not null);
        var listId = (string)list["message"]!["messageId"]!;
        var pick = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, listId, "action.pick", new JsonObject());
        var newAction = Cards.Execute(pick["value"], "action.new", "recommendationId", newIds[0])!;
        var actionForm = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, listId, "action.new", newAction["data"]);
        var actionId = (string)Cards.Execute(actionForm["value"], "action.add")!["data"]!["actionId"]!;
        var added = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, listId, "action.add", Cards.Press(actionForm["value"], "action.add",
            ("whatEn", "Send the national figures for 2026."), ("whatFr", "Transmettre les chiffres nationaux de 2026."),
            ("owner", "state:DE"), ("due", DateTime.UtcNow.Date.AddDays(60).ToString("yyyy-MM-dd"))));
        Assert.True(Cards.Says(added["value"], "Germany"), added.ToJsonString(Json.Readable));

        // The draft goes to the participants; Élise comments in French, and only the office reads it.
        var eliseMark = elise.Chat.Mark();
        var circulated = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, formId, "report.circulate", Cards.Execute(saved["value"], "report.circulate")!["data"]);
        Assert.True(Cards.Says(circulated["value"], "sent for comments"), circulated.ToJsonString(Json.Readable));
        var toElise = await elise.BotMessageAsync("draft report in Élise's Playground", eliseMark, card => Cards.Says(card, "vos commentaires") && Cards.Says(card, "Partager les données"));
        chatMark = Network.Chat.Mark();
        var commented = await elise.Client.ExecuteAsync(Demo.Elise, elise.PersonalChat, (string)toElise["message"]!["messageId"]!, "report.comment",
            Cards.Press(Cards.In(toElise["message"]), "report.comment", ("comment", "Préciser « données ventilées par nationalité »."), ("about", "r1")));
        Assert.True(Cards.Says(commented["value"], "commentaire"), commented.ToJsonString(Json.Readable));
        await BotMessageAsync("Élise's comment for the office", Demo.PersonalChat, chatMark, card => Cards.Says(card, "données ventilées par nationalité"));

        // Sophie issues the final report; Jonas receives it and his action.
        var jonasMark = jonas.Chat.Mark();
        var reopened = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, formId, "report.open", Cards.Execute(status["value"], "report.open")!["data"]);
        var confirm = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, formId, "report.issue", Cards.Execute(reopened["value"], "report.issue")!["data"]);
        var issued = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, formId, "report.issue", Cards.Execute(confirm["value"], "report.issue")!["data"]);
        Assert.True(Cards.Says(issued["value"], "Issued on"), issued.ToJsonString(Json.Readable));
        var report = await jonas.BotMessageAsync("issued report in Jonas's Playground", jonasMark, card => Cards.Says(card, "Summary report issued") && Cards.Says(card, "Share national data"));
        var wordLink = Cards.Links(Cards.In(report["message"])).Single(l => l.Title == "Word report in English").Url;
        using (var http = new HttpClient())
        {
            var word = WordText(await http.GetByteArrayAsync(wordLink));
            Assert.Contains("Summary report", word);
            Assert.Contains("Share national data on assisted voluntary return.", word);
            Assert.Contains("Participants compared assisted voluntary return programmes.", word);
            Assert.DoesNotContain("données ventilées", word);   // a comment reaches the office only
        }
        var sent = await jonas.BotMessageAsync("action in Jonas's Playground", jonasMark, card => Cards.Says(card, "A follow-up action for you"));
        Assert.True(Cards.Says(Cards.In(sent["message"]), "Send the national figures for 2026."), sent.ToJsonString(Json.Readable));

        // Three weeks pass and the action is due tomorrow: Jonas is reminded, and marks it done.
        jonasMark = jonas.Chat.Mark();
        await days.ActionDueTomorrowAsync(actionId);
        var reminder = await jonas.BotMessageAsync("reminder in Jonas's Playground", jonasMark, card => Cards.Says(card, "Reminder: a follow-up action is due on"));
        var reminderId = (string)reminder["message"]!["messageId"]!;
        var doneForm = await jonas.Client.ExecuteAsync(Demo.Jonas, jonas.PersonalChat, reminderId, "action.doing", Cards.Execute(Cards.In(reminder["message"]), "action.doing")!["data"]);
        var done = await jonas.Client.ExecuteAsync(Demo.Jonas, jonas.PersonalChat, reminderId, "action.done",
            Cards.Press(doneForm["value"], "action.done", ("note", "Figures sent to the office on 3 December.")));
        Assert.True(Cards.Says(done["value"], "The action is marked done"), done.ToJsonString(Json.Readable));

        // The next plenary's draft agenda gets the follow-up item, with the action done.
        var (nextFormId, nextIds) = await DraftAsync($"Next {title}", DateTime.UtcNow.Date.AddDays(60), ["Opening"]);
        var agenda = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, listId, "action.agenda", new JsonObject());
        var put = Cards.Execute(agenda["value"], "action.on-agenda", "draftId", (string)nextIds["id"]!)!;
        var onAgenda = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, listId, "action.on-agenda", put["data"]);
        Assert.True(Cards.Says(onAgenda["value"], "actions done: 1"), onAgenda.ToJsonString(Json.Readable));
        var next = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, nextFormId, "meeting.open", nextIds);
        Assert.True(Cards.Says(next["value"], "Follow-up to the previous meeting") && Cards.Says(next["value"], "actions done: 1"), next.ToJsonString(Json.Readable));
    }

    /// The text of a .docx: word/document.xml's runs.
    static string WordText(byte[] docx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(reader.ReadToEnd(), "<[^>]+>", ""));
    }

    /// Sophie drafts a plenary for the whole network opening on the Monday after `from` (two days), in her personal chat;
    /// returns the form card's id and the meeting's ids as its buttons carry them.
    async Task<(string FormId, JsonNode Ids)> DraftAsync(string title, DateTime from, string[] items)
    {
        var mark = Network.Chat.Mark();
        await Playground.PostMessageAsync(Demo.PersonalChat, "meeting", Demo.Sophie);
        var form = await BotMessageAsync("meeting form", Demo.PersonalChat, mark, card => Cards.Says(card, "New meeting"));
        var formId = (string)form["message"]!["messageId"]!;
        var save = (JsonObject)Cards.Execute(Cards.In(form["message"]), "meeting.save")!["data"]!.DeepClone();
        var opening = from;
        while (opening.DayOfWeek != DayOfWeek.Monday) opening = opening.AddDays(1);
        save["kind"] = "Plenary";
        save["titleEn"] = title;
        save["opening"] = opening.ToString("yyyy-MM-dd");
        save["closing"] = opening.AddDays(1).ToString("yyyy-MM-dd");
        save["timeZone"] = "Europe/Paris";
        save["place"] = "Palais de l’Europe, Strasbourg";
        save["externals"] = "false";
        save["audience"] = "all";
        for (var i = 0; i < items.Length; i++) save[$"item{i + 1}en"] = items[i];
        var draft = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, formId, "meeting.save", save);
        Assert.True(Cards.Says(draft["value"], "Latest convocation day"), draft.ToJsonString(Json.Readable));
        return (formId, Cards.Execute(draft["value"], "meeting.convene")!["data"]!.DeepClone());
    }

    /// A draft convened, and both focal points answering "in person" on the convocation in their own Playground.
    async Task<(string FormId, JsonNode Ids)> ConveneAsync(string title, DateTime from, string[] items)
    {
        var (elise, jonas) = (Network.PlaygroundOf("elise"), Network.PlaygroundOf("jonas"));
        var (formId, ids) = await DraftAsync(title, from, items);
        var (eliseMark, jonasMark) = (elise.Chat.Mark(), jonas.Chat.Mark());
        var convened = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, formId, "meeting.convene", ids);
        Assert.True(Cards.Says(convened["value"], "Convocation sent"), convened.ToJsonString(Json.Readable));
        foreach (var (person, user, mark) in new[] { (elise, Demo.Elise, eliseMark), (jonas, Demo.Jonas, jonasMark) })
        {
            var convocation = await person.BotMessageAsync($"convocation in {user.Name}'s Playground", mark, card => Cards.Says(card, title));
            var rsvp = (JsonObject)Cards.Execute(Cards.In(convocation["message"]), "meeting.rsvp")!["data"]!.DeepClone();
            rsvp["choice"] = "InPerson";
            await person.Client.ExecuteAsync(user, person.PersonalChat, (string)convocation["message"]!["messageId"]!, "meeting.rsvp", rsvp);
        }
        return (formId, ids);
    }
}
