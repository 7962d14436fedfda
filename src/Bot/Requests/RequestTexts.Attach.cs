using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// The texts of documents sent to the bot: annexes to a state's answer and the office's background documents
/// (AttachRoutes, AnnexRoutes, AttachCards), and their lines in the compilation files.
public static partial class RequestTexts
{
    // A file sent where it cannot go

    public static readonly Text FilesInPersonalChat = new(
        "Documents are sent to me in our personal chat, where only you see them: send it to me there. Nothing was kept.",
        "Les documents s’envoient dans notre conversation personnelle, où vous seul les voyez\u00a0: envoyez-le-moi là. Rien n’a été conservé.");
    public static readonly Text AttachNotAllowed = new(
        "Only focal points (to their state's answer) and the office (as background documents) send me documents. Nothing was kept.",
        "Seuls les points de contact (pour la réponse de leur État) et le secrétariat (comme documents de contexte) m’envoient des documents. Rien n’a été conservé.");
    /// {0}: the file's name.
    public static readonly Text NoAnswerOpen = new(
        "Your state has no answer open to attach \"{0}\" to: a request takes documents while it takes answers. Nothing was kept.",
        "Votre État n’a aucune réponse en cours à laquelle joindre «\u00a0{0}\u00a0»\u00a0: une demande accepte des documents tant qu’elle accepte des réponses. Rien n’a été conservé.");
    public static readonly Text NoRequestForDocuments = new(
        "No request takes background documents now (a draft, approved or sent one does): \"{0}\" was not kept.",
        "Aucune demande n’accepte de documents de contexte en ce moment (une demande en brouillon, approuvée ou envoyée en accepte)\u00a0: «\u00a0{0}\u00a0» n’a pas été conservé.");

    // The offer

    /// {0}: the file's name; {1}: its size.
    public static readonly Text OfferTitle = new("Attach \"{0}\" ({1})", "Joindre «\u00a0{0}\u00a0» ({1})");
    public static readonly Text OfferIntro = new(
        "I have kept the file; nobody is given a link to it until you attach it.",
        "J’ai conservé le fichier\u00a0; personne n’en reçoit le lien tant que vous ne l’avez pas joint.");
    public static readonly Text OfferTarget = new("Attach it to", "Le joindre à");
    /// {0}: the request ("2026/07 Title").
    public static readonly Text TargetWholeAnswer = new("{0} · the whole answer", "{0} · l’ensemble de la réponse");
    /// {0}: the request; {1}: the question's number; {2}: its text, shortened.
    public static readonly Text TargetQuestion = new("{0} · question {1}: {2}", "{0} · question {1}\u00a0: {2}");
    public static readonly Text TargetDocuments = new("{0} · background documents", "{0} · documents de contexte");
    public static readonly Text DraftRequest = new("Draft: {0}", "Brouillon\u00a0: {0}");
    public static readonly Text AttachButton = new("Attach", "Joindre");
    public static readonly Text DiscardButton = new("Discard", "Ne pas joindre");
    public static readonly Text ChooseTarget = new("Choose where the file goes.", "Choisissez où joindre le fichier.");
    public static readonly Text OfferExpired = new(
        "This offer is no longer valid: send the file again. Nothing was attached.",
        "Cette proposition n’est plus valable\u00a0: renvoyez le fichier. Rien n’a été joint.");

    // What became of it

    public static readonly Text AttachedTitle = new("Document attached", "Document joint");
    /// {0}: the file's name; {1}: where (AttachedTo…).
    public static readonly Text Attached = new("\"{0}\" is attached to {1}.", "«\u00a0{0}\u00a0» est joint à {1}.");
    public static readonly Text AttachedToWhole = new("the whole answer of {0} to request {1}", "l’ensemble de la réponse {0} à la demande {1}");
    public static readonly Text AttachedToQuestion = new("question {2} of the answer of {0} to request {1}", "la question {2} de la réponse {0} à la demande {1}");
    public static readonly Text AttachedToRequest = new("request {0}, as a background document", "la demande {0}, comme document de contexte");
    public static readonly Text AttachedToDraft = new("the draft request, as a background document", "la demande en brouillon, comme document de contexte");
    public static readonly Text DiscardedTitle = new("Not attached", "Non joint");
    public static readonly Text Discarded = new(
        "\"{0}\" was not attached: nobody is given a link to it.",
        "«\u00a0{0}\u00a0» n’a pas été joint\u00a0: personne n’en reçoit le lien.");
    public static readonly Text OpenAnswerButton = new("Open the answer", "Ouvrir la réponse");

    // Lists of documents on the cards

