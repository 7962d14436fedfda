using System.IO.Compression;
using System.Text.Json.Nodes;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Tests.Exports;
using FocalBot.Bot.Tests.Files;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Requests;

/// The office downloads the compilation with every document as one zip: the Word and Excel files, the background
/// documents, and each state's annexes in a folder of its own, names safe and unique. Opened here as the office would.
public sealed class CompilationZipTests : IDisposable
{
    readonly FileServer _files = new();
    readonly BotApp _app;

    public CompilationZipTests() => _app = AttachApp.New(_files);

    public void Dispose() => _app.Dispose();

    /// Élise attaches a law to question 2 and a photo to the whole answer, and submits; Jonas attaches a file to a draft
    /// he never submits; the office adds a background document.
    async Task<InformationRequest> AnsweredWithDocumentsAsync(JsonObject? form = null)
    {
        var request = await _app.SendAsync(form);
        await _app.SendFilesAsync(_files, Payload.EliseAad, ("Loi 2024-42.pdf", SampleFiles.Pdf), ("photo.png", SampleFiles.Png), ("Loi 2024-42 .pdf", [.. SampleFiles.Pdf, (byte)'\n']));
        var offers = _app.Offers();
        await _app.AttachAsync(offers[0], $"request:{request.Id}:2", Payload.EliseAad);
        await _app.AttachAsync(offers[1], $"request:{request.Id}:0", Payload.EliseAad);
        await _app.AttachAsync(offers[2], $"request:{request.Id}:2", Payload.EliseAad);
        await _app.PressAsync(RequestRoutes.Submit, RequestApp.Answers(request, 0, "fr", (1, "312"), (2, "L’OFPRA"), (3, "Oui")), Payload.EliseAad);
        await _app.SendFilesAsync(_files, Payload.JonasAad, ("Entwurf.pdf", SampleFiles.Pdf));
        await _app.AttachAsync(_app.Offers()[3], $"request:{request.Id}:1", Payload.JonasAad);
        await _app.SendFilesAsync(_files, Payload.SophieAad, ("Terms of reference.docx", SampleFiles.Docx()));
        await _app.AttachAsync(_app.Offers()[4], $"request:{request.Id}:0", Payload.SophieAad);
        return (await _app.Requests().GetAsync(request.Id, default))!;
    }

    async Task<(JsonObject Card, Dictionary<string, byte[]> Entries)> CompileAndOpenAsync(InformationRequest request)
    {
        var card = (await _app.PressAsync(RequestRoutes.Compile, RequestApp.Ids(request))).Card!;
        var zipLink = card["actions"]!.AsArray().Single(a => (string?)a!["title"] == RequestTexts.ZipButton.En)!["url"]!.GetValue<string>();
        var bytes = await _app.CreateClient().GetByteArrayAsync(new Uri(zipLink).PathAndQuery);
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        return (card, zip.Entries.ToDictionary(e => e.FullName, e => { using var s = e.Open(); using var m = new MemoryStream(); s.CopyTo(m); return m.ToArray(); }));
    }

    [Fact]
    public async Task The_zip_holds_the_compilations_the_background_documents_and_each_states_submitted_annexes()
    {
        var request = await AnsweredWithDocumentsAsync();

        var (_, entries) = await CompileAndOpenAsync(request);

        Assert.Equal(
        [
            "Compilation 2026-01 (EN).docx",
            "Compilation 2026-01 (EN).xlsx",
            "Background/Terms of reference.docx",
            "FR - France/Q2 - Loi 2024-42.pdf",
            "FR - France/Answer - photo.png",
            "FR - France/Q2 - Loi 2024-42 (2).pdf",
        ], entries.Keys);
        Assert.Equal(SampleFiles.Pdf, entries["FR - France/Q2 - Loi 2024-42.pdf"]);
        Assert.Equal(SampleFiles.Png, entries["FR - France/Answer - photo.png"]);
        Assert.Equal(SampleFiles.Pdf.Length + 1, entries["FR - France/Q2 - Loi 2024-42 (2).pdf"].Length);
        Assert.Contains(OpenXmlFiles.Paragraphs(entries["Compilation 2026-01 (EN).docx"]), p => p.Text == "Question 2: Loi 2024-42.pdf (1 KB), Loi 2024-42.pdf (1 KB)");
        Assert.DoesNotContain(entries.Keys, k => k.StartsWith("DE", StringComparison.Ordinal));   // Germany's draft is no reply
    }

    [Fact]
    public async Task An_anonymous_compilations_zip_names_neither_the_states_nor_the_files()
    {
        var request = await AnsweredWithDocumentsAsync(RequestApp.Form().With(RequestForm.AnonymousKey, "true"));

        var (_, entries) = await CompileAndOpenAsync(request);

        var france = entries.Keys.Where(k => k.StartsWith("State ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, france.Count);
        Assert.Contains(france, k => k.EndsWith("/Q2 - Document 1.pdf", StringComparison.Ordinal));
        Assert.Contains(france, k => k.EndsWith("/Answer - Document 2.png", StringComparison.Ordinal));
        Assert.DoesNotContain(entries.Keys, k => k.Contains("France", StringComparison.Ordinal) || k.Contains("Loi", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_the_office_gets_the_zip_link()
    {
        var request = await AnsweredWithDocumentsAsync();
        var compiler = _app.Service<RequestCompiler>();
        var compiled = await compiler.CompileAsync(request, default);

        var office = compiler.LinkCard(compiled, AMember.Sophie(), atDeadline: false, Language.Fr);
        var elise = compiler.LinkCard(compiled, AMember.Elise(), atDeadline: false, Language.Fr);

        Assert.Contains(RequestTexts.ZipButton.Fr, office.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.DoesNotContain(".zip", elise.ToJsonString());
        Assert.EndsWith(".zip", compiled.Zip!.Name);
    }

    [Fact]
    public async Task Without_documents_no_zip_is_made()
    {
        var request = await _app.SendAsync();
        await _app.PressAsync(RequestRoutes.Submit, RequestApp.Answers(request, 0, "fr", (1, "312"), (2, "L’OFPRA"), (3, "Oui")), Payload.EliseAad);

        var card = (await _app.PressAsync(RequestRoutes.Compile, RequestApp.Ids(request))).Card!;

        Assert.DoesNotContain(RequestTexts.ZipButton.En, card.ToJsonString());
        Assert.DoesNotContain(_app.StoredFiles(), f => f.EndsWith(".zip", StringComparison.Ordinal));
    }

    [Fact]
    public void Names_in_the_zip_stay_safe_whatever_a_state_or_file_is_called()
    {
        var request = ACompilation.Request() with { Documents = [AttachSamples.Annex("d1", "..", 10, null), AttachSamples.Annex("d2", "..", 10, null)] };
        var answers = ACompilation.Answers().Select(a => a.StateCode == "FR"
            ? a with { Annexes = [AttachSamples.Annex("a1", "a/../../b.pdf", 10, 1), AttachSamples.Annex("a2", new string('x', 300) + ".pdf", 10, null)] } : a).ToList();

        var plan = CompilationZip.Plan(request, Compilation.Of(request, answers), Language.Fr);

        Assert.Equal(4, plan.Select(p => p.Path).Distinct().Count());
        Assert.All(plan, p => Assert.True(p.Path.Split('/').Length == 2 && FocalBot.Bot.Exports.ExportNames.IsSafeFolder(p.Path), p.Path));
        Assert.StartsWith("Contexte/", plan[0].Path);
    }
}
