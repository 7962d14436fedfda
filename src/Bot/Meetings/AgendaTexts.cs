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
    /// After a stored file's title where the card, written once for many, can hold nobody's own link.
    public static readonly Text FileSentToInvitees = new("(file sent to each invitee)", "(fichier envoyé à chaque personne invitée)");
    /// After a stored file's title in the office's form: the file's name as it was sent.
    public static readonly Text FileSent = new("File: ", "Fichier : ");
    /// {0}: the document's number among the item's.
    public static readonly Text FileTitle = new("Document {0} (file): title", "Document {0} (fichier) : titre");
    public static readonly Text RemoveFile = new("Remove this file from the item", "Retirer ce fichier du point");
    public static readonly Text FileHint = new(
        "To add a file, send it to me in our personal chat and choose this item.",
        "Pour ajouter un fichier, envoyez-le-moi dans notre conversation personnelle et choisissez ce point.");

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

    // A file sent to the bot, attached to an item (MeetingFiles)

    /// {0}: the meeting's title; {1}: the item's number; {2}: the item's title (both shortened).
    public static readonly Text FilePlace = new("{0} · item {1}. {2}", "{0} · point {1}. {2}");
    public static readonly Text NoMeetingForFiles = new(
        "No meeting ahead takes documents on its agenda (a draft or convened one that is not over does).",
        "Aucune réunion à venir n’accepte de documents à son ordre du jour (une réunion en projet ou convoquée, non terminée, en accepte).");
    /// {0}: the item's number; {1}: the meeting's title.
    public static readonly Text AttachedToItem = new("item {0} of the agenda of \"{1}\"", "le point {0} de l’ordre du jour de «\u00a0{1}\u00a0»");
    /// {0}: the agenda's new version.
    public static readonly Text FileRevisionSent = new(
        "The agenda's version {0} goes to every invitee with what changed.",
        "La version {0} de l’ordre du jour part à chaque personne invitée, avec ce qui a changé.");
    public static readonly Text OpenMeeting = new("Open the meeting", "Ouvrir la réunion");

    public static string Describe(AgendaFileRefusal refusal, MeetingSettings settings, Language language) => (refusal switch
    {
        AgendaFileRefusal.NotAllowed => MeetingTexts.OfficeOnly,
        AgendaFileRefusal.Cancelled => new Text("This meeting is cancelled: nothing was attached.", "Cette réunion est annulée\u00a0: rien n’a été joint."),
        AgendaFileRefusal.MeetingOver => new Text("This meeting is over: nothing was attached.", "Cette réunion est terminée\u00a0: rien n’a été joint."),
        AgendaFileRefusal.ItemGone => new Text(
            "This item is no longer on the agenda: send the file again to choose another. Nothing was attached.",
            "Ce point ne figure plus à l’ordre du jour\u00a0: renvoyez le fichier pour en choisir un autre. Rien n’a été joint."),
        AgendaFileRefusal.ItemFull => new Text(
            "This item has its {0} documents already: remove one in the item's details first. Nothing was attached.",
            "Ce point a déjà ses {0}\u00a0documents\u00a0: retirez-en un dans le détail du point d’abord. Rien n’a été joint."),
        AgendaFileRefusal.AgendaFull => new Text(
            "The agenda has its {1} documents already: remove one first. Nothing was attached.",
            "L’ordre du jour a déjà ses {1}\u00a0documents\u00a0: retirez-en un d’abord. Rien n’a été joint."),
        _ => new Text(
            "The agenda has problems to correct first: open the meeting. Nothing was attached.",
            "L’ordre du jour comporte des erreurs à corriger d’abord\u00a0: ouvrez la réunion. Rien n’a été joint."),
    }).Format(language, settings.MaxDocumentsPerItem, settings.MaxAgendaDocuments);
}
