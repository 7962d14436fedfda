using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Outcomes;

/// Every text of the summary report's Word document (ReportDocument), English and French side by side, in the layout of
/// the network's peers' reports (OSCE/ODIHR "Summary Meeting Report"). What the office and the participants typed is
/// not here: it goes into the document as typed.
public static class ReportDocumentTexts
{
    // The file name carries the opening day, never the title: it shows in links, libraries and logs.
    public static readonly Text FileName = new("Summary report {0:yyyy-MM-dd} (EN).docx", "Rapport de synthèse {0:yyyy-MM-dd} (FR).docx");

    public static readonly Text Network = new(
        "Council of Europe Network of Focal Points on Migration", "Réseau des points de contact sur les migrations du Conseil de l’Europe");
    public static readonly Text Title = new("Summary report", "Rapport de synthèse");
    public static readonly Text DocumentTitle = new("Summary report: {0}", "Rapport de synthèse\u00a0: {0}");
    public static readonly Text Confidential = new("Confidential", "Confidentiel");
    public static readonly Text DraftMark = new("Draft for comments: not for circulation", "Projet soumis aux commentaires\u00a0: ne pas diffuser");
    public static readonly Text IssuedOn = new("Issued on {0:d MMMM yyyy}", "Publié le {0:d MMMM yyyy}");

    public static readonly Text Disclaimer = new(
        "This report reflects the opinions of the meeting's participants. It does not represent the official position of the member states "
        + "or of the Council of Europe.",
        "Le présent rapport reflète les opinions des participants à la réunion. Il ne représente pas la position officielle des États membres "
        + "ni celle du Conseil de l’Europe.");
    public static readonly Text ChathamHouse = new(
        "The meeting was conducted under the Chatham House Rule.",
        "La réunion s’est tenue selon la règle de Chatham House.");
    public static readonly Text NoAttendance = new("Attendance was not recorded.", "La participation n’a pas été consignée.");

    public static readonly Text BackgroundHeading = new("Background and aims", "Contexte et objectifs");
    public static readonly Text SummaryHeading = new("Meeting summary", "Résumé de la réunion");
    public static readonly Text ItemHeading = new("Item {0}. {1}", "Point {0}. {1}");
    public static readonly Text NoSummary = new("No summary was written for this meeting.", "Aucun résumé n’a été rédigé pour cette réunion.");
    public static readonly Text RecommendationsHeading = new("Recommendations", "Recommandations");
    public static readonly Text Recommendation = new("Recommendation {0}", "Recommandation {0}");
    public static readonly Text AddressedTo = new("Addressed to: {0}", "Destinataires\u00a0: {0}");
    public static readonly Text NoRecommendations = new("The meeting made no recommendations.", "La réunion n’a formulé aucune recommandation.");

    public static readonly Text AgendaAnnex = new("Annex 1: Agenda", "Annexe 1\u00a0: Ordre du jour");
    public static readonly Text ParticipantsAnnex = new("Annex 2: List of participants", "Annexe 2\u00a0: Liste des participants");
    public static readonly Text DocumentsAnnex = new("Annex 3: Documents", "Annexe 3\u00a0: Documents");
    public static readonly Text NoDocuments = new("No documents were attached to the agenda.", "Aucun document n’était joint à l’ordre du jour.");
    public static readonly Text ItemColumn = new("Item", "Point");
    public static readonly Text DocumentColumn = new("Document", "Document");
    public static readonly Text AddressColumn = new("Address or file", "Adresse ou fichier");
    public static readonly Text SentFile = new("{0} (file sent with the agenda)", "{0} (fichier envoyé avec l’ordre du jour)");
}
