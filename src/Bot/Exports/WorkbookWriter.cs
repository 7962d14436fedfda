using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FocalBot.Domain.Shared;
using Text = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace FocalBot.Bot.Exports;

/// What a sheet keeps in view while the office scrolls.
enum Freeze { Nothing, HeaderRow, HeaderRowAndFirstColumn }

/// One sheet: rows of cells, each a text and one of WorkbookWriter's cell formats; widths in characters, a column each.
sealed record WorkbookSheet(string Name, IReadOnlyList<IReadOnlyList<(string Text, uint Style)>> Rows, IReadOnlyList<double> Widths, Freeze Freeze);

/// Writes an Excel workbook from its sheets; the features say what rows they hold (ParticipantWorkbook,
/// CompilationWorkbook). Written with the OpenXml package, as the Word documents are: one dependency, where ClosedXML
/// 0.95 was built on OpenXml 2.x, whose API 3.x changed.
static class WorkbookWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Cell formats in the stylesheet below: text wrapped at the top of its cell, or the same in bold on a tinted fill.
    public const uint Wrapped = 1;
    public const uint Header = 2;

    /// The first sheet opens selected.
    public static byte[] Write(string title, Language language, params IReadOnlyList<WorkbookSheet> sheets)
    {
        using var stream = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = package.AddWorkbookPart();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Stylesheet();
            var parts = sheets.Select((sheet, i) => Sheet(workbook, sheet, selected: i == 0)).ToList();
            workbook.Workbook = new Workbook(
                new BookViews(new WorkbookView { ActiveTab = 0U }),
                new Sheets(sheets.Select((sheet, i) => new Sheet { Name = sheet.Name, SheetId = (uint)i + 1, Id = workbook.GetIdOfPart(parts[i]) })));
            FileProperties.Set(package, title, language);
        }
        return stream.ToArray();
    }

    static WorksheetPart Sheet(WorkbookPart workbook, WorkbookSheet sheet, bool selected)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var view = new SheetView { WorkbookViewId = 0U, TabSelected = selected };
        if (sheet.Freeze != Freeze.Nothing)
        {
            var column = sheet.Freeze == Freeze.HeaderRowAndFirstColumn;
            var topLeft = column ? "B2" : "A2";
            var pane = column ? PaneValues.BottomRight : PaneValues.BottomLeft;
            view.Append(
                new Pane { HorizontalSplit = column ? 1D : null, VerticalSplit = 1D, TopLeftCell = topLeft, ActivePane = pane, State = PaneStateValues.Frozen },
                new Selection { Pane = pane, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        }
        var columns = new Columns(sheet.Widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));
        // Every cell is an inline string with its reference: no shared-string table to keep in step.
        var data = new SheetData(sheet.Rows.Select((cells, r) => new Row(cells.Select((c, i) => new Cell
        {
            CellReference = ColumnName(i) + (r + 1).ToString(CultureInfo.InvariantCulture),
            DataType = CellValues.InlineString,
            StyleIndex = c.Style,
            InlineString = new InlineString(new Text(c.Text) { Space = SpaceProcessingModeValues.Preserve }),
        })) { RowIndex = (uint)r + 1 }));
        part.Worksheet = new Worksheet(new SheetViews(view), new SheetFormatProperties { DefaultRowHeight = 15D }, columns, data);
        return part;
    }

    /// A, B… Z, AA…: a compilation's 2 + 20 columns need no more, but the rule is Excel's.
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
