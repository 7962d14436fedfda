using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Members;

/// Every user-facing text of the CSV import (its card, its report, the file sent in the chat), English and French side
/// by side; the rest of membership management is in MemberTexts.
public static class MemberImportTexts
{
    // CSV import

    public static readonly Text ImportTitle = new("Import members from CSV", "Importer des membres depuis un CSV");

    public static readonly Text ImportColumns = new(
        "First row: the column names, in any order: **name**, **role**, state, lead, organisation, title, **email**, phone, language, aadObjectId, tenantId. Separate with commas or semicolons; save as UTF-8.",
        "Première ligne\u00a0: le nom des colonnes, dans n’importe quel ordre\u00a0: **name**, **role**, state, lead, organisation, title, **email**, phone, language, aadObjectId, tenantId. Séparateur virgule ou point-virgule\u00a0; enregistrez en UTF-8.");

    public static readonly Text ImportRules = new(
        "Role: focal point, office or expert. State: code or name (FR, France). Lead: yes or no. Language: en or fr. People are found by aadObjectId, else by e-mail. An empty cell keeps what the directory has. A refused row changes nothing; the other rows still apply.",
        "Rôle\u00a0: focal point, office ou expert (ou point de contact, secrétariat, expert). État\u00a0: code ou nom (FR, France). Lead\u00a0: oui ou non. Langue\u00a0: en ou fr. Les personnes sont retrouvées par aadObjectId, sinon par courriel. Une cellule vide conserve la valeur de l’annuaire. Une ligne refusée ne modifie rien\u00a0; les autres lignes s’appliquent.");

    public static readonly Text ImportFileHint = new(
        "You can also send me the .csv file here, in our personal chat.",
        "Vous pouvez aussi m’envoyer le fichier .csv ici, dans notre conversation personnelle.");

    public static readonly Text CsvText = new("CSV text", "Texte CSV");
    public static readonly Text CsvRequired = new("Paste the CSV text.", "Collez le texte CSV.");
    public static readonly Text CheckOnly = new("Check only, change nothing", "Vérifier seulement, sans rien modifier");
    public static readonly Text ImportConfirmButton = new("Import", "Importer");
    public static readonly Text CsvTooLong = new("The text is longer than {0} characters.", "Le texte dépasse {0} caractères.");

    public static readonly Text ReportTitle = new("Import result", "Résultat de l’import");
    public static readonly Text CheckedOnly = new(
        "Check only: nothing was changed. This is what the import would do.",
        "Vérification seulement\u00a0: rien n’a été modifié. Voici ce que ferait l’import.");
    public static readonly Text ReportSummary = new(
        "{0} added, {1} changed, {2} unchanged, {3} refused.",
        "{0} ajouté(s), {1} modifié(s), {2} inchangé(s), {3} refusé(s).");
    public static readonly Text RowAdded = new("Row {0}, {1}: added", "Ligne {0}, {1}\u00a0: ajouté");
    public static readonly Text RowChanged = new("Row {0}, {1}: changed ({2})", "Ligne {0}, {1}\u00a0: modifié ({2})");
    public static readonly Text RowRefused = new("Row {0}, {1}: refused, {2}", "Ligne {0}, {1}\u00a0: refusé, {2}");
    public static readonly Text NoName = new("(no name)", "(sans nom)");
    public static readonly Text AndMore = new("… and {0} more.", "… et {0} de plus.");
    public static readonly Text FileRefused = new("The file cannot be imported, nothing was changed:", "Le fichier ne peut pas être importé, rien n’a été modifié\u00a0:");
    public static readonly Text NoRows = new("The file has no data rows.", "Le fichier n’a aucune ligne de données.");

    // Files sent in the chat

    public static readonly Text FileHostRefused = new(
        "I only read files sent from Microsoft 365 (SharePoint or OneDrive). Nothing was imported.",
        "Je ne lis que les fichiers envoyés depuis Microsoft 365 (SharePoint ou OneDrive). Rien n’a été importé.");
    public static readonly Text FileTooLarge = new(
        "The file is larger than {0} KB. Nothing was imported.",
        "Le fichier dépasse {0} Ko. Rien n’a été importé.");
    public static readonly Text FileNotUtf8 = new(
        "The file is not UTF-8 text: save it as \"CSV UTF-8\" and send it again. Nothing was imported.",
        "Le fichier n’est pas un texte UTF-8\u00a0: enregistrez-le au format «\u00a0CSV UTF-8\u00a0» et renvoyez-le. Rien n’a été importé.");
    public static readonly Text FileUnavailable = new(
        "I could not download the file. Nothing was imported; please send it again.",
        "Je n’ai pas pu télécharger le fichier. Rien n’a été importé\u00a0; veuillez le renvoyer.");

    // Problems and field names, as the import report lists them

