using FocalBot.Bot.Exports;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// Every text of the list of participants (Word and Excel), English and French side by side, and the lines both files
/// make of them in the file's language. Before the meeting the list says who is expected and how; once the office
/// recorded attendance it is the participants annex: those present, with the counts only. Text is kept as typed (Markdown or HTML in a name is shown, not interpreted),
/// only cleaned of characters XML cannot hold.
public static class ParticipantTexts
{
    // File names carry the opening day, never the title: they show in links, libraries and logs.
    public static readonly Text DocumentName = new("Participants {0:yyyy-MM-dd} (EN).docx", "Participants {0:yyyy-MM-dd} (FR).docx");
    public static readonly Text WorkbookName = new("Participants {0:yyyy-MM-dd} (EN).xlsx", "Participants {0:yyyy-MM-dd} (FR).xlsx");

    public static readonly Text ListTitle = new("List of participants", "Liste des participants");
    public static readonly Text OneDay = new("Date: {0:d MMMM yyyy}", "Date\u00a0: {0:d MMMM yyyy}");
    public static readonly Text Days = new("Dates: {0:d MMMM yyyy} to {1:d MMMM yyyy}", "Dates\u00a0: du {0:d MMMM yyyy} au {1:d MMMM yyyy}");
    public static readonly Text HeldOnline = new("Held online", "Réunion en ligne");
    public static readonly Text DrawnUpOn = new("List drawn up on {0:d MMMM yyyy}", "Liste établie le {0:d MMMM yyyy}");
    public static readonly Text Count = new(
        "Participants: {0} (in person: {1}, online: {2}, substitutes: {3}, external: {4})",
        "Participants\u00a0: {0} (en présentiel\u00a0: {1}, en ligne\u00a0: {2}, en remplacement\u00a0: {3}, extérieurs\u00a0: {4})");

    public static readonly Text NameColumn = new("Name", "Nom");
    public static readonly Text OrganisationColumn = new("Organisation", "Organisation");
    public static readonly Text TitleColumn = new("Title", "Fonction");
    public static readonly Text CountryColumn = new("Country", "Pays");
    public static readonly Text AttendanceColumn = new("Attendance", "Participation");
    public static readonly Text ExternalColumn = new("External participant", "Participant extérieur");

    public static readonly Text InPerson = new("In person", "En présentiel");
    public static readonly Text Online = new("Online", "En ligne");
    public static readonly Text SubstituteFor = new("Substitute for {0}", "En remplacement de {0}");
    public static readonly Text Substitute = new("Substitute", "En remplacement");
    public static readonly Text External = new("Yes", "Oui");

    // The workbook

    public static readonly Text ParticipantsSheet = new("Participants", "Participants");
    public static readonly Text AboutSheet = new("About", "À propos");

    // What both files say, in the file's language

    public static string Title(Meeting meeting, Language l) => ExportText.XmlSafe(meeting.Title.In(l));

    public static string Dates(Meeting meeting, Language l) => meeting.OpeningDay == meeting.ClosingDay
        ? OneDay.Format(l, meeting.OpeningDay)
        : Days.Format(l, meeting.OpeningDay, meeting.ClosingDay);

    /// The place, or that the meeting is held online; null for a meeting with neither, which says nothing either way.
    public static string? Place(Meeting meeting, Language l) =>
        meeting.Place is { } place ? MeetingTexts.Place.Format(l, ExportText.XmlSafe(place))
        : meeting.OnlineLink is not null ? HeldOnline.In(l)
        : null;

    /// How many are expected, and how: in person, online, as substitutes, from outside the network.
    public static string Totals(IReadOnlyList<ParticipantRow> rows, Language l)
    {
        int Members(RsvpChoice choice) => rows.Count(r => r.Kind == ParticipantKind.Member && r.Attendance == choice);
        return Count.Format(l, rows.Count, Members(RsvpChoice.InPerson), Members(RsvpChoice.Online),
            rows.Count(r => r.Kind == ParticipantKind.Substitute), rows.Count(r => r.Kind == ParticipantKind.External));
    }

    public static IReadOnlyList<string> Columns(Language l) =>
    [
        NameColumn.In(l), OrganisationColumn.In(l), TitleColumn.In(l), CountryColumn.In(l), AttendanceColumn.In(l), ExternalColumn.In(l),
    ];

    /// The participants annex's columns, once attendance is recorded: the report's layout.
    public static IReadOnlyList<string> AnnexColumns(Language l) => [NameColumn.In(l), OrganisationColumn.In(l), TitleColumn.In(l), CountryColumn.In(l)];

    /// What the annex says under its table: the report's sentence, then the counts by kind of organisation and by state.
    public static IReadOnlyList<string> Figures(AttendanceFigures f, Language l) =>
    [
        AttendanceTexts.Sentence(f, l),
        AttendanceTexts.ByOrganisationLine.Format(l, AttendanceTexts.ByOrganisation(f, l)),
        .. f.ByState.Count > 0 ? [AttendanceTexts.ByStateLine.Format(l, AttendanceTexts.ByState(f, l))] : Array.Empty<string>(),
    ];
}
