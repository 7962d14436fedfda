using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FocalBot.Bot.Exports;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Languages = DocumentFormat.OpenXml.Wordprocessing.Languages;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;
using W = FocalBot.Bot.Meetings.ParticipantWording;

namespace FocalBot.Bot.Meetings;

/// The list of participants as a Word document: the meeting's title, dates and place, a table with one row per
/// participant, and the counts. A4 landscape, so six columns keep names and organisations on one or two lines.
public static class ParticipantDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    // Column widths in twentieths of a point; they add up to the landscape page between its 2.5 cm margins.
    static readonly int[] Widths = [2700, 3200, 2700, 1800, 2400, 1202];

    /// rows as ParticipantList.Of gives them; everyone names the members substitutes stand in for.
    public static ExportFile Write(Meeting meeting, IReadOnlyList<ParticipantRow> rows, IEnumerable<Member> everyone, DateOnly drawnUpOn, Language language)
    {
        var body = new Body();
        body.Append(Paragraph("Title", W.Title(meeting, language)));
        body.Append(Paragraph("Subtitle", ParticipantTexts.ListTitle.In(language)));
        body.Append(Paragraph(null, W.Dates(meeting, language)));
        if (W.Place(meeting, language) is { } place) body.Append(Paragraph(null, place));
        body.Append(Paragraph(null, W.DrawnUpOn(drawnUpOn, language)));
        body.Append(Table(W.Lines(rows, everyone, language), language));
        body.Append(Paragraph(null, W.Count(rows, language), bold: true));

        body.Append(new SectionProperties(
            new PageSize { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape },
            new PageMargin { Top = 1418, Right = 1418U, Bottom = 1418, Left = 1418U, Header = 709U, Footer = 709U, Gutter = 0U }));

        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles(language);
            main.Document = new Document(body);
            // The title and the bot only: no author, no names, in what the file says about itself.
            package.PackageProperties.Title = W.Title(meeting, language);
            package.PackageProperties.Creator = "FocalBot";
            package.PackageProperties.Language = W.Tag(language);
        }
        return new ExportFile(ParticipantTexts.DocumentName.Format(language, meeting.OpeningDay), ContentType, stream.ToArray());
    }

    static Table Table(IReadOnlyList<ParticipantLine> lines, Language language)
    {
        var table = new Table(
            new TableProperties
            {
                TableWidth = new TableWidth { Width = Widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                TableBorders = new TableBorders(
                    Border<TopBorder>(), Border<LeftBorder>(), Border<BottomBorder>(), Border<RightBorder>(),
                    Border<InsideHorizontalBorder>(), Border<InsideVerticalBorder>()),
                TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            },
            new TableGrid(Widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

        // The header row repeats on every page, and no row breaks across two.
        table.Append(Row(W.Columns(language), header: true));
        foreach (var line in lines) table.Append(Row(W.Cells(line, language), header: false));
        return table;
    }

    static T Border<T>() where T : BorderType, new() => new() { Val = BorderValues.Single, Size = 4U, Color = "A6A6A6" };

    static TableRow Row(IReadOnlyList<string> cells, bool header)
    {
        var row = new TableRow(header ? new TableRowProperties(new CantSplit(), new TableHeader()) : new TableRowProperties(new CantSplit()));
        for (var i = 0; i < cells.Count; i++)
        {
            var properties = new TableCellProperties(new TableCellWidth { Width = Widths[i].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
            if (header) properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "D9E2F3" });
            row.Append(new TableCell(properties, Paragraph(null, cells[i], bold: header)));
        }
        return row;
    }

    /// One paragraph; the text's line ends become line breaks.
    static Paragraph Paragraph(string? style, string text, bool bold = false)
    {
        var paragraph = new Paragraph();
        if (style is not null) paragraph.ParagraphProperties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } };
        var run = new Run();
        if (bold) run.RunProperties = new RunProperties { Bold = new Bold() };
        var lines = W.SplitLines(text);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            if (lines[i].Length > 0) run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
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
                    FontSize = new FontSize { Val = "20" },
                    FontSizeComplexScript = new FontSizeComplexScript { Val = "20" },
                    // The language Word checks spelling in.
                    Languages = new Languages { Val = W.Tag(language), EastAsia = W.Tag(language), Bidi = "ar-SA" },
                },
            },
            ParagraphPropertiesDefault = new ParagraphPropertiesDefault
            {
                ParagraphPropertiesBaseStyle = new ParagraphPropertiesBaseStyle { SpacingBetweenLines = new SpacingBetweenLines { After = "80", Line = "252", LineRule = LineSpacingRuleValues.Auto } },
            },
        },
        new Style { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true, StyleName = new StyleName { Val = "Normal" }, PrimaryStyle = new PrimaryStyle() },
        ParagraphStyle("Title", "Title", size: 40, after: 120, color: "1F3864"),
        ParagraphStyle("Subtitle", "Subtitle", size: 28, after: 240, color: "44546A"));

    static Style ParagraphStyle(string id, string name, int size, int after, string color) => new()
    {
        Type = StyleValues.Paragraph,
        StyleId = id,
        StyleName = new StyleName { Val = name },
        BasedOn = new BasedOn { Val = "Normal" },
        NextParagraphStyle = new NextParagraphStyle { Val = "Normal" },
        UIPriority = new UIPriority { Val = 10 },
        PrimaryStyle = new PrimaryStyle(),
        StyleParagraphProperties = new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = after.ToString(CultureInfo.InvariantCulture) },
        },
        StyleRunProperties = new StyleRunProperties
        {
            Color = new Color { Val = color },
            FontSize = new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) },
        },
    };
}
