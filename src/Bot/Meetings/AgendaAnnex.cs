using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using FocalBot.Bot.Exports;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Shared;
using static FocalBot.Bot.Exports.DocumentWriter;

namespace FocalBot.Bot.Meetings;

/// An agenda version as a Word document in the layout of a summary report's annex (OSCE/ODIHR, UN Network on
/// Migration): the meeting's title, dates and place, then a table of time | topic | speaker(s). The topic holds the
/// item's number and title, its chair and its documents (title and address, so a printed copy still says where they
/// are); a meeting of several days has a row naming each day before its items.
public static class AgendaAnnex
{
    // Column widths in twentieths of a point; they add up to the portrait page between its 2.5 cm margins.
    static readonly int[] Widths = [1900, 4670, 2500];

    public static ExportFile Write(Meeting meeting, AgendaVersion version, Language language)
    {
        var body = new Body();
        body.Append(Paragraph("Title", ParticipantTexts.Title(meeting, language)));
        body.Append(Paragraph("Subtitle", AgendaTexts.FileHeading.In(language)));
        body.Append(Paragraph(null, ParticipantTexts.Dates(meeting, language)));
        if (ParticipantTexts.Place(meeting, language) is { } place) body.Append(Paragraph(null, place));
        body.Append(Paragraph(null, version.IssuedOn is { } issued ? AgendaTexts.FileVersion.Format(language, version.Number, issued) : AgendaTexts.FileDraft.In(language), italic: true));
        body.Append(Table(meeting, version, language));
        body.Append(A4(landscape: false));

        var styles = Styles(language, fontSize: 20, after: 60, line: 252,
            ParagraphStyle("Title", "Title", size: 36, before: 0, after: 120, color: "1F3864"),
            ParagraphStyle("Subtitle", "Subtitle", size: 28, before: 0, after: 200, color: "44546A"));
        var content = DocumentWriter.Write(body, styles, ParticipantTexts.Title(meeting, language), language);
        return new ExportFile(AgendaTexts.FileName.Format(language, meeting.OpeningDay, version.Number), ContentType, content);
    }

    internal static Table Table(Meeting meeting, AgendaVersion version, Language language)
    {
        var table = new Table(
            new TableProperties
            {
                TableWidth = new TableWidth { Width = Twips(Widths.Sum()), Type = TableWidthUnitValues.Dxa },
                TableBorders = new TableBorders(
                    Border<TopBorder>(), Border<LeftBorder>(), Border<BottomBorder>(), Border<RightBorder>(),
                    Border<InsideHorizontalBorder>(), Border<InsideVerticalBorder>()),
                TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            },
            new TableGrid(Widths.Select(w => new GridColumn { Width = Twips(w) })));

        // The header row repeats on every page, and no row breaks across two.
        table.Append(Row([[Cell(AgendaTexts.TimeColumn.In(language), bold: true)], [Cell(AgendaTexts.TopicColumn.In(language), bold: true)],
            [Cell(AgendaTexts.SpeakersColumn.In(language), bold: true)]], header: true));
        var severalDays = AgendaDetails.Days(meeting) > 1;
        var day = 0;
        for (var i = 0; i < version.Items.Count; i++)
        {
            var item = version.Items[i];
            // An untimed item stays on the day of the timed item above it (the first day before any).
            var itemDay = item.Time?.Day ?? Math.Max(day, 1);
            if (severalDays && itemDay != day) table.Append(DayRow(meeting.OpeningDay.AddDays(itemDay - 1), language));
            day = itemDay;
            table.Append(Row(
            [
                [Cell(item.Time is { } t ? AgendaView.Hours(t, language) : "")],
                Topic(item, i + 1, language),
                [.. item.Speakers.Select(s => Cell(AgendaView.Person(s, language)))],
            ], header: false));
        }
        return table;
    }

    /// The item's number and title in bold, its chair, then each document's title and address, or, for a file sent
    /// to the bot, its name: a link in a file handed round would be one member's own.
    static List<Paragraph> Topic(AgendaItem item, int number, Language language)
    {
        var paragraphs = new List<Paragraph> { Cell($"{number}. {Clean(item.Title.In(language))}", bold: true) };
        if (item.Chair is { } chair)
            paragraphs.Add(Cell(AgendaTexts.Labelled.Format(language, AgendaTexts.Chair.In(language), AgendaView.Person(chair, language)), italic: true));
        paragraphs.AddRange(item.Documents.Select(d => Cell($"{Clean(d.Title)} ({(d.File is { } file ? Clean(file.Name) : d.Url)})")));
        return paragraphs;
    }

    static TableRow DayRow(DateOnly day, Language language)
    {
        var properties = new TableCellProperties(
            new TableCellWidth { Width = Twips(Widths.Sum()), Type = TableWidthUnitValues.Dxa }, new GridSpan { Val = Widths.Length },
            new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "EDEDED" });
        return new TableRow(new TableRowProperties(new CantSplit()),
            new TableCell(properties, Cell(FocalBot.Domain.Shared.Text.Date(day, "dddd d MMMM yyyy", language), bold: true)));
    }

    static TableRow Row(IReadOnlyList<IReadOnlyList<Paragraph>> cells, bool header)
    {
        var row = new TableRow(header ? new TableRowProperties(new CantSplit(), new TableHeader()) : new TableRowProperties(new CantSplit()));
        for (var i = 0; i < cells.Count; i++)
        {
            var properties = new TableCellProperties(new TableCellWidth { Width = Twips(Widths[i]), Type = TableWidthUnitValues.Dxa });
            if (header) properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "D9E2F3" });
            // A cell holds at least one paragraph, or Word calls the file damaged.
            row.Append(new TableCell([properties, .. cells[i].Count > 0 ? cells[i] : [Cell("")]]));
        }
        return row;
    }

    static Paragraph Cell(string text, bool bold = false, bool italic = false) => Paragraph(null, Clean(text), bold, italic);

    static string Clean(string text) => ExportText.XmlSafe(text.Trim());

    static T Border<T>() where T : BorderType, new() => new() { Val = BorderValues.Single, Size = 4U, Color = "A6A6A6" };

    static string Twips(int n) => n.ToString(CultureInfo.InvariantCulture);
}
