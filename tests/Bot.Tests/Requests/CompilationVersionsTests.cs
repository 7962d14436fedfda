using DocumentFormat.OpenXml.Packaging;
using FocalBot.Bot.Requests;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using static FocalBot.Bot.Tests.Exports.OpenXmlFiles;

namespace FocalBot.Bot.Tests.Requests;

/// The office's and the network's versions of a compilation, in Word and Excel: France gave its first two answers (a
/// text and a "to follow" with its date) and Germany a nil answer to the office only. The office's version marks them;
/// the network's says, in each such place, that the answer was given to the office only, and nothing of it is in any
/// part of the file.
public sealed class CompilationVersionsTests
{
    static readonly InformationRequest Request = ACompilation.Request();

    static IReadOnlyList<StateAnswer> Answers() =>
    [
        .. ACompilation.Answers().Select(a => a.StateCode.Value switch
        {
            "FR" => a with { Answers = [.. a.Answers.Select(q => q.Question.Value <= 2 ? q with { OfficeOnly = true } : q)] },
            "DE" => a with { Answers = [.. a.Answers.Select(q => q.Question.Value == 2 ? q with { OfficeOnly = true } : q)] },
            _ => a,
        }),
    ];

    static Compilation Of(CompilationView view, IReadOnlyList<StateAnswer>? answers = null) => Compilation.Of(Request, answers ?? Answers(), view);

    static byte[] Word(CompilationView view, Language language) =>
        CompilationDocument.Write(Request, Of(view), ACompilation.Requester, ACompilation.CompiledOn, language).Content;

    static byte[] Excel(CompilationView view, Language language) =>
        CompilationWorkbook.Write(Request, Of(view), ACompilation.Requester, ACompilation.CompiledOn, language).Content;

