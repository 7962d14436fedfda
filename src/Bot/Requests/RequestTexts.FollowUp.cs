using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// The texts of following up a request: the status, chasing, reminders and the compilation (FollowUpRoutes, FollowUpCards).
public static partial class RequestTexts
{
    // The status

    public static readonly Text StatusTitle = new("Status of request {0}", "Suivi de la demande {0}");
    public static readonly Text StatesAsked = new("States asked", "États interrogés");
    public static readonly Text Answered = new("Answered", "Ont répondu");
    public static readonly Text Drafting = new("Drafting", "En cours de rédaction");
    public static readonly Text Acknowledged = new("Acknowledged receipt", "Ont accusé réception");
    public static readonly Text Late = new("Late", "En retard");
    public static readonly Text NotReached = new("Not reached", "Non joints");
    public static readonly Text Deliveries = new("Focal points reached", "Points de contact joints");
    public static readonly Text LastChaseFact = new("Reminder of {0:d MMMM}", "Relance du {0:d MMMM}");
    public static readonly Text ByState = new("By member state", "Par État membre");
    public static readonly Text StateRow = new("{0}: {1}", "{0}\u00a0: {1}");
    public static readonly Text StatesWithoutFocalPoint = new("{0} states without a focal point: {1}", "{0}\u00a0États sans point de contact\u00a0: {1}");
    public static readonly Text StateWithoutFocalPoint = new("{0} state without a focal point: {1}", "{0}\u00a0État sans point de contact\u00a0: {1}");
    public static readonly Text StateRowAnswered = new("answered {0}/{1}", "répondu {0}/{1}");
    public static readonly Text StateRowDraft = new("draft {0}/{1}", "brouillon {0}/{1}");
    public static readonly Text StateRowNothing = new("no answer", "pas de réponse");
    public static readonly Text StateRowAcknowledged = new("receipt acknowledged", "réception accusée");
    public static readonly Text StateRowNotReached = new("not reached", "non joint");
    public static readonly Text StateRowMentioned = new("mentioned in the channel", "mentionné dans le canal");
    public static readonly Text StateRowNoFocalPoint = new("no focal point", "aucun point de contact");
    public static readonly Text UpdatedAt = new("Updated {0:d MMMM yyyy, HH:mm}", "Mis à jour le {0:d MMMM yyyy 'à' HH'\u00a0h\u00a0'mm}");
    public static readonly Text RefreshButton = new("Refresh", "Actualiser");
    public static readonly Text ChaseButton = new("Chase now", "Relancer maintenant");
    public static readonly Text CompileButton = new("Compile the answers", "Compiler les réponses");
    public static readonly Text CloseButton = new("Close the request", "Clore la demande");
    public static readonly Text RecipientsButton = new("Delivery per focal point", "Distribution par point de contact");
    public static readonly Text Chased = new(
        "Reminder queued for the states that have not answered: {0}; focal points: {1}. Refresh the status in a moment to see whom it reached.",
        "Relance programmée pour les États qui n’ont pas répondu\u00a0: {0}\u00a0; points de contact\u00a0: {1}. Actualisez le suivi dans un instant pour voir qui elle a joint.");
    public static readonly Text ChasedAlready = new("These states were already chased today; nothing more was sent.", "Ces États ont déjà été relancés aujourd’hui\u00a0; rien de plus n’a été envoyé.");
    public static readonly Text NobodyToChase = new("Every state asked has answered: nobody to chase.", "Tous les États interrogés ont répondu\u00a0: personne à relancer.");
    public static readonly Text ClosedNotice = new("Request {0} is closed; the compilation is final.", "La demande {0} est close\u00a0; la compilation est définitive.");

    public static readonly Text RecipientsTitle = new("Delivery of request {0}", "Distribution de la demande {0}");
    public static readonly Text BackToStatus = new("Back to the status", "Retour au suivi");

    // Reminders and the compilation

    public static readonly Text ReminderTitle = new("Reminder: request {0} is due on {1:d MMMM yyyy}", "Rappel\u00a0: la demande {0} est attendue pour le {1:d MMMM yyyy}");
    /// {0}: OfState, "de la France" in French.
    public static readonly Text ReminderBody = new(
        "The answer of {0} has not been submitted yet. One answer per state: any focal point of your state can complete and submit it.",
        "La réponse {0} n’a pas encore été soumise. Une réponse par État\u00a0: tout point de contact de votre État peut la compléter et la soumettre.");
    public static readonly Text LastReminderBody = new(
        "Last reminder: the answer of {0} has not been submitted yet, and the deadline is near.",
        "Dernier rappel\u00a0: la réponse {0} n’a pas encore été soumise, et la date limite approche.");

    public static readonly Text CompilationTitle = new("Compilation of request {0}", "Compilation de la demande {0}");
    public static readonly Text CompilationBody = new(
        "{0} of {1} states answered. The files hold confidential answers: share them only within the network.",
        "{0}\u00a0États sur {1} ont répondu. Les fichiers contiennent des réponses confidentielles\u00a0: ne les diffusez qu’au sein du réseau.");
    public static readonly Text CompilationAtDeadline = new("The deadline has passed: here is the compilation.", "La date limite est passée\u00a0: voici la compilation.");
    public static readonly Text WordButton = new("Word document", "Document Word");
    public static readonly Text ExcelButton = new("Excel workbook", "Classeur Excel");
    public static readonly Text LinksExpire = new("The links are personal and valid until {0:d MMMM yyyy}.", "Les liens sont personnels et valables jusqu’au {0:d MMMM yyyy}.");
    public static readonly Text CompilationFailed = new(
        "The compilation could not be saved just now. Nothing was lost: try again in a moment.",
        "La compilation n’a pas pu être enregistrée pour l’instant. Rien n’a été perdu\u00a0: réessayez dans un instant.");
}
