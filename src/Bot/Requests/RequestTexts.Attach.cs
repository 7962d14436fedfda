using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// The texts of documents sent to the bot: annexes to a state's answer and the office's background documents
/// (RequestFiles, AnnexRoutes, AttachCards), and their lines in the compilation files.
public static partial class RequestTexts
{
    // Why requests have nowhere for a file now (FileTexts.Nowhere says the rest)

    public static readonly Text NoAnswerOpen = new(
        "Your state has no answer open: a request takes documents while it takes answers.",
        "Votre État n’a aucune réponse en cours\u00a0: une demande accepte des documents tant qu’elle accepte des réponses.");
    public static readonly Text NoRequestForDocuments = new(
        "No request takes background documents now (a draft, approved or sent one does).",
        "Aucune demande n’accepte de documents de contexte en ce moment (une demande en brouillon, approuvée ou envoyée en accepte).");

    // The places among requests

    /// {0}: the request ("2026/07 Title").
    public static readonly Text TargetWholeAnswer = new("{0} · the whole answer", "{0} · l’ensemble de la réponse");
    /// {0}: the request; {1}: the question's number; {2}: its text, shortened.
    public static readonly Text TargetQuestion = new("{0} · question {1}: {2}", "{0} · question {1}\u00a0: {2}");
    public static readonly Text TargetDocuments = new("{0} · background documents", "{0} · documents de contexte");
    public static readonly Text DraftRequest = new("Draft: {0}", "Brouillon\u00a0: {0}");

    // What became of it (FileTexts.Attached: "«name» is attached to {where}")

    public static readonly Text AttachedToWhole = new("the whole answer of {0} to request {1}", "l’ensemble de la réponse {0} à la demande {1}");
    public static readonly Text AttachedToQuestion = new("question {2} of the answer of {0} to request {1}", "la question {2} de la réponse {0} à la demande {1}");
    public static readonly Text AttachedToRequest = new("request {0}, as a background document", "la demande {0}, comme document de contexte");
    public static readonly Text AttachedToDraft = new("the draft request, as a background document", "la demande en brouillon, comme document de contexte");
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
