using DocumentFormat.OpenXml.Wordprocessing;
using FocalBot.Bot.Exports;
using FocalBot.Bot.Meetings;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;
using static FocalBot.Bot.Exports.DocumentWriter;
using T = FocalBot.Bot.Outcomes.ReportDocumentTexts;
using Texts = FocalBot.Domain.Shared.Text;

namespace FocalBot.Bot.Outcomes;

/// A meeting's summary report as a Word document in one language, in the layout of the OSCE/ODIHR "Summary Meeting
/// Report": a cover (the network, "Summary report", the meeting's title, days and place, "Confidential"), the
/// disclaimer, the Chatham House line and the counts of those present, then background and aims, a summary per agenda
/// item in agenda order, the numbered recommendations with their addressees, and three annexes: the timed agenda
/// (AgendaAnnex's table), the participants (ParticipantDocument's four columns) and the agenda's documents. What the
/// office typed goes in as typed, only cleaned of characters XML cannot hold.
public static class ReportDocument
{
    // Portrait widths in twentieths of a point, adding up to the page between its 2.5 cm margins (as AgendaAnnex's).
    static readonly int[] ParticipantWidths = [2400, 2700, 2270, 1700];
    static readonly int[] DocumentWidths = [900, 3600, 4570];

    /// The issued report's folder, per meeting and named as the meeting's own files' folder is (MeetingFileStore.Folder):
    /// a meeting of the whole network's under Network/, the part of the export library every member may read (README);
    /// a meeting of some members' beside the meeting's other files, which only the office reads there, since its report
    /// is for its invitees alone (each opens it through their own link).
    public static string Folder(Meeting meeting) =>
        meeting.IsForWholeNetwork ? $"Network/{MeetingFileStore.Folder(meeting)}/Report" : $"{MeetingFileStore.Folder(meeting)}/Report";

    /// attended as ParticipantList.Attended gives them and figures as AttendanceFigures.Of (null before the office
    /// recorded attendance); book names the recommendations' addressees and the members substitutes stand in for.
    public static ExportFile Write(SummaryReport report, Meeting meeting, IReadOnlyList<ParticipantRow> attended, AttendanceFigures? figures,
        OwnerBook book, Language language)
    {
        var body = new Body();
        Cover(body, report, meeting, language);
        body.Append(Paragraph(null, T.Disclaimer.In(language), italic: true));
        body.Append(Paragraph(null, T.ChathamHouse.In(language), bold: true));
        body.Append(Paragraph(null, figures is null ? T.NoAttendance.In(language) : AttendanceTexts.Sentence(figures, language)));

        body.Append(Paragraph("Heading1", T.BackgroundHeading.In(language)));
        if (!report.Background.IsEmpty) body.Append(Typed(report.Background.In(language)));
        Summaries(body, report, meeting, language);
        Recommendations(body, report, book, language);

        body.Append(PageBreak());
        body.Append(Paragraph("Heading1", T.AgendaAnnex.In(language)));
        body.Append(AgendaAnnex.Table(meeting, meeting.CurrentAgenda, language));
        body.Append(Paragraph("Heading1", T.ParticipantsAnnex.In(language)));
        var lines = ParticipantLines.Of(attended, book.Everyone, language);
        body.Append(ParticipantDocument.Table(ParticipantWidths, ParticipantTexts.AnnexColumns(language), lines.Select(ParticipantLines.AnnexCells)));
        if (figures is not null)
            foreach (var figure in ParticipantTexts.Figures(figures, language)) body.Append(Paragraph(null, figure));
        Documents(body, meeting, language);
        body.Append(A4(landscape: false));

        var styles = Styles(language, fontSize: 22, after: 120, line: 264,
            ParagraphStyle("Network", "Network", size: 24, before: 2400, after: 600, color: "44546A"),
            ParagraphStyle("Title", "Title", size: 48, before: 0, after: 240, color: "1F3864"),
            ParagraphStyle("Subtitle", "Subtitle", size: 32, before: 0, after: 360, color: "1F3864"),
            ParagraphStyle("Heading1", "heading 1", size: 30, before: 360, after: 160, color: "1F3864", outline: 0),
            ParagraphStyle("Heading2", "heading 2", size: 24, before: 240, after: 80, color: "2F5496", outline: 1, keepLines: true));
        var title = T.DocumentTitle.Format(language, ParticipantTexts.Title(meeting, language));
        var content = DocumentWriter.Write(body, styles, title, language);
        return new ExportFile(T.FileName.Format(language, meeting.OpeningDay), ContentType, content);
    }

