using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Members;

/// Every user-facing text of the office's membership management, English and French side by side.
public static class MemberTexts
{
    public static readonly Text Command = new("members", "membres");

    public static readonly Text CommandDescription = new(
        "manage the network's members (office only)",
        "gérer les membres du réseau (secrétariat uniquement)");

    public static readonly Text OfficeOnly = new(
        "Only the office can manage the network's members. Nothing was changed.",
        "Seul le secrétariat peut gérer les membres du réseau. Rien n’a été modifié.");

    public static readonly Text PersonalChatOnly = new(
        "Members are managed in your personal chat with me: their details are confidential.",
        "La gestion des membres se fait dans votre conversation personnelle avec moi\u00a0: leurs coordonnées sont confidentielles.");

    public static readonly Text MemberNotFound = new(
        "This member is not in the directory. Nothing was changed.",
        "Ce membre n’est pas dans l’annuaire. Rien n’a été modifié.");

    // The management card

    public static readonly Text HomeTitle = new("Network members", "Membres du réseau");
    public static readonly Text ActiveMembers = new("Active members", "Membres actifs");
    public static readonly Text OfficeCount = new("Office", "Secrétariat");
    public static readonly Text FocalPointCount = new("Focal points", "Points de contact");
    public static readonly Text LeadCount = new("Lead focal points", "Points de contact principaux");
    public static readonly Text LeadCountValue = new("{0} of {1} states", "{0} États sur {1}");
    public static readonly Text ExpertCount = new("Invited experts", "Experts invités");
    public static readonly Text PendingCount = new("Awaiting their Teams identity", "En attente de leur identité Teams");

    public static readonly Text StatesWithoutLead = new(
        "**States without a lead focal point ({0}):** {1}",
        "**États sans point de contact principal ({0})\u00a0:** {1}");

    public static readonly Text EveryStateLed = new(
        "Every member state has a lead focal point.",
        "Chaque État membre a un point de contact principal.");

    public static readonly Text SeveralLeads = new(
        "**States with several lead focal points, to correct:** {0}",
        "**États ayant plusieurs points de contact principaux, à corriger\u00a0:** {0}");

    public static readonly Text AddButton = new("Add a member", "Ajouter un membre");
    public static readonly Text ReplaceButton = new("Replace a focal point", "Remplacer un point de contact");
    public static readonly Text RetireButton = new("Retire a member", "Retirer un membre");
    public static readonly Text ChangeButton = new("Change a role or lead", "Changer un rôle ou le principal");
    public static readonly Text ImportButton = new("Import a CSV file", "Importer un fichier CSV");
    public static readonly Text RosterButton = new("Compare with the team", "Comparer avec l’équipe");
    public static readonly Text BackButton = new("Back to members", "Retour aux membres");

    // Roles and languages

    public static readonly Text FocalPoint = new("Focal point", "Point de contact");
    public static readonly Text Office = new("Office", "Secrétariat");
    public static readonly Text Expert = new("Invited expert", "Expert invité");
    public static readonly Text LeadMark = new("lead", "principal");
    public static readonly Text English = new("English", "anglais");
    public static readonly Text French = new("French", "français");
    public static readonly Text LanguageFromTeams = new("As in their Teams", "Selon leur Teams");
    public static readonly Text Guest = new("guest", "invité");

    // The member form

    public static readonly Text AddTitle = new("Add a member", "Ajouter un membre");
    public static readonly Text Name = new("Full name", "Nom complet");
    public static readonly Text NameRequired = new("Enter the full name.", "Saisissez le nom complet.");
    public static readonly Text Role = new("Role", "Rôle");
    public static readonly Text RoleRequired = new("Choose a role.", "Choisissez un rôle.");
    public static readonly Text State = new("Member state (focal points and experts)", "État membre (points de contact et experts)");
    public static readonly Text StateFact = new("Member state", "État membre");
    public static readonly Text Lead = new("Lead focal point of the state", "Point de contact principal de l’État");
    public static readonly Text Organisation = new("Organisation", "Organisation");
    public static readonly Text JobTitle = new("Job title", "Fonction");
    public static readonly Text Email = new("E-mail", "Courriel");
    public static readonly Text Phone = new("Phone", "Téléphone");
    public static readonly Text Language = new("Language", "Langue");
    public static readonly Text AadObjectId = new("Entra object id", "Identifiant d’objet Entra");
    public static readonly Text TenantId = new("Tenant id", "Identifiant du locataire (tenant)");

