using DocumentFormat.OpenXml.Packaging;
using FocalBot.Bot.Exports;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Tests.Cards;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using static FocalBot.Bot.Tests.Exports.OpenXmlFiles;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FocalBot.Bot.Tests.Requests;

public sealed class CompilationDocumentTests
{
    static byte[] Write(Language language, bool anonymous = false, InformationRequest? request = null, IReadOnlyList<StateAnswer>? answers = null)
    {
        request ??= ACompilation.Request(anonymous);
        var file = CompilationDocument.Write(request, Compilation.Of(request, answers ?? ACompilation.Answers()), ACompilation.Requester, ACompilation.CompiledOn, language);
        Assert.Equal(DocumentWriter.ContentType, file.ContentType);
        return file.Content;
    }

    /// The paragraphs from a question's heading up to the next question (or the end).
    static IReadOnlyList<Para> Section(IReadOnlyList<Para> paragraphs, string heading)
    {
        var start = paragraphs.ToList().FindIndex(p => p.Style == "Heading1" && p.Text == heading);
        Assert.True(start >= 0, $"No heading '{heading}'");
        return paragraphs.Skip(start + 1).TakeWhile(p => p.Style != "Heading1").ToList();
    }

    [Fact]
    public void The_English_document_opens_with_title_number_requester_dates_responses_disclaimer_and_background()
    {
        var paragraphs = Paragraphs(Write(Language.En));

        Assert.Equal(new Para("Title", "Reception of unaccompanied children", false), paragraphs[0]);
        Assert.Equal(new Para("Subtitle", "Information request 2026/07", false), paragraphs[1]);
        Assert.Equal("Requested by Sophie Laurent on 2 March 2026", paragraphs[2].Text);
        Assert.Equal("Deadline for replies: 20 March 2026", paragraphs[3].Text);
        Assert.Equal("Compiled on 23 March 2026", paragraphs[4].Text);
        Assert.Equal("Responses from France, Germany, Spain (3 in total)", paragraphs[5].Text);
        Assert.Equal("No reply from Italy (1 in total)", paragraphs[6].Text);
        Assert.Equal(CompilationTexts.Confidential.En, paragraphs[7].Text);
        Assert.Equal(new Para(null, CompilationTexts.Disclaimer.En, true), paragraphs[8]);
        Assert.Contains("do not necessarily represent the official policy", paragraphs[8].Text);
        Assert.Equal(new Para("Heading1", "Background", false), paragraphs[9]);
        Assert.Equal("The SRSG is preparing the annual report.\nFigures for 2025 are enough.", paragraphs[10].Text);
        Assert.Equal("1. How many arrived in 2025?", paragraphs[11].Text);
    }

    [Fact]
    public void The_French_document_uses_the_translations_and_French_wording()
    {
        var paragraphs = Paragraphs(Write(Language.Fr));

        Assert.Equal(new Para("Title", "Accueil des enfants non accompagnés", false), paragraphs[0]);
        Assert.Equal("Demande d’information 2026/07", paragraphs[1].Text);
        Assert.Equal("Demandée par Sophie Laurent le 2 mars 2026", paragraphs[2].Text);
        Assert.Equal("Date limite des réponses\u00a0: 20 mars 2026", paragraphs[3].Text);
        Assert.Equal("Compilation établie le 23 mars 2026", paragraphs[4].Text);
        Assert.Equal("Réponses reçues (3 au total)\u00a0: France, Allemagne, Espagne", paragraphs[5].Text);
        Assert.Equal(CompilationTexts.Disclaimer.Fr, paragraphs[8].Text);
        Assert.Equal(new Para("Heading1", "Contexte", false), paragraphs[9]);
        Assert.Equal("Le RSSG prépare le rapport annuel.\nLes chiffres de 2025 suffisent.", paragraphs[10].Text);
        Assert.Equal(
            ["1. Combien sont arrivés en 2025\u00a0?", "2. Quelle autorité est compétente\u00a0?", "3. Any *good practice* to share?"],
            paragraphs.Where(p => p.Style == "Heading1").Skip(1).Select(p => p.Text));
        Assert.Empty(FrenchTypography.PlainSpacesBeforeDoublePunctuation(string.Join("\n", paragraphs.Select(p => p.Text))));
    }

    [Fact]
    public void A_document_in_the_requests_own_language_keeps_the_original_even_with_a_translation()
    {
        var french = ACompilation.Request() with { Language = Language.Fr, Title = "Titre original", TitleTranslation = "Translated title" };

        Assert.Equal("Titre original", Paragraphs(Write(Language.Fr, request: french))[0].Text);
        Assert.Equal("Translated title", Paragraphs(Write(Language.En, request: french))[0].Text);
    }

