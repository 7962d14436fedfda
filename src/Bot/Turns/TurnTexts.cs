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
}