    public static readonly Text IdentityHelp = new(
        "Leave the Entra object id empty if you do not know it yet: once the person is in the network's team, **Compare with the team** links them by e-mail. Until then they cannot use the bot.",
        "Laissez l’identifiant d’objet Entra vide si vous ne le connaissez pas encore\u00a0: une fois la personne dans l’équipe du réseau, **Comparer avec l’équipe** la reliera par son courriel. D’ici là, elle ne peut pas utiliser le bot.");

    public static readonly Text SaveButton = new("Add", "Ajouter");
    public static readonly Text FixThis = new("Nothing was saved. Please correct:", "Rien n’a été enregistré. Veuillez corriger\u00a0:");

    public static readonly Text Added = new("{0} is now a member of the network.", "{0} est désormais membre du réseau.");
    public static readonly Text Rejoined = new("{0} is back in the network.", "{0} a réintégré le réseau.");
    public static readonly Text NowLead = new("{0} is now the lead focal point ({1}).", "{0} est désormais point de contact principal ({1}).");
    public static readonly Text NoLongerLead = new("No longer lead: {0}.", "N’est plus principal\u00a0: {0}.");
    public static readonly Text CanUseBot = new("They can talk to me in Teams now.", "Cette personne peut désormais me parler dans Teams.");

    public static readonly Text IdentityPending = new(
        "They cannot use the bot yet: once they are in the network's team, **Compare with the team** links their Teams identity by e-mail.",
        "Cette personne ne peut pas encore utiliser le bot\u00a0: une fois dans l’équipe du réseau, **Comparer avec l’équipe** reliera son identité Teams par son courriel.");

    public static readonly Text Duplicate = new(
        "This Teams identity already belongs to a member of the directory.",
        "Cette identité Teams appartient déjà à un membre de l’annuaire.");

    public static readonly Text ChangedMeanwhile = new(
        "Someone changed the directory meanwhile. Please look again and retry.",
        "Quelqu’un a modifié l’annuaire entre-temps. Veuillez vérifier et réessayer.");

    // Retire

    public static readonly Text RetireTitle = new("Retire a member", "Retirer un membre");
    public static readonly Text RetireWho = new("Who leaves the network?", "Qui quitte le réseau\u00a0?");
    public static readonly Text ChooseMember = new("Choose a member.", "Choisissez un membre.");
    public static readonly Text ContinueButton = new("Continue", "Continuer");
    public static readonly Text NobodyElse = new("There is nobody else in the network.", "Il n’y a personne d’autre dans le réseau.");

    public static readonly Text RetireConfirm = new(
        "Retire **{0}** from the network as of today? They will no longer reach the bot; what they contributed stays.",
        "Retirer **{0}** du réseau à compter d’aujourd’hui\u00a0? Cette personne n’aura plus accès au bot\u00a0; ses contributions restent.");

    public static readonly Text RetireConfirmButton = new("Retire", "Retirer");
    public static readonly Text Retired = new("{0} left the network on {1:d MMMM yyyy}.", "{0} a quitté le réseau le {1:d MMMM yyyy}.");
    public static readonly Text StateWithoutLeadNow = new(
        "{0}: no lead focal point now. Replace the focal point or make another one lead.",
        "{0}\u00a0: plus de point de contact principal. Remplacez le point de contact ou désignez-en un autre.");

    // Change role or lead

    public static readonly Text ChangeTitle = new("Change a role or lead", "Changer un rôle ou le principal");
    public static readonly Text ChangeWho = new("Whose role or lead mark changes?", "Le rôle ou la désignation de qui change-t-il\u00a0?");
    public static readonly Text ChangeIntro = new(
        "Making a focal point lead takes the mark from the state's current lead. Contact details are changed in the directory.",
        "Désigner un point de contact principal retire cette désignation au principal actuel de l’État. Les coordonnées se modifient dans l’annuaire.");
    public static readonly Text ChangeSave = new("Save", "Enregistrer");
    public static readonly Text ChangeSaved = new("Saved for {0}.", "Enregistré pour {0}.");

