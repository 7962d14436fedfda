using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Deliveries;

/// Every user-facing text about deliveries (the channel post, how each member was reached, what Teams answered),
/// English and French side by side.
public static class DeliveryTexts
{
    // The channel post, as the office's confirmations and status cards tell it

    public static readonly Text ChannelFact = new("Post in the network's channel", "Publication dans le canal du réseau");
    public static readonly Text ChannelPosted = new("posted", "effectuée");
    public static readonly Text ChannelWaiting = new("waiting: it goes out with the next round of sends", "en attente\u00a0: elle part avec la prochaine série d’envois");
    public static readonly Text ChannelNoTeam = new(
        "not posted: the bot is not yet in the network's team. Add it to the team, or set Network:ChannelId",
        "non publiée\u00a0: le bot n’est pas encore dans l’équipe du réseau. Ajoutez-le à l’équipe, ou renseignez le paramètre ChannelId de la section Network");
    public static readonly Text ChannelNotInConfiguredTeam = new(
        "not posted: the bot is not yet in the team of the channel set in Network:ChannelId. Add it to that team",
        "non publiée\u00a0: le bot n’est pas encore dans l’équipe du canal indiqué par le paramètre ChannelId de la section Network. Ajoutez-le à cette équipe");
    public static readonly Text ChannelUncertain = new(
        "uncertain since {0:d MMMM yyyy, HH:mm} — {1}; look in the channel",
        "incertaine depuis le {0:d MMMM yyyy 'à' HH'\u00a0h\u00a0'mm} — {1}\u00a0; vérifiez dans le canal");
    public static readonly Text ChannelFailed = new("failed: {0}", "échec\u00a0: {0}");
    public static readonly Text ChannelNotPosted = new("not posted: {0}", "non publiée\u00a0: {0}");

    public static readonly Text ChannelWillPostLine = new("It will be posted in the network's channel.", "Elle sera publiée dans le canal du réseau.");
    public static readonly Text ChannelPostedLine = new("It is posted in the network's channel.", "Elle est publiée dans le canal du réseau.");
    public static readonly Text ChannelNoTeamLine = new(
        "It is not posted in the network's channel: the bot is not yet in the network's team. Add it to the team, or set Network:ChannelId, and the post goes out then.",
        "Elle n’est pas publiée dans le canal du réseau\u00a0: le bot n’est pas encore dans l’équipe du réseau. Ajoutez-le à l’équipe, ou renseignez le paramètre ChannelId de la section Network, et elle sera publiée alors.");
    public static readonly Text ChannelNotInConfiguredTeamLine = new(
        "It is not posted in the network's channel: the bot is not yet in the team of the channel set in Network:ChannelId. Add it to that team, and the post goes out then.",
        "Elle n’est pas publiée dans le canal du réseau\u00a0: le bot n’est pas encore dans l’équipe du canal indiqué par le paramètre ChannelId de la section Network. Ajoutez-le à cette équipe, et elle sera publiée alors.");
    public static readonly Text ChannelUncertainLine = new(
        "Its post in the network's channel is uncertain: Teams did not confirm it. Look in the channel.",
        "Sa publication dans le canal du réseau est incertaine\u00a0: Teams ne l’a pas confirmée. Vérifiez dans le canal.");
    public static readonly Text ChannelFailedLine = new("Its post in the network's channel failed: {0}.", "Sa publication dans le canal du réseau a échoué\u00a0: {0}.");
    public static readonly Text ChannelNotPostedLine = new("It is not posted in the network's channel: {0}.", "Elle n’est pas publiée dans le canal du réseau\u00a0: {0}.");

    /// Why a post was closed without posting (NetworkChannel.NotPostedCodes), after "not posted: ".
    internal static readonly Dictionary<string, Text> NotPostedReasons = new(StringComparer.Ordinal)
    {
        [NetworkChannel.NotForNetwork] = new(
            "not for the whole network, only for the members invited, each told personally",
            "ne concerne pas tout le réseau, seulement les membres invités, prévenus chacun personnellement"),
        [NetworkChannel.Withdrawn] = new("withdrawn before it went out", "retirée avant d’être publiée"),
        [NetworkChannel.Superseded] = new("a later change replaced it before it went out", "remplacée par une modification ultérieure avant d’être publiée"),
        [NetworkChannel.NoFirstPost] = new("the first post about it never reached the channel", "la première publication à ce sujet n’a jamais atteint le canal"),
        [NetworkChannel.Over] = new("the meeting was over before it went out", "la réunion était terminée avant sa publication"),
        [NetworkChannel.Late] = new("it could not go out in the few days it was news", "elle n’a pas pu être publiée dans les quelques jours où elle était d’actualité"),
    };

    // Mention lines in the channel: addressed to a group, so in both languages

    public static readonly Text MentionFor = new("For", "Pour");

    // How a member was reached (the row's path)

