using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FocalBot.Domain.Shared;
using Languages = DocumentFormat.OpenXml.Wordprocessing.Languages;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace FocalBot.Bot.Exports;

/// Writes a Word document from a body and its styles; the features say what the body holds (ParticipantDocument,
/// CompilationDocument), this says how a paragraph, a style, a page and the package are written.
static class DocumentWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Write(Body body, Styles styles, string title, Language language)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
            main.Document = new Document(body);
            FileProperties.Set(package, title, language);
        }
        return stream.ToArray();
    }

    /// One paragraph; the text's line ends become line breaks and tabs stay tabs, so typed text keeps its layout.
    public static Paragraph Paragraph(string? style, string text, bool bold = false, bool italic = false)
    {
        var paragraph = new Paragraph();
        if (style is not null) paragraph.ParagraphProperties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } };
        var run = new Run();
        if (bold || italic) run.RunProperties = new RunProperties { Bold = bold ? new Bold() : null, Italic = italic ? new Italic() : null };
        var lines = ExportText.Lines(text);
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

    /// A4 with 2.5 cm margins, the Council's paper; sizes in twentieths of a point.
    public static SectionProperties A4(bool landscape) => new(
        landscape
            ? new PageSize { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape }
            : new PageSize { Width = 11906U, Height = 16838U },
        new PageMargin { Top = 1418, Right = 1418U, Bottom = 1418, Left = 1418U, Header = 709U, Footer = 709U, Gutter = 0U });

    /// Calibri throughout, in the document's language; fontSize in half-points, spacing in twentieths of a point.
    public static Styles Styles(Language language, int fontSize, int after, int line, params Style[] paragraphStyles)
    {
        var styles = new Styles(
            new DocDefaults
            {
                RunPropertiesDefault = new RunPropertiesDefault
                {
                    RunPropertiesBaseStyle = new RunPropertiesBaseStyle
                    {
                        RunFonts = new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                        FontSize = new FontSize { Val = Number(fontSize) },
                        FontSizeComplexScript = new FontSizeComplexScript { Val = Number(fontSize) },
                        // The language Word checks spelling in.
                        Languages = new Languages { Val = FileProperties.Tag(language), EastAsia = FileProperties.Tag(language), Bidi = "ar-SA" },
                    },
                },
                ParagraphPropertiesDefault = new ParagraphPropertiesDefault
                {
                    ParagraphPropertiesBaseStyle = new ParagraphPropertiesBaseStyle { SpacingBetweenLines = new SpacingBetweenLines { After = Number(after), Line = Number(line), LineRule = LineSpacingRuleValues.Auto } },
                },
            },
            new Style { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true, StyleName = new StyleName { Val = "Normal" }, PrimaryStyle = new PrimaryStyle() });
        styles.Append(paragraphStyles);
        return styles;
    }

    /// A title or heading style on top of Normal, kept with the paragraph after it. Word recognises its built-in
    /// headings by their names ("heading 1"); an outline level makes a heading, bold, and feeds the navigation pane.
    public static Style ParagraphStyle(string id, string name, int size, int before, int after, string color, int? outline = null, bool keepLines = false) => new()
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
            KeepLines = keepLines ? new KeepLines() : null,
            SpacingBetweenLines = new SpacingBetweenLines { Before = Number(before), After = Number(after) },
            OutlineLevel = outline is { } level ? new OutlineLevel { Val = level } : null,
        },
        StyleRunProperties = new StyleRunProperties
        {
            Bold = outline is null ? null : new Bold(),
            Color = new Color { Val = color },
            FontSize = new FontSize { Val = Number(size) },
        },
    };

    static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