    // Replace

    public static readonly Text ReplaceTitle = new("Replace a focal point", "Remplacer un point de contact");
    public static readonly Text ReplaceIntro = new(
        "The new focal point takes over the state of the outgoing one, and the lead if the outgoing one had it. The outgoing focal point is retired as of today.",
        "Le nouveau point de contact reprend l’État du point de contact sortant, et le rôle de principal s’il l’avait. Le point de contact sortant est retiré à compter d’aujourd’hui.");
    public static readonly Text Outgoing = new("Outgoing focal point", "Point de contact sortant");
    public static readonly Text Incoming = new("New focal point", "Nouveau point de contact");
    public static readonly Text ReplaceConfirmButton = new("Replace", "Remplacer");
    public static readonly Text NoFocalPoints = new("There is no active focal point to replace.", "Il n’y a aucun point de contact actif à remplacer.");
    public static readonly Text Replaced = new("{0} replaces {1} ({2}).", "{0} remplace {1} ({2}).");

    // Roster

    public static readonly Text RosterTitle = new("The team compared with the directory", "L’équipe comparée à l’annuaire");
    public static readonly Text NoTeam = new(
        "I am not in the network's team yet: add me to the team, then try again.",
        "Je ne suis pas encore dans l’équipe du réseau\u00a0: ajoutez-moi à l’équipe, puis réessayez.");
    public static readonly Text RosterUnavailable = new(
        "Teams did not give me the team's member list. Nothing was changed; please try again later.",
        "Teams ne m’a pas donné la liste des membres de l’équipe. Rien n’a été modifié\u00a0; veuillez réessayer plus tard.");
    public static readonly Text RosterSummary = new(
        "{0} people in the team, {1} of them known in the directory.",
        "{0} personnes dans l’équipe, dont {1} connues de l’annuaire.");
    public static readonly Text Linked = new(
        "**Linked by e-mail, they can use the bot now:**",
        "**Reliés par leur courriel, ils peuvent désormais utiliser le bot\u00a0:**");
    public static readonly Text NotLinked = new(
        "**Could not be linked (changed meanwhile or identity already used), try again:**",
        "**N’ont pas pu être reliés (modifiés entre-temps ou identité déjà utilisée), réessayez\u00a0:**");
    public static readonly Text NotInDirectory = new(
        "**In the team but not in the directory** (add them if they belong to the network):",
        "**Dans l’équipe mais pas dans l’annuaire** (ajoutez-les s’ils font partie du réseau)\u00a0:");
    public static readonly Text NotInTeam = new("**In the directory but not in the team:**", "**Dans l’annuaire mais pas dans l’équipe\u00a0:**");
    public static readonly Text RetiredInTeam = new("**Left the network but still in the team:**", "**Ont quitté le réseau mais sont encore dans l’équipe\u00a0:**");
    public static readonly Text OtherIdentity = new(
        "**Same e-mail as a member with another Teams identity, to check:**",
        "**Même courriel qu’un membre ayant une autre identité Teams, à vérifier\u00a0:**");
    public static readonly Text NobodyAdded = new(
        "Nobody was added by itself: pick a person above to add them with their role and state, or use a CSV import.",
        "Personne n’a été ajouté d’office\u00a0: choisissez une personne ci-dessus pour l’ajouter avec son rôle et son État, ou utilisez un import CSV.");

    public static readonly Text AddThisPerson = new("Add this person", "Ajouter cette personne");

    // Problems and field names, as the cards list them

