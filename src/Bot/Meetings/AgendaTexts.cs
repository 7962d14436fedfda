using FocalBot.Domain.Meetings;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// The texts of an agenda item's details (time, chair, speakers, documents) wherever they show: the office's forms, the
/// agendas members and the channel read, what a revision changed, and the Word agenda; English and French side by side.
public static class AgendaTexts
{
    // The details as they read under an item

    public static readonly Text Chair = new("Chair", "Présidence");
    public static readonly Text Speakers = new("Speakers", "Intervenants");
    public static readonly Text Documents = new("Documents", "Documents");
    /// A label and what follows it: "Chair: Élise Moreau", "Présidence\u00a0: Élise Moreau".
    public static readonly Text Labelled = new("{0}: {1}", "{0}\u00a0: {1}");
    public static readonly Text DocumentCount = new("{0} document(s)", "{0}\u00a0document(s)");
    public static readonly Text OpenDocument = new("Open", "Ouvrir");

    // What a revision changed

    public static readonly Text ChangeRetimed = new("new time: item {0}", "nouvel horaire\u00a0: point {0}");
    public static readonly Text ChangeChair = new("new chair: item {0}", "nouvelle présidence\u00a0: point {0}");
    public static readonly Text ChangeSpeakers = new("new speakers: item {0}", "nouveaux intervenants\u00a0: point {0}");
    public static readonly Text ChangeDocuments = new("new documents: item {0}", "nouveaux documents\u00a0: point {0}");

    // The office's forms: the agenda form's way to an item's details, and the item's own form

    public static readonly Text DetailsPicker = new("Time, chair, speakers and documents of item", "Horaire, présidence, intervenants et documents du point");
    public static readonly Text DetailsButton = new("Edit the item's details", "Modifier les détails du point");
    public static readonly Text ItemTitle = new("Agenda item {0}", "Point {0} de l’ordre du jour");
    public static readonly Text ItemBody = new(
        "All optional. Nothing is saved or sent until you save the draft or issue the agenda.",
        "Tout est facultatif. Rien n’est enregistré ni envoyé avant l’enregistrement du brouillon ou la diffusion de l’ordre du jour.");
    public static readonly Text DayLabel = new("Day", "Jour");
    public static readonly Text StartsLabel = new("Starts at", "Début");
    public static readonly Text EndsLabel = new("Ends at", "Fin");
    public static readonly Text ChairChoice = new("Chair or moderator", "Présidence ou modération");
    public static readonly Text NobodyChosen = new("Nobody chosen", "Personne");
    public static readonly Text ChairName = new("Or the chair's name, if not listed", "Ou le nom de la personne qui préside, si elle n’est pas dans la liste");
    public static readonly Text SpeakerChoices = new("Speakers", "Intervenants");
    public static readonly Text SpeakerNames = new("Other speakers, if not listed (names separated by “;”)", "Autres intervenants, s’ils ne sont pas dans la liste (noms séparés par «\u00a0;\u00a0»)");
    public static readonly Text DocumentTitle = new("Document {0}: title", "Document {0}\u00a0: titre");
    public static readonly Text DocumentLink = new("Document {0}: link (https)", "Document {0}\u00a0: lien (https)");
    public static readonly Text ExternalMark = new("{0} (external)", "{0} (extérieur)");
    public static readonly Text DoneButton = new("Back to the agenda with these details", "Revenir à l’ordre du jour avec ces détails");
    public static readonly Text BackButton = new("Back without changing them", "Revenir sans les modifier");

    // Problems only the item's form meets; the others are the agenda's (Describe)

    public static readonly Text TimeIncomplete = new("Give both the start and the end time, or neither.", "Indiquez l’heure de début et de fin, ou aucune.");
    public static readonly Text ChairTwice = new("Choose the chair in the list or type a name, not both.", "Choisissez la présidence dans la liste ou saisissez un nom, pas les deux.");
    public static readonly Text DocumentHalf = new("Give each document both a title and a link.", "Indiquez pour chaque document un titre et un lien.");

    /// The agenda's problems with details, by item number.
    public static Text? Problem(MeetingProblem problem) => problem switch
    {
        MeetingProblem.AgendaItemEndsBeforeStarts => new("Agenda item {0} ends before it starts.", "Le point {0} se termine avant de commencer."),
        MeetingProblem.AgendaItemOutsideMeeting => new(
            "Agenda item {0} is timed outside the meeting's days or hours: change its time.",
            "Le point {0} est prévu en dehors des jours ou des heures de la réunion\u00a0: modifiez son horaire."),
        MeetingProblem.AgendaItemOutOfOrder => new(
            "Agenda item {0} is timed before the item above it: the agenda's order is its timetable.",
            "Le point {0} est prévu avant le point qui le précède\u00a0: l’ordre du jour suit l’horaire."),
        MeetingProblem.AgendaItemOverlaps => new("Agenda item {0} starts before the item above it ends.", "Le point {0} commence avant la fin du point qui le précède."),
        MeetingProblem.AgendaItemPersonInvalid => new("Agenda item {0}: a chair or speaker's name is too long.", "Point {0}\u00a0: le nom d’une personne qui préside ou intervient est trop long."),
        MeetingProblem.AgendaItemTooManySpeakers => new("Agenda item {0} has too many speakers.", "Le point {0} compte trop d’intervenants."),
        MeetingProblem.AgendaItemTooManyDocuments => new("Agenda item {0} has too many documents.", "Le point {0} compte trop de documents."),
        MeetingProblem.AgendaItemDocumentInvalid => new(
            "Agenda item {0}: each document needs a title and a whole https link.",
            "Point {0}\u00a0: chaque document doit avoir un titre et un lien https complet."),
        MeetingProblem.AgendaTooManySpeakers => new("The agenda names too many speakers in all.", "L’ordre du jour compte trop d’intervenants au total."),
        MeetingProblem.AgendaTooManyDocuments => new("The agenda has too many documents in all: link a folder instead.", "L’ordre du jour compte trop de documents au total\u00a0: donnez plutôt le lien d’un dossier."),
        _ => null,
    };

    // The Word agenda (the annex layout: time, topic, speakers)

    public static readonly Text FileName = new("Agenda {0:yyyy-MM-dd} v{1} (EN).docx", "Ordre du jour {0:yyyy-MM-dd} v{1} (FR).docx");
    public static readonly Text FileHeading = new("Agenda", "Ordre du jour");
    public static readonly Text FileVersion = new("Version {0}, issued on {1:d MMMM yyyy}", "Version {0}, diffusée le {1:d MMMM yyyy}");
    public static readonly Text FileDraft = new("Draft agenda", "Projet d’ordre du jour");
    public static readonly Text TimeColumn = new("Time", "Horaire");
    public static readonly Text TopicColumn = new("Topic", "Sujet");
    public static readonly Text SpeakersColumn = new("Speaker(s)", "Intervenant(s)");
    public static readonly Text AgendaButton = new("Agenda as Word", "Ordre du jour en Word");
    public static readonly Text AgendaReady = new("Agenda, version {0}, in the layout of a report's annex: time, topic, speakers.",
        "Ordre du jour, version {0}, présenté comme l’annexe d’un rapport\u00a0: horaire, sujet, intervenants.");
}
