using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using FocalBot.Bot.Exports;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using static FocalBot.Bot.Exports.DocumentWriter;

namespace FocalBot.Bot.Meetings;

/// The list of participants as a Word document: the meeting's title, dates and place, a table with one row per
/// participant, and the counts. A4 landscape, so six columns keep names and organisations on one or two lines. Once
/// attendance is recorded (`attended`) it is the participants annex: those present, by name, organisation, title and
/// country, and the counts of the report.
public static class ParticipantDocument
{
    // Column widths in twentieths of a point; they add up to the landscape page between its 2.5 cm margins.
    static readonly int[] Widths = [2700, 3200, 2700, 1800, 2400, 1202];
    static readonly int[] AnnexWidths = [3700, 4300, 3300, 2702];

    /// rows as ParticipantList.Of (or, with `attended`, ParticipantList.Attended) gives them; everyone names the members
    /// substitutes stand in for.
    public static ExportFile Write(Meeting meeting, IReadOnlyList<ParticipantRow> rows, IEnumerable<Member> everyone, DateOnly drawnUpOn, Language language,
        AttendanceFigures? attended = null)
    {
        var body = new Body();
        body.Append(Paragraph("Title", ParticipantTexts.Title(meeting, language)));
        body.Append(Paragraph("Subtitle", ParticipantTexts.ListTitle.In(language)));
        body.Append(Paragraph(null, ParticipantTexts.Dates(meeting, language)));
        if (ParticipantTexts.Place(meeting, language) is { } place) body.Append(Paragraph(null, place));
        body.Append(Paragraph(null, ParticipantTexts.DrawnUpOn.Format(language, drawnUpOn)));
        var lines = ParticipantLines.Of(rows, everyone, language);
        if (attended is null)
        {
            body.Append(Table(Widths, ParticipantTexts.Columns(language), lines.Select(l => ParticipantLines.Cells(l, language))));
            body.Append(Paragraph(null, ParticipantTexts.Totals(rows, language), bold: true));
        }
        else
        {
            body.Append(Table(AnnexWidths, ParticipantTexts.AnnexColumns(language), lines.Select(ParticipantLines.AnnexCells)));
            foreach (var (figure, i) in ParticipantTexts.Figures(attended, language).Select((f, i) => (f, i))) body.Append(Paragraph(null, figure, bold: i == 0));
        }
        body.Append(A4(landscape: true));

        var styles = Styles(language, fontSize: 20, after: 80, line: 252,
            ParagraphStyle("Title", "Title", size: 40, before: 0, after: 120, color: "1F3864"),
            ParagraphStyle("Subtitle", "Subtitle", size: 28, before: 0, after: 240, color: "44546A"));
        var content = DocumentWriter.Write(body, styles, ParticipantTexts.Title(meeting, language), language);
        return new ExportFile(ParticipantTexts.DocumentName.Format(language, meeting.OpeningDay), ContentType, content);
    }

    internal static Table Table(int[] widths, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        var table = new Table(
            new TableProperties
            {
                TableWidth = new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                TableBorders = new TableBorders(
                    Border<TopBorder>(), Border<LeftBorder>(), Border<BottomBorder>(), Border<RightBorder>(),
                    Border<InsideHorizontalBorder>(), Border<InsideVerticalBorder>()),
                TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            },
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

        // The header row repeats on every page, and no row breaks across two.
        table.Append(Row(widths, columns, header: true));
        foreach (var row in rows) table.Append(Row(widths, row, header: false));
        return table;
    }

    static T Border<T>() where T : BorderType, new() => new() { Val = BorderValues.Single, Size = 4U, Color = "A6A6A6" };

    static TableRow Row(int[] widths, IReadOnlyList<string> cells, bool header)
    {
        var row = new TableRow(header ? new TableRowProperties(new CantSplit(), new TableHeader()) : new TableRowProperties(new CantSplit()));
        for (var i = 0; i < cells.Count; i++)
        {
            var properties = new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
            if (header) properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "D9E2F3" });
            row.Append(new TableCell(properties, Paragraph(null, cells[i], bold: header)));
        }
        return row;
    }
}
