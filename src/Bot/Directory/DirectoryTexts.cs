using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.MemberDirectory;

/// Every user-facing text of the members' directory, English and French side by side.
public static class DirectoryTexts
{
    public static readonly Text Command = new("directory", "annuaire");

    public static readonly Text CommandDescription = new(
        "the members' contact details; add a name, country or organisation to search",
        "les coordonnées des membres\u00a0; ajoutez un nom, un pays ou une organisation pour chercher");

    // The directory card.

    public static readonly Text Title = new("Members' directory", "Annuaire des membres");

    public static readonly Text Count = new("{0} members", "{0} membres");

    public static readonly Text CountOne = new("1 member", "1 membre");

    public static readonly Text CountMatching = new("{0} members match “{1}”", "{0} membres correspondent à «\u00a0{1}\u00a0»");

    public static readonly Text CountMatchingOne = new("1 member matches “{0}”", "1 membre correspond à «\u00a0{0}\u00a0»");

    public static readonly Text NoMatch = new(
        "No member matches “{0}”. Try a name, a country or an organisation.",
        "Aucun membre ne correspond à «\u00a0{0}\u00a0». Essayez un nom, un pays ou une organisation.");

    public static readonly Text Confidential = new(
        "Contact details are for the network's members only.",
        "Les coordonnées sont réservées aux membres du réseau.");

    public static readonly Text SearchLabel = new("Search the directory", "Chercher dans l’annuaire");

    public static readonly Text SearchPlaceholder = new("Name, country or organisation", "Nom, pays ou organisation");

    public static readonly Text SearchButton = new("Search", "Rechercher");

    public static readonly Text ShowAll = new("Show everyone", "Afficher tout le monde");

    public static readonly Text PageOf = new("Page {0} of {1}", "Page {0} sur {1}");

    public static readonly Text Previous = new("Previous", "Précédent");

    public static readonly Text Next = new("Next", "Suivant");

    public static readonly Text OfficeGroup = new("Office of the SRSG", "Bureau de la RSSG");

    public static readonly Text ExpertsGroup = new("Invited experts", "Experts invités");

    public static readonly Text NoStateGroup = new("Member state not given", "État membre non indiqué");

    public static readonly Text Lead = new("lead", "principal");

    public static readonly Text Alternate = new("alternate", "suppléant");

    public static readonly Text OpenContact = new("Contact details", "Coordonnées");

    // The contact card.

    public static readonly Text RoleLead = new("Focal point (lead)", "Point de contact principal");

    public static readonly Text RoleAlternate = new("Focal point (alternate)", "Point de contact suppléant");

    public static readonly Text RoleOffice = new("Office of the SRSG", "Bureau de la RSSG");

    public static readonly Text RoleExpert = new("Invited expert", "Expert invité");

    public static readonly Text Role = new("Role", "Rôle");

    public static readonly Text State = new("Member state", "État membre");

    public static readonly Text Organisation = new("Organisation", "Organisation");

    public static readonly Text JobTitle = new("Title", "Fonction");

    public static readonly Text Email = new("E-mail", "Courriel");

    public static readonly Text Phone = new("Phone", "Téléphone");

    public static readonly Text PreferredLanguage = new("Language", "Langue");
    public static readonly Text ThematicGroups = new("Thematic groups", "Groupes thématiques");

    public static readonly Text English = new("English", "anglais");

    public static readonly Text French = new("French", "français");

    public static readonly Text NoPreference = new("no preference", "aucune préférence");

    public static readonly Text Edit = new("Edit details", "Modifier les coordonnées");

    public static readonly Text Back = new("Back to the directory", "Retour à l’annuaire");

    public static readonly Text Saved = new("Saved.", "Enregistré.");

    // The edit form.

    public static readonly Text EditTitle = new("Edit contact details", "Modifier les coordonnées");

    public static readonly Text Name = new("Name", "Nom");

    public static readonly Text KeptByOffice = new(
        "The office keeps each member's role and member state.",
        "Le secrétariat tient à jour le rôle et l’État membre de chacun.");

    public static readonly Text LanguageChoice = new("Language for FocalBot's messages", "Langue des messages de FocalBot");

    public static readonly Text EnglishChoice = new("English", "English");

    public static readonly Text FrenchChoice = new("Français", "Français");

    public static readonly Text NameRequired = new("Please enter a name.", "Veuillez saisir un nom.");

    public static readonly Text Save = new("Save", "Enregistrer");

    public static readonly Text Cancel = new("Cancel", "Annuler");

    public static readonly Text FixProblems = new(
        "Nothing was saved yet: please correct the fields marked below.",
        "Rien n’a encore été enregistré\u00a0: veuillez corriger les champs signalés ci-dessous.");

    public static readonly Text ChangedMeanwhile = new(
        "These details were changed meanwhile, so yours were not saved. The form now shows the current details: check them and save again.",
        "Ces coordonnées ont été modifiées entre-temps, les vôtres n’ont donc pas été enregistrées. Le formulaire affiche les valeurs actuelles\u00a0: vérifiez-les et enregistrez à nouveau.");

    public static readonly Text NameMissing = new("A name is required.", "Le nom est obligatoire.");

    public static readonly Text TooLong = new("At most {0} characters.", "{0} caractères au maximum.");

    public static readonly Text EmailInvalid = new(
        "This is not an e-mail address (for example name@example.org).",
        "Ce n’est pas une adresse électronique (par exemple nom@example.org).");

    public static readonly Text PhoneInvalid = new(
        "Use digits, spaces and an optional + (for example +33 3 88 41 20 00).",
        "Utilisez des chiffres, des espaces et éventuellement un + (par exemple +33 3 88 41 20 00).");

    // Refusals.

    public static readonly Text NotForYou = new(
        "The members' directory is open to focal points and the office only.",
        "L’annuaire des membres est réservé aux points de contact et au secrétariat.");

    public static readonly Text OnlyInPersonalChat = new(
        "The directory holds contact details for the network's members only, so I show it in our personal chat: open a chat with FocalBot and type “directory”.",
        "L’annuaire contient des coordonnées réservées aux membres du réseau, je ne l’affiche donc que dans notre conversation personnelle\u00a0: ouvrez une conversation avec FocalBot et tapez «\u00a0annuaire\u00a0».");

    public static readonly Text MayNotEdit = new(
        "You may change only your own details; the office changes other members' details. Nothing was changed.",
        "Vous ne pouvez modifier que vos propres coordonnées\u00a0; le secrétariat modifie celles des autres membres. Rien n’a été modifié.");

    public static readonly Text NotFound = new(
        "This member is no longer in the directory.",
        "Ce membre ne figure plus dans l’annuaire.");

    /// The sentence shown beside a field for each problem the edit form can have; null for problems of fields the form
    /// does not hold (state, identity), which only the office changes elsewhere.
    public static string? Problem(DetailProblem problem, Language language) => problem switch
    {
        DetailProblem.NameMissing => NameMissing.In(language),
        DetailProblem.NameTooLong => TooLong.Format(language, MemberDetails.MaxName),
        DetailProblem.OrganisationTooLong => TooLong.Format(language, MemberDetails.MaxOrganisation),
        DetailProblem.TitleTooLong => TooLong.Format(language, MemberDetails.MaxTitle),
        DetailProblem.EmailInvalid => EmailInvalid.In(language),
        DetailProblem.PhoneInvalid => PhoneInvalid.In(language),
        _ => null,
    };
}