    public static readonly Text DetailNameMissing = new("the name is missing", "le nom manque");
    public static readonly Text DetailNameTooLong = new($"the name is longer than {MemberDetails.MaxName} characters", $"le nom dépasse {MemberDetails.MaxName} caractères");
    public static readonly Text DetailStateMissing = new("a focal point needs a member state", "un point de contact doit avoir un État membre");
    public static readonly Text DetailStateUnknown = new("the state is not a member state of the Council of Europe", "l’État n’est pas membre du Conseil de l’Europe");
    public static readonly Text DetailOrganisationTooLong = new($"the organisation is longer than {MemberDetails.MaxOrganisation} characters", $"l’organisation dépasse {MemberDetails.MaxOrganisation} caractères");
    public static readonly Text DetailTitleTooLong = new($"the job title is longer than {MemberDetails.MaxTitle} characters", $"la fonction dépasse {MemberDetails.MaxTitle} caractères");
    public static readonly Text DetailEmailInvalid = new("the e-mail address is not valid", "l’adresse de courriel n’est pas valide");
    public static readonly Text DetailPhoneInvalid = new("the phone number is not valid (digits, spaces and an optional +)", "le numéro de téléphone n’est pas valide (chiffres, espaces et un + éventuel)");
    public static readonly Text DetailIdentityMissing = new("give the e-mail, or both the Entra object id and the tenant id", "indiquez le courriel, ou l’identifiant d’objet Entra et l’identifiant du locataire");
    public static readonly Text DetailIdentityInvalid = new("the Entra object id and the tenant id are GUIDs", "l’identifiant d’objet Entra et celui du locataire sont des GUID");
    public static readonly Text RuleLeadNotFocalPoint = new("only a focal point can be the lead", "seul un point de contact peut être principal");
    public static readonly Text RuleEmailTaken = new("another member already has this e-mail address", "un autre membre a déjà cette adresse de courriel");
    public static readonly Text RuleNotFound = new("this member is not in the directory", "ce membre n’est pas dans l’annuaire");
    public static readonly Text RuleAlreadyLeft = new("this member has already left the network", "ce membre a déjà quitté le réseau");
    public static readonly Text RuleRetiringSelf = new("you cannot retire yourself: ask another member of the office", "vous ne pouvez pas vous retirer vous-même\u00a0: demandez à un autre membre du secrétariat");
    public static readonly Text RuleChangingSelf = new("you cannot change your own role: ask another member of the office", "vous ne pouvez pas changer votre propre rôle\u00a0: demandez à un autre membre du secrétariat");
    public static readonly Text RuleNotFocalPoint = new("only a focal point can be replaced this way", "seul un point de contact peut être remplacé ainsi");

    // Describing

    public static string Describe(DetailProblem problem, Language language) => (problem switch
    {
        DetailProblem.NameMissing => DetailNameMissing,
        DetailProblem.NameTooLong => DetailNameTooLong,
        DetailProblem.StateMissing => DetailStateMissing,
        DetailProblem.StateUnknown => DetailStateUnknown,
        DetailProblem.OrganisationTooLong => DetailOrganisationTooLong,
        DetailProblem.TitleTooLong => DetailTitleTooLong,
        DetailProblem.EmailInvalid => DetailEmailInvalid,
        DetailProblem.PhoneInvalid => DetailPhoneInvalid,
        DetailProblem.IdentityMissing => DetailIdentityMissing,
        DetailProblem.IdentityInvalid => DetailIdentityInvalid,
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
    }).In(language);

    public static string Describe(MembershipProblem problem, Language language) => (problem switch
    {
        MembershipProblem.LeadNotFocalPoint => RuleLeadNotFocalPoint,
        MembershipProblem.IdentityTaken => Duplicate,
        MembershipProblem.EmailTaken => RuleEmailTaken,
        MembershipProblem.NotFound => RuleNotFound,
        MembershipProblem.AlreadyLeft => RuleAlreadyLeft,
        MembershipProblem.RetiringSelf => RuleRetiringSelf,
        MembershipProblem.NotFocalPoint => RuleNotFocalPoint,
        MembershipProblem.ChangingSelf => RuleChangingSelf,
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
    }).In(language);

    public static string Describe(MemberRole role, Language language) => (role switch
    {
        MemberRole.FocalPoint => FocalPoint,
        MemberRole.Office => Office,
        MemberRole.Expert => Expert,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    }).In(language);

}
