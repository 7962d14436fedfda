using FocalBot.Domain.Rapporteurs;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Rapporteurs;

/// Thematic rapporteurs (working methods 4.8): the roster, calls for nominations, nominations and mandates.
public static class RapporteurTexts
{
    public static readonly Text Command = new("rapporteurs", "rapporteurs");
    public static readonly Text CommandDescription = new("The thematic rapporteurs and the open calls for nominations", "Les rapporteurs thématiques et les appels à candidatures en cours");

    // The roster
    public static readonly Text Title = new("Thematic rapporteurs", "Rapporteurs thématiques");
    public static readonly Text Current = new("Current rapporteurs", "Rapporteurs en fonction");
    public static readonly Text NoRapporteur = new("The network has no rapporteur at present.", "Le réseau n’a pas de rapporteur actuellement.");
    public static readonly Text MandateUntil = new("Mandate until {0:d MMMM yyyy}", "Mandat jusqu’au {0:d MMMM yyyy}");
    public static readonly Text OpenCalls = new("Open calls for nominations", "Appels à candidatures en cours");
    public static readonly Text NoCall = new("No call is open.", "Aucun appel n’est en cours.");
    public static readonly Text History = new("Earlier mandates", "Mandats précédents");
    public static readonly Text HistoryLine = new("{0}, {1:d MMMM yyyy} – {2:d MMMM yyyy}", "{0}, du {1:d MMMM yyyy} au {2:d MMMM yyyy}");

    // A call
    public static readonly Text CallTitle = new("Call for nominations: {0}", "Appel à candidatures\u00a0: {0}");
    public static readonly Text Terms = new("Terms of reference", "Mandat");
    public static readonly Text PostsOne = new("1 post", "1\u00a0poste");
    public static readonly Text PostsMany = new("{0} posts", "{0}\u00a0postes");
    public static readonly Text MandateMonths = new("Mandate of {0} months", "Mandat de {0}\u00a0mois");
    public static readonly Text Closing = new("Nominations until {0:d MMMM yyyy}", "Candidatures jusqu’au {0:d MMMM yyyy}");
    public static readonly Text ProposedToNetwork = new("Proposed to the network: not open yet", "Proposé au réseau\u00a0: pas encore ouvert");
    public static readonly Text CallClosed = new("Closed on {0:d MMMM yyyy}", "Clos le {0:d MMMM yyyy}");
    public static readonly Text CallOpened = new(
        "The network decided: nominations for “{0}” are open until {1:d MMMM yyyy}. Any focal point may nominate themselves or a colleague of the network.",
        "Le réseau a décidé\u00a0: les candidatures pour «\u00a0{0}\u00a0» sont ouvertes jusqu’au {1:d MMMM yyyy}. Tout point de contact peut se porter candidat ou proposer un collègue du réseau.");

    public static readonly Text CallHeading = new("Call for nominations of thematic rapporteurs", "Appel à candidatures de rapporteurs thématiques");
    public static readonly Text CallOpenedBody = new(
        "The network decided: nominations are open until {0:d MMMM yyyy}. Any focal point may nominate themselves or a colleague of the network.",
        "Le réseau a décidé\u00a0: les candidatures sont ouvertes jusqu’au {0:d MMMM yyyy}. Tout point de contact peut se porter candidat ou proposer un collègue du réseau.");

