using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// The texts of releasing a compilation to the network: who receives it, answers for the office only, the release and
/// the members' links (ReleaseRoutes, ReleaseCards).
public static partial class RequestTexts
{
    // Who receives the compilation

    public static readonly Text RecipientsLabel = new("Who receives the compilation", "Qui reçoit la compilation");
    public static readonly Text RecipientsAudience = new("Everyone the request is sent to", "Tous les destinataires de la demande");
    public static readonly Text RecipientsResponders = new("The states that answered", "Les États qui ont répondu");
    public static readonly Text RecipientsOffice = new("The office only", "Le secrétariat seulement");
    public static readonly Text RecipientsHint = new(
        "The office releases it after the deadline, or earlier once every state asked has answered.",
        "Le secrétariat la diffuse après la date limite, ou plus tôt une fois que tous les États interrogés ont répondu.");
    public static readonly Text RecipientsUnknown = new("Choose who receives the compilation.", "Choisissez qui reçoit la compilation.");

    public static readonly Text SharedWithFact = new("Compilation shared with", "Compilation communiquée à");
    public static readonly Text SharedWithAudience = new("everyone the request is sent to", "tous les destinataires de la demande");
    public static readonly Text SharedWithResponders = new("the states that answered", "les États qui ont répondu");
    public static readonly Text SharedWithOffice = new("the office only", "le secrétariat seulement");

    // Answers for the office only

    public static readonly Text OfficeOnlyLabel = new(
        "For the office only: leave this answer out of the compilation the network receives",
        "Réservée au secrétariat\u00a0: ne pas faire figurer cette réponse dans la compilation diffusée au réseau");
    public static readonly Text OfficeOnlyUnanswered = new(
        "An answer marked for the office only is empty: write it, choose a nil answer, or remove the mark. Nothing was saved.",
        "Une réponse réservée au secrétariat est vide\u00a0: rédigez-la, choisissez une réponse «\u00a0néant\u00a0» ou retirez la mention. Rien n’a été enregistré.");
    public static readonly Text OfficeOnlyUnansweredAt = new(
        "Question {0} is marked for the office only but has no answer: write it, choose a nil answer, or remove the mark. Nothing was saved.",
        "La question {0} est réservée au secrétariat mais n’a pas de réponse\u00a0: rédigez-la, choisissez une réponse «\u00a0néant\u00a0» ou retirez la mention. Rien n’a été enregistré.");

    // The compilation's two versions (Word and Excel). File names carry the request number, never the title.

    public static readonly Text NetworkDocumentName = new("Compilation {0} (network) (EN).docx", "Compilation {0} (réseau) (FR).docx");
    public static readonly Text NetworkWorkbookName = new("Compilation {0} (network) (EN).xlsx", "Compilation {0} (réseau) (FR).xlsx");
    public static readonly Text GivenToOfficeOnly = new("Answer given to the office only.", "Réponse réservée au secrétariat.");
    public static readonly Text OfficeOnlyMark = new(
        "For the office only: left out of the network's version.",
        "Réservée au secrétariat\u00a0: absente de la version diffusée au réseau.");
    public static readonly Text NetworkVersionNotice = new(
        "The network's version: where a state gave an answer to the office only, this compilation says so and leaves it out.",
        "Version diffusée au réseau\u00a0: lorsqu’un État a réservé une réponse au secrétariat, cette compilation l’indique et ne la reprend pas.");
    public static readonly Text OfficeVersionNotice = new(
        "The office's version: answers marked “for the office only” are left out of the version the network receives.",
        "Version du secrétariat\u00a0: les réponses marquées «\u00a0réservée au secrétariat\u00a0» ne figurent pas dans la version diffusée au réseau.");

    // The release, on the office's status

