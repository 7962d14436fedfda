using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Help;

/// Every user-facing text of the welcome and help cards, English and French side by side.
public static class HelpTexts
{
    public static readonly Text WelcomeTitle = new("Welcome to FocalBot", "Bienvenue dans FocalBot");

    public static readonly Text WelcomeIntro = new(
        "I help the Network of Focal Points on Migration work together in Teams: information requests, meetings, the members' directory and thematic rapporteurs.",
        "J’aide le Réseau des points de contact sur les migrations à travailler ensemble dans Teams\u00a0: demandes d’information, réunions, annuaire des membres et rapporteurs thématiques.");

    public static readonly Text WelcomeConfidential = new(
        "Everything shared here is confidential to the network unless the office releases it.",
        "Tout ce qui est partagé ici est confidentiel et réservé au réseau, sauf diffusion décidée par le secrétariat.");

    public static readonly Text WelcomeNext = new(
        "Type **help** at any time to see what I can do.",
        "Tapez **aide** à tout moment pour voir ce que je sais faire.");

    public static readonly Text WelcomeChannel = new(
        "In a channel, mention me (@FocalBot) so I answer in the thread.",
        "Dans un canal, mentionnez-moi (@FocalBot) pour que je réponde dans le fil.");

    public static readonly Text HelpTitle = new("What FocalBot can do", "Ce que FocalBot sait faire");

    public static readonly Text HelpCommand = new("help", "aide");

    public static readonly Text HelpCommandDescription = new("this list of what I can do", "cette liste de ce que je sais faire");

    public static readonly Text HelpIntro = new(
        "Type one of these commands, in English or French:",
        "Tapez l’une de ces commandes, en français ou en anglais\u00a0:");





    public static readonly Text LanguageNow = new("I answer you in English.", "Je vous réponds en français.");

    public static readonly Text SwitchLanguage = new("Passer en français", "Switch to English");

    public static readonly Text LanguageChanged = new(
        "Done: I will answer you in English from now on.",
        "C’est fait\u00a0: je vous répondrai désormais en français.");

    /// Sent as plain text, not in a card: no Markdown, the command in quotation marks.
    public static readonly Text NotUnderstood = new(
        "Sorry, I did not understand that. Type “help” to see what I can do.",
        "Désolé, je n’ai pas compris. Tapez «\u00a0aide\u00a0» pour voir ce que je sais faire.");
}
