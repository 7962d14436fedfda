using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// Every text of a meeting's attendance (the office's list, walk-ins, the figures on the status card and in the
/// participants annex), English and French side by side.
public static class AttendanceTexts
{
    // The attendance list

    public static readonly Text Button = new("Attendance", "Présences");
    public static readonly Text Title = new("Attendance", "Présences");
    public static readonly Text Intro = new(
        "Tick who attended. Record a gender only for a participant who agreed: members never see it, only the counts.",
        "Cochez les personnes présentes. Ne consignez le genre que d’une personne qui l’a accepté\u00a0: les membres ne le voient jamais, seulement les totaux.");
    public static readonly Text Present = new("Present", "Présent(e)");
    public static readonly Text GenderLabel = new("Gender, only with their agreement", "Genre, seulement avec son accord");
    public static readonly Text GenderNotRecorded = new("Gender not recorded", "Genre non consigné");
    public static readonly Text Woman = new("Woman", "Femme");
    public static readonly Text Man = new("Man", "Homme");
    public static readonly Text OtherGender = new("Another gender", "Autre genre");
    public static readonly Text Consent = new("Agreed to have their gender counted", "A accepté que son genre soit comptabilisé");
    public static readonly Text Save = new("Save the attendance", "Enregistrer les présences");
    public static readonly Text SaveAndNext = new("Save and show the next people", "Enregistrer et afficher les suivants");
    public static readonly Text SaveAndPrevious = new("Save and show the people before", "Enregistrer et afficher les précédents");
    public static readonly Text Page = new("People {0} to {1} of {2}", "Personnes {0} à {1} sur {2}");
    public static readonly Text Saved = new("Attendance saved: {0} present.", "Présences enregistrées\u00a0; présents\u00a0: {0}.");
    public static readonly Text NotSavedYet = new("Nothing recorded yet: the list below comes from the answers.",
        "Rien n’est encore enregistré\u00a0: la liste ci-dessous reprend les réponses.");
    public static readonly Text AnnouncedInPerson = new("answered: in person", "réponse\u00a0: en présentiel");
    public static readonly Text AnnouncedOnline = new("answered: online", "réponse\u00a0: en ligne");
    public static readonly Text AnnouncedSubstitute = new("substitute for {0}", "en remplacement de {0}");
    public static readonly Text ExternalParticipant = new("external participant", "participant extérieur");
    public static readonly Text WalkInMark = new("walk-in", "présence non annoncée");
    public static readonly Text WalkInButton = new("Add a walk-in", "Ajouter une personne non inscrite");
    public static readonly Text BackButton = new("Back to the answers", "Retour aux réponses");

    // Adding a walk-in

    public static readonly Text WalkInTitle = new("Add a walk-in", "Ajouter une personne non inscrite");
    public static readonly Text WalkInBody = new(
        "A member of the network who was not invited or did not answer: choose them. Someone from outside: type their details.",
        "Un membre du réseau non invité ou qui n’a pas répondu\u00a0: choisissez-le. Une personne extérieure\u00a0: saisissez ses coordonnées.");
    public static readonly Text MemberLabel = new("Member of the network", "Membre du réseau");
    public static readonly Text NoMember = new("Someone from outside the network", "Une personne extérieure au réseau");
    public static readonly Text NameLabel = new("Name (someone from outside)", "Nom (personne extérieure)");
    public static readonly Text JobTitleLabel = new("Title", "Fonction");
    public static readonly Text OrganisationLabel = new("Organisation", "Organisation");
    public static readonly Text KindLabel = new("Kind of organisation", "Type d’organisation");
    public static readonly Text StateLabel = new("Member state represented", "État membre représenté");
    public static readonly Text NoState = new("None", "Aucun");
    public static readonly Text CountryLabel = new("Or country", "Ou pays");
    public static readonly Text Add = new("Add, ticked present", "Ajouter comme présent(e)");
    public static readonly Text WalkInAdded = new("{0} is on the list, ticked present.", "{0} figure sur la liste, avec sa présence cochée.");