    // The office writes a call
    public static readonly Text NewCall = new("Open a call for nominations", "Ouvrir un appel à candidatures");
    public static readonly Text FormTitle = new("Propose a call for thematic rapporteurs", "Proposer un appel à rapporteurs thématiques");
    public static readonly Text LanguageLabel = new("Language of the call", "Langue de l’appel");
    public static readonly Text ThemeLabel = new("Theme", "Thème");
    public static readonly Text ThemeTranslationLabel = new("Theme in the other language (optional)", "Thème dans l’autre langue (facultatif)");
    public static readonly Text TermsLabel = new("Terms of reference (up to 3,000 characters)", "Mandat (3\u00a0000\u00a0caractères au plus)");
    public static readonly Text TermsTranslationLabel = new("Terms of reference in the other language (optional)", "Mandat dans l’autre langue (facultatif)");
    public static readonly Text PostsLabel = new("Number of posts", "Nombre de postes");
    public static readonly Text MandateLabel = new("Length of the mandate, in months", "Durée du mandat, en mois");
    public static readonly Text ClosingLabel = new("Closing date for nominations", "Date de clôture des candidatures");
    public static readonly Text ClosingHint = new("At the earliest {0:d MMMM yyyy}: the network first has until {1:d MMMM yyyy} to object.", "Au plus tôt le {0:d MMMM yyyy}\u00a0: le réseau a d’abord jusqu’au {1:d MMMM yyyy} pour s’y opposer.");
    public static readonly Text Propose = new("Propose to the network", "Proposer au réseau");
    public static readonly Text ProposedDone = new(
        "The call is proposed to the network; focal points may object until {0:d MMMM yyyy}.",
        "L’appel est proposé au réseau\u00a0; les points de contact peuvent s’y opposer jusqu’au {0:d MMMM yyyy}.");

    // Nominating
    public static readonly Text Nominate = new("Nominate", "Proposer une candidature");
    public static readonly Text NominateTitle = new("Nominate for “{0}”", "Candidature pour «\u00a0{0}\u00a0»");
    public static readonly Text NomineeLabel = new("Whom do you nominate?", "Qui proposez-vous\u00a0?");
    public static readonly Text Myself = new("Myself", "Moi-même");
    public static readonly Text MotivationLabel = new("Motivation (up to 1,000 characters)", "Motivation (1\u00a0000\u00a0caractères au plus)");
    public static readonly Text SendNomination = new("Send the nomination", "Envoyer la candidature");
    public static readonly Text NominatedSelf = new("Your nomination for “{0}” is recorded.", "Votre candidature pour «\u00a0{0}\u00a0» est enregistrée.");
    public static readonly Text NominatedOther = new(
        "Your nomination of {0} is recorded. It goes forward once they accept; they will be asked in their chat.",
        "Votre proposition de {0} est enregistrée. Elle sera retenue dès que la personne l’aura acceptée\u00a0; la question lui sera posée dans sa conversation.");
    public static readonly Text YourNominations = new("Your nominations", "Vos candidatures");
    public static readonly Text WithdrawNomination = new("Withdraw", "Retirer");
    public static readonly Text Withdrawn = new("The nomination is withdrawn.", "La candidature est retirée.");

    // Consent
    public static readonly Text ConsentTitle = new("You have been nominated", "Votre candidature est proposée");
    public static readonly Text ConsentBody = new(
        "{0} nominated you as thematic rapporteur on “{1}”. Nobody is put forward without their consent: do you accept?",
        "{0} a proposé votre candidature comme rapporteur thématique sur «\u00a0{1}\u00a0». Personne n’est proposé sans son accord\u00a0: acceptez-vous\u00a0?");
    public static readonly Text Accept = new("I accept", "J’accepte");
    public static readonly Text Decline = new("I decline", "Je refuse");
    public static readonly Text Accepted = new("You accepted: your nomination goes forward.", "Vous avez accepté\u00a0: votre candidature est retenue.");
    public static readonly Text Declined = new("You declined: your nomination does not go forward.", "Vous avez refusé\u00a0: votre candidature n’est pas retenue.");

    public static readonly Text AwaitingConsent = new("waiting for consent", "en attente d’accord");
    public static readonly Text ConsentGiven = new("accepted", "acceptée");
    public static readonly Text ConsentRefused = new("declined", "refusée");
    public static readonly Text NominationWithdrawn = new("withdrawn", "retirée");