    static void Cover(Body body, SummaryReport report, Meeting meeting, Language language)
    {
        body.Append(Paragraph("Network", T.Network.In(language)));
        body.Append(Paragraph("Title", T.Title.In(language)));
        body.Append(Paragraph("Subtitle", ParticipantTexts.Title(meeting, language)));
        body.Append(Paragraph(null, MeetingDates.Of(meeting, language)));
        if (meeting.Place is { } place) body.Append(Paragraph(null, MeetingTexts.Place.Format(language, Clean(place))));
        body.Append(Paragraph(null, report.Status == ReportStatus.Issued && report.IssuedOn is { } issued
            ? T.IssuedOn.Format(language, issued) : T.DraftMark.In(language), italic: true));
        body.Append(Paragraph(null, T.Confidential.In(language).ToUpper(Texts.Culture(language)), bold: true));
        body.Append(PageBreak());
    }

    /// Each summary under its item's number and title, in the order of the current agenda; a summary of an item no
    /// longer on it (removed after the summary was written) follows, under its own text only, so nothing typed is lost.
    static void Summaries(Body body, SummaryReport report, Meeting meeting, Language language)
    {
        body.Append(Paragraph("Heading1", T.SummaryHeading.In(language)));
        var items = meeting.CurrentAgenda.Items;
        var written = report.Summaries.Where(s => !s.Text.IsEmpty).ToList();
        if (written.Count == 0) body.Append(Paragraph(null, T.NoSummary.In(language), italic: true));
        for (var i = 0; i < items.Count; i++)
        {
            if (written.FirstOrDefault(s => s.AgendaItemId == items[i].Id) is not { } summary) continue;
            body.Append(Paragraph("Heading2", T.ItemHeading.Format(language, i + 1, Clean(items[i].Title.In(language)))));
            body.Append(Typed(summary.Text.In(language)));
        }
        foreach (var orphan in written.Where(s => meeting.CurrentAgenda.NumberOf(s.AgendaItemId) is null)) body.Append(Typed(orphan.Text.In(language)));
    }

    static void Recommendations(Body body, SummaryReport report, OwnerBook book, Language language)
    {
        body.Append(Paragraph("Heading1", T.RecommendationsHeading.In(language)));
        if (report.Recommendations.Count == 0) body.Append(Paragraph(null, T.NoRecommendations.In(language), italic: true));
        foreach (var r in report.Recommendations.OrderBy(r => r.Number))
        {
            body.Append(Paragraph("Heading2", T.Recommendation.Format(language, r.Number)));
            body.Append(Typed(r.Text.In(language)));
            body.Append(Paragraph(null, T.AddressedTo.Format(language, Clean(book.Name(r.Addressee, language))), italic: true));
        }
    }

    /// Every document of the current agenda, by item: its number, its title and where it is (a link's address in full,
    /// so a printed copy still says; a file's name), as AgendaAnnex lists them.
    static void Documents(Body body, Meeting meeting, Language language)
    {
        body.Append(Paragraph("Heading1", T.DocumentsAnnex.In(language)));
        var rows = meeting.CurrentAgenda.Items
            .SelectMany((item, i) => item.Documents.Select(d => (IReadOnlyList<string>)[(i + 1).ToString(Texts.Culture(language)), Clean(d.Title), Where(d, language)]))
            .ToList();
        if (rows.Count == 0) body.Append(Paragraph(null, T.NoDocuments.In(language), italic: true));
        else body.Append(ParticipantDocument.Table(DocumentWidths, [T.ItemColumn.In(language), T.DocumentColumn.In(language), T.AddressColumn.In(language)], rows));
    }

    /// A link's address in full; a stored file's name, as the invitees received it with the agenda.
    static string Where(AgendaDocument document, Language language) =>
        document.File is { } file ? T.SentFile.Format(language, Clean(file.Name)) : Clean(document.Url ?? "");

    static Paragraph Typed(string text) => Paragraph(null, Clean(text));

    static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));

    static string Clean(string text) => ExportText.XmlSafe(text.Trim());
}
