using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Turns;

public static class TurnTexts
{
    public static readonly Text Fault = new(
        "Sorry, something went wrong on our side and your last action may not have been completed. Please try again in a moment.",
        "Désolé, un problème est survenu de notre côté et votre dernière action n’a peut-être pas abouti. Veuillez réessayer dans un instant.");

    public static readonly Text NotAMember = new(
        "This bot serves the Network of Focal Points on Migration. If you are a member of the network, please ask the office to add you.",
        "Ce bot est réservé au Réseau des points de contact sur les migrations. Si vous en êtes membre, veuillez demander au secrétariat de vous ajouter.");

    public static readonly Text StillWorking = new(
        "Your previous action is still being processed.",
        "Votre action précédente est encore en cours de traitement.");

    // Said by any feature whose card, pressed in a channel, would show one member's personal links to everyone there.
    public static readonly Text LinksSentToChat = new(
        "The links are personal: I have sent them to you in our personal chat.",
        "Les liens sont personnels\u00a0: je vous les ai envoyés dans notre conversation personnelle.");
    public static readonly Text DraftInPersonalChat = new(
        "So that the channel does not see your draft, I have opened it in our personal chat.",
        "Pour que le canal ne voie pas votre brouillon, je l’ai ouvert dans notre conversation personnelle.");
    public static readonly Text OpenPersonalChatToDraft = new(
        "Drafts are written in our personal chat, where only you see them: open FocalBot in Teams' chat, then try again.",
        "Les brouillons se rédigent dans notre conversation personnelle, où vous seul les voyez\u00a0: ouvrez FocalBot dans la conversation Teams, puis réessayez.");
    public static readonly Text OpenPersonalChat = new(
        "The links are personal and go to our personal chat: open FocalBot in Teams' chat, then try again.",
        "Les liens sont personnels et vont dans notre conversation personnelle\u00a0: ouvrez FocalBot dans la conversation Teams, puis réessayez.");
}
