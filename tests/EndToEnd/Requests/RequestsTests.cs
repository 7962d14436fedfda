using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FocalBot.EndToEnd.Playground;
using Xunit.Abstractions;

namespace FocalBot.EndToEnd.Requests;

/// An information request from start to end, as the network lives it in Teams: the office raises it in the channel,
/// focal points answer in their personal chats (Élise in French, in her own Playground, as run-local.sh gives her one),
/// the office follows the status and gets the compilation.
public sealed partial class RequestsTests(PlaygroundFixture network, ITestOutputHelper output) : EndToEndTest(network, output)
{
    [Fact]
    public async Task The_office_raises_a_request_in_the_channel_two_focal_points_answer_and_the_compilation_is_produced()
    {
        // Élise (French) and Jonas talk to the bot from their own Playgrounds, as run-local.sh gives each person one.
        var elise = Network.PlaygroundOf("elise");
        var jonas = Network.PlaygroundOf("jonas");
        var eliseMark = elise.Chat.Mark();
        var jonasMark = jonas.Chat.Mark();
        await elise.Client.PostMessageAsync(elise.PersonalChat, "aide", Demo.Elise);
        await jonas.Client.PostMessageAsync(jonas.PersonalChat, "help", Demo.Jonas);
        await elise.BotMessageAsync("help in Élise's Playground", eliseMark, card => Cards.Says(card, "Ce que FocalBot sait faire"));
        await jonas.BotMessageAsync("help in Jonas's Playground", jonasMark, card => Cards.Says(card, "What FocalBot can do"));

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
        eliseMark = elise.Chat.Mark();
        jonasMark = jonas.Chat.Mark();
        var sent = await Playground.ExecuteAsync(Demo.Sophie, thread, formId, "request.send", send["data"]);
        var number = NumberIn(sent["value"]);

        // The request is posted in the channel and reaches each focal point in their language.
        await BotPostAsync("channel post", Demo.RequestsChannel, logMark, card => Cards.Says(card, $"Information request {number}"));
        var toElise = await elise.BotMessageAsync("request in Élise's Playground", eliseMark, card => Cards.Says(card, $"Demande d’information {number}"));
        var toJonas = await jonas.BotMessageAsync("request in Jonas's Playground", jonasMark, card => Cards.Says(card, $"Information request {number}"));
        var card = Cards.In(toElise["message"]);
        var cardId = (string)toElise["message"]!["messageId"]!;

        // Élise answers in French on the card in her Playground, Jonas in English; both submit.
        var form = await elise.Client.ExecuteAsync(Demo.Elise, elise.PersonalChat, cardId, "request.answer", Cards.Execute(card, "request.answer")!["data"]);
        Assert.True(Cards.Says(form["value"], $"Réponse de la France à la demande {number}"), form.ToJsonString(Json.Readable));
        var answer = (JsonObject)Cards.Execute(form["value"], "request.submit")!["data"]!.DeepClone();
        answer["answerLanguage"] = "fr";
        answer["a1"] = "312 mineurs, dont 40 en outre-mer.";
        answer["a2"] = "Le conseil départemental, sur évaluation sociale.";
        answer["nil3"] = "ToFollow";
        answer["by3"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd");
        var submitted = await elise.Client.ExecuteAsync(Demo.Elise, elise.PersonalChat, cardId, "request.submit", answer);
        Assert.True(Cards.Says(submitted["value"], "la réponse de votre État est soumise"), submitted.ToJsonString(Json.Readable));

        var jonasAnswer = (JsonObject)Cards.Execute(Cards.In(toJonas["message"]), "request.answer")!["data"]!.DeepClone();
        jonasAnswer["answerVersion"] = "0";
        jonasAnswer["answerLanguage"] = "en";
        jonasAnswer["a1"] = "4,150 in 2025.";
        jonasAnswer["nil2"] = "NoInformation";
        jonasAnswer["a3"] = "Yes, by the youth welfare office.";
        var jonasDone = await jonas.Client.ExecuteAsync(Demo.Jonas, jonas.PersonalChat, (string)toJonas["message"]!["messageId"]!, "request.submit", jonasAnswer);
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
