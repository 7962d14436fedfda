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

    public static string SharedWith(CompilationRecipients recipients, Language language) => (recipients switch
    {
        CompilationRecipients.Responders => SharedWithResponders,
        CompilationRecipients.Office => SharedWithOffice,
        _ => SharedWithAudience,
    }).In(language);
}
