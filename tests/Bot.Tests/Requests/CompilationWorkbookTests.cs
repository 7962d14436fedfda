using DocumentFormat.OpenXml.Packaging;
using FocalBot.Bot.Exports;
using FocalBot.Bot.Requests;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using static FocalBot.Bot.Tests.Exports.OpenXmlFiles;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace FocalBot.Bot.Tests.Requests;

public sealed class CompilationWorkbookTests
{
    static byte[] Write(Language language, bool anonymous = false, InformationRequest? request = null, IReadOnlyList<StateAnswer>? answers = null)
    {
        request ??= ACompilation.Request(anonymous);
        var file = CompilationWorkbook.Write(request, Compilation.Of(request, answers ?? ACompilation.Answers()), ACompilation.Requester, ACompilation.CompiledOn, language);
        Assert.Equal(WorkbookWriter.ContentType, file.ContentType);
        return file.Content;
    }

    [Fact]
    public void The_header_row_names_the_state_the_reply_and_each_question_with_its_text()
    {
        Assert.Equal(
            ["Member state", "Reply", "Q1. How many arrived in 2025?", "Q2. Which authority is responsible?", "Q3. Any *good practice* to share?"],
            Sheets(Write(Language.En))["Responses"][0]);
        Assert.Equal(
            ["État membre", "Réponse", "Q1. Combien sont arrivés en 2025\u00a0?", "Q2. Quelle autorité est compétente\u00a0?", "Q3. Any *good practice* to share?"],
            Sheets(Write(Language.Fr))["Réponses"][0]);
    }

    [Fact]
    public void Each_state_has_one_row_in_order_with_its_reply_status_and_answers()
    {
        var rows = Sheets(Write(Language.En))["Responses"];

        Assert.Equal(5, rows.Count);
        Assert.Equal(["France", "Received", ACompilation.FranceQ1, "Answer to follow by 1 April 2026.", "# Titre\n- point"], rows[1]);
        Assert.Equal(["Germany", "Received late", "No information available.", "Not applicable.", "None yet."], rows[2]);
        Assert.Equal(["Italy", "No reply received", "", "", ""], rows[3]);
        Assert.Equal(["Spain", "Received", "Column\tvalue\nSecond line", "Answer to follow.", ACompilation.SpainQ3], rows[4]);
    }

    [Fact]
    public void A_state_without_a_reply_says_so_once_in_its_row()
    {
        Assert.Equal(["Italy", "No reply received", "", "", ""], Sheets(Write(Language.En))["Responses"][3]);
        Assert.Equal(["Italie", "Aucune réponse reçue", "", "", ""], Sheets(Write(Language.Fr))["Réponses"][3]);
    }

    [Fact]
    public void The_French_workbook_words_statuses_and_nil_answers_in_French()
    {
        var rows = Sheets(Write(Language.Fr))["Réponses"];

        Assert.Equal(["France", "Reçue", ACompilation.FranceQ1, "Réponse à suivre d’ici le 1er avril 2026.", "# Titre\n- point"], rows[1]);
        Assert.Equal(["Allemagne", "Reçue en retard", "Aucune information disponible.", "Sans objet.", "None yet."], rows[2]);
        Assert.Equal(["Italie", "Aucune réponse reçue", "", "", ""], rows[3]);
    }

    [Fact]
    public void The_about_sheet_says_what_the_data_is()
    {
        var about = Sheets(Write(Language.En))["About"].Select(r => Assert.Single(r)).ToList();

        Assert.Equal(
        [
            "Reception of unaccompanied children", "Information request 2026/07", "Requested by Sophie Laurent on 2 March 2026",
            "Deadline for replies: 20 March 2026", "Compiled on 23 March 2026", "Responses from France, Germany, Spain (3 in total)",
            "No reply from Italy (1 in total)", CompilationTexts.Confidential.En, CompilationTexts.Disclaimer.En, "Background", "The SRSG is preparing the annual report.\nFigures for 2025 are enough.",
        ], about);
        Assert.Contains("À propos", Sheets(Write(Language.Fr)).Keys);
    }

    [Fact]
    public void The_header_is_frozen_and_every_cell_wraps_its_text()
    {
        var (pane, formats) = FirstSheetLayout(Write(Language.En));

        Assert.NotNull(pane);
        Assert.Equal(S.PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1D, pane.VerticalSplit!.Value);
        Assert.Equal("B2", pane.TopLeftCell!.Value);
        Assert.All(formats, f => Assert.True(f.Alignment?.WrapText?.Value));
        Assert.True(formats[0].ApplyFont?.Value);   // the bold header
    }

    [Fact]
    public void An_anonymous_workbook_names_states_by_letter_and_holds_no_state_name_or_code_in_any_part()
    {
        foreach (var language in new[] { Language.En, Language.Fr })
        {
            var xlsx = Write(language, anonymous: true);

            Assert.Empty(StateMentions(xlsx, ACompilation.States));
            Assert.All(Sheets(xlsx)[CompilationTexts.ResponsesSheet.In(language)].Skip(1), row => Assert.Matches(language == Language.En ? "^State [A-D]$" : "^État [A-D]$", row[0]));
        }
        Assert.NotEmpty(StateMentions(Write(Language.En), ACompilation.States));
    }

    [Theory]
    [InlineData(Language.En, false)]
    [InlineData(Language.Fr, true)]
    public void The_workbook_is_valid_Office_Open_XML(Language language, bool anonymous)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Write(language, anonymous)), false);

        Assert.Empty(ValidationErrors(document));
    }

    [Fact]
    public void Text_longer_than_an_Excel_cell_holds_is_cut_with_a_note()
    {
        var huge = string.Concat(Enumerable.Repeat("0123456789", 4_000)) + "END";
        var answers = ACompilation.Answers().Select(a => a.StateCode == "ES"
            ? a with { Answers = [.. a.Answers.Where(q => q.Question.Value != 1), QuestionAnswer.Written(1, huge)] }
            : a).ToList();

        var cell = Sheets(Write(Language.En, answers: answers))["Responses"][4][2];

        Assert.Equal(CompilationWorkbook.MaxCellLength, cell.Length);
        Assert.StartsWith("0123456789", cell);
        Assert.EndsWith(CompilationTexts.CutShort.En, cell);
    }

    [Fact]
    public void The_file_is_named_by_request_number_and_language()
    {
        var request = ACompilation.Request();

        Assert.Equal("Compilation 2026-07 (FR).xlsx", CompilationWorkbook.Write(request, ACompilation.Of(request), "Office", ACompilation.CompiledOn, Language.Fr).Name);
    }

    [Fact]
    public void All_member_states_times_twenty_long_questions_and_answers_make_a_valid_workbook()
    {
        var xlsx = Write(Language.En, request: ACompilation.Largest(), answers: ACompilation.LargestAnswers());

        var rows = Sheets(xlsx)["Responses"];
        Assert.Equal(47, rows.Count);
        Assert.All(rows, r => Assert.Equal(22, r.Count));
        Assert.StartsWith("GB answer 20\nLorem ipsum", rows[^1][^1]);
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        Assert.Empty(ValidationErrors(document));
    }
}