    public static readonly Text PathChat = new("in their chat", "dans sa conversation");
    public static readonly Text PathNewChat = new("in a new chat", "dans une nouvelle conversation");
    public static readonly Text PathInstalledApp = new("app installed, then in a new chat", "application installée, puis dans une nouvelle conversation");
    public static readonly Text PathChannelMention = new("mentioned in the channel", "mentionné(e) dans le canal");
    public static readonly Text PathEmail = new("e-mail notice sent", "avis envoyé par courriel");

    // How a message to many reached them, counted (ReachCount): "3 reached in their chat, 1 newly reached, …"

    public static readonly Text ReachedInChatOne = new("{0} reached in their chat", "{0}\u00a0joint dans sa conversation");
    public static readonly Text ReachedInChatMany = new("{0} reached in their chat", "{0}\u00a0joints dans leur conversation");
    public static readonly Text NewlyReachedOne = new("{0} newly reached", "{0}\u00a0joint pour la première fois");
    public static readonly Text NewlyReachedMany = new("{0} newly reached", "{0}\u00a0joints pour la première fois");
    public static readonly Text EmailedOne = new("{0} told by e-mail", "{0}\u00a0prévenu par courriel");
    public static readonly Text EmailedMany = new("{0} told by e-mail", "{0}\u00a0prévenus par courriel");
    public static readonly Text MentionedOne = new("{0} mentioned in the channel", "{0}\u00a0mentionné dans le canal");
    public static readonly Text MentionedMany = new("{0} mentioned in the channel", "{0}\u00a0mentionnés dans le canal");
    public static readonly Text UnreachableOne = new("{0} unreachable", "{0}\u00a0injoignable");
    public static readonly Text UnreachableMany = new("{0} unreachable", "{0}\u00a0injoignables");
    public static readonly Text WaitingOne = new("{0} waiting to be sent", "{0}\u00a0en attente d’envoi");
    public static readonly Text WaitingMany = new("{0} waiting to be sent", "{0}\u00a0en attente d’envoi");
    public static readonly Text UncertainOne = new("{0} uncertain", "{0}\u00a0incertain");
    public static readonly Text UncertainMany = new("{0} uncertain", "{0}\u00a0incertains");
    public static readonly Text ReachedNobody = new("nobody", "personne");

    // The office's view of a subject's deliveries, and sending Uncertain ones again

    public static readonly Text OfficeOnly = new("Only the office can do this. Nothing was changed.", "Seul le secrétariat peut faire cela. Rien n’a été modifié.");
    public static readonly Text NotFound = new("There is nothing to show: it no longer exists or was never sent.", "Il n’y a rien à afficher\u00a0: cela n’existe plus ou n’a jamais été envoyé.");
    public static readonly Text SentFact = new("Sent", "Envoyés");
    public static readonly Text WaitingFact = new("Waiting", "En attente");
    public static readonly Text NoChatFact = new("No chat yet", "Sans conversation");
    public static readonly Text FailedFact = new("Failed", "En échec");
    public static readonly Text UncertainFact = new("Uncertain", "Incertains");
    public static readonly Text UncertainHeading = new("Uncertain: Teams may have delivered these", "Incertains\u00a0: Teams les a peut-être remis");
    public static readonly Text UncertainExplained = new(
        "They are never sent again by themselves. Check with the people concerned, or send them again below.",
        "Ils ne sont jamais renvoyés d’eux-mêmes. Vérifiez auprès des personnes concernées, ou renvoyez-les ci-dessous.");
    public static readonly Text EachRecipient = new("Each recipient", "Chaque destinataire");
    public static readonly Text AndMore = new("… and {0} more", "… et {0} autres");
    public static readonly Text StatusSent = new("sent", "envoi effectué");
    public static readonly Text StatusWaiting = new("waiting to be sent", "en attente d’envoi");
    public static readonly Text StatusNoChat = new("no personal chat yet", "pas encore de conversation personnelle");
    public static readonly Text StatusFailed = new("failed: {0}", "échec\u00a0: {0}");
    public static readonly Text StatusUncertain = new("uncertain since {0:d MMMM yyyy, HH:mm} — {1}", "incertain depuis le {0:d MMMM yyyy 'à' HH'\u00a0h\u00a0'mm} — {1}");
    public static readonly Text TheMention = new("the mention in the channel", "la mention dans le canal");
    public static readonly Text ResendButton = new("Send again to these {0}", "Renvoyer à ces {0}\u00a0destinataires");
    public static readonly Text ResendTitle = new("Send again?", "Renvoyer\u00a0?");
    public static readonly Text ResendWarning = new(
        "Teams may already have delivered some of these {0}: those people may receive it twice. Send it again to these {0}?",
        "Teams a peut-être déjà remis certains de ces {0}\u00a0envois\u00a0: ces personnes pourraient le recevoir deux fois. Le renvoyer à ces {0}\u00a0destinataires\u00a0?");
    public static readonly Text ResendConfirmButton = new("Yes, send again to these {0}", "Oui, renvoyer à ces {0}\u00a0destinataires");
    public static readonly Text InTheChannel = new("In the network's channel", "Dans le canal du réseau");
    public static readonly Text RepostButton = new("Post again in the channel", "Publier à nouveau dans le canal");
    public static readonly Text ResendAllButton = new("Send these {0} again", "Renvoyer ces {0}\u00a0envois");
    public static readonly Text RepostOneWarning = new(
        "Teams may already have shown this post in the network's channel: it may appear there twice. Post it again?",
        "Teams a peut-être déjà affiché cette publication dans le canal du réseau\u00a0: elle pourrait y figurer deux fois. La publier à nouveau\u00a0?");
    public static readonly Text RepostWarning = new(
        "Teams may already have shown these {0} posts in the network's channel: they may appear there twice. Post them again?",
        "Teams a peut-être déjà affiché ces {0}\u00a0publications dans le canal du réseau\u00a0: elles pourraient y figurer deux fois. Les publier à nouveau\u00a0?");
    public static readonly Text RepostOneConfirmButton = new("Yes, post it again in the channel", "Oui, la publier à nouveau dans le canal");
    public static readonly Text RepostConfirmButton = new("Yes, post them again in the channel", "Oui, les publier à nouveau dans le canal");
    public static readonly Text ResendAllConfirmButton = new("Yes, send these {0} again", "Oui, renvoyer ces {0}\u00a0envois");
    public static readonly Text BackToList = new("Back to the deliveries", "Retour à la distribution");
    public static readonly Text NothingUncertain = new("Nothing is uncertain any more: there is nothing to send again.", "Plus rien n’est incertain\u00a0: il n’y a rien à renvoyer.");
    public static readonly Text Requeued = new("Queued again: {0}. They go out with the next round of sends.", "Remis en file\u00a0: {0}. Ils partent avec la prochaine série d’envois.");
    public static readonly Text RequeuedSkipped = new(
        "Left as they were, having changed meanwhile (sent, or already queued again): {0}.",
        "Laissés tels quels, car ils avaient changé entre-temps (envoyés, ou déjà remis en file)\u00a0: {0}.");
    public static readonly Text ConfirmationUnreadable = new(
        "This confirmation cannot be read. Nothing was changed: open the deliveries again.",
        "Cette confirmation est illisible. Rien n’a été modifié\u00a0: rouvrez la distribution.");

