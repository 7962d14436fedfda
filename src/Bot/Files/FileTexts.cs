using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Files;

/// What a member hears about a file the bot did not keep, English and French side by side. {0} is the file's name.
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
}
