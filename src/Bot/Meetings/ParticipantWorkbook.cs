using FocalBot.Bot.Exports;
using FocalBot.Domain.Meetings;
using Member = FocalBot.Domain.Members.Member;
using FocalBot.Domain.Shared;
using static FocalBot.Bot.Exports.WorkbookWriter;

namespace FocalBot.Bot.Meetings;

/// The list of participants as an Excel workbook: one row per participant under a frozen header, so the office can
/// sort, filter or merge it; a second sheet gives the meeting and the counts, keeping the first a plain table.
public static class ParticipantWorkbook
{
    /// rows as ParticipantList.Of (or, with `attended`, ParticipantList.Attended: the participants annex, four columns and
    /// the report's counts) gives them; everyone names the members substitutes stand in for.
    public static ExportFile Write(Meeting meeting, IReadOnlyList<ParticipantRow> rows, IEnumerable<Member> everyone, DateOnly drawnUpOn, Language language,
        AttendanceFigures? attended = null)
    {
        var lines = ParticipantLines.Of(rows, everyone, language);
        List<IReadOnlyList<(string Text, uint Style)>> participants =
        [
            [.. (attended is null ? ParticipantTexts.Columns(language) : ParticipantTexts.AnnexColumns(language)).Select(c => (c, Header))],
            .. lines.Select(line => (attended is null ? ParticipantLines.Cells(line, language) : ParticipantLines.AnnexCells(line)).Select(c => (c, Wrapped)).ToList()),
        ];
        var about = new List<string> { ParticipantTexts.Title(meeting, language), ParticipantTexts.ListTitle.In(language), ParticipantTexts.Dates(meeting, language) };
        if (ParticipantTexts.Place(meeting, language) is { } place) about.Add(place);
        about.Add(ParticipantTexts.DrawnUpOn.Format(language, drawnUpOn));
        about.AddRange(attended is null ? [ParticipantTexts.Totals(rows, language)] : ParticipantTexts.Figures(attended, language));

        var content = WorkbookWriter.Write(ParticipantTexts.Title(meeting, language), language,
            // The header row stays in view while the office scrolls down the list.
            new WorkbookSheet(ParticipantTexts.ParticipantsSheet.In(language), participants, attended is null ? [30, 36, 30, 20, 30, 14] : [34, 40, 34, 24], Freeze.HeaderRow),
            new WorkbookSheet(ParticipantTexts.AboutSheet.In(language), [.. about.Select((text, i) => new[] { (text, i == 0 ? Header : Wrapped) })], [90], Freeze.Nothing));
        return new ExportFile(ParticipantTexts.WorkbookName.Format(language, meeting.OpeningDay), ContentType, content);
    }
}
