using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// Every text of the list of participants (Word and Excel), English and French side by side.
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
}
