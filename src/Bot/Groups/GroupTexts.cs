using FocalBot.Domain.Groups;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Groups;

/// Thematic groups (working methods 4.8), as members and the office read them.
public static class GroupTexts
{
    public static readonly Text Command = new("groups", "groupes");
    public static readonly Text CommandDescription = new("The network's thematic groups and who is in them", "Les groupes thématiques du réseau et leurs membres");

    public static readonly Text Title = new("Thematic groups", "Groupes thématiques");
    public static readonly Text NoGroup = new("The network has no thematic group yet.", "Le réseau n’a pas encore de groupe thématique.");
    public static readonly Text Proposed = new("Proposed to the network", "Proposé au réseau");
    public static readonly Text Members = new("Members", "Membres");
    public static readonly Text NoMember = new("No member yet.", "Aucun membre pour l’instant.");
    public static readonly Text Lead = new("Lead rapporteur", "Rapporteur principal");
    public static readonly Text Purpose = new("Purpose", "Objet");
    public static readonly Text YouAreIn = new("You are a member of this group.", "Vous êtes membre de ce groupe.");
    public static readonly Text YouAsked = new("You asked to join; the office will answer.", "Vous avez demandé à rejoindre ce groupe\u00a0; le secrétariat vous répondra.");
    public static readonly Text YouAreInvited = new("The office invited you to join.", "Le secrétariat vous invite à rejoindre ce groupe.");

    public static readonly Text AskToJoin = new("Ask to join", "Demander à rejoindre");
    public static readonly Text Leave = new("Leave the group", "Quitter le groupe");
    public static readonly Text Join = new("Join", "Rejoindre");
    public static readonly Text NotNow = new("Not now", "Pas maintenant");

    public static readonly Text New = new("Propose a group", "Proposer un groupe");
    public static readonly Text FormTitle = new("Propose a thematic group to the network", "Proposer un groupe thématique au réseau");
    public static readonly Text NameEnLabel = new("Name in English", "Nom en anglais");
    public static readonly Text NameFrLabel = new("Name in French", "Nom en français");
    public static readonly Text PurposeLabel = new("Purpose (up to 2,000 characters)", "Objet (2\u00a0000\u00a0caractères au plus)");
    public static readonly Text PurposeTranslationLabel = new("Purpose in the other language (optional)", "Objet dans l’autre langue (facultatif)");
    public static readonly Text LanguageLabel = new("Language of the purpose", "Langue de l’objet");
    public static readonly Text LeadLabel = new("Lead rapporteur (optional)", "Rapporteur principal (facultatif)");
    public static readonly Text NoLead = new("No lead", "Pas de rapporteur principal");
    public static readonly Text Propose = new("Propose to the network", "Proposer au réseau");

    public static readonly Text Invite = new("Invite a member", "Inviter un membre");
    public static readonly Text InviteLabel = new("Member to invite", "Membre à inviter");
    public static readonly Text SendInvitation = new("Send the invitation", "Envoyer l’invitation");
    public static readonly Text Requests = new("Asking to join", "Demandes d’adhésion");
    public static readonly Text Approve = new("Approve", "Accepter");
    public static readonly Text Refuse = new("Refuse", "Refuser");

    public static readonly Text InvitationTitle = new("You are invited to a thematic group", "Invitation à rejoindre un groupe thématique");
    public static readonly Text InvitationBody = new(
        "The office invites you to join the group “{0}”.",
        "Le secrétariat vous invite à rejoindre le groupe «\u00a0{0}\u00a0».");

    public static readonly Text Proposal = new("A new thematic group: “{0}” / “{1}”", "Un nouveau groupe thématique\u00a0: «\u00a0{1}\u00a0» / «\u00a0{0}\u00a0»");
    public static readonly Text Created = new(
        "The network created the thematic group “{0}”. Members may ask to join with the command groups.",
        "Le réseau a créé le groupe thématique «\u00a0{0}\u00a0». Les membres peuvent demander à le rejoindre avec la commande groupes.");

    public static readonly Text ProposedDone = new(
        "The group is proposed to the network; focal points may object until {0:d MMMM yyyy}.",
        "Le groupe est proposé au réseau\u00a0; les points de contact peuvent s’y opposer jusqu’au {0:d MMMM yyyy}.");
    public static readonly Text Invited = new("The invitation to {0} is recorded; it will be sent to their chat.", "L’invitation adressée à {0} est enregistrée\u00a0; elle lui sera envoyée dans sa conversation.");
    public static readonly Text Joined = new("You are now a member of “{0}”.", "Vous êtes désormais membre de «\u00a0{0}\u00a0».");
    public static readonly Text Declined = new("You did not join “{0}”.", "Vous n’avez pas rejoint «\u00a0{0}\u00a0».");
    public static readonly Text Asked = new("Your request to join “{0}” is with the office.", "Votre demande d’adhésion à «\u00a0{0}\u00a0» a été transmise au secrétariat.");
    public static readonly Text Left = new("You have left “{0}”.", "Vous avez quitté «\u00a0{0}\u00a0».");

    public static readonly Text NotFound = new("This group was not found.", "Ce groupe est introuvable.");
    public static readonly Text OfficeOnly = new("Only the office can do this.", "Seul le secrétariat peut le faire.");
    public static readonly Text FixProblems = new("Please correct the following:", "Veuillez corriger ce qui suit\u00a0:");
    public static readonly Text ChangedMeanwhile = new(
        "Someone changed this group at the same moment; nothing was saved. Here it is as it stands now.",
        "Quelqu’un a modifié ce groupe au même moment\u00a0; rien n’a été enregistré. Le voici tel qu’il est maintenant.");

