using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// Every text of the compilation files (Word and Excel), English and French side by side.
public static class CompilationTexts
{
    // File names carry the request number, never the title: they show in links, libraries and logs.
    public static readonly Text DocumentName = new("Compilation {0} (EN).docx", "Compilation {0} (FR).docx");
    public static readonly Text WorkbookName = new("Compilation {0} (EN).xlsx", "Compilation {0} (FR).xlsx");

    public static readonly Text RequestNumber = new("Information request {0}", "Demande d’information {0}");
    public static readonly Text RequestedBy = new("Requested by {0} on {1:d MMMM yyyy}", "Demandée par {0} le {1:d MMMM yyyy}");
    public static readonly Text Deadline = new("Deadline for replies: {0:d MMMM yyyy}", "Date limite des réponses\u00a0: {0:d MMMM yyyy}");
    public static readonly Text CompiledOn = new("Compiled on {0:d MMMM yyyy}", "Compilation établie le {0:d MMMM yyyy}");

    // The states come after a colon in French: a list after "de" would need an article before each name.
    public static readonly Text RespondingStates = new("Responses from {0} ({1} in total)", "Réponses reçues ({1} au total)\u00a0: {0}");
    public static readonly Text NotRespondingStates = new("No reply from {0} ({1} in total)", "Sans réponse ({1} au total)\u00a0: {0}");
    public static readonly Text NoRespondingStates = new("No responses received (0 in total)", "Aucune réponse reçue (0 au total)");
    public static readonly Text ListSeparator = new(", ", ", ");

    public static readonly Text Confidential = new(
        "For the members of the Network of Focal Points on Migration only.",
        "Réservé aux membres du Réseau des points de contact sur les migrations.");

    public static readonly Text Disclaimer = new(
        "The focal points provided these responses for the purpose of information exchange within the network. They give "
        + "the information available to the focal points at the time of writing and do not necessarily represent the "
        + "official policy of their member state.",
        "Les points de contact ont fourni ces réponses aux fins d’échange d’informations au sein du réseau. Elles "
        + "présentent les informations dont les points de contact disposaient au moment de leur rédaction et ne "
        + "représentent pas nécessairement la politique officielle de leur État membre.");

    public static readonly Text Background = new("Background", "Contexte");
    public static readonly Text Question = new("{0}. {1}", "{0}. {1}");

    public static readonly Text LateState = new("{0} (late reply)", "{0} (réponse tardive)");
    public static readonly Text WrittenIn = new("Written in {0}:", "Rédigée en {0}\u00a0:");
    public static readonly Text English = new("English", "anglais");
    public static readonly Text French = new("French", "français");

    public static readonly Text NoInformation = new("No information available.", "Aucune information disponible.");
    public static readonly Text NotApplicable = new("Not applicable.", "Sans objet.");
    public static readonly Text ToFollowBy = new("Answer to follow by {0:d MMMM yyyy}.", "Réponse à suivre d’ici le {0:d MMMM yyyy}.");
    public static readonly Text ToFollow = new("Answer to follow.", "Réponse à suivre.");

    // The workbook

    public static readonly Text ResponsesSheet = new("Responses", "Réponses");
    public static readonly Text AboutSheet = new("About", "À propos");
    public static readonly Text StateColumn = new("Member state", "État membre");
    public static readonly Text ReplyColumn = new("Reply", "Réponse");
    public static readonly Text QuestionColumn = new("Q{0}. {1}", "Q{0}. {1}");
    public static readonly Text Replied = new("Received", "Reçue");
    public static readonly Text RepliedLate = new("Received late", "Reçue en retard");
    public static readonly Text NotReplied = new("No reply received", "Aucune réponse reçue");
    public static readonly Text CutShort = new(" […] (cut: an Excel cell holds 32,767 characters; see the Word document)", " […] (coupé\u00a0: une cellule Excel contient 32\u00a0767 caractères au plus\u00a0; voir le document Word)");
}