    // Appointing
    public static readonly Text Nominations = new("Nominations", "Candidatures");
    public static readonly Text NoNomination = new("No nomination was made.", "Aucune candidature n’a été présentée.");
    public static readonly Text NominatedBy = new("Nominated by {0}", "Proposée par {0}");
    public static readonly Text SelfNominated = new("Self-nominated", "Candidature personnelle");
    public static readonly Text AppointLabel = new("Appoint (up to {0})", "Nommer ({0} au plus)");
    public static readonly Text Appoint = new("Appoint and close the call", "Nommer et clore l’appel");
    public static readonly Text AppointNobody = new("Close with nobody appointed", "Clore sans nomination");
    public static readonly Text AppointedDone = new("The call is closed; the roster is updated and the nominees will be told.", "L’appel est clos\u00a0; la liste est à jour et les candidats en seront informés.");
    public static readonly Text AppointedYou = new(
        "You are appointed thematic rapporteur on “{0}” until {1:d MMMM yyyy}.",
        "Vous êtes désormais rapporteur thématique sur «\u00a0{0}\u00a0»\u00a0; votre mandat court jusqu’au {1:d MMMM yyyy}.");
    public static readonly Text NotAppointedYou = new(
        "The call on “{0}” is closed; you were not appointed this time. Thank you for your nomination.",
        "L’appel sur «\u00a0{0}\u00a0» est clos\u00a0; votre candidature n’a pas été retenue cette fois. Merci de l’avoir présentée.");
    public static readonly Text AppointedChannel = new("Thematic rapporteurs on “{0}”: {1}", "Rapporteurs thématiques sur «\u00a0{0}\u00a0»\u00a0: {1}");

    // Mandates
    public static readonly Text Renew = new("Renew", "Renouveler");
    public static readonly Text RenewLabel = new("Renew for how many months?", "Renouveler pour combien de mois\u00a0?");
    public static readonly Text EndEarly = new("End the mandate", "Mettre fin au mandat");
    public static readonly Text StepDown = new("Step down", "Quitter mes fonctions");
    public static readonly Text Renewed = new("The mandate now runs until {0:d MMMM yyyy}.", "Le mandat court désormais jusqu’au {0:d MMMM yyyy}.");
    public static readonly Text Ended = new("The mandate ended on {0:d MMMM yyyy}.", "Le mandat a pris fin le {0:d MMMM yyyy}.");
    public static readonly Text EndingSoon = new(
        "The mandate of {0} on “{1}” ends on {2:d MMMM yyyy}: renew it or let it end.",
        "Le mandat de {0} sur «\u00a0{1}\u00a0» prend fin le {2:d MMMM yyyy}\u00a0: renouvelez-le ou laissez-le s’achever.");
    public static readonly Text AddToAgenda = new("Add the report to a meeting's agenda", "Inscrire le rapport à l’ordre du jour d’une réunion");
    public static readonly Text AgendaItem = new("Report of the rapporteur on {0}", "Rapport du rapporteur sur {0}");

    // The roster's words of state and facts
    public static readonly Text OnlyInPersonalChat = new(
        "The rapporteurs are shown in our personal chat: open FocalBot in Teams' chat and write “rapporteurs”.",
        "Les rapporteurs s’affichent dans notre conversation personnelle\u00a0: ouvrez FocalBot dans la conversation Teams et écrivez «\u00a0rapporteurs\u00a0».");
    public static readonly Text ProposedCalls = new("Calls proposed to the network", "Appels proposés au réseau");
    public static readonly Text ClosedCalls = new("Calls awaiting appointment", "Appels en attente de nomination");
    public static readonly Text ClosedForNominations = new("Nominations closed on {0:d MMMM yyyy}: the office appoints.", "Candidatures closes le {0:d MMMM yyyy}\u00a0: le secrétariat procède aux nominations.");
    public static readonly Text PostsFact = new("Posts", "Postes");
    public static readonly Text MandateFact = new("Mandate", "Mandat");
    public static readonly Text MonthsValue = new("{0} months", "{0}\u00a0mois");
    public static readonly Text ClosingFact = new("Closing date", "Date de clôture");
    public static readonly Text DateValue = new("{0:d MMMM yyyy}", "{0:d MMMM yyyy}");
    public static readonly Text StateFact = new("Member state", "État membre");
    public static readonly Text ThemeFact = new("Theme", "Thème");
    public static readonly Text English = new("English", "Anglais");
    public static readonly Text French = new("French", "Français");
    public static readonly Text ClosingUnreadable = new("Give the closing date.", "Indiquez la date de clôture.");
    public static readonly Text CallProposedBy = new("Proposed by the office on {0:d MMMM yyyy}", "Proposé par le secrétariat le {0:d MMMM yyyy}");
    public static readonly Text RenewOrEnd = new("Renew or end", "Renouveler ou mettre fin");
    public static readonly Text MandateOf = new("Mandate of {0}", "Mandat de {0}");
    public static readonly Text StepDownConfirm = new(
        "Step down as rapporteur on “{0}”? Your mandate ends today; the office and the roster will show it.",
        "Quitter vos fonctions de rapporteur sur «\u00a0{0}\u00a0»\u00a0? Votre mandat prend fin aujourd’hui\u00a0; le secrétariat et la liste l’indiqueront.");
    public static readonly Text BackToRoster = new("Back to the rapporteurs", "Retour aux rapporteurs");

