using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// The texts of a meeting's later posts in the network's channel (a revised agenda, a move, a cancellation), and of what
/// the office is told about each post, English and French side by side.
public static class MeetingChannelTexts
{
    // The posts, addressed to the whole network: both languages are shown

    public static readonly Text MovedHeading = new("Meeting moved", "Réunion déplacée");
    public static readonly Text CancelledHeading = new("Meeting cancelled", "Réunion annulée");
    public static readonly Text RevisedIntro = new(
        "Invited members: each of you receives the revised agenda in your personal chat.",
        "Membres invités\u00a0: vous recevez chacun l’ordre du jour révisé dans votre conversation personnelle.");
    public static readonly Text MovedIntro = new(
        "Invited members: each of you receives the new date and place, with an updated calendar file, in your personal chat.",
        "Membres invités\u00a0: vous recevez chacun la nouvelle date et le nouveau lieu, avec un fichier d’agenda mis à jour, dans votre conversation personnelle.");
    public static readonly Text CancelledIntro = new(
        "This meeting will not take place. Invited members: each of you receives the calendar cancellation in your personal chat.",
        "Cette réunion n’aura pas lieu. Membres invités\u00a0: vous recevez chacun l’annulation pour votre agenda dans votre conversation personnelle.");

    // Each post by what it is, on the office's status card and delivery view

    public static readonly Text ConvocationPost = new("Channel post: convocation", "Publication dans le canal\u00a0: convocation");
    public static readonly Text AgendaPost = new("Channel post: revised agenda, version {0}", "Publication dans le canal\u00a0: ordre du jour révisé, version {0}");
    public static readonly Text MovePost = new("Channel post: meeting moved, change {0}", "Publication dans le canal\u00a0: réunion déplacée, modification {0}");
    public static readonly Text CancellationPost = new("Channel post: meeting cancelled", "Publication dans le canal\u00a0: réunion annulée");

    // What the office's confirmation of a revision, move or cancellation says of its post, true at that moment

    public static readonly Text WillPostLine = new("The network's channel will show it too.", "Le canal du réseau l’affichera aussi.");
    public static readonly Text NoTeamLine = new(
        "The network's channel will show it once the bot is in the network's team: add it to the team, or set Network:ChannelId.",
        "Le canal du réseau l’affichera dès que le bot sera dans l’équipe du réseau\u00a0: ajoutez-le à l’équipe, ou renseignez le paramètre ChannelId de la section Network.");
    public static readonly Text NotInConfiguredTeamLine = new(
        "The network's channel will show it once the bot is in the team of the channel set in Network:ChannelId: add it to that team.",
        "Le canal du réseau l’affichera dès que le bot sera dans l’équipe du canal indiqué par le paramètre ChannelId de la section Network\u00a0: ajoutez-le à cette équipe.");
    public static readonly Text NotForNetworkLine = new(
        "The network's channel does not show it: this meeting is not for the whole network, only for the members invited.",
        "Le canal du réseau ne l’affiche pas\u00a0: cette réunion ne concerne pas tout le réseau, seulement les membres invités.");
    public static readonly Text StateLine = new("{0}: {1}.", "{0}\u00a0: {1}.");
}
