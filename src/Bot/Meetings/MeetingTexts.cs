using FocalBot.Domain.Meetings;
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

    // Commands

    public static readonly Text Command = new("meetings", "réunions");
    public static readonly Text CommandDescription = new(
        "plenary meetings and thematic sessions: convocations, your answer, the agenda",
        "réunions plénières et sessions thématiques\u00a0: convocations, votre réponse, l’ordre du jour");
    public static readonly Text NewCommand = new("meeting", "réunion");
    public static readonly Text NewCommandDescription = new("convene a new meeting (office only)", "convoquer une nouvelle réunion (secrétariat uniquement)");

    public static readonly Text OfficeOnly = new("Only the office convenes meetings and decides on their agenda. Nothing was changed.",
        "Seul le secrétariat convoque les réunions et décide de leur ordre du jour. Rien n’a été modifié.");
    public static readonly Text NotFound = new("This meeting no longer exists. Type “meetings” to see the list.",
        "Cette réunion n’existe plus. Tapez «\u00a0réunions\u00a0» pour voir la liste.");
    public static readonly Text NotSaved = new("This could not be saved just now; nothing was changed. Please try again.",
        "L’enregistrement n’a pas abouti pour l’instant\u00a0; rien n’a été modifié. Veuillez réessayer.");
    public static readonly Text DaysMissing = new("Choose the opening and closing days.", "Choisissez les jours d’ouverture et de clôture.");
    public static readonly Text FixProblems = new("Please correct the following:", "Veuillez corriger ce qui suit\u00a0:");
    public static readonly Text ChangedMeanwhile = new("Someone changed this meeting since you opened it. Here it is as it is now; nothing of yours was saved.",
        "Quelqu’un a modifié cette réunion depuis que vous l’avez ouverte. La voici dans son état actuel\u00a0; rien de votre part n’a été enregistré.");

    // The form

    public static readonly Text NewTitle = new("New meeting", "Nouvelle réunion");
    public static readonly Text DraftTitle = new("Meeting (draft)", "Réunion (brouillon)");
    public static readonly Text KindLabel = new("Kind", "Type");
    public static readonly Text Plenary = new("Plenary meeting", "Réunion plénière");
    public static readonly Text Thematic = new("Thematic session", "Session thématique");
    public static readonly Text TitleEnLabel = new("Title in English", "Titre en anglais");
    public static readonly Text TitleFrLabel = new("Title in French", "Titre en français");
    public static readonly Text OpeningLabel = new("Opening day", "Jour d’ouverture");
    public static readonly Text ClosingLabel = new("Closing day", "Jour de clôture");
    public static readonly Text StartsLabel = new("Starts at (optional)", "Début (facultatif)");
    public static readonly Text EndsLabel = new("Ends at (optional)", "Fin (facultatif)");
    public static readonly Text TimeZoneLabel = new("Time zone", "Fuseau horaire");
    public static readonly Text PlaceLabel = new("Place", "Lieu");
    public static readonly Text LinkLabel = new("Online link (https)", "Lien de connexion (https)");
    public static readonly Text ExternalsLabel = new("External participants may attend (thematic sessions only)", "Des participants extérieurs peuvent assister (sessions thématiques uniquement)");
    public static readonly Text AudienceLabel = new("Invite", "Inviter");
    public static readonly Text AudienceAll = new("Every focal point", "Tous les points de contact");
    public static readonly Text AudienceChosen = new("Only the members chosen below", "Seulement les membres choisis ci-dessous");
    public static readonly Text MembersLabel = new("Members", "Membres");
    public static readonly Text AudienceGroup = new("Only the members of the thematic group chosen below", "Seulement les membres du groupe thématique choisi ci-dessous");
    public static readonly Text GroupLabel = new("Thematic group", "Groupe thématique");
    public static readonly Text GroupPlaceholder = new("Choose a group", "Choisissez un groupe");
    public static readonly Text GroupFact = new("Thematic group", "Groupe thématique");
    /// The form named a group the network has not created, or one withdrawn since: only forged data or a late change does that.
    public static readonly Text GroupUnavailable = new(
        "This thematic group does not exist or is not active: choose another audience.",
        "Ce groupe thématique n’existe pas ou n’est pas actif\u00a0: choisissez d’autres destinataires.");
    public static readonly Text AgendaHeading = new("Draft agenda", "Projet d’ordre du jour");
    public static readonly Text ItemEnLabel = new("Item {0} in English", "Point {0} en anglais");
    public static readonly Text ItemFrLabel = new("Item {0} in French", "Point {0} en français");
    public static readonly Text AddItem = new("Add an agenda item", "Ajouter un point");
    public static readonly Text SaveDraft = new("Save the draft", "Enregistrer le brouillon");

    public static string Describe(MeetingIssue issue, Language language) => (issue.Problem switch
    {
        MeetingProblem.TitleMissing => new Text("Give the title in English or French.", "Indiquez le titre en anglais ou en français."),
        MeetingProblem.TitleTooLong => new Text("The title is too long.", "Le titre est trop long."),
        MeetingProblem.OpeningInPast => new Text("The opening day is in the past.", "Le jour d’ouverture est passé."),
        MeetingProblem.ClosingBeforeOpening => new Text("The closing day is before the opening day.", "Le jour de clôture précède le jour d’ouverture."),
        MeetingProblem.TooManyDays => new Text("The meeting lasts too many days: check the closing day.", "La réunion dure trop de jours\u00a0: vérifiez le jour de clôture."),
        MeetingProblem.TimesIncomplete => new Text("Give both the start and the end time, or neither.", "Indiquez l’heure de début et de fin, ou aucune."),
        MeetingProblem.EndsBeforeStarts => new Text("The meeting ends before it starts.", "La réunion se termine avant de commencer."),
        MeetingProblem.PlaceAndLinkMissing => new Text("Give a place, an online link, or both.", "Indiquez un lieu, un lien de connexion, ou les deux."),
        MeetingProblem.PlaceTooLong => new Text("The place is too long.", "Le lieu est trop long."),
        MeetingProblem.LinkInvalid => new Text("The online link must be a whole https address.", "Le lien de connexion doit être une adresse https complète."),
        MeetingProblem.TimeZoneUnknown => new Text("Choose a known time zone.", "Choisissez un fuseau horaire connu."),
        MeetingProblem.PlenaryWithExternals => new Text("A plenary meeting is closed: it cannot admit external participants.", "Une réunion plénière se tient à huis clos\u00a0: elle n’admet pas de participants extérieurs."),
        MeetingProblem.PlenaryNotForAllFocalPoints => new Text("A plenary meeting is convened with every focal point.", "Une réunion plénière est convoquée avec tous les points de contact."),
        MeetingProblem.AudienceEmpty => new Text("Choose whom to invite.", "Choisissez qui inviter."),
        MeetingProblem.AgendaEmpty => new Text("Write at least one agenda item.", "Rédigez au moins un point de l’ordre du jour."),
        MeetingProblem.TooManyAgendaItems => new Text("The agenda has too many items.", "L’ordre du jour compte trop de points."),
        MeetingProblem.AgendaItemEmpty => new Text("Agenda item {0} is empty: write it or remove the later ones.", "Le point {0} est vide\u00a0: rédigez-le ou supprimez les suivants."),
        MeetingProblem.AgendaItemTooLong => new Text("Agenda item {0} is too long.", "Le point {0} est trop long."),
        MeetingProblem.AgendaItemRepeated => new Text("Agenda item {0} appears twice.", "Le point {0} figure deux fois."),
        _ => AgendaTexts.Problem(issue.Problem) ?? new Text(issue.Problem.ToString(), issue.Problem.ToString()),
    }).Format(language, issue.Item);

    public static string Describe(MeetingRefusal refusal, Language language) => (refusal switch
    {
        MeetingRefusal.NotAllowed => OfficeOnly,
        MeetingRefusal.NotDraft => new Text("This meeting was already convened.", "Cette réunion a déjà été convoquée."),
        MeetingRefusal.NotConvened => new Text("This meeting has not been convened yet.", "Cette réunion n’a pas encore été convoquée."),
        MeetingRefusal.Cancelled => new Text("This meeting is cancelled.", "Cette réunion est annulée."),
        MeetingRefusal.MeetingOver => new Text("This meeting is over.", "Cette réunion est terminée."),
        MeetingRefusal.Invalid => new Text("The meeting has problems to correct: edit it.", "La réunion comporte des erreurs\u00a0: modifiez-la."),
        MeetingRefusal.LateReasonMissing => new Text("The 30-working-day notice has passed: give the reason for convening this plenary late.", "Le délai de 30\u00a0jours ouvrés est dépassé\u00a0: indiquez pourquoi cette plénière est convoquée tardivement."),
        MeetingRefusal.ReasonTooLong => new Text("The reason is too long.", "Le motif est trop long."),
        MeetingRefusal.NobodyInvited => new Text("Nobody is invited: the audience names no active member.", "Personne n’est invité\u00a0: aucun membre actif ne correspond."),
        MeetingRefusal.NothingChanged => new Text("Nothing changed.", "Rien n’a changé."),
        _ => new Text(refusal.ToString(), refusal.ToString()),
    }).In(language);

    public static string Describe(RsvpRefusal refusal, Language language, DateOnly? cutOff = null) => (refusal switch
    {
        RsvpRefusal.NotInvited => new Text("You are not invited to this meeting.", "Vous n’êtes pas invité(e) à cette réunion."),
        RsvpRefusal.NotConvened => new Text("This meeting has not been convened yet.", "Cette réunion n’a pas encore été convoquée."),
        RsvpRefusal.Cancelled => new Text("This meeting is cancelled.", "Cette réunion est annulée."),
        RsvpRefusal.CutOffPassed => new Text("Answers closed on {0:d MMMM yyyy}: please write to the office. Nothing was changed.", "Les réponses étaient possibles jusqu’au {0:d MMMM yyyy}\u00a0: écrivez au secrétariat. Rien n’a été modifié."),
        RsvpRefusal.ChoiceNotOffered => new Text("This meeting does not offer that answer.", "Cette réunion ne propose pas cette réponse."),
        RsvpRefusal.SubstituteMissing => new Text("Give your substitute's name and e-mail.", "Indiquez le nom et le courriel de la personne qui vous remplace."),
        RsvpRefusal.SubstituteInvalid => new Text("Check your substitute's details: a name and a valid e-mail address.", "Vérifiez les coordonnées de la personne qui vous remplace\u00a0: un nom et un courriel valide."),
        _ => new Text(refusal.ToString(), refusal.ToString()),
    }).Format(language, cutOff);

    public static string Describe(SuggestionRefusal refusal, Language language) => (refusal switch
    {
        SuggestionRefusal.NotInvited => new Text("Only those invited suggest agenda items.", "Seules les personnes invitées proposent des points."),
        SuggestionRefusal.NotConvened => new Text("This meeting has not been convened yet.", "Cette réunion n’a pas encore été convoquée."),
        SuggestionRefusal.Cancelled => new Text("This meeting is cancelled.", "Cette réunion est annulée."),
        SuggestionRefusal.DeadlinePassed => new Text("Suggestions for this agenda closed; write to the office.", "Les propositions pour cet ordre du jour sont closes\u00a0; écrivez au secrétariat."),
        SuggestionRefusal.TitleMissing => new Text("Give the item a title.", "Donnez un titre au point."),
        SuggestionRefusal.TitleTooLong => new Text("The title is too long.", "Le titre est trop long."),
        SuggestionRefusal.ExplanationMissing => new Text("Explain the item in a few lines.", "Expliquez le point en quelques lignes."),
        SuggestionRefusal.ExplanationTooLong => new Text("The explanation is too long: keep it short.", "L’explication est trop longue\u00a0: restez bref."),
        SuggestionRefusal.NotAllowed => OfficeOnly,
        SuggestionRefusal.AlreadyDecided => new Text("This suggestion was already decided.", "Cette proposition a déjà fait l’objet d’une décision."),
        SuggestionRefusal.ReasonMissing => new Text("Give the reason: the member who suggested it is told.", "Indiquez le motif\u00a0: l’auteur de la proposition en sera informé."),
        SuggestionRefusal.ReasonTooLong => new Text("The reason is too long.", "Le motif est trop long."),
        SuggestionRefusal.UnknownItem => new Text("Choose an item of the current agenda to merge into.", "Choisissez un point de l’ordre du jour actuel."),
        _ => new Text(refusal.ToString(), refusal.ToString()),
    }).In(language);

    // The draft and the convocation rule

    public static readonly Text LatestDay = new("Latest convocation day: {0:dddd d MMMM yyyy} ({1} working days from today)",
        "Dernier jour pour convoquer\u00a0: {0:dddd d MMMM yyyy} ({1}\u00a0jours ouvrés à compter d’aujourd’hui)");
    public static readonly Text LatePlenary = new("The latest convocation day ({0:d MMMM yyyy}) has passed: convening this plenary now needs a reason, recorded in the audit log.",
        "Le dernier jour pour convoquer ({0:d MMMM yyyy}) est passé\u00a0: convoquer cette plénière maintenant exige un motif, consigné dans le journal d’audit.");
    public static readonly Text LateThematic = new("Less than 30 working days before the opening day: fine for a thematic session.",
        "Moins de 30\u00a0jours ouvrés avant l’ouverture\u00a0: possible pour une session thématique.");
    public static readonly Text PlenaryYear = new("Only {0} plenary meetings are scheduled for {1}; the network holds {2} a year.",
        "Seulement {0}\u00a0réunions plénières sont prévues en {1}\u00a0; le réseau en tient {2} par an.");
    public static readonly Text PlenaryYearOne = new("Only one plenary meeting is scheduled for {1}; the network holds {2} a year.",
        "Une seule réunion plénière est prévue en {1}\u00a0; le réseau en tient {2} par an.");
    public static readonly Text PlenaryYearNone = new("No plenary meeting is scheduled for {1} yet; the network holds {2} a year.",
        "Aucune réunion plénière n’est encore prévue en {1}\u00a0; le réseau en tient {2} par an.");
    public static readonly Text LateReasonLabel = new("Reason for convening late (if the notice has passed)", "Motif d’une convocation tardive (si le délai est dépassé)");
    public static readonly Text ConveneButton = new("Convene", "Convoquer");
    public static readonly Text EditButton = new("Edit", "Modifier");
    public static readonly Text InvitedCount = new("{0} invited", "{0}\u00a0invités");
    public static readonly Text DatesFact = new("Dates", "Dates");
    public static readonly Text PlaceFact = new("Place", "Lieu");
    public static readonly Text OnlineFact = new("Online", "En ligne");
    public static readonly Text InvitedFact = new("Invited", "Invités");
    public static readonly Text KindFact = new("Kind", "Type");
    public static readonly Text ConvenedTitle = new("Convocation sent", "Convocation envoyée");
    public static readonly Text ConvenedBody = new("The convocation and the draft agenda are queued for {0} members, each in their personal chat.",
        "La convocation et le projet d’ordre du jour sont programmés pour {0}\u00a0membres, chacun dans sa conversation personnelle.");

    // The convocation as received

    public static readonly Text ConvocationHeading = new("Convocation", "Convocation");
    public static readonly Text AgendaVersion = new("Agenda (version {0})", "Ordre du jour (version {0})");
    public static readonly Text RsvpLabel = new("Your answer", "Votre réponse");
    public static readonly Text InPerson = new("I attend in person", "Je participe en présentiel");
    public static readonly Text OnlineChoice = new("I attend online", "Je participe en ligne");
    public static readonly Text NotAttending = new("I do not attend", "Je ne participe pas");
    public static readonly Text SubstituteChoice = new("I send a substitute", "Je me fais remplacer");
    public static readonly Text SubstituteName = new("Substitute's name", "Nom de la personne qui vous remplace");
    public static readonly Text SubstituteTitle = new("Substitute's title", "Fonction de la personne qui vous remplace");
    public static readonly Text SubstituteEmail = new("Substitute's e-mail", "Courriel de la personne qui vous remplace");
    public static readonly Text AnswerButton = new("Send my answer", "Envoyer ma réponse");
    public static readonly Text SuggestButton = new("Suggest an agenda item", "Proposer un point");
    public static readonly Text CalendarButton = new("Add to my calendar", "Ajouter à mon agenda");
    public static readonly Text AnsweredAs = new("Your answer: {0} (you can change it until {1:d MMMM yyyy}).", "Votre réponse\u00a0: {0} (modifiable jusqu’au {1:d MMMM yyyy}).");
    public static readonly Text SubstituteAs = new("{0} attends in your place", "{0} vous remplace");
    public static readonly Text SuggestUntil = new("Agenda suggestions until {0:d MMMM yyyy}.", "Propositions de points jusqu’au {0:d MMMM yyyy}.");
    public static readonly Text SuggestClosed = new("Agenda suggestions closed on {0:d MMMM yyyy}.", "Les propositions de points étaient ouvertes jusqu’au {0:d MMMM yyyy}.");
    public static readonly Text BackToConvocation = new("Back to the convocation", "Retour à la convocation");
    public static readonly Text ChannelIntro = new("Invited members: I am writing to each of you in your personal chat to answer.",
        "Membres invités\u00a0: je vous écris à chacun dans votre conversation personnelle pour répondre.");
    public static readonly Text MentionBody = new(
        "You are invited. I cannot write to you in a personal chat yet: open FocalBot in Teams' chat and type “meetings” to answer the convocation.",
        "Vous êtes invité(e). Je ne peux pas encore vous écrire en conversation personnelle\u00a0: ouvrez FocalBot dans la conversation Teams et tapez «\u00a0réunions\u00a0» pour répondre à la convocation.");
    public static readonly Text RsvpSaved = new("Thank you: your answer is recorded.", "Merci\u00a0: votre réponse est enregistrée.");

    // Suggestions

    public static readonly Text SuggestTitle = new("Suggest an agenda item", "Proposer un point à l’ordre du jour");
    public static readonly Text SuggestionTitleLabel = new("Title of the item", "Titre du point");
    public static readonly Text SuggestionExplanationLabel = new("Short explanation", "Brève explication");
    public static readonly Text SuggestionLanguageLabel = new("Written in", "Rédigé en");
    public static readonly Text English = new("English", "anglais");
    public static readonly Text French = new("French", "français");
    public static readonly Text SendSuggestion = new("Send to the office", "Envoyer au secrétariat");
    public static readonly Text SuggestionSent = new("Your suggestion is with the office; I will tell you its decision here.", "Votre proposition est transmise au secrétariat\u00a0; je vous informerai ici de sa décision.");
    public static readonly Text SuggestionAccepted = new("The office accepted your agenda item “{0}”: it will be on the revised agenda.", "Le secrétariat a retenu votre point «\u00a0{0}\u00a0»\u00a0: il figurera dans l’ordre du jour révisé.");
    public static readonly Text SuggestionMerged = new("The office merged your agenda item “{0}” into item “{1}”.", "Le secrétariat a intégré votre point «\u00a0{0}\u00a0» au point «\u00a0{1}\u00a0».");
    public static readonly Text SuggestionDeclined = new("The office did not take your agenda item “{0}”.", "Le secrétariat n’a pas retenu votre point «\u00a0{0}\u00a0».");
    public static readonly Text ReasonLabel = new("Reason: ", "Motif\u00a0: ");

    // The office's status

    public static readonly Text StatusTitle = new("Answers and agenda", "Réponses et ordre du jour");
    public static readonly Text InPersonCount = new("In person", "En présentiel");
    public static readonly Text OnlineCount = new("Online", "En ligne");
    public static readonly Text SubstituteCount = new("Substitutes", "Remplaçants");
    public static readonly Text NotAttendingCount = new("Not attending", "Ne participent pas");
    public static readonly Text UnansweredCount = new("No answer yet", "Sans réponse");
    public static readonly Text AttendingHeading = new("Attending", "Participants");
    public static readonly Text SuggestionsHeading = new("Agenda suggestions", "Propositions de points");
    public static readonly Text SuggestedBy = new("by {0}", "par {0}");
    public static readonly Text AcceptButton = new("Accept", "Retenir");
    public static readonly Text DeclineButton = new("Decline", "Refuser");
    public static readonly Text MergeButton = new("Merge into", "Intégrer au point");
    public static readonly Text DeclineReasonLabel = new("Reason if declined (sent to the member)", "Motif en cas de refus (transmis au membre)");
    public static readonly Text ReviseButton = new("Revise the agenda", "Réviser l’ordre du jour");
    public static readonly Text ParticipantsButton = new("List of participants", "Liste des participants");
    public static readonly Text CancelButton = new("Cancel the meeting", "Annuler la réunion");
    public static readonly Text RefreshButton = new("Refresh", "Actualiser");
    public static readonly Text DeliveryButton = new("Delivery of the convocation", "Distribution de la convocation");
    public static readonly Text DeliveryTitle = new("Delivery of the convocation", "Distribution de la convocation");
    public static readonly Text BackToStatus = new("Back to the answers", "Retour aux réponses");
    public static readonly Text DecisionRecorded = new("Decision recorded; the member is told.", "Décision enregistrée\u00a0; le membre en est informé.");
    public static readonly Text ReviseTitle = new("Revised agenda", "Ordre du jour révisé");
    public static readonly Text IssueButton = new("Issue the revised agenda", "Diffuser l’ordre du jour révisé");
    public static readonly Text RevisedTitle = new("Revised agenda (version {0})", "Ordre du jour révisé (version {0})");
    public static readonly Text ChangesHeading = new("What changed", "Modifications");
    public static readonly Text ChangeAdded = new("added: item {0}", "ajouté\u00a0: point {0}");
    public static readonly Text ChangeRemoved = new("removed: former item {0}", "supprimé\u00a0: ancien point {0}");
    public static readonly Text ChangeReworded = new("reworded: item {0}", "reformulé\u00a0: point {0}");
    public static readonly Text ChangeMoved = new("moved: item {0} is now item {1}", "déplacé\u00a0: le point {0} devient le point {1}");
    public static readonly Text CancelledTitle = new("Meeting cancelled", "Réunion annulée");
    public static readonly Text CancelledBody = new("This meeting is cancelled. Remove it from your calendar with the file below.", "Cette réunion est annulée. Retirez-la de votre agenda avec le fichier ci-dessous.");
    public static readonly Text CancelledOffice = new("Cancelled; everyone invited is told once.", "Annulée\u00a0; chaque personne invitée en est informée une fois.");
    public static readonly Text ListTitle = new("Meetings", "Réunions");
    public static readonly Text NoMeetings = new("No meeting yet.", "Aucune réunion pour l’instant.");
    public static readonly Text NewMeetingButton = new("New meeting", "Nouvelle réunion");
    public static readonly Text OpenButton = new("Open", "Ouvrir");
    public static readonly Text StatusDraft = new("draft", "brouillon");
    public static readonly Text SuggestionStatePending = new("awaiting a decision", "en attente de décision");
    public static readonly Text SuggestionStateAccepted = new("accepted", "retenue");
    public static readonly Text SuggestionStateDeclined = new("declined", "refusée");
    public static readonly Text SuggestionStateMerged = new("merged into another item", "intégrée à un autre point");
    public static readonly Text UpdatedAt = new("Updated {0:d MMMM yyyy, HH:mm}", "Mis à jour le {0:d MMMM yyyy 'à' HH'\u00a0h\u00a0'mm}");
    public static readonly Text StatusConvened = new("convened", "convoquée");
    public static readonly Text StatusCancelled = new("cancelled", "annulée");
    public static readonly Text ParticipantsReady = new("List of participants: {0} attending.", "Liste des participants\u00a0: {0}\u00a0participants.");
    public static readonly Text WordButton = new("Word document", "Document Word");
    public static readonly Text ExcelButton = new("Excel workbook", "Classeur Excel");

    // Reminders

    public static readonly Text NoAnswerReminder = new("Reminder: please answer the convocation to “{0}”, {1:d MMMM yyyy}.", "Rappel\u00a0: merci de répondre à la convocation à «\u00a0{0}\u00a0», le {1:d MMMM yyyy}.");
    public static readonly Text PracticalReminder = new("Practical details for “{0}”, opening {1:d MMMM yyyy}.", "Informations pratiques pour «\u00a0{0}\u00a0», ouverture le {1:d MMMM yyyy}.");
    public static readonly Text LastReminder = new("“{0}” opens on {1:dddd d MMMM yyyy}.", "«\u00a0{0}\u00a0» s’ouvre le {1:dddd d MMMM yyyy}.");

    // Moving a meeting and external participants

    public static readonly Text MoveButton = new("Move", "Déplacer");
    public static readonly Text MoveTitle = new("Move the meeting", "Déplacer la réunion");
    public static readonly Text MoveBody = new("Everyone invited gets one notice with an updated calendar file.", "Chaque personne invitée reçoit un avis avec un fichier d’agenda mis à jour.");
    public static readonly Text MoveSubmit = new("Move and tell everyone", "Déplacer et prévenir chacun");
    public static readonly Text MovedOffice = new("Moved; everyone invited is told once.", "Déplacée\u00a0; chaque personne invitée en est informée une fois.");
    public static readonly Text ReportButton = new("Summary report", "Rapport de synthèse");
    public static readonly Text ExternalButton = new("Add an external participant", "Ajouter un participant extérieur");
    public static readonly Text ExternalTitle = new("External participant", "Participant extérieur");
    public static readonly Text ExternalBody = new("External participants receive nothing from FocalBot; they appear in the list of participants, marked external.",
        "Les participants extérieurs ne reçoivent rien de FocalBot\u00a0; ils figurent dans la liste des participants, marqués comme extérieurs.");
    public static readonly Text ExternalName = new("Name", "Nom");
    public static readonly Text ExternalJobTitle = new("Title", "Fonction");
    public static readonly Text ExternalOrganisation = new("Organisation", "Organisation");
    public static readonly Text ExternalCountry = new("Country", "Pays");
    public static readonly Text ExternalEmail = new("E-mail (optional)", "Courriel (facultatif)");
    public static readonly Text ExternalSave = new("Add to the list", "Ajouter à la liste");
    public static readonly Text ExternalAdded = new("{0} is on the list of participants, marked external.", "{0} figure dans la liste des participants, comme participant extérieur.");
    public static readonly Text ExternalsHeading = new("External participants", "Participants extérieurs");
    public static readonly Text LateConvened = new("Convened late on {0:d MMMM yyyy}. Reason: ", "Convoquée tardivement le {0:d MMMM yyyy}. Motif\u00a0: ");

    public static string Describe(ExternalRefusal refusal, Language language) => (refusal switch
    {
        ExternalRefusal.NotAllowed => OfficeOnly,
        ExternalRefusal.ClosedMeeting => new Text("This meeting is closed: it admits no external participants.", "Cette réunion se tient à huis clos\u00a0: elle n’admet pas de participants extérieurs."),
        ExternalRefusal.Cancelled => new Text("This meeting is cancelled.", "Cette réunion est annulée."),
        ExternalRefusal.MeetingOver => new Text("This meeting is over.", "Cette réunion est terminée."),
        ExternalRefusal.Invalid => new Text("Check the details: a name, and a valid e-mail address if you give one.", "Vérifiez les informations\u00a0: un nom, et un courriel valide s’il est indiqué."),
        _ => new Text(refusal.ToString(), refusal.ToString()),
    }).In(language);
}