    public static readonly Text AnnexReady = new("Participants annex: {0} attended, with the counts.", "Annexe des participants, avec les totaux (présents\u00a0: {0}).");

    // Figures

    public static readonly Text FiguresHeading = new("Attendance (counts only)", "Présences (totaux uniquement)");
    public static readonly Text PresentFact = new("Present", "Présents");
    public static readonly Text GenderFact = new("Gender, where recorded with consent", "Genre, là où il est consigné avec accord");
    public static readonly Text NoneRecorded = new("none recorded", "aucun consigné");
    public static readonly Text StatesFact = new("Member states", "États membres");
    public static readonly Text OrganisationsFact = new("Organisations", "Organisations");
    public static readonly Text CountOf = new("{0} {1}", "{0}\u00a0{1}");
    public static readonly Text ByStateLine = new("By member state: {0}.", "Par État membre\u00a0: {0}.");
    public static readonly Text ByOrganisationLine = new("By kind of organisation: {0}.", "Par type d’organisation\u00a0: {0}.");

    /// "28 participants (16 women and 12 men) from 10 member states": the report's sentence, from the counts alone.
    public static string Sentence(AttendanceFigures f, Language l)
    {
        var people = Count(f.Present, l, new("participant", "participant"), new("participants", "participants"));
        var list = Genders(f, l);
        var gender = f.GenderRecorded == 0 ? ""
            : f.GenderRecorded == f.Present ? $" ({list})"
            : l == Language.Fr ? $" (genre consigné pour {f.GenderRecorded}\u00a0: {list})" : $" (gender recorded for {f.GenderRecorded}: {list})";
        var states = f.States == 0 ? ""
            : l == Language.Fr ? (f.States == 1 ? " d’un État membre" : $" de {f.States}\u00a0États membres")
            : f.States == 1 ? " from 1 member state" : $" from {f.States} member states";
        return $"{people}{gender}{states}.";
    }

    /// "16 women and 12 men", "2 women, 1 man and 1 person of another gender"; "none recorded" when there is none.
    public static string Genders(AttendanceFigures f, Language l)
    {
        var genders = new[]
        {
            f.Women > 0 ? Count(f.Women, l, new("woman", "femme"), new("women", "femmes")) : null,
            f.Men > 0 ? Count(f.Men, l, new("man", "homme"), new("men", "hommes")) : null,
            f.OtherGender > 0 ? Count(f.OtherGender, l, new("person of another gender", "personne d’un autre genre"), new("people of another gender", "personnes d’un autre genre")) : null,
        }.OfType<string>().ToList();
        return genders.Count switch
        {
            0 => NoneRecorded.In(l),
            1 => genders[0],
            _ => string.Join(", ", genders.SkipLast(1)) + (l == Language.Fr ? " et " : " and ") + genders[^1],
        };
    }

    /// "France 3, Germany 2", in the Council's order of member states, names in the reader's language.
    public static string ByState(AttendanceFigures f, Language l) =>
        string.Join(", ", f.ByState.Select(s => $"{MemberStates.NameIn(s.State, l)} {s.Count}"));

    /// "national authorities 20, Council of Europe 3, not stated 1".
    public static string ByOrganisation(AttendanceFigures f, Language l) =>
        string.Join(", ", f.ByOrganisation.Select(k => $"{Kinds(k.Kind).In(l)} {k.Count}"));

    /// An organisation kind as a figure counts it.
    public static Text Kinds(OrganisationKind? kind) => kind switch
    {
        OrganisationKind.NationalAuthority => new("national authorities", "autorités nationales"),
        OrganisationKind.CouncilOfEurope => new("Council of Europe", "Conseil de l’Europe"),
        OrganisationKind.InternationalOrganisation => new("international organisations", "organisations internationales"),
        OrganisationKind.CivilSociety => new("civil society", "société civile"),
        OrganisationKind.Academia => new("academia and research", "universités et recherche"),
        OrganisationKind.Other => new("other", "autres"),
        _ => new("not stated", "non précisé"),
    };

