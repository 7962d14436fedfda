using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FocalBot.Bot.Exports;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using Languages = DocumentFormat.OpenXml.Wordprocessing.Languages;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;
using W = FocalBot.Bot.Requests.CompilationWording;

namespace FocalBot.Bot.Requests;

/// The compilation as a Word document in the EMN layout: title, who asked and when, who answered, the disclaimer, the
/// background, then each question with the answers by member state. Title and headings use Word's own styles, so the
/// navigation pane lists the questions and states.
public static class CompilationDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static ExportFile Write(InformationRequest request, Compilation compilation, string requestedBy, DateOnly compiledOn, Language language)
    {
        var body = new Body();
        body.Append(Paragraph("Title", W.Title(request, language)));
        body.Append(Paragraph("Subtitle", CompilationTexts.RequestNumber.Format(language, W.Number(compilation))));
        body.Append(Paragraph(null, W.RequestedBy(request, requestedBy, compiledOn, language)));
        body.Append(Paragraph(null, CompilationTexts.Deadline.Format(language, request.Deadline)));
        body.Append(Paragraph(null, CompilationTexts.CompiledOn.Format(language, compiledOn)));
        body.Append(Paragraph(null, W.Responding(compilation, language)));
        body.Append(Paragraph(null, CompilationTexts.Confidential.In(language), bold: true));
        body.Append(Paragraph(null, CompilationTexts.Disclaimer.In(language), italic: true));

        var background = W.Background(request, language);
        if (!string.IsNullOrWhiteSpace(background))
        {
            body.Append(Paragraph("Heading1", CompilationTexts.Background.In(language)));
            body.Append(Paragraph(null, background));
        }

        foreach (var question in request.QuestionNumbers)
        {
            body.Append(Paragraph("Heading1", CompilationTexts.Question.Format(language, question.Value, W.Question(request, question, language))));
            foreach (var state in compilation.States)
            {
                var cell = state.Cells.First(c => c.Question == question);
                body.Append(Paragraph("Heading2", W.StateHeading(state, language)));
                if (W.WrittenIn(state, cell, language) is { } writtenIn) body.Append(Paragraph(null, writtenIn, italic: true));
                body.Append(W.Nil(cell, language) is { } nil ? Paragraph(null, nil, italic: true) : Paragraph(null, W.Text(cell)));
            }
        }

        // A4 with 2.5 cm margins, the Council's paper.
        body.Append(new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1418, Right = 1418U, Bottom = 1418, Left = 1418U, Header = 709U, Footer = 709U, Gutter = 0U }));

        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles(language);
            main.Document = new Document(body);
            // Only what the first page shows: no author, no state, so an anonymous compilation stays anonymous.
            package.PackageProperties.Title = W.Title(request, language);
            package.PackageProperties.Creator = "FocalBot";
            package.PackageProperties.Language = Tag(language);
        }
        return new ExportFile(CompilationTexts.DocumentName.Format(language, W.FileNumber(compilation)), ContentType, stream.ToArray());
    }

    internal static string Tag(Language language) => language == Language.Fr ? "fr-FR" : "en-GB";

    /// One paragraph; the text's line ends become line breaks and tabs stay tabs, so an answer keeps its layout.
    static Paragraph Paragraph(string? style, string text, bool bold = false, bool italic = false)
    {
        var paragraph = new Paragraph();
        if (style is not null) paragraph.ParagraphProperties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } };
        var run = new Run();
        if (bold || italic) run.RunProperties = new RunProperties { Bold = bold ? new Bold() : null, Italic = italic ? new Italic() : null };
        var lines = W.Lines(text);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            var parts = lines[i].Split('\t');
            for (var j = 0; j < parts.Length; j++)
            {
                if (j > 0) run.Append(new TabChar());
                if (parts[j].Length > 0) run.Append(new Text(parts[j]) { Space = SpaceProcessingModeValues.Preserve });
            }
        }
        paragraph.Append(run);
        return paragraph;
    }

    static Styles Styles(Language language) => new(
        new DocDefaults
        {
            RunPropertiesDefault = new RunPropertiesDefault
            {
                RunPropertiesBaseStyle = new RunPropertiesBaseStyle
                {
                    RunFonts = new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                    FontSize = new FontSize { Val = "22" },
                    FontSizeComplexScript = new FontSizeComplexScript { Val = "22" },
                    // The language Word checks spelling in.
                    Languages = new Languages { Val = Tag(language), EastAsia = Tag(language), Bidi = "ar-SA" },
                },
            },
            ParagraphPropertiesDefault = new ParagraphPropertiesDefault
            {
                ParagraphPropertiesBaseStyle = new ParagraphPropertiesBaseStyle { SpacingBetweenLines = new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto } },
            },
        },
        new Style { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true, StyleName = new StyleName { Val = "Normal" }, PrimaryStyle = new PrimaryStyle() },
        ParagraphStyle("Title", "Title", outline: null, size: 48, before: 0, after: 120, color: "1F3864"),
        ParagraphStyle("Subtitle", "Subtitle", outline: null, size: 28, before: 0, after: 240, color: "44546A"),
        // Word recognises its built-in headings by these names ("heading 1"); the outline level feeds the navigation pane.
        ParagraphStyle("Heading1", "heading 1", outline: 0, size: 30, before: 360, after: 120, color: "1F3864"),
        ParagraphStyle("Heading2", "heading 2", outline: 1, size: 24, before: 200, after: 60, color: "2F5496"));

    static Style ParagraphStyle(string id, string name, int? outline, int size, int before, int after, string color) => new()
    {
        Type = StyleValues.Paragraph,
        StyleId = id,
        StyleName = new StyleName { Val = name },
        BasedOn = new BasedOn { Val = "Normal" },
        NextParagraphStyle = new NextParagraphStyle { Val = "Normal" },
        UIPriority = new UIPriority { Val = outline is null ? 10 : 9 },
        PrimaryStyle = new PrimaryStyle(),
        StyleParagraphProperties = new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            KeepLines = new KeepLines(),
            SpacingBetweenLines = new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = after.ToString(CultureInfo.InvariantCulture) },
            OutlineLevel = outline is { } level ? new OutlineLevel { Val = level } : null,
        },
        StyleRunProperties = new StyleRunProperties
        {
            Bold = outline is null ? null : new Bold(),
            Color = new Color { Val = color },
            FontSize = new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) },
        },
    };
}