    public static readonly Text ReleaseButton = new("Release the compilation", "Diffuser la compilation");
    public static readonly Text ReleaseDeliveryButton = new("Delivery of the compilation", "Distribution de la compilation");
    public static readonly Text ReleaseDeliveryTitle = new("Delivery of the compilation of request {0}", "Distribution de la compilation de la demande {0}");
    public static readonly Text ReleasedFact = new("Released to the network", "Diffusion au réseau");
    public static readonly Text ReleasedOnTo = new("released on {0:d MMMM yyyy} to {1} members", "diffusée le {0:d MMMM yyyy} à {1}\u00a0membres");
    public static readonly Text ReleasedOnToOne = new("released on {0:d MMMM yyyy} to {1} member", "diffusée le {0:d MMMM yyyy} à {1}\u00a0membre");
    public static readonly Text ReleaseDeliveredFact = new("Compilation delivered", "Compilation remise");
    public static readonly Text NotReleasedYet = new(
        "not yet: after the deadline, or once every state asked has answered",
        "pas encore\u00a0: après la date limite, ou une fois que tous les États interrogés ont répondu");
    public static readonly Text ReleasableNow = new("not yet: it may be released now", "pas encore\u00a0: elle peut être diffusée dès maintenant");
    public static readonly Text NobodyToRelease = new("not possible: nobody would receive it", "impossible\u00a0: personne ne la recevrait");

    public static string Describe(ReleaseRefusal refusal, InformationRequest request, Language language) => refusal switch
    {
        ReleaseRefusal.NotAllowed => NotAllowed.In(language),
        ReleaseRefusal.NotSent => NotSentYet.In(language),
        ReleaseRefusal.KeptByOffice => KeptByOffice.In(language),
        ReleaseRefusal.TooEarly => ReleaseTooEarly.Format(language, request.Deadline),
        ReleaseRefusal.AlreadyReleased => AlreadyReleased.In(language),
        ReleaseRefusal.NoRecipient => NoRecipient.In(language),
        _ => refusal.ToString(),
    };

    public static readonly Text KeptByOffice = new(
        "This request keeps its compilation with the office: it is not released to the network. Nothing was released.",
        "Cette demande réserve sa compilation au secrétariat\u00a0: elle n’est pas diffusée au réseau. Rien n’a été diffusé.");
    public static readonly Text ReleaseTooEarly = new(
        "The compilation can be released after the deadline ({0:d MMMM yyyy}), or earlier once every state asked has answered. Nothing was released.",
        "La compilation peut être diffusée après la date limite ({0:d MMMM yyyy}), ou plus tôt une fois que tous les États interrogés ont répondu. Rien n’a été diffusé.");
    public static readonly Text AlreadyReleased = new("The compilation was already released.", "La compilation a déjà été diffusée.");
    public static readonly Text NoRecipient = new(
        "Nobody would receive the compilation: none of the states it goes to has an active focal point. Nothing was released.",
        "Personne ne recevrait la compilation\u00a0: aucun des États auxquels elle est destinée n’a de point de contact actif. Rien n’a été diffusé.");

    // A member's links

    public static readonly Text GetCompilationButton = new("Get the compilation", "Obtenir la compilation");
    public static readonly Text NewLinksButton = new("Get new links", "Obtenir de nouveaux liens");
    public static readonly Text ReleasedTitle = new("Compilation of request {0} released", "Compilation de la demande {0} diffusée");
    public static readonly Text ReleasedBody = new(
        "The office has released the compilation of the answers to you. Here are your own links.",
        "Le secrétariat vous a communiqué la compilation des réponses. Voici vos liens personnels.");
    public static readonly Text CompilationNotOpen = new(
        "You cannot open this compilation: the office has not released it, or the request shares it only with the office or with the states that answered. Nothing was sent.",
        "Vous ne pouvez pas ouvrir cette compilation\u00a0: le secrétariat ne l’a pas diffusée, ou la demande la réserve au secrétariat ou aux États qui ont répondu. Rien n’a été envoyé.");

    public static string SharedWith(CompilationRecipients recipients, Language language) => (recipients switch
    {
        CompilationRecipients.Responders => SharedWithResponders,
        CompilationRecipients.Office => SharedWithOffice,
        _ => SharedWithAudience,
    }).In(language);
}