    public static readonly Text NominationAppointed = new("appointed", "retenue");
    public static readonly Text NominationNotAppointed = new("not appointed", "non retenue");
    public static readonly Text NominationLine = new("{0} ({1}): {2}", "{0} ({1})\u00a0: {2}");
    public static readonly Text OwnNominationLine = new("{0}: {1}", "{0}\u00a0: {1}");
    public static readonly Text Motivation = new("Motivation: ", "Motivation\u00a0: ");
    public static readonly Text ChooseSomeone = new(
        "Choose whom to appoint, or close the call with nobody appointed.",
        "Choisissez les personnes à nommer, ou décidez de clore l’appel sans nomination.");
    public static readonly Text NoneAccepted = new("Nobody accepted a nomination: the call can only close with nobody appointed.", "Aucune candidature n’a été acceptée\u00a0: l’appel ne peut être clos que sans nomination.");
    public static readonly Text AppointedNobodyDone = new("The call is closed with nobody appointed; the nominees will be told.", "L’appel est clos sans nomination\u00a0; les candidats en seront informés.");
    public static readonly Text NobodyAppointed = new("Nobody was appointed.", "Personne n’a été nommé.");
    public static readonly Text AppointedTitle = new("Thematic rapporteurs appointed", "Rapporteurs thématiques nommés");
    public static readonly Text CallClosedTitle = new("Call for nominations closed", "Appel à candidatures clos");
    public static readonly Text EndingSoonTitle = new("A rapporteur's mandate ends soon", "Le mandat d’un rapporteur prend bientôt fin");
    public static readonly Text SteppedDown = new("The mandate ended on {0:d MMMM yyyy}: you stepped down.", "Le mandat a pris fin le {0:d MMMM yyyy}\u00a0: vous avez quitté vos fonctions.");
    public static readonly Text ConsentAsked = new("Nominated by {0}", "Candidature proposée par {0}");

    // The report on a meeting's agenda
    public static readonly Text AgendaTitle = new("Add the report of {0} to a draft agenda", "Inscrire le rapport de {0} à un ordre du jour");
    public static readonly Text DraftMeetings = new("Meetings being prepared", "Réunions en préparation");
    public static readonly Text NoDraftMeeting = new(
        "No meeting is being prepared: draft one with “meeting” first.",
        "Aucune réunion n’est en préparation\u00a0: préparez-en d’abord une avec «\u00a0réunion\u00a0».");
    public static readonly Text AddHere = new("Add to this agenda", "Inscrire à cet ordre du jour");
    public static readonly Text AgendaAdded = new("The report is on the draft agenda of this meeting.", "Le rapport est inscrit à l’ordre du jour provisoire de cette réunion.");
    public static readonly Text AgendaAlready = new("The report is already on the draft agenda of this meeting.", "Le rapport figure déjà à l’ordre du jour provisoire de cette réunion.");
    public static readonly Text MeetingNotDraft = new("This meeting is no longer a draft: revise its agenda from the meeting itself.", "Cette réunion n’est plus en préparation\u00a0: modifiez son ordre du jour depuis la réunion elle-même.");

    public static readonly Text NotFound = new("This call or mandate was not found.", "Cet appel ou ce mandat est introuvable.");
    public static readonly Text OfficeOnly = new("Only the office can do this.", "Seul le secrétariat peut le faire.");
    public static readonly Text FixProblems = new("Please correct the following:", "Veuillez corriger ce qui suit\u00a0:");
    public static readonly Text ChangedMeanwhile = new(
        "Someone changed this at the same moment; nothing was saved. Here it is as it stands now.",
        "Quelqu’un a fait une modification au même moment\u00a0; rien n’a été enregistré. Voici l’état actuel.");

