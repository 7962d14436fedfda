using FocalBot.Bot.Exports;
using FocalBot.Bot.Requests;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using static FocalBot.Bot.Tests.Exports.OpenXmlFiles;

namespace FocalBot.Bot.Tests.Requests;

/// The compilation lists each state's national contributors when the state agreed to be named with them, and never in
/// an anonymous compilation.
public sealed class CompilationContributorsTests
{
    static readonly NationalContributor Interior = new("Ministère de l’Intérieur", ContributorKind.Ministry);
    static readonly NationalContributor Ngo = new("France terre d’asile <b>", ContributorKind.CivilSociety);

    /// France agreed and lists two; Germany listed one but did not agree; Italy agreed on a draft only.
    static IReadOnlyList<StateAnswer> Answers() =>
    [
        .. ACompilation.Answers().Select(a => a.StateCode.Value switch
        {
            "FR" => a with { Contributors = [Interior, Ngo], NamedWithContributors = true },
            "DE" => a with { Contributors = [new("BAMF", ContributorKind.Agency)] },
            "IT" => a with { Contributors = [new("Ministero dell’Interno", ContributorKind.Ministry)], NamedWithContributors = true },
            _ => a,
        }),
    ];

    static IReadOnlyList<ExportFile> Files(Language language, bool anonymous = false) =>
        CompilationFiles.Write(ACompilation.Request(anonymous), Answers(), ACompilation.Requester, ACompilation.CompiledOn, language);

    [Fact]
    public void The_document_lists_the_contributors_of_the_states_that_agreed_after_the_answers()
    {
        var paragraphs = Paragraphs(Files(Language.En)[0].Content);

        var start = paragraphs.ToList().FindIndex(p => p is { Style: "Heading1", Text: "National contributors" });
        Assert.True(start > 0);
        Assert.Equal(
            [RequestTexts.ContributorsNote.En, "France", "Ministère de l’Intérieur (ministry)", "France terre d’asile <b> (civil society)"],
            paragraphs.Skip(start + 1).Select(p => p.Text).Take(4));
        Assert.Equal(start + 5, paragraphs.Count);
        Assert.DoesNotContain(paragraphs, p => p.Text.Contains("BAMF") || p.Text.Contains("Ministero"));
    }

    [Fact]
    public void The_French_document_words_the_kinds_in_French()
    {
        var texts = Paragraphs(Files(Language.Fr)[0].Content).Select(p => p.Text).ToList();

        Assert.Contains("Contributeurs nationaux", texts);
        Assert.Contains("Ministère de l’Intérieur (ministère)", texts);
        Assert.Contains("France terre d’asile <b> (société civile)", texts);
    }

    [Fact]
    public void The_workbook_has_a_sheet_of_contributors()
    {
        var sheets = Sheets(Files(Language.En)[1].Content);

        Assert.Equal(
            [["Member state", "Organisation", "Kind"], ["France", "Ministère de l’Intérieur", "Ministry"], ["France", "France terre d’asile <b>", "Civil society"]],
            sheets["Contributors"]);
    }

    [Fact]
    public void An_anonymous_compilation_names_no_contributor_anywhere()
    {
        var files = Files(Language.En, anonymous: true);

        Assert.DoesNotContain(Paragraphs(files[0].Content), p => p.Text.Contains("contributors") || p.Text.Contains("Intérieur"));
        Assert.DoesNotContain("Contributors", Sheets(files[1].Content).Keys);
        Assert.All(files, f => Assert.DoesNotContain(Parts(f.Content).Values, part => part.Contains("Intérieur")));
    }

    [Fact]
    public void Without_contributors_to_name_the_files_are_as_before()
    {
        var request = ACompilation.Request();
        var files = CompilationFiles.Write(request, ACompilation.Answers(), ACompilation.Requester, ACompilation.CompiledOn, Language.En);

        Assert.DoesNotContain(Paragraphs(files[0].Content), p => p.Text == "National contributors");
        Assert.Equal(["Responses", "About"], Sheets(files[1].Content).Keys);
    }
}