    [Fact]
    public void Each_question_is_followed_by_every_state_that_replied_in_order_with_its_answer()
    {
        var paragraphs = Paragraphs(Write(Language.En));

        Assert.Equal(
        [
            new("Heading2", "France", false), new(null, "Written in French:", true), new(null, ACompilation.FranceQ1, false),
            new("Heading2", "Germany (late reply)", false), new(null, "No information available.", true),
            new("Heading2", "Spain", false), new(null, "Column\tvalue\nSecond line", false),
        ], Section(paragraphs, "1. How many arrived in 2025?"));
        Assert.Equal(
            ["France", "Germany (late reply)", "Spain"],
            Section(paragraphs, "3. Any *good practice* to share?").Where(p => p.Style == "Heading2").Select(p => p.Text));
        Assert.Equal(4, paragraphs.Count(p => p.Style == "Heading1"));   // background and three questions
        Assert.Equal(9, paragraphs.Count(p => p.Style == "Heading2"));
    }

    [Fact]
    public void Nil_answers_are_worded_in_the_documents_language()
    {
        var english = Section(Paragraphs(Write(Language.En)), "2. Which authority is responsible?");
        var french = Section(Paragraphs(Write(Language.Fr)), "2. Quelle autorité est compétente\u00a0?");

        Assert.Equal(["Answer to follow by 1 April 2026.", "Not applicable.", "Answer to follow."],
            english.Where(p => p.Style is null).Select(p => p.Text));
        Assert.Equal(["Réponse à suivre d’ici le 1er avril 2026.", "Sans objet.", "Réponse à suivre."],
            french.Where(p => p.Style is null).Select(p => p.Text));
        Assert.All(english.Where(p => p.Style is null), p => Assert.True(p.Italic));
        Assert.Equal(["France", "Allemagne (réponse tardive)", "Espagne"], french.Where(p => p.Style == "Heading2").Select(p => p.Text));
    }

    [Fact]
    public void The_language_of_an_answer_is_noted_only_when_it_differs_from_the_documents()
    {
        var english = Section(Paragraphs(Write(Language.En)), "3. Any *good practice* to share?");
        var french = Section(Paragraphs(Write(Language.Fr)), "3. Any *good practice* to share?");

        Assert.Equal(["Written in French:"], english.Where(p => p.Text.StartsWith("Written in")).Select(p => p.Text));
        Assert.Equal(["Rédigée en anglais\u00a0:", "Rédigée en anglais\u00a0:"], french.Where(p => p.Text.StartsWith("Rédigée")).Select(p => p.Text));
    }

    [Fact]
    public void Markdown_and_HTML_in_answers_are_shown_as_typed()
    {
        var docx = Write(Language.En);
        var spain = Section(Paragraphs(docx), "3. Any *good practice* to share?").SkipWhile(p => p.Text != "Spain").ElementAt(1);

        Assert.Equal(ACompilation.SpainQ3, spain.Text);
        Assert.False(spain.Italic);
        Assert.Contains("# Titre\n- point", Paragraphs(docx).Select(p => p.Text));
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(document.MainDocumentPart!.Document!.Descendants<W.Hyperlink>());
        Assert.Empty(document.MainDocumentPart.HyperlinkRelationships);
        Assert.DoesNotContain(document.MainDocumentPart.Document.Descendants<W.Run>(), r => r.RunProperties?.Bold is not null && r.InnerText.Contains("Bold"));
    }

    [Fact]
    public void An_anonymous_document_names_states_by_letter_and_holds_no_state_name_or_code_in_any_part()
    {
        foreach (var language in new[] { Language.En, Language.Fr })
        {
            var docx = Write(language, anonymous: true);

            Assert.Empty(StateMentions(docx, ACompilation.States));
            var letters = Paragraphs(docx).Where(p => p.Style == "Heading2").Select(p => p.Text).Take(3).ToList();
            Assert.All(letters, l => Assert.Matches(language == Language.En ? "^State [A-D]( \\(late reply\\))?$" : "^État [A-D]( \\(réponse tardive\\))?$", l));
            Assert.Matches(language == Language.En ? @"^Responses from State ., State ., State . \(3 in total\)$" : @"^Réponses reçues \(3 au total\)\u00a0: État ., État ., État .$", Paragraphs(docx)[5].Text);
            Assert.Matches(language == Language.En ? @"^No reply from State . \(1 in total\)$" : @"^Sans réponse \(1 au total\)\u00a0: État .$", Paragraphs(docx)[6].Text);
        }
    }

    [Fact]
    public void A_named_document_does_name_the_states_so_the_anonymity_check_has_teeth() =>
        Assert.NotEmpty(StateMentions(Write(Language.En), ACompilation.States));

