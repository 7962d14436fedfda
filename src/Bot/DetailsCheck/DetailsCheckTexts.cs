using FocalBot.Domain.Shared;

namespace FocalBot.Bot.DetailsCheck;

public static class DetailsCheckTexts
{
    public static readonly Text Title = new("Are your details still right?", "Vos coordonnées sont-elles toujours exactes\u00a0?");

    public static readonly Text Intro = new(
        "Once a year we ask every member of the network to check the details the other members see in the directory.",
        "Une fois par an, nous demandons à chaque membre du réseau de vérifier les coordonnées que les autres membres voient dans l’annuaire.");

    public static readonly Text Language = new("Language", "Langue");
    public static readonly Text None = new("—", "—");

    public static readonly Text Confirm = new("My details are right", "Mes coordonnées sont exactes");

    public static readonly Text Update = new("Update them", "Les mettre à jour");

    public static readonly Text Confirmed = new(
        "Thank you: your details were confirmed on {0:d MMMM yyyy}.",
        "Merci\u00a0: vos coordonnées ont été confirmées le {0:d MMMM yyyy}.");

    public static readonly Text NotForYou = new(
        "This check was sent to another member; nothing was changed.",
        "Cette vérification a été envoyée à un autre membre\u00a0; rien n’a été modifié.");
}