    /// What the office-only answers hold, each a way they could show: France's text and date, Germany's nil answer.
    static readonly string[] Withheld = ["Pas-de-Calais", "Environ 300", "April 2026", "avril 2026", "2026-04-01", "Not applicable", "Sans objet"];

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Fr)]
    public void Nothing_given_to_the_office_only_is_in_any_part_of_the_networks_files(Language language)
    {
        foreach (var file in new[] { Word(CompilationView.Network, language), Excel(CompilationView.Network, language) })
        {
            var everything = string.Join("\n", Parts(file).Values);
            Assert.All(Withheld, secret => Assert.DoesNotContain(secret, everything, StringComparison.OrdinalIgnoreCase));
        }
        // The office's own files hold them, so the check above can see them.
        var office = string.Join("\n", Parts(Word(CompilationView.Office, language)).Values);
        Assert.Contains("Pas-de-Calais", office);
        Assert.Contains(language == Language.Fr ? "avril 2026" : "April 2026", office);
    }

    [Fact]
    public void The_networks_Word_document_says_in_each_place_that_the_answer_was_given_to_the_office_only()
    {
        var paragraphs = Paragraphs(Word(CompilationView.Network, Language.En));

        var question1 = paragraphs.SkipWhile(p => p.Text != "1. How many arrived in 2025?").Skip(1).TakeWhile(p => p.Style != "Heading1").ToList();
        Assert.Equal(["France", RequestTexts.GivenToOfficeOnly.En, "Germany (late reply)", "No information available.", "Spain"], question1.Take(5).Select(p => p.Text));
        Assert.True(question1[1].Italic);
        Assert.Equal(3, paragraphs.Count(p => p.Text == RequestTexts.GivenToOfficeOnly.En));
        Assert.Contains(paragraphs, p => p.Text == RequestTexts.NetworkVersionNotice.En);
        Assert.DoesNotContain(paragraphs, p => p.Text == RequestTexts.OfficeOnlyMark.En);
        // The states are named as in the office's version: a withheld answer is still a reply.
        Assert.Contains(paragraphs, p => p.Text == "Responses from France, Germany, Spain (3 in total)");
    }

    [Fact]
    public void The_offices_Word_document_marks_each_answer_given_to_it_only_above_the_answer()
    {
        var paragraphs = Paragraphs(Word(CompilationView.Office, Language.Fr));

        var question1 = paragraphs.SkipWhile(p => p.Text != "1. Combien sont arrivés en 2025\u00a0?").Skip(1).TakeWhile(p => p.Style != "Heading1").ToList();
        Assert.Equal(["France", RequestTexts.OfficeOnlyMark.Fr, ACompilation.FranceQ1], question1.Take(3).Select(p => p.Text));
        Assert.Equal(3, paragraphs.Count(p => p.Text == RequestTexts.OfficeOnlyMark.Fr));
        Assert.Contains(paragraphs, p => p.Text == RequestTexts.OfficeVersionNotice.Fr);
        Assert.DoesNotContain(paragraphs, p => p.Text == RequestTexts.GivenToOfficeOnly.Fr);
    }

    [Fact]
    public void The_networks_workbook_says_so_in_each_cell_and_the_offices_marks_the_cell()
    {
        var network = Sheets(Excel(CompilationView.Network, Language.Fr))["Réponses"];
        var office = Sheets(Excel(CompilationView.Office, Language.En))["Responses"];

        Assert.Equal(["France", "Reçue", RequestTexts.GivenToOfficeOnly.Fr, RequestTexts.GivenToOfficeOnly.Fr, "# Titre\n- point"], network[1]);
        Assert.Equal(["Allemagne", "Reçue en retard", "Aucune information disponible.", RequestTexts.GivenToOfficeOnly.Fr, "None yet."], network[2]);
        Assert.Equal(RequestTexts.OfficeOnlyMark.En + "\n" + ACompilation.FranceQ1, office[1][2]);
        Assert.Equal(RequestTexts.OfficeOnlyMark.En + "\nNot applicable.", office[2][3]);
        Assert.Contains([RequestTexts.NetworkVersionNotice.Fr], Sheets(Excel(CompilationView.Network, Language.Fr))["À propos"]);
    }

    [Fact]
    public void Without_an_answer_for_the_office_only_the_offices_version_says_nothing_of_versions()
    {
        var paragraphs = Paragraphs(CompilationDocument.Write(Request, Compilation.Of(Request, ACompilation.Answers()), ACompilation.Requester,
            ACompilation.CompiledOn, Language.En).Content);

        Assert.DoesNotContain(paragraphs, p => p.Text == RequestTexts.OfficeVersionNotice.En || p.Text == RequestTexts.OfficeOnlyMark.En);
        // The network's version says which it is even then.
        Assert.Contains(Paragraphs(CompilationDocument.Write(Request, Compilation.Of(Request, ACompilation.Answers(), CompilationView.Network),
            ACompilation.Requester, ACompilation.CompiledOn, Language.En).Content), p => p.Text == RequestTexts.NetworkVersionNotice.En);
    }

    [Theory]
    [InlineData(Language.En, "Compilation 2026-07 (network) (EN).docx", "Compilation 2026-07 (network) (EN).xlsx")]
    [InlineData(Language.Fr, "Compilation 2026-07 (réseau) (FR).docx", "Compilation 2026-07 (réseau) (FR).xlsx")]
    public void The_networks_files_are_named_apart_and_kept_in_a_folder_of_their_own(Language language, string word, string excel)
    {
        var files = CompilationFiles.Write(Request, Answers(), ACompilation.Requester, ACompilation.CompiledOn, language, CompilationView.Network);

        Assert.Equal([word, excel], files.Select(f => f.Name));
        Assert.Equal("Network/Requests/2026-07", CompilationFiles.Folder(ACompilation.Number, CompilationView.Network));
        Assert.Equal(CompilationFiles.Folder(ACompilation.Number), CompilationFiles.Folder(ACompilation.Number, CompilationView.Office));
        Assert.NotEqual(word, CompilationFiles.Write(Request, Answers(), ACompilation.Requester, ACompilation.CompiledOn, language)[0].Name);
    }

    [Fact]
    public void Both_versions_are_valid_Office_files()
    {
        foreach (var view in Enum.GetValues<CompilationView>())
        {
            using (var doc = WordprocessingDocument.Open(new MemoryStream(Word(view, Language.Fr)), false)) Assert.Empty(ValidationErrors(doc));
            using var book = SpreadsheetDocument.Open(new MemoryStream(Excel(view, Language.En)), false);
            Assert.Empty(ValidationErrors(book));
        }
    }

    [Fact]
    public void Whether_the_network_sees_a_cell_is_one_function_over_the_compiled_cells()
    {
        var network = Of(CompilationView.Network);
        var office = Of(CompilationView.Office);

        Assert.Equal([false, false, true], network.States[0].Cells.Select(CompilationLines.IsVisibleToNetwork));
        Assert.Equal([true, false, true], network.States[1].Cells.Select(CompilationLines.IsVisibleToNetwork));
        Assert.All(office.States.SelectMany(s => s.Cells), c => Assert.True(CompilationLines.IsVisibleToNetwork(c)));
        Assert.Equal(network.States.SelectMany(s => s.Cells).Select(CompilationLines.IsVisibleToNetwork),
            network.States.SelectMany(s => s.Cells.Select(c => CompilationVisibility.Shows(CompilationView.Network,
                Answers().FirstOrDefault(a => a.StateCode == s.Code && a.Status == AnswerStatus.Submitted), c.Question))));
    }
}
