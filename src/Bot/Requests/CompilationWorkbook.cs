using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FocalBot.Bot.Exports;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using Text = DocumentFormat.OpenXml.Spreadsheet.Text;
using W = FocalBot.Bot.Requests.CompilationWording;

namespace FocalBot.Bot.Requests;

/// The compilation as an Excel workbook: one row per member state, one column per question, with a column for the
/// reply's status, the header frozen and text wrapped; a second sheet says what the data is. Written with the same
/// OpenXml package as the Word document: one dependency, where ClosedXML 0.95 was built on OpenXml 2.x, whose API
/// 3.x changed.
public static class CompilationWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// Excel refuses a cell longer than this; longer text is cut with a note (the Word document has it whole).
    public const int MaxCellLength = 32_767;

    // Cell formats in the stylesheet below.
    const uint Wrapped = 1;
    const uint Header = 2;

    public static ExportFile Write(InformationRequest request, Compilation compilation, string requestedBy, DateOnly compiledOn, Language language)
    {
        using var stream = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = package.AddWorkbookPart();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Stylesheet();
            var responses = Sheet(workbook, Responses(request, compilation, language), [28, 20, .. request.QuestionNumbers.Select(_ => 60d)], frozen: true);
            var about = Sheet(workbook, About(request, compilation, requestedBy, compiledOn, language), [110], frozen: false);
            workbook.Workbook = new Workbook(
                new BookViews(new WorkbookView { ActiveTab = 0U }),
                new Sheets(
                    new Sheet { Name = CompilationTexts.ResponsesSheet.In(language), SheetId = 1U, Id = workbook.GetIdOfPart(responses) },
                    new Sheet { Name = CompilationTexts.AboutSheet.In(language), SheetId = 2U, Id = workbook.GetIdOfPart(about) }));
            // As in the Word document: the title and the bot, nothing about states.
            package.PackageProperties.Title = W.Title(request, language);
            package.PackageProperties.Creator = "FocalBot";
            package.PackageProperties.Language = CompilationDocument.Tag(language);
        }
        return new ExportFile(CompilationTexts.WorkbookName.Format(language, W.FileNumber(compilation)), ContentType, stream.ToArray());
    }

    static List<List<(string Text, uint Style)>> Responses(InformationRequest request, Compilation compilation, Language language)
    {
        List<(string, uint)> header =
        [
            (CompilationTexts.StateColumn.In(language), Header),
            (CompilationTexts.ReplyColumn.In(language), Header),
            .. request.QuestionNumbers.Select(q => (CompilationTexts.QuestionColumn.Format(language, q.Value, W.Question(request, q, language)), Header)),
        ];
        var rows = new List<List<(string Text, uint Style)>> { header };
        foreach (var state in compilation.States)
        {
            var status = !state.Replied ? CompilationTexts.NotReplied : state.Late ? CompilationTexts.RepliedLate : CompilationTexts.Replied;
            rows.Add(
            [
                (state.Label(language), Wrapped),
                (status.In(language), Wrapped),
                .. request.QuestionNumbers.Select(q => (Cell(state.Cells.First(c => c.Question == q), language), Wrapped)),
            ]);
        }
        return rows;
    }

    static List<List<(string Text, uint Style)>> About(InformationRequest request, Compilation compilation, string requestedBy, DateOnly compiledOn, Language language)
    {
        List<(string, uint)> lines =
        [
            (W.Title(request, language), Header),
            (CompilationTexts.RequestNumber.Format(language, W.Number(compilation)), Wrapped),
            (W.RequestedBy(request, requestedBy, compiledOn, language), Wrapped),
            (CompilationTexts.Deadline.Format(language, request.Deadline), Wrapped),
            (CompilationTexts.CompiledOn.Format(language, compiledOn), Wrapped),
            (W.Responding(compilation, language), Wrapped),
            (CompilationTexts.Confidential.In(language), Wrapped),
            (CompilationTexts.Disclaimer.In(language), Wrapped),
        ];
        var background = W.Background(request, language);
        if (!string.IsNullOrWhiteSpace(background)) lines.AddRange([(CompilationTexts.Background.In(language), Header), (background, Wrapped)]);
        return [.. lines.Select(l => new List<(string, uint)> { l })];
    }

    static string Cell(CompiledCell cell, Language language)
    {
        // Excel breaks lines on "\n" alone.
        var text = W.Nil(cell, language) ?? string.Join('\n', W.Lines(W.Text(cell)));
        if (text.Length <= MaxCellLength) return text;
        var cut = CompilationTexts.CutShort.In(language);
        var keep = MaxCellLength - cut.Length;
        // Never split a surrogate pair: half an emoji would make the cell invalid.
        if (char.IsHighSurrogate(text[keep - 1])) keep--;
        return text[..keep] + cut;
    }

    static WorksheetPart Sheet(WorkbookPart workbook, List<List<(string Text, uint Style)>> rows, IReadOnlyList<double> widths, bool frozen)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var view = new SheetView { WorkbookViewId = 0U, TabSelected = frozen };
        if (frozen)
        {
            // Row 1 and column A stay in view while the office scrolls through states and questions.
            view.Append(
                new Pane { HorizontalSplit = 1D, VerticalSplit = 1D, TopLeftCell = "B2", ActivePane = PaneValues.BottomRight, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomRight, ActiveCell = "B2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "B2" } });
        }
        var columns = new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));
        var data = new SheetData(rows.Select((cells, r) => new Row(cells.Select((c, i) => new Cell
        {
            CellReference = ColumnName(i) + (r + 1).ToString(CultureInfo.InvariantCulture),
            DataType = CellValues.InlineString,
            StyleIndex = c.Style,
            InlineString = new InlineString(new Text(c.Text) { Space = SpaceProcessingModeValues.Preserve }),
        })) { RowIndex = (uint)r + 1 }));
        part.Worksheet = new Worksheet(new SheetViews(view), new SheetFormatProperties { DefaultRowHeight = 15D }, columns, data);
        return part;
    }

    /// A, B… Z, AA…: 2 + 20 columns need no more, but the rule is Excel's.
    internal static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName(index / 26 - 1) + (char)('A' + index % 26);

    static Stylesheet Stylesheet() => new(
        new Fonts(
            new Font(new FontSize { Val = 11D }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11D }, new FontName { Val = "Calibri" })) { Count = 2U },
        // Excel expects its two built-in fills first.
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E2F3" }) { PatternType = PatternValues.Solid })) { Count = 3U },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1U },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
        new CellFormats(
            new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true })
                { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyAlignment = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true })
                { NumberFormatId = 0U, FontId = 1U, FillId = 2U, BorderId = 0U, FormatId = 0U, ApplyFont = true, ApplyFill = true, ApplyAlignment = true }) { Count = 3U },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });
}