    public static readonly Text AnnexesHeading = new("Documents attached", "Documents joints");
    public static readonly Text DocumentsHeading = new("Background documents", "Documents de contexte");
    public static readonly Text AnnexWhole = new("Whole answer: ", "Ensemble de la réponse\u00a0: ");
    public static readonly Text AnnexQuestion = new("Question {0}: ", "Question {0}\u00a0: ");
    public static readonly Text OpenFileButton = new("Open", "Ouvrir");
    public static readonly Text RemoveFileButton = new("Remove", "Retirer");
    public static readonly Text AnnexHint = new(
        "To attach a document (PDF, Word, Excel, OpenDocument, text, image), send it to me in this chat.",
        "Pour joindre un document (PDF, Word, Excel, OpenDocument, texte, image), envoyez-le-moi dans cette conversation.");
    public static readonly Text DocumentHint = new(
        "To add a background document, send it to me in our personal chat.",
        "Pour ajouter un document de contexte, envoyez-le-moi dans notre conversation personnelle.");
    /// {0}: the file's name.
    public static readonly Text AnnexRemoved = new("\"{0}\" is no longer attached.", "«\u00a0{0}\u00a0» n’est plus joint.");
    public static readonly Text ZipButton = new("Download with annexes (zip)", "Télécharger avec les annexes (zip)");

    /// {0}: kilobytes or megabytes.
    public static readonly Text Kilobytes = new("{0:N0} KB", "{0:N0}\u00a0Ko");
    public static readonly Text Megabytes = new("{0:N1} MB", "{0:N1}\u00a0Mo");

    public static string Size(long bytes, Language language) =>
        bytes < 1024 * 1024 ? Kilobytes.Format(language, Math.Max(1, (bytes + 1023) / 1024)) : Megabytes.Format(language, bytes / (1024d * 1024d));

    public static string Describe(AnnexRefusal refusal, Language language) => refusal switch
    {
        AnnexRefusal.NotAllowed => AnnexNotAllowed.In(language),
        AnnexRefusal.StateNotAsked => StateNotAsked.In(language),
        AnnexRefusal.NotOpen => AnnexNotOpen.In(language),
        AnnexRefusal.Closed => AnnexClosed.In(language),
        AnnexRefusal.DeadlinePassed => AnnexDeadlinePassed.In(language),
        AnnexRefusal.UnknownQuestion => UnknownQuestion.In(language),
        AnnexRefusal.TooMany => TooManyAnnexes.Format(language, Annexing.MaxAnnexes),
        _ => AnnexGone.In(language),
    };

    public static readonly Text AnnexNotAllowed = new(
        "Only your state's focal points change its documents, and only the office a request's background documents. Nothing was changed.",
        "Seuls les points de contact de votre État modifient ses documents, et seul le secrétariat les documents de contexte d’une demande. Rien n’a été modifié.");
    public static readonly Text AnnexNotOpen = new("This request takes no documents now. Nothing was changed.", "Cette demande n’accepte pas de documents en ce moment. Rien n’a été modifié.");
    public static readonly Text AnnexClosed = new("This request is closed: its documents no longer change. Nothing was changed.", "Cette demande est close\u00a0: ses documents ne changent plus. Rien n’a été modifié.");
    public static readonly Text AnnexDeadlinePassed = new(
        "The deadline has passed and late answers are not accepted: the documents no longer change. Nothing was changed.",
        "La date limite est passée et les réponses tardives ne sont pas acceptées\u00a0: les documents ne changent plus. Rien n’a été modifié.");
    public static readonly Text TooManyAnnexes = new(
        "At most {0} documents can be attached here: remove one first. Nothing was attached.",
        "{0}\u00a0documents au plus peuvent être joints ici\u00a0: retirez-en un d’abord. Rien n’a été joint.");
    public static readonly Text AnnexGone = new("This document is no longer attached.", "Ce document n’est plus joint.");

    // In the compilation files

    public static readonly Text AnnexesSection = new("Documents attached by the states", "Documents joints par les États");
    public static readonly Text BackgroundDocumentsLine = new("Background documents: {0}", "Documents de contexte\u00a0: {0}");
    public static readonly Text AnnexesToWhole = new("To the whole answer: {0}", "À l’ensemble de la réponse\u00a0: {0}");
    public static readonly Text AnnexesToQuestion = new("Question {0}: {1}", "Question {0}\u00a0: {1}");
    /// An anonymous compilation does not give the names, which may name the state: "Document 2 (PDF, 1.2 MB)".
    public static readonly Text AnonymousAnnex = new("Document {0} ({1}, {2})", "Document {0} ({1}, {2})");
    public static readonly Text AnnexesSheet = new("Documents", "Documents");
    public static readonly Text AnnexStateColumn = new("Member state", "État membre");
    public static readonly Text AnnexWhereColumn = new("Attached to", "Joint à");
    public static readonly Text AnnexFileColumn = new("Document", "Document");
    public static readonly Text AnnexSizeColumn = new("Size", "Taille");
    public static readonly Text AnnexWholeCell = new("Whole answer", "Ensemble de la réponse");
    public static readonly Text AnnexQuestionCell = new("Question {0}", "Question {0}");
    public static readonly Text ZipName = new("Compilation {0} with documents (EN).zip", "Compilation {0} avec documents (FR).zip");
    public static readonly Text ZipWholeAnswer = new("Answer", "Réponse");
    public static readonly Text ZipTooLarge = new(
        "The documents attached are too large to download in one zip (over {0} MB).",
        "Les documents joints sont trop volumineux pour un seul zip (plus de {0} Mo).");
    public static readonly Text InTheZip = new(
        "The documents are in the compilation's zip, in a folder per state.",
        "Les documents sont dans le zip de la compilation, dans un dossier par État.");
}