    public static string Describe(CallProblem problem, Language language) => (problem switch
    {
        CallProblem.ThemeMissing => new Text("Give the theme.", "Indiquez le thème."),
        CallProblem.ThemeTooLong => new Text("The theme is too long (200 characters at most).", "Le thème est trop long (200\u00a0caractères au plus)."),
        CallProblem.TermsMissing => new Text("Give the terms of reference.", "Indiquez le mandat."),
        CallProblem.TermsTooLong => new Text("The terms of reference are too long (3,000 characters at most).", "Le mandat est trop long (3\u00a0000\u00a0caractères au plus)."),
        CallProblem.TranslationTooLong => new Text("A translation is too long.", "Une traduction est trop longue."),
        CallProblem.PostsOutOfRange => new Text("Give between 1 and 10 posts.", "Indiquez entre 1 et 10\u00a0postes."),
        CallProblem.MandateOutOfRange => new Text("Give a mandate of 1 to 60 months.", "Indiquez un mandat de 1 à 60\u00a0mois."),
        CallProblem.ClosingTooSoon => new Text("The closing date is too soon: nominations need time after the network's decision.", "La date de clôture est trop proche\u00a0: les candidatures demandent du temps après la décision du réseau."),
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
    }).In(language);

    public static string Describe(NominationRefusal refusal, Language language) => (refusal switch
    {
        NominationRefusal.NotAllowed => new Text("Only focal points nominate.", "Seuls les points de contact présentent des candidatures."),
        NominationRefusal.CallNotOpen => new Text("This call is not open for nominations.", "Cet appel n’est pas ouvert aux candidatures."),
        NominationRefusal.ClosingDatePassed => new Text("The closing date has passed; nothing was changed.", "La date de clôture est passée\u00a0; rien n’a été modifié."),
        NominationRefusal.NomineeNotAMember => new Text("Only an active focal point of the network can be nominated.", "Seul un point de contact actif du réseau peut être proposé."),
        NominationRefusal.AlreadyNominated => new Text("This person is already nominated for this call.", "Cette personne est déjà candidate à cet appel."),
        NominationRefusal.MotivationMissing => new Text("Give a short motivation.", "Indiquez une courte motivation."),
        NominationRefusal.MotivationTooLong => new Text("The motivation is too long (1,000 characters at most).", "La motivation est trop longue (1\u00a0000\u00a0caractères au plus)."),
        NominationRefusal.NotTheNominee => new Text("Only the person nominated can answer.", "Seule la personne proposée peut répondre."),
        NominationRefusal.NotYours => new Text("Only the person nominated, or who nominated them, can withdraw it.", "Seule la personne proposée, ou celle qui l’a proposée, peut la retirer."),
        NominationRefusal.AlreadyAnswered => new Text("This nomination was already answered or withdrawn.", "Cette candidature a déjà reçu une réponse ou a été retirée."),
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
    }).In(language);

    public static string Describe(MandateRefusal refusal, Language language) => (refusal switch
    {
        MandateRefusal.NotAllowed => OfficeOnly,
        MandateRefusal.CallNotOpen => new Text("This call is already closed.", "Cet appel est déjà clos."),
        MandateRefusal.CallNotClosedYet => new Text("Nominations are taken until the closing date; appoint after it.", "Les candidatures sont reçues jusqu’à la date de clôture\u00a0; nommez après celle-ci."),
        MandateRefusal.TooManyAppointed => new Text("More people are chosen than there are posts.", "Il y a plus de personnes choisies que de postes."),
        MandateRefusal.NotAccepted => new Text("Only nominees who accepted can be appointed.", "Seuls les candidats qui ont accepté peuvent être nommés."),
        MandateRefusal.UnknownNomination => new Text("A chosen nomination does not belong to this call.", "Une candidature choisie n’appartient pas à cet appel."),
        MandateRefusal.NotActive => new Text("This mandate has ended.", "Ce mandat a pris fin."),
        MandateRefusal.RenewalOutOfRange => new Text("Renew for 1 to 60 months.", "Renouvelez pour 1 à 60\u00a0mois."),
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
    }).In(language);
}