    public static readonly Text OnlyInPersonalChat = new(
        "Thematic groups are shown in our personal chat: open a chat with FocalBot and type “groups”.",
        "Les groupes thématiques s’affichent dans notre conversation personnelle\u00a0: ouvrez une conversation avec FocalBot et tapez «\u00a0groupes\u00a0».");
    public static readonly Text StatusInvited = new("invited", "invité");
    public static readonly Text StatusAsked = new("asked to join", "demande d’adhésion");
    public static readonly Text InvitedHeading = new("Invited, no answer yet", "Invités, sans réponse pour l’instant");
    public static readonly Text MemberCount = new("Members ({0})", "Membres ({0})");
    public static readonly Text BackToGroups = new("Back to the groups", "Retour aux groupes");
    public static readonly Text OpenGroups = new("Open the groups", "Voir les groupes");
    public static readonly Text DeadlineIfToday = new(
        "Proposed today, the group is created unless a focal point objects by {0:d MMMM yyyy}.",
        "Proposé aujourd’hui, le groupe est créé sauf objection d’un point de contact d’ici le {0:d MMMM yyyy}.");
    public static readonly Text English = new("English", "Anglais");
    public static readonly Text French = new("French", "Français");
    public static readonly Text AlreadyProposed = new(
        "This group has already been proposed to the network; nothing more was sent.",
        "Ce groupe a déjà été proposé au réseau\u00a0; rien de plus n’a été envoyé.");
    public static readonly Text InviteTitle = new("Invite a member to the group", "Inviter un membre dans le groupe");
    public static readonly Text NobodyToInvite = new(
        "Every active member is already in this group or invited.",
        "Tous les membres actifs font déjà partie de ce groupe ou y sont invités.");
    public static readonly Text InvitedAgain = new(
        "{0} was already sent an invitation to this group today; it was not sent twice. They can join with the command groups.",
        "Une invitation à ce groupe a déjà été envoyée aujourd’hui à {0}\u00a0; elle n’a pas été envoyée deux fois. Cette personne peut le rejoindre avec la commande groupes.");
    public static readonly Text JoinedOnInvite = new(
        "{0} had asked to join: they are now a member of “{1}”.",
        "{0} avait demandé à rejoindre le groupe\u00a0: cette personne est désormais membre de «\u00a0{1}\u00a0».");
    public static readonly Text RequestApproved = new(
        "The office approved your request: you are now a member of “{0}”.",
        "Le secrétariat a accepté votre demande\u00a0: vous êtes désormais membre de «\u00a0{0}\u00a0».");
    public static readonly Text RequestRefused = new(
        "The office did not approve your request to join “{0}”.",
        "Le secrétariat n’a pas accepté votre demande d’adhésion à «\u00a0{0}\u00a0».");
    public static readonly Text Approved = new("{0} is now a member of “{1}”.", "{0} est désormais membre de «\u00a0{1}\u00a0».");
    public static readonly Text Refused = new("The request of {0} to join “{1}” is refused.", "La demande d’adhésion de {0} à «\u00a0{1}\u00a0» est refusée.");
    public static readonly Text RequestTitle = new("A member asks to join a thematic group", "Demande d’adhésion à un groupe thématique");
    public static readonly Text RequestBody = new("{0} ({1}) asks to join the group:", "{0} ({1}) demande à rejoindre le groupe\u00a0:");
    public static readonly Text CreatedTitle = new("A new thematic group", "Un nouveau groupe thématique");
    public static readonly Text InGroups = new("Thematic groups", "Groupes thématiques");

    public static string Describe(GroupProblem problem, Language language) => (problem switch
    {
        GroupProblem.NameEnMissing => new Text("Give the group's name in English.", "Indiquez le nom du groupe en anglais."),
        GroupProblem.NameFrMissing => new Text("Give the group's name in French.", "Indiquez le nom du groupe en français."),
        GroupProblem.NameTooLong => new Text("A name is too long (120 characters at most).", "Un nom est trop long (120\u00a0caractères au plus)."),
        GroupProblem.NameTaken => new Text("Another group already has this name.", "Un autre groupe porte déjà ce nom."),
        GroupProblem.PurposeMissing => new Text("Say what the group is for.", "Indiquez l’objet du groupe."),
        GroupProblem.PurposeTooLong => new Text("The purpose is too long (2,000 characters at most).", "L’objet est trop long (2\u00a0000\u00a0caractères au plus)."),
        GroupProblem.LeadNotARapporteur => new Text("The lead must be a current rapporteur.", "Le rapporteur principal doit être un rapporteur en fonction."),
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
    }).In(language);

    public static string Describe(GroupRefusal refusal, Language language) => (refusal switch
    {
        GroupRefusal.NotAllowed => OfficeOnly,
        GroupRefusal.NotActive => new Text("The network has not created this group, or it was closed.", "Le réseau n’a pas créé ce groupe, ou il a été fermé."),
        GroupRefusal.NotAMember => new Text("Only active members of the network join a group.", "Seuls les membres actifs du réseau rejoignent un groupe."),
        GroupRefusal.AlreadyInGroup => new Text("This person is already a member of the group.", "Cette personne est déjà membre du groupe."),
        GroupRefusal.AlreadyInvited => new Text("An invitation is already waiting for an answer.", "Une invitation attend déjà sa réponse."),
        GroupRefusal.AlreadyAsked => new Text("You have already asked; the office will answer.", "Vous avez déjà fait la demande\u00a0; le secrétariat vous répondra."),
        GroupRefusal.NothingToAnswer => new Text("There is no invitation or request to answer.", "Il n’y a ni invitation ni demande en attente."),
        GroupRefusal.NotInGroup => new Text("You are not a member of this group.", "Vous n’êtes pas membre de ce groupe."),
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
    }).In(language);
}
