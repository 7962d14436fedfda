using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FocalBot.Bot.Exports;
using FocalBot.Domain.Meetings;
using Member = FocalBot.Domain.Members.Member;
using FocalBot.Domain.Shared;
using Text = DocumentFormat.OpenXml.Spreadsheet.Text;
using W = FocalBot.Bot.Meetings.ParticipantWording;

namespace FocalBot.Bot.Meetings;

/// The list of participants as an Excel workbook: one row per participant under a frozen header, so the office can
/// sort, filter or merge it; a second sheet gives the meeting and the counts, keeping the first a plain table.
public static class ParticipantWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Cell formats in the stylesheet below.
    const uint Wrapped = 1;
    const uint Header = 2;

    /// rows as ParticipantList.Of gives them; everyone names the members substitutes stand in for.
    public static ExportFile Write(Meeting meeting, IReadOnlyList<ParticipantRow> rows, IEnumerable<Member> everyone, DateOnly drawnUpOn, Language language)
    {
        List<List<(string Text, uint Style)>> participants =
        [
            [.. W.Columns(language).Select(c => (c, Header))],
            .. W.Lines(rows, everyone, language).Select(line => W.Cells(line, language).Select(c => (c, Wrapped)).ToList()),
        ];
        var about = new List<string> { W.Title(meeting, language), ParticipantTexts.ListTitle.In(language), W.Dates(meeting, language) };
        if (W.Place(meeting, language) is { } place) about.Add(place);
        about.AddRange([W.DrawnUpOn(drawnUpOn, language), W.Count(rows, language)]);

        using var stream = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = package.AddWorkbookPart();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Stylesheet();
            var list = Sheet(workbook, participants, [30, 36, 30, 20, 30, 14], frozen: true);
            var info = Sheet(workbook, [.. about.Select((text, i) => new List<(string, uint)> { (text, i == 0 ? Header : Wrapped) })], [90], frozen: false);
            workbook.Workbook = new Workbook(
                new BookViews(new WorkbookView { ActiveTab = 0U }),
                new Sheets(
                    new Sheet { Name = ParticipantTexts.ParticipantsSheet.In(language), SheetId = 1U, Id = workbook.GetIdOfPart(list) },
                    new Sheet { Name = ParticipantTexts.AboutSheet.In(language), SheetId = 2U, Id = workbook.GetIdOfPart(info) }));
            package.PackageProperties.Title = W.Title(meeting, language);
            package.PackageProperties.Creator = "FocalBot";
            package.PackageProperties.Language = W.Tag(language);
        }
        return new ExportFile(ParticipantTexts.WorkbookName.Format(language, meeting.OpeningDay), ContentType, stream.ToArray());
    }

    static WorksheetPart Sheet(WorkbookPart workbook, List<List<(string Text, uint Style)>> rows, IReadOnlyList<double> widths, bool frozen)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var view = new SheetView { WorkbookViewId = 0U, TabSelected = frozen };
        if (frozen)
        {
            // The header row stays in view while the office scrolls down the list.
            view.Append(
                new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } });
        }
        var columns = new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));
        var data = new SheetData(rows.Select((cells, r) => new Row(cells.Select((c, i) => new Cell
        {
            // Six columns at most: A to F.
            CellReference = (char)('A' + i) + (r + 1).ToString(CultureInfo.InvariantCulture),
            DataType = CellValues.InlineString,
            StyleIndex = c.Style,
            InlineString = new InlineString(new Text(c.Text) { Space = SpaceProcessingModeValues.Preserve }),
        })) { RowIndex = (uint)r + 1 }));
        part.Worksheet = new Worksheet(new SheetViews(view), new SheetFormatProperties { DefaultRowHeight = 15D }, columns, data);
        return part;
    }

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
