using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Files;

/// What a member hears about a file they sent: why the bot did not keep it ({0} is the file's name), and the offer of
/// where to attach it, English and French side by side. Each feature says its own places (IFileDestinations).
public static class FileTexts
{
    public static readonly Text TypeNotAllowed = new(
        "I keep only PDF, Word, Excel, OpenDocument, plain text and image files (PNG, JPEG, GIF): \"{0}\" was not kept.",
        "Je ne conserve que les fichiers PDF, Word, Excel, OpenDocument, texte et image (PNG, JPEG, GIF)\u00a0: «\u00a0{0}\u00a0» n’a pas été conservé.");
    public static readonly Text NotOfItsType = new(
        "\"{0}\" is not the kind of file its name says, or it is damaged: it was not kept. Save it again from its program and send it again.",
        "«\u00a0{0}\u00a0» n’est pas le type de fichier qu’indique son nom, ou il est endommagé\u00a0: il n’a pas été conservé. Enregistrez-le de nouveau depuis son programme et renvoyez-le.");
    public static readonly Text TooLarge = new(
        "\"{0}\" is larger than {1} MB: it was not kept.",
        "«\u00a0{0}\u00a0» dépasse {1}\u00a0Mo\u00a0: il n’a pas été conservé.");
    public static readonly Text Empty = new(
        "\"{0}\" is empty: it was not kept.",
        "«\u00a0{0}\u00a0» est vide\u00a0: il n’a pas été conservé.");
    public static readonly Text Unavailable = new(
        "I could not download \"{0}\" (Teams' download link may have expired): it was not kept. Please send it again.",
        "Je n’ai pas pu télécharger «\u00a0{0}\u00a0» (le lien de téléchargement de Teams a peut-être expiré)\u00a0: il n’a pas été conservé. Veuillez le renvoyer.");
    public static readonly Text HostRefused = new(
        "I only read files sent from Microsoft 365 (SharePoint or OneDrive): \"{0}\" was not kept.",
        "Je ne lis que les fichiers envoyés depuis Microsoft 365 (SharePoint ou OneDrive)\u00a0: «\u00a0{0}\u00a0» n’a pas été conservé.");

    // Where it may not be sent, or by whom

    public static readonly Text FilesInPersonalChat = new(
        "Documents are sent to me in our personal chat, where only you see them: send it to me there. Nothing was kept.",
        "Les documents s’envoient dans notre conversation personnelle, où vous seul les voyez\u00a0: envoyez-le-moi là. Rien n’a été conservé.");
    public static readonly Text AttachNotAllowed = new(
        "Only focal points (to their state's answer) and the office (to requests and meeting agendas) send me documents. Nothing was kept.",
        "Seuls les points de contact (pour la réponse de leur État) et le secrétariat (pour les demandes et les ordres du jour) m’envoient des documents. Rien n’a été conservé.");
    /// {0}: the file's name; {1}: why, each feature's sentence (IFileDestinations.Nowhere).
    public static readonly Text Nowhere = new(
        "\"{0}\" was not kept: there is nowhere to attach it now. {1}",
        "«\u00a0{0}\u00a0» n’a pas été conservé\u00a0: il n’y a nulle part où le joindre en ce moment. {1}");

    // The offer

    /// {0}: the file's name; {1}: its size.
    public static readonly Text OfferTitle = new("Attach \"{0}\" ({1})", "Joindre «\u00a0{0}\u00a0» ({1})");
    public static readonly Text OfferIntro = new(
        "I have kept the file; nobody is given a link to it until you attach it.",
        "J’ai conservé le fichier\u00a0; personne n’en reçoit le lien tant que vous ne l’avez pas joint.");
    public static readonly Text OfferTarget = new("Attach it to", "Le joindre à");
    public static readonly Text AttachButton = new("Attach", "Joindre");
    public static readonly Text DiscardButton = new("Discard", "Ne pas joindre");
    public static readonly Text FixProblems = new("Please correct the following:", "Veuillez corriger ce qui suit\u00a0:");
    public static readonly Text ChooseTarget = new("Choose where the file goes.", "Choisissez où joindre le fichier.");
    public static readonly Text OfferExpired = new(
        "This offer is no longer valid: send the file again. Nothing was attached.",
        "Cette proposition n’est plus valable\u00a0: renvoyez le fichier. Rien n’a été joint.");

    // What became of it

    public static readonly Text AttachedTitle = new("Document attached", "Document joint");
    /// {0}: the file's name; {1}: where (the feature's words).
    public static readonly Text Attached = new("\"{0}\" is attached to {1}.", "«\u00a0{0}\u00a0» est joint à {1}.");
    public static readonly Text DiscardedTitle = new("Not attached", "Non joint");
    public static readonly Text Discarded = new(
        "\"{0}\" was not attached: nobody is given a link to it.",
        "«\u00a0{0}\u00a0» n’a pas été joint\u00a0: personne n’en reçoit le lien.");

    /// {0}: kilobytes or megabytes.
    public static readonly Text Kilobytes = new("{0:N0} KB", "{0:N0}\u00a0Ko");
    public static readonly Text Megabytes = new("{0:N1} MB", "{0:N1}\u00a0Mo");

    /// A file's size as people read it: kilobytes (at least 1), or megabytes from one.
    public static string Size(long bytes, Language language) =>
        bytes < 1024 * 1024 ? Kilobytes.Format(language, Math.Max(1, (bytes + 1023) / 1024)) : Megabytes.Format(language, bytes / (1024d * 1024d));
}