    /// An organisation kind as the walk-in form offers it.
    public static Text Kind(OrganisationKind kind) => kind switch
    {
        OrganisationKind.NationalAuthority => new("National authority", "Autorité nationale"),
        OrganisationKind.CouncilOfEurope => new("Council of Europe", "Conseil de l’Europe"),
        OrganisationKind.InternationalOrganisation => new("International organisation", "Organisation internationale"),
        OrganisationKind.CivilSociety => new("Civil society", "Société civile"),
        OrganisationKind.Academia => new("University or research", "Université ou recherche"),
        _ => new("Other", "Autre"),
    };

    public static string Describe(AttendanceRefusal refusal, Language language, DateTimeOffset? start = null) => (refusal switch
    {
        AttendanceRefusal.NotAllowed => MeetingTexts.OfficeOnly,
        AttendanceRefusal.NotConvened => new Text("This meeting has not been convened.", "Cette réunion n’a pas été convoquée."),
        AttendanceRefusal.Cancelled => new Text("This meeting is cancelled: nobody attended.", "Cette réunion est annulée\u00a0: personne n’y a assisté."),
        AttendanceRefusal.NotStarted => new Text(
            "Attendance is recorded from the meeting's start, {0:d MMMM yyyy 'at' HH:mm} where it is held. Nothing was recorded.",
            "Les présences s’enregistrent à partir du début de la réunion, le {0:d MMMM yyyy 'à' HH'\u00a0h\u00a0'mm} (heure du lieu). Rien n’a été enregistré."),
        AttendanceRefusal.NotExpected => new Text(
            "Someone on this card was neither invited nor added as a walk-in: add them as a walk-in first. Nothing was recorded.",
            "Une personne de cette carte n’était ni invitée ni ajoutée comme personne non inscrite\u00a0: ajoutez-la d’abord. Rien n’a été enregistré."),
        AttendanceRefusal.GenderWithoutConsent => new Text(
            "A gender is recorded only for a participant who agreed: tick their agreement, or leave the gender not recorded.",
            "Le genre n’est consigné que pour une personne qui l’a accepté\u00a0: cochez son accord, ou laissez le genre non consigné."),
        AttendanceRefusal.WalkInMissing => new Text("Choose a member, or type the name of someone from outside.", "Choisissez un membre, ou saisissez le nom d’une personne extérieure."),
        AttendanceRefusal.WalkInTwice => new Text("Choose a member or type a name, not both.", "Choisissez un membre ou saisissez un nom, pas les deux."),
        AttendanceRefusal.AlreadyListed => new Text("This member is on the list already: tick them present there.", "Ce membre figure déjà sur la liste\u00a0: cochez sa présence."),
        AttendanceRefusal.UnknownMember => new Text("This member is not an active member of the network.", "Cette personne n’est pas un membre actif du réseau."),
        AttendanceRefusal.Invalid => new Text("Check the details: a name, and each field within its length.", "Vérifiez les informations\u00a0: un nom, et chaque champ dans sa longueur."),
        AttendanceRefusal.OrganisationKindMissing => new Text("Choose the kind of organisation: the figures count it.", "Choisissez le type d’organisation\u00a0: les totaux en tiennent compte."),
        AttendanceRefusal.TooMany => new Text("The list is full.", "La liste est complète."),
        _ => new Text(refusal.ToString(), refusal.ToString()),
    }).Format(language, start?.DateTime);

    // French counts 0 and 1 in the singular, as FiguresTexts does.
    static string Count(int n, Language l, Text one, Text many) => CountOf.Format(l, n, (n == 1 || (l == Language.Fr && n == 0) ? one : many).In(l));
}
