using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FocalBot.EndToEnd.Playground;
using Xunit.Abstractions;

namespace FocalBot.EndToEnd.Requests;

/// An information request from start to end, as the network lives it in Teams: the office raises it in the channel,
/// focal points answer in their personal chats (one in French), the office follows the status and gets the compilation.
public sealed partial class RequestsTests(PlaygroundFixture network, ITestOutputHelper output) : EndToEndTest(network, output)
{
    [Fact]
    public async Task The_office_raises_a_request_in_the_channel_two_focal_points_answer_and_the_compilation_is_produced()
    {
        // Élise (French) and Jonas have talked to the bot before, so it has their personal chats.
        var eliseChat = await Playground.CreatePersonalChatAsync(Demo.Elise);
        var jonasChat = await Playground.CreatePersonalChatAsync(Demo.Jonas);
        await SayHelloAsync(Demo.Elise, eliseChat, "fr-FR", "Ce que FocalBot sait faire");
        await SayHelloAsync(Demo.Jonas, jonasChat, "en-US", "What FocalBot can do");

        // Sophie (office) asks for a new request in the network's channel. A draft is hers alone: the form comes to her
        // personal chat, where she drafts, previews and sends.
        var helloMark = Network.Chat.Mark();
        await Playground.PostMessageAsync(Demo.PersonalChat, "help", Demo.Sophie);
        await BotMessageAsync("help in Sophie's chat", Demo.PersonalChat, helloMark, card => Cards.Says(card, "What FocalBot can do"));
        var chatMark = Network.Chat.Mark();
        await Playground.PostMessageAsync(Demo.RequestsChannel, $"<at>{Demo.BotName}</at> request", Demo.Sophie, mentionBot: true);
        var thread = Demo.PersonalChat;
        var compose = await BotMessageAsync("compose form", thread, chatMark, card => Cards.Says(card, "New information request"));
        var formId = (string)compose["message"]!["messageId"]!;
        var preview = Cards.Execute(Cards.In(compose["message"]), "request.preview");
        Assert.NotNull(preview);

        // She writes three questions and previews, then sends.
        var data = (JsonObject)preview["data"]!.DeepClone();
        data["language"] = "en";
        data["title"] = $"Guardianship of unaccompanied minors {Guid.NewGuid():N}"[..48];
        data["background"] = "For the thematic report to the spring plenary.";
        data["q1"] = "How many unaccompanied minors arrived in 2025?";
        data["q2"] = "Which authority assesses their age?";
        data["q3"] = "Is a guardian appointed within 72 hours?";
        data["deadline"] = Cards.InputValue(Cards.In(compose["message"]), "deadline");   // the default: 15 working days ahead
        data["everyone"] = "true";
        data["kind"] = "AdHoc";
        data["anonymous"] = "false";
        var previewed = await Playground.ExecuteAsync(Demo.Sophie, thread, formId, "request.preview", data);
        Assert.True(Cards.Says(previewed["value"], "Preview: as the focal points will see it"), previewed.ToJsonString(Json.Readable));
        var send = Cards.Execute(previewed["value"], "request.send");
        Assert.NotNull(send);
        var logMark = Network.Log.Mark();
        var sent = await Playground.ExecuteAsync(Demo.Sophie, thread, formId, "request.send", send["data"]);
        var number = NumberIn(sent["value"]);

        // The request is posted in the channel and reaches each focal point in their language.
        await BotPostAsync("channel post", Demo.RequestsChannel, logMark, card => Cards.Says(card, $"Information request {number}"));
        var toElise = await BotPostAsync("request for Élise", eliseChat, logMark, card => Cards.Says(card, $"Demande d’information {number}"));
        await BotPostAsync("request for Jonas", jonasChat, logMark, card => Cards.Says(card, $"Information request {number}"));
        var ids = (JsonObject)Cards.Execute(Cards.In(toElise["log"]!["request"]!["body"]), "request.answer")!["data"]!.DeepClone();

        // Élise answers in French, Jonas in English; both submit.
        var form = await InvokeAsync(Demo.Elise, eliseChat, "fr-FR", "request.answer", ids);
        Assert.True(Cards.Says(form["value"], $"Réponse de la France à la demande {number}"), form.ToJsonString(Json.Readable));
        var elise = (JsonObject)Cards.Execute(form["value"], "request.submit")!["data"]!.DeepClone();
        elise["answerLanguage"] = "fr";
        elise["a1"] = "312 mineurs, dont 40 en outre-mer.";
        elise["a2"] = "Le conseil départemental, sur évaluation sociale.";
        elise["nil3"] = "ToFollow";
        elise["by3"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd");
        var submitted = await InvokeAsync(Demo.Elise, eliseChat, "fr-FR", "request.submit", elise);
        Assert.True(Cards.Says(submitted["value"], "la réponse de votre État est soumise"), submitted.ToJsonString(Json.Readable));

        var jonas = (JsonObject)ids.DeepClone();
        jonas["answerVersion"] = "0";
        jonas["answerLanguage"] = "en";
        jonas["a1"] = "4,150 in 2025.";
        jonas["nil2"] = "NoInformation";
        jonas["a3"] = "Yes, by the youth welfare office.";
        var jonasDone = await InvokeAsync(Demo.Jonas, jonasChat, "en-US", "request.submit", jonas);
        Assert.True(Cards.Says(jonasDone["value"], "your state's answer is submitted"), jonasDone.ToJsonString(Json.Readable));

        // The office's status shows both answers.
        var status = await Playground.ExecuteAsync(Demo.Sophie, thread, formId, "request.status", send["data"]);
        Assert.True(Cards.Says(status["value"], "France: ✅ answered 3/3"), status.ToJsonString(Json.Readable));
        Assert.True(Cards.Says(status["value"], "Germany: ✅ answered 3/3"));

        // The compilation: a Word document and a workbook, whose personal links Sophie gets in her own chat.
        var compiled = await Playground.ExecuteAsync(Demo.Sophie, thread, formId, "request.compile", send["data"]);
        Assert.True(Cards.Says(compiled["value"], $"Compilation of request {number}"), compiled.ToJsonString(Json.Readable));
        var word = Cards.Links(compiled["value"]).Single(l => l.Title == "Word document").Url;
        Assert.StartsWith(new Uri(Network.BotUrl, "/exports/").AbsoluteUri, word);   // the bot's own port, not a default
        using var http = new HttpClient();
        var docx = await http.GetByteArrayAsync(word);
        var text = WordText(docx);
        Assert.Contains("312 mineurs, dont 40 en outre-mer.", text);
        Assert.Contains("4,150 in 2025.", text);
        Assert.Contains("France", text);
        Assert.Contains("Germany", text);
    }

    static string NumberIn(JsonNode? card)
    {
        var title = card?["body"]?[0]?["text"]?.GetValue<string>() ?? "";
        var match = RequestNumberPattern().Match(title);
        Assert.True(match.Success, card?.ToJsonString(Json.Readable));
        return match.Value;
    }

    /// The text of a .docx, read as any zip: word/document.xml's runs, without a Word library in the test.
    static string WordText(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return System.Net.WebUtility.HtmlDecode(Regex.Replace(reader.ReadToEnd(), "<[^>]+>", ""));
    }


    [GeneratedRegex(@"\d{4}/\d{2,}")]
    private static partial Regex RequestNumberPattern();
}
