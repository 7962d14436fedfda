using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using FocalBot.EndToEnd.Playground;
using Xunit.Abstractions;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FocalBot.EndToEnd.Requests;

/// The exchange among focal points, as the network lives it in Teams: Élise (France, in French, in her own Playground)
/// circulates a request in her ministry with a Word copy, sends the filled copy back and finds her draft pre-filled,
/// attaches a PDF and submits; Jonas (Germany) answers; the office releases the compilation to the network; Jonas
/// receives it and finds the request again in the archive.
public sealed partial class ExchangeTests(PlaygroundFixture network, ITestOutputHelper output) : EndToEndTest(network, output)
{
    [Fact]
    public async Task Élise_circulates_answers_from_the_filled_copy_with_a_PDF_the_office_releases_and_Jonas_finds_the_compilation()
    {
        using var files = new FileHost();
        using var http = new HttpClient();
        var elise = Network.PlaygroundOf("elise");
        var jonas = Network.PlaygroundOf("jonas");
        var word = $"Gardiennage{Guid.NewGuid():N}"[..20];

        // The office sends a request to France and Germany; its compilation goes back to them (the default).
        var eliseMark = elise.Chat.Mark();
        var jonasMark = jonas.Chat.Mark();
        var (thread, formId, ids) = await SendRequestAsync($"Guardianship of minors, {word}");
        var toElise = await elise.BotMessageAsync("request in Élise's Playground", eliseMark, card => Cards.Says(card, word));
        var toJonas = await jonas.BotMessageAsync("request in Jonas's Playground", jonasMark, card => Cards.Says(card, word));
        var eliseCard = Cards.In(toElise["message"]);
        var eliseCardId = (string)toElise["message"]!["messageId"]!;

        // Élise asks for a copy to circulate in her ministry, in French, and downloads it from her personal link.
        var form = await elise.Client.ExecuteAsync(Demo.Elise, elise.PersonalChat, eliseCardId, "request.circulate", Cards.Execute(eliseCard, "request.circulate")!["data"]);
        Assert.True(Cards.Says(form["value"], "au niveau national"), form.ToJsonString(Json.Readable));
        var ready = await elise.Client.ExecuteAsync(Demo.Elise, elise.PersonalChat, eliseCardId, "request.circulate.copy",
            Cards.Press(form["value"], "request.circulate.copy", ("copyLanguage", "fr")));
        var copyLink = Cards.Links(ready["value"]).Select(l => l.Url).Single(u => u.Contains("/exports/", StringComparison.Ordinal));
        var copy = await http.GetByteArrayAsync(copyLink);
        Assert.Contains("Diffusion restreinte", WordText(copy));

        // Colleagues fill the first two answer areas; Élise sends the filled copy back in her chat.
        var filled = Fill(copy, (1, "Le conseil départemental, après évaluation sociale."), (2, "Dans les 72 heures, par le juge des enfants."));
        eliseMark = elise.Chat.Mark();
        await elise.Client.SendFileAsync(elise.PersonalChat, Demo.Elise, "fr-FR", "copie-remplie.docx", files.Add("copie-remplie.docx", filled));
        var prefilled = await elise.BotMessageAsync("answer pre-filled from the copy", eliseMark,
            card => Cards.InputValue(card, "a1") == "Le conseil départemental, après évaluation sociale.");
        Assert.Equal("Dans les 72 heures, par le juge des enfants.", Cards.InputValue(Cards.In(prefilled["message"]), "a2"));

        // She sends the law as a PDF and attaches it to her state's answer.
        eliseMark = elise.Chat.Mark();
        await elise.Client.SendFileAsync(elise.PersonalChat, Demo.Elise, "fr-FR", "loi-2016-297.pdf", files.Add("loi-2016-297.pdf", Pdf));
        var offer = await elise.BotMessageAsync("offer to attach the PDF", eliseMark, card => Cards.Execute(card, "request.attach") is not null);
        var offerCard = Cards.In(offer["message"]);
        // Other requests may be open for France too: she chooses this one's second question.
        var attached = await elise.Client.ExecuteAsync(Demo.Elise, elise.PersonalChat, (string)offer["message"]!["messageId"]!, "request.attach",
            Cards.Press(offerCard, "request.attach", ("target", $"request:{(string)ids["id"]!}:2")));
        Assert.True(Cards.Says(attached["value"], "la question 2 de la réponse de la France"), attached.ToJsonString(Json.Readable));

        // She reviews her answer and submits it, the third question answered by hand.
        var answer = await elise.Client.ExecuteAsync(Demo.Elise, elise.PersonalChat, eliseCardId, "request.answer", Cards.Execute(eliseCard, "request.answer")!["data"]);
        Assert.Equal("Le conseil départemental, après évaluation sociale.", Cards.InputValue(answer["value"], "a1"));
        Assert.True(Cards.Says(answer["value"], "loi-2016-297.pdf"), answer.ToJsonString(Json.Readable));
        var submitted = await elise.Client.ExecuteAsync(Demo.Elise, elise.PersonalChat, eliseCardId, "request.submit",
            Cards.Press(answer["value"], "request.submit", ("a3", "Oui, un administrateur ad hoc.")));
        Assert.True(Cards.Says(submitted["value"], "la réponse de votre État est soumise"), submitted.ToJsonString(Json.Readable));

        // Jonas answers for Germany.
        var jonasForm = await jonas.Client.ExecuteAsync(Demo.Jonas, jonas.PersonalChat, (string)toJonas["message"]!["messageId"]!, "request.answer",
            Cards.Execute(Cards.In(toJonas["message"]), "request.answer")!["data"]);
        var jonasDone = await jonas.Client.ExecuteAsync(Demo.Jonas, jonas.PersonalChat, (string)toJonas["message"]!["messageId"]!, "request.submit",
            Cards.Press(jonasForm["value"], "request.submit", ("answerLanguage", "en"), ("a1", "The youth welfare office."), ("a2", "Within 3 days."), ("a3", "Yes.")));
        Assert.True(Cards.Says(jonasDone["value"], "your state's answer is submitted"), jonasDone.ToJsonString(Json.Readable));

        // Both states answered: the office releases the compilation before the deadline.
        var status = await Playground.ExecuteAsync(Demo.Sophie, thread, formId, "request.status", ids);
        jonasMark = jonas.Chat.Mark();
        var released = await Playground.ExecuteAsync(Demo.Sophie, thread, formId, "request.release", Cards.Execute(status["value"], "request.release")!["data"]);
        Assert.True(Cards.Says(released["value"], "released on"), released.ToJsonString(Json.Readable));

        // Jonas receives the network's compilation, with France's answer and its annex listed.
        var compilation = await jonas.BotMessageAsync("released compilation in Jonas's Playground", jonasMark, card => Cards.Says(card, "released"));
        var links = Cards.Links(Cards.In(compilation["message"])).ToList();
        Assert.True(links.Any(l => l.Title == "Word document"), compilation.ToJsonString(Json.Readable));
        var wordLink = links.First(l => l.Title == "Word document").Url;
        var compiled = WordText(await http.GetByteArrayAsync(wordLink));
        Assert.Contains("Le conseil départemental, après évaluation sociale.", compiled);
        Assert.Contains("The youth welfare office.", compiled);
        Assert.Contains("loi-2016-297.pdf", compiled);

        // And he finds the request in the archive, with the compilation offered.
        jonasMark = jonas.Chat.Mark();
        await jonas.Client.PostMessageAsync(jonas.PersonalChat, $"archive {word}", Demo.Jonas);
        var archive = await jonas.BotMessageAsync("archive in Jonas's Playground", jonasMark, card => Cards.Says(card, "Archive of information requests"));
        Assert.True(Cards.Says(Cards.In(archive["message"]), "1 request found"), archive.ToJsonString(Json.Readable));
        Assert.NotNull(Cards.Execute(Cards.In(archive["message"]), "request.compilation"));
    }

