using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// Every user-facing text of meetings, English and French side by side.
public static class MeetingTexts
{
    public static readonly Text PlenaryKind = new(
        "Plenary meeting of the Network of Focal Points on Migration.",
        "Réunion plénière du Réseau des points de contact sur les migrations.");

    public static readonly Text ThematicKind = new(
        "Thematic session of the Network of Focal Points on Migration.",
        "Session thématique du Réseau des points de contact sur les migrations.");

    public static readonly Text ClosedMeeting = new("Closed to the public.", "Réunion à huis clos.");

    public static readonly Text WithExternals = new(
        "External participants may attend.",
        "Des participants extérieurs peuvent y assister.");

    public static readonly Text Place = new("Place: {0}", "Lieu\u00a0: {0}");

    public static readonly Text Online = new("Online: {0}", "En ligne\u00a0: {0}");

    public static readonly Text AnswerInTeams = new(
        "Please answer, read the agenda and suggest items in FocalBot, in Microsoft Teams.",
        "Veuillez répondre, consulter l’ordre du jour et proposer des points dans FocalBot, sur Microsoft Teams.");

    public static readonly Text Updated = new(
        "This invitation replaces the earlier one: the date, time or place has changed.",
        "Cette invitation remplace la précédente\u00a0: la date, l’heure ou le lieu a changé.");

    public static readonly Text Cancelled = new("This meeting is cancelled.", "Cette réunion est annulée.");
}