    // What Teams (or Graph) answered, by the code the sender writes on the row

    public static readonly Text ReasonStopped = new("the bot stopped while sending", "le bot s’est arrêté pendant l’envoi");
    public static readonly Text ReasonUnknown = new("Teams answered: {0}", "Réponse de Teams\u00a0: {0}");

    internal static readonly Dictionary<string, Text> Reasons = new(StringComparer.OrdinalIgnoreCase)
    {
        ["HTTP 500"] = new("Teams reported an internal error (500) after the message left", "Teams a signalé une erreur interne (500) après l’envoi"),
        ["HTTP 502"] = new("Teams' gateway failed (502) after the message left", "la passerelle de Teams a échoué (502) après l’envoi"),
        ["HTTP 504"] = new("Teams timed out (504) after the message left", "Teams a dépassé son délai (504) après l’envoi"),
        ["Timeout"] = new("no answer from Teams in time", "pas de réponse de Teams dans le délai"),
        ["NoAnswer"] = new("the connection dropped before Teams answered", "la connexion a été coupée avant la réponse de Teams"),
        ["NoIdentity"] = new("no Teams identity is known for this member", "aucune identité Teams n’est connue pour ce membre"),
        ["NotInTeam"] = new("not found in the network's team", "introuvable dans l’équipe du réseau"),
        ["RosterUnavailable"] = new("the team's member list could not be read", "la liste des membres de l’équipe n’a pas pu être lue"),
        ["NotInstalled"] = new("FocalBot is not installed for this member", "FocalBot n’est pas installé pour ce membre"),
        ["ForbiddenOperationException"] = new("FocalBot is not installed for this member", "FocalBot n’est pas installé pour ce membre"),
        ["MemberNotActive"] = new("no longer an active member", "ne fait plus partie des membres actifs"),
        ["Withdrawn"] = new("withdrawn before it went out", "retiré avant l’envoi"),
        ["ConversationBlockedByUser"] = new("the member blocked FocalBot", "le membre a bloqué FocalBot"),
        ["BotNotInConversationRoster"] = new("FocalBot is no longer in that conversation", "FocalBot ne fait plus partie de cette conversation"),
        ["ConversationNotFound"] = new("the conversation no longer exists", "la conversation n’existe plus"),
        ["BotDisabledByAdmin"] = new("an administrator disabled FocalBot", "un administrateur a désactivé FocalBot"),
        ["NoEmail"] = new("no e-mail address on file", "aucune adresse électronique enregistrée"),
        ["MailboxNotAllowed"] = new("the network's mailbox may not send mail (access policy)", "la boîte aux lettres du réseau n’est pas autorisée à envoyer (stratégie d’accès)"),
        ["GraphUnavailable"] = new("Microsoft Graph did not answer", "Microsoft Graph n’a pas répondu"),
    };
}