    /// The office composes in her personal chat and sends; returns her chat, the form card's id and the request's ids.
    async Task<(string Thread, string FormId, JsonNode Ids)> SendRequestAsync(string title)
    {
        var chatMark = Network.Chat.Mark();
        await Playground.PostMessageAsync(Demo.PersonalChat, "request", Demo.Sophie);
        var compose = await BotMessageAsync("compose form", Demo.PersonalChat, chatMark, card => Cards.Says(card, "New information request"));
        var formId = (string)compose["message"]!["messageId"]!;
        var card = Cards.In(compose["message"]);
        var previewed = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, formId, "request.preview", Cards.Press(card, "request.preview",
            ("language", "en"), ("title", title), ("background", "For the thematic report to the spring plenary."),
            ("q1", "Which authority assesses the age of unaccompanied minors?"), ("q2", "When is a guardian appointed?"),
            ("q3", "Is a legal representative appointed for the asylum procedure?"), ("everyone", "false"), ("states", "FR,DE"),
            ("kind", "AdHoc"), ("anonymous", "false")));
        Assert.True(Cards.Says(previewed["value"], "Preview: as the focal points will see it"), previewed.ToJsonString(Json.Readable));
        var send = Cards.Execute(previewed["value"], "request.send")!;
        var sent = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, formId, "request.send", send["data"]);
        Assert.True(RequestNumber().IsMatch(sent["value"]?["body"]?[0]?["text"]?.GetValue<string>() ?? ""), sent.ToJsonString(Json.Readable));
        return (Demo.PersonalChat, formId, send["data"]!.DeepClone());
    }

    /// A one-page PDF, as a ministry's scanner would make it.
    static readonly byte[] Pdf = System.Text.Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    /// The copy with answer areas written as colleagues do in Word: the placeholder gone, their text in its place.
    static byte[] Fill(byte[] docx, params (int Question, string Text)[] answers)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            foreach (var (question, text) in answers)
            {
                var area = body.Descendants<W.SdtBlock>().Single(s => s.SdtProperties!.GetFirstChild<W.Tag>()!.Val == $"focalbot-answer-{question}");
                area.SdtProperties!.GetFirstChild<W.ShowingPlaceholder>()?.Remove();
                var content = area.GetFirstChild<W.SdtContentBlock>()!;
                content.RemoveAllChildren();
                content.Append(new W.Paragraph(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve })));
            }
            document.MainDocumentPart.Document.Save();
        }
        return stream.ToArray();
    }

    /// The text of a .docx, read as any zip: word/document.xml's runs.
    static string WordText(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        var parts = zip.Entries.Where(e => e.FullName.StartsWith("word/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal));
        return string.Join("\n", parts.Select(p =>
        {
            using var reader = new StreamReader(p.Open());
            return System.Net.WebUtility.HtmlDecode(Regex.Replace(reader.ReadToEnd(), "<[^>]+>", ""));
        }));
    }

    [GeneratedRegex(@"\d{4}/\d{2,}")]
    private static partial Regex RequestNumber();
}
