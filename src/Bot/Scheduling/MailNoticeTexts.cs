using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Scheduling;

/// The e-mail notice, in English and French. It says only that something waits in Teams and where: no title, no
/// number, no name, nothing of the network's content, which stays confidential to Teams.
public static class MailNoticeTexts
{
    public static readonly Text NewRequest = new(
        "A new information request is waiting for you in Teams",
        "Une nouvelle demande d’information vous attend dans Teams");

    public static readonly Text RequestReminder = new(
        "A reminder about an information request is waiting for you in Teams",
        "Un rappel concernant une demande d’information vous attend dans Teams");

    public static readonly Text Convocation = new(
        "A convocation to a meeting is waiting for you in Teams",
        "Une convocation à une réunion vous attend dans Teams");

    public static readonly Text MeetingNotice = new(
        "A message about a meeting is waiting for you in Teams",
        "Un message concernant une réunion vous attend dans Teams");

    public static readonly Text OfficeMessage = new(
        "A message from the office is waiting for you in Teams",
        "Un message du secrétariat vous attend dans Teams");

    public static readonly Text Subject = new("FocalBot: {0}", "FocalBot\u00a0: {0}");

    /// {0}: what waits (one of the lines above); {1}: the link to the chat with the bot.
    public static readonly Text Body = new(
        "Hello,\n\n"
        + "{0}.\n\n"
        + "To read it, open your chat with FocalBot in Microsoft Teams:\n{1}\n\n"
        + "If the link does not open the chat, start Microsoft Teams, switch if needed to the organisation that hosts the network, "
        + "and find FocalBot among your chats.\n\n"
        + "For confidentiality, this e-mail gives no details: everything is in Teams.\n\n"
        + "FocalBot\nNetwork of Focal Points on Migration, Council of Europe",
        "Bonjour,\n\n"
        + "{0}.\n\n"
        + "Pour en prendre connaissance, ouvrez votre conversation avec FocalBot dans Microsoft Teams\u00a0:\n{1}\n\n"
        + "Si le lien n’ouvre pas la conversation, lancez Microsoft Teams, passez si nécessaire à l’organisation qui héberge le réseau, "
        + "puis retrouvez FocalBot parmi vos conversations.\n\n"
        + "Par souci de confidentialité, ce courriel ne donne aucun détail\u00a0: tout se trouve dans Teams.\n\n"
        + "FocalBot\nRéseau des points de contact sur les migrations, Conseil de l’Europe");
}