    [Fact]
    public void Title_and_headings_use_Words_own_styles_so_the_navigation_pane_lists_them()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Write(Language.En)), false);
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<W.Style>().ToDictionary(s => s.StyleId!.Value!);

        Assert.Equal("Title", styles["Title"].StyleName!.Val!.Value);
        Assert.Equal("heading 1", styles["Heading1"].StyleName!.Val!.Value);
        Assert.Equal(0, styles["Heading1"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal("heading 2", styles["Heading2"].StyleName!.Val!.Value);
        Assert.Equal(1, styles["Heading2"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal("en-GB", document.MainDocumentPart.StyleDefinitionsPart.Styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!.Val!.Value);
        Assert.Equal("Reception of unaccompanied children", document.PackageProperties.Title);
        Assert.Equal("FocalBot", document.PackageProperties.Creator);
    }

    [Theory]
    [InlineData(Language.En, false)]
    [InlineData(Language.Fr, false)]
    [InlineData(Language.En, true)]
    [InlineData(Language.Fr, true)]
    public void The_document_is_valid_Office_Open_XML(Language language, bool anonymous)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Write(language, anonymous)), false);

        Assert.Empty(ValidationErrors(document));
    }

    [Fact]
    public void Characters_XML_cannot_hold_are_replaced_and_the_document_stays_valid()
    {
        var request = ACompilation.Request() with { Title = "Title\u0001 with a control character" };
        var answers = ACompilation.Answers().Select(a => a.StateCode == "ES"
            ? a with { Answers = [.. a.Answers.Where(q => q.Question.Value != 1), QuestionAnswer.Written(1, "Form feed\f and a lone \ud800 surrogate")] }
            : a).ToList();

        var docx = Write(Language.En, request: request, answers: answers);

        Assert.Equal("Title\ufffd with a control character", Paragraphs(docx)[0].Text);
        Assert.Contains("Form feed\ufffd and a lone \ufffd surrogate", Paragraphs(docx).Select(p => p.Text));
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(ValidationErrors(document));
    }

    [Fact]
    public void A_request_without_background_has_no_background_heading()
    {
        var paragraphs = Paragraphs(Write(Language.En, request: ACompilation.Request() with { Background = " ", BackgroundTranslation = null }));

        Assert.DoesNotContain(paragraphs, p => p.Text == "Background");
        Assert.Equal("1. How many arrived in 2025?", paragraphs.First(p => p.Style == "Heading1").Text);
    }

    [Fact]
    public void Without_any_reply_the_document_says_so_once_and_lists_no_answers()
    {
        var paragraphs = Paragraphs(Write(Language.En, answers: []));

        Assert.Equal("No responses received (0 in total)", paragraphs[5].Text);
        Assert.Equal("No reply from France, Germany, Italy, Spain (4 in total)", paragraphs[6].Text);
        Assert.DoesNotContain(paragraphs, p => p.Style == "Heading2");
        Assert.Equal(4, paragraphs.Count(p => p.Style == "Heading1"));   // background and three questions
    }

    [Fact]
    public void States_without_a_reply_are_named_once_at_the_top_not_under_every_question()
    {
        var english = Paragraphs(Write(Language.En));
        var french = Paragraphs(Write(Language.Fr));

        Assert.Equal("No reply from Italy (1 in total)", english[6].Text);
        Assert.Equal("Sans réponse (1 au total)\u00a0: Italie", french[6].Text);
        Assert.DoesNotContain(english, p => p.Text == "No reply received." || p.Text == "Italy");
        Assert.DoesNotContain(french, p => p.Text == "Aucune réponse reçue." || p.Text == "Italie");
        Assert.Equal(["France", "Germany (late reply)", "Spain"],
            Section(english, "2. Which authority is responsible?").Where(p => p.Style == "Heading2").Select(p => p.Text));
    }

    [Fact]
    public void The_file_is_named_by_request_number_and_language_never_by_title()
    {
        var request = ACompilation.Request();

        Assert.Equal("Compilation 2026-07 (EN).docx", CompilationDocument.Write(request, ACompilation.Of(request), "Office", ACompilation.CompiledOn, Language.En).Name);
        Assert.Equal("Compilation 2026-07 (FR).docx", CompilationDocument.Write(request, ACompilation.Of(request), "Office", ACompilation.CompiledOn, Language.Fr).Name);
    }

    [Fact]
    public void All_member_states_times_twenty_long_questions_and_answers_make_a_valid_document()
    {
        var docx = Write(Language.En, request: ACompilation.Largest(), answers: ACompilation.LargestAnswers());

        var paragraphs = Paragraphs(docx);
        Assert.Equal(20, paragraphs.Count(p => p.Style == "Heading1" && p.Text.StartsWith("Question", StringComparison.Ordinal) is false && char.IsDigit(p.Text[0])));
        Assert.Equal(46 * 20, paragraphs.Count(p => p.Style == "Heading2"));
        Assert.Contains(paragraphs, p => p.Text.StartsWith("GB answer 20\nLorem ipsum", StringComparison.Ordinal));
        Assert.Contains("(46 in total)", paragraphs[5].Text);
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(ValidationErrors(document));
    }
}