    public static readonly Text CsvEmpty = new("the file is empty", "le fichier est vide");
    public static readonly Text CsvHeaderMissing = new("the first row must name the columns (name, role, email…)", "la première ligne doit nommer les colonnes (name, role, email…)");
    public static readonly Text CsvColumnUnknown = new("unknown column \"{0}\"", "colonne inconnue «\u00a0{0}\u00a0»");
    public static readonly Text CsvColumnMissing = new("the column \"{0}\" is missing", "la colonne «\u00a0{0}\u00a0» manque");
    public static readonly Text CsvColumnTwice = new("the column \"{0}\" appears twice", "la colonne «\u00a0{0}\u00a0» apparaît deux fois");
    public static readonly Text CsvTooManyRows = new("more than {0} rows: split the file", "plus de {0} lignes\u00a0: découpez le fichier");
    public static readonly Text CsvQuoteNotClosed = new("a quote opened on row {0} is never closed", "un guillemet ouvert ligne {0} n’est jamais fermé");
    public static readonly Text CsvFieldCount = new("more cells than columns ({0})", "plus de cellules que de colonnes ({0})");
    public static readonly Text CsvRoleUnknown = new("unknown role \"{0}\"", "rôle inconnu «\u00a0{0}\u00a0»");
    public static readonly Text CsvLeadUnknown = new("lead must be yes or no, not \"{0}\"", "lead doit valoir oui ou non, pas «\u00a0{0}\u00a0»");
    public static readonly Text CsvLanguageUnknown = new("language must be en or fr, not \"{0}\"", "la langue doit être en ou fr, pas «\u00a0{0}\u00a0»");
    public static readonly Text CsvIdentityIncomplete = new("a tenantId needs an aadObjectId", "un tenantId exige un aadObjectId");
    public static readonly Text RowDuplicateRow = new("row {0} is already about this person", "la ligne {0} concerne déjà cette personne");
    public static readonly Text RowSecondLead = new("row {0} already makes someone lead of this state", "la ligne {0} désigne déjà un principal pour cet État");
    public static readonly Text RowLeftNetwork = new("this member left the network ({0}): re-admit them with Add a member", "ce membre a quitté le réseau ({0})\u00a0: réintégrez-le avec Ajouter un membre");
    public static readonly Text RowEmailOfAnotherMember = new("the e-mail belongs to a member with another Teams identity", "le courriel appartient à un membre ayant une autre identité Teams");
    public static readonly Text RowRoleMissing = new("a new member needs a role", "un nouveau membre doit avoir un rôle");
    public static readonly Text RowNotSaved = new("not saved: the member changed meanwhile or the identity is taken; import again", "non enregistré\u00a0: le membre a changé entre-temps ou l’identité est déjà prise\u00a0; importez à nouveau");
    public static readonly Text FieldName = new("name", "nom");
    public static readonly Text FieldRole = new("role", "rôle");
    public static readonly Text FieldState = new("state", "État");
    public static readonly Text FieldLead = new("lead", "principal");
    public static readonly Text FieldOrganisation = new("organisation", "organisation");
    public static readonly Text FieldTitle = new("job title", "fonction");
    public static readonly Text FieldEmail = new("e-mail", "courriel");
    public static readonly Text FieldPhone = new("phone", "téléphone");
    public static readonly Text FieldLanguage = new("language", "langue");
    public static readonly Text FieldIdentity = new("Teams identity", "identité Teams");

    // Describing

    public static string Describe(CsvIssue issue, Language language) => (issue.Problem switch
    {
        CsvProblem.Empty => CsvEmpty,
        CsvProblem.HeaderMissing => CsvHeaderMissing,
        CsvProblem.ColumnUnknown => CsvColumnUnknown,
        CsvProblem.ColumnMissing => CsvColumnMissing,
        CsvProblem.ColumnTwice => CsvColumnTwice,
        CsvProblem.TooManyRows => CsvTooManyRows,
        CsvProblem.QuoteNotClosed => CsvQuoteNotClosed,
        CsvProblem.FieldCount => CsvFieldCount,
        CsvProblem.RoleUnknown => CsvRoleUnknown,
        CsvProblem.LeadUnknown => CsvLeadUnknown,
        CsvProblem.LanguageUnknown => CsvLanguageUnknown,
        CsvProblem.IdentityIncomplete => CsvIdentityIncomplete,
        _ => throw new ArgumentOutOfRangeException(nameof(issue), issue.Problem, null),
    }).Format(language, issue.Value);

    public static string Describe(RowProblem problem, string? value, Language language) => (problem switch
    {
        RowProblem.DuplicateRow => RowDuplicateRow,
        RowProblem.SecondLead => RowSecondLead,
        RowProblem.LeftNetwork => RowLeftNetwork,
        RowProblem.EmailOfAnotherMember => RowEmailOfAnotherMember,
        RowProblem.RoleMissing => RowRoleMissing,
        RowProblem.LeadNotFocalPoint => MemberTexts.RuleLeadNotFocalPoint,
        RowProblem.NotSaved => RowNotSaved,
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
    }).Format(language, value);

    public static string Describe(MemberField field, Language language) => (field switch
    {
        MemberField.Name => FieldName,
        MemberField.Role => FieldRole,
        MemberField.State => FieldState,
        MemberField.Lead => FieldLead,
        MemberField.Organisation => FieldOrganisation,
        MemberField.Title => FieldTitle,
        MemberField.Email => FieldEmail,
        MemberField.Phone => FieldPhone,
        MemberField.Language => FieldLanguage,
        MemberField.Identity => FieldIdentity,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    }).In(language);
}
