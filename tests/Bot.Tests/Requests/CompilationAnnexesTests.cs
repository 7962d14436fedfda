using FocalBot.Bot.Requests;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using static FocalBot.Bot.Tests.Exports.OpenXmlFiles;

namespace FocalBot.Bot.Tests.Requests;

/// The Word and Excel compilations list the documents: the background documents, and each state's annexes by
/// question; an anonymous compilation names none of them. Only submitted answers' documents count.
public sealed class CompilationAnnexesTests
{
    static Annex A(string id, string name, long length, int? question) => AttachSamples.Annex(id, name, length, question);

    static readonly Annex Background = A("d1", "Terms of reference.docx", 35_000, null);

    /// France: a law for the whole answer and two files for question 2; Italy's draft has one too (not a reply).
    static IReadOnlyList<StateAnswer> Answers() => [.. ACompilation.Answers().Select(a => a.StateCode.Value switch
    {
        "FR" => a with { Annexes = [A("a1", "Loi 2024-42.pdf", 1_258_291, null), A("a2", "Statistiques.xlsx", 48_000, 2), A("a3", "Carte.png", 800, 2)] },
        "IT" => a with { Annexes = [A("a4", "Brouillon.pdf", 1_000, 1)] },
        _ => a,
    })];

    static InformationRequest Request(bool anonymous = false) => ACompilation.Request(anonymous) with { Documents = [Background] };

    static IReadOnlyList<Para> Document(Language language, bool anonymous = false)
    {
        var request = Request(anonymous);
        return Paragraphs(CompilationDocument.Write(request, Compilation.Of(request, Answers()), ACompilation.Requester, ACompilation.CompiledOn, language).Content);
    }

    static Dictionary<string, List<List<string>>> Workbook(Language language, bool anonymous = false)
    {
        var request = Request(anonymous);
        return Sheets(CompilationWorkbook.Write(request, Compilation.Of(request, Answers()), ACompilation.Requester, ACompilation.CompiledOn, language).Content)
            .ToDictionary(s => s.Key, s => s.Value);
    }

    [Fact]
    public void The_document_ends_with_the_documents_by_state_and_question()
    {
        var paragraphs = Document(Language.En);
        var start = paragraphs.ToList().FindIndex(p => p.Style == "Heading1" && p.Text == RequestTexts.AnnexesSection.En);

        Assert.Equal(
        [
            "Background documents: Terms of reference.docx",
            "France",
            "To the whole answer: Loi 2024-42.pdf (1.2 MB)",
            "Question 2: Statistiques.xlsx (47 KB), Carte.png (1 KB)",
            RequestTexts.InTheZip.En,
        ], paragraphs.Skip(start + 1).Select(p => p.Text));
        Assert.Equal("Heading2", paragraphs[start + 2].Style);
        Assert.DoesNotContain(paragraphs, p => p.Text.Contains("Brouillon", StringComparison.Ordinal));
    }

    [Fact]
    public void The_French_document_words_them_in_French()
    {
        var paragraphs = Document(Language.Fr).Select(p => p.Text).ToList();

        Assert.Contains(RequestTexts.AnnexesSection.Fr, paragraphs);
        Assert.Contains("À l’ensemble de la réponse\u00a0: Loi 2024-42.pdf (1,2\u00a0Mo)", paragraphs);
        Assert.Contains("Question 2\u00a0: Statistiques.xlsx (47\u00a0Ko), Carte.png (1\u00a0Ko)", paragraphs);
    }

    [Fact]
    public void An_anonymous_compilation_counts_the_documents_without_their_names()
    {
        var paragraphs = Document(Language.En, anonymous: true).Select(p => p.Text).ToList();
        var sheet = Workbook(Language.En, anonymous: true)[RequestTexts.AnnexesSheet.En];

        Assert.Contains("To the whole answer: Document 1 (PDF, 1.2 MB)", paragraphs);
        Assert.Contains("Question 2: Document 2 (XLSX, 47 KB), Document 3 (PNG, 1 KB)", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.Contains("Loi 2024", StringComparison.Ordinal) || p.Contains("France", StringComparison.Ordinal));
        Assert.DoesNotContain(sheet.SelectMany(r => r), c => c.Contains("Loi 2024", StringComparison.Ordinal) || c.Contains("France", StringComparison.Ordinal));
    }

    [Fact]
    public void The_workbook_has_a_documents_sheet_with_a_row_per_document()
    {
        var request = Request();
        var bytes = CompilationWorkbook.Write(request, Compilation.Of(request, Answers()), ACompilation.Requester, ACompilation.CompiledOn, Language.En).Content;
        using var package = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheet = Workbook(Language.En)[RequestTexts.AnnexesSheet.En];

        Assert.Empty(ValidationErrors(package));
        Assert.Equal(
        [
            ["Member state", "Attached to", "Document", "Size"],
            ["Background", "", "Terms of reference.docx", "35 KB"],
            ["France", "Whole answer", "Loi 2024-42.pdf", "1.2 MB"],
            ["France", "Question 2", "Statistiques.xlsx", "47 KB"],
            ["France", "Question 2", "Carte.png", "1 KB"],
        ], sheet);
    }

    [Fact]
    public void Without_documents_the_files_are_as_before()
    {
        var request = ACompilation.Request();
        var compilation = Compilation.Of(request, ACompilation.Answers());

        var paragraphs = Paragraphs(CompilationDocument.Write(request, compilation, ACompilation.Requester, ACompilation.CompiledOn, Language.En).Content);
        var sheets = Sheets(CompilationWorkbook.Write(request, compilation, ACompilation.Requester, ACompilation.CompiledOn, Language.En).Content);

        Assert.DoesNotContain(paragraphs, p => p.Text == RequestTexts.AnnexesSection.En);
        Assert.Equal(["Responses", "About"], sheets.Keys);
    }
}
