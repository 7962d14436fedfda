using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// The archive of requests: searching past requests and what each result shows.
public static partial class RequestTexts
{
    public static readonly Text ArchiveCommand = new("archive", "archives");

    public static readonly Text ArchiveCommandDescription = new(
        "search past requests by words, year, thematic group or status; add words to search at once",
        "rechercher dans les demandes passées par mots, année, groupe thématique ou statut\u00a0; ajoutez des mots pour chercher tout de suite");

    public static readonly Text ArchiveTitle = new("Archive of information requests", "Archives des demandes d’information");

    public static readonly Text ArchiveWordsLabel = new("Words", "Mots");

    public static readonly Text ArchiveWordsPlaceholder = new(
        "in the title, background or questions, in English or French",
        "dans le titre, le contexte ou les questions, en anglais ou en français");

    public static readonly Text ArchiveYearLabel = new("Year", "Année");

    public static readonly Text ArchiveGroupLabel = new("Thematic group", "Groupe thématique");

    public static readonly Text ArchiveStatusLabel = new("Status", "Statut");

    public static readonly Text ArchiveAny = new("Any", "Tous");

    public static readonly Text ArchiveAnyYear = new("Any year", "Toutes les années");

    public static readonly Text ArchiveOpen = new("Open for answers", "Ouvertes aux réponses");

    public static readonly Text ArchiveClosed = new("Closed", "Closes");

    public static readonly Text ArchiveSearchButton = new("Search", "Rechercher");

    public static readonly Text ArchiveClearButton = new("Show all", "Tout afficher");

    public static readonly Text ArchiveFound = new("{0} requests found", "{0}\u00a0demandes trouvées");

    public static readonly Text ArchiveFoundOne = new("1 request found", "1\u00a0demande trouvée");

    public static readonly Text ArchiveNothing = new(
        "No request matches this search.",
        "Aucune demande ne correspond à cette recherche.");

    public static readonly Text ArchiveEmpty = new(
        "No request has been sent to the network yet.",
        "Aucune demande n’a encore été envoyée au réseau.");

    public static readonly Text ArchiveDates = new(
        "Sent on {0:d MMMM yyyy} · deadline {1:d MMMM yyyy}",
        "Envoyée le {0:d MMMM yyyy} · échéance le {1:d MMMM yyyy}");

    public static readonly Text ArchiveStillOpen = new("open for answers", "ouverte aux réponses");

    public static readonly Text ArchiveGroupFact = new("Thematic group: {0}", "Groupe thématique\u00a0: {0}");

    public static readonly Text ArchiveOpenButton = new("Open", "Ouvrir");

    public static readonly Text ArchiveOwnAnswerButton = new("Our answer", "Notre réponse");

    public static readonly Text ArchivePageOf = new("Page {0} of {1}", "Page {0} sur {1}");

    public static readonly Text ArchivePrevious = new("Previous", "Précédente");

    public static readonly Text ArchiveNext = new("Next", "Suivante");

    public static readonly Text ArchiveConfidential = new(
        "Confidential: for the members of the network only.",
        "Confidentiel\u00a0: réservé aux membres du réseau.");
}
