using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Outcomes;

/// Follow-up actions of meetings' recommendations, as owners and the office read them.
public static class ActionTexts
{
    public static readonly Text Command = new("actions", "suivi");
    public static readonly Text CommandDescription = new(
        "Follow-up actions of meetings' recommendations: yours, or all of them for the office",
        "Actions de suivi des recommandations des réunions\u00a0: les vôtres, ou toutes pour le secrétariat");

    public static readonly Text MyTitle = new("Your follow-up actions", "Vos actions de suivi");
    public static readonly Text AllTitle = new("Follow-up actions", "Actions de suivi");
    public static readonly Text NoneMine = new("You have no open follow-up action.", "Vous n’avez aucune action de suivi en cours.");
    public static readonly Text NoneAll = new("No follow-up action is open.", "Aucune action de suivi n’est en cours.");
    public static readonly Text DoneCount = new("Actions done so far: {0}", "Actions réalisées à ce jour\u00a0: {0}");
    public static readonly Text FromMeeting = new("Recommendation {0} of “{1}” ({2:d MMMM yyyy})", "Recommandation {0} de «\u00a0{1}\u00a0» ({2:d MMMM yyyy})");
    public static readonly Text DueOn = new("Due on {0:d MMMM yyyy}", "À réaliser pour le {0:d MMMM yyyy}");
    public static readonly Text Overdue = new("Overdue: it was due on {0:d MMMM yyyy}", "En retard\u00a0: à réaliser pour le {0:d MMMM yyyy}");
    public static readonly Text MoreTimeAsked = new("More time asked; the office will answer.", "Délai demandé\u00a0; le secrétariat répondra.");
    public static readonly Text NotSentYet = new(
        "Not sent yet: it goes to its owners when the report is issued.",
        "Pas encore envoyée\u00a0: elle partira vers ses responsables à la publication du rapport.");

    public static readonly Text Office = new("The office", "Le secrétariat");
    public static readonly Text StateOwner = new("{0} (focal points)", "{0} (points de contact)");
    public static readonly Text RapporteurOwner = new("{0} (rapporteur)", "{0} (rapporteur)");
    public static readonly Text GroupOwner = new("Thematic group “{0}”", "Groupe thématique «\u00a0{0}\u00a0»");
    public static readonly Text Unknown = new("(unknown)", "(inconnu)");
    public static readonly Text MemberStates = new("The member states", "Les États membres");
    public static readonly Text CouncilOfEurope = new("The Council of Europe", "Le Conseil de l’Europe");
    public static readonly Text Network = new("The network", "Le réseau");

    public static readonly Text OwnerLabel = new("Owner", "Responsable");
    public static readonly Text ActionLabel = new("Action", "Action");
    public static readonly Text RecommendationLabel = new("Recommendation {0}", "Recommandation {0}");
    public static readonly Text AddresseeLabel = new("Addressed to", "Destinataires");
    public static readonly Text DueLabel = new("Due date", "Date d’échéance");

    public static readonly Text MarkDone = new("Mark done", "Marquer comme réalisée");
    public static readonly Text AskMoreTime = new("Ask for more time", "Demander un délai");
    public static readonly Text AddAction = new("Add an action", "Ajouter une action");
    public static readonly Text ToAgenda = new("Follow-up on a draft agenda", "Suivi à l’ordre du jour");
    public static readonly Text BackToList = new("Back to the actions", "Retour aux actions");

    public static readonly Text PickTitle = new("Add a follow-up action", "Ajouter une action de suivi");
    public static readonly Text PickIntro = new("Choose the recommendation the action follows.", "Choisissez la recommandation que l’action met en œuvre.");
    public static readonly Text NoRecommendation = new(
        "No meeting's report has recommendations yet.",
        "Aucun rapport de réunion ne comporte encore de recommandations.");
    public static readonly Text MeetingOn = new("Meeting of {0:d MMMM yyyy}", "Réunion du {0:d MMMM yyyy}");
    public static readonly Text ReportDraft = new("Draft report", "Projet de rapport");
    public static readonly Text ReportOpen = new("Draft sent for comments until {0:d MMMM yyyy}", "Projet soumis aux commentaires jusqu’au {0:d MMMM yyyy}");
    public static readonly Text ReportIssued = new("Report issued on {0:d MMMM yyyy}", "Rapport publié le {0:d MMMM yyyy}");
    public static readonly Text ActionCount = new("Actions: {0}", "Actions\u00a0: {0}");

    public static readonly Text FormTitle = new("Follow-up action to recommendation {0}", "Action de suivi de la recommandation {0}");
    public static readonly Text WhatEnLabel = new("What is to be done, in English", "Ce qui doit être fait, en anglais");
    public static readonly Text WhatFrLabel = new("What is to be done, in French (one language is enough)", "Ce qui doit être fait, en français (une langue suffit)");
    public static readonly Text OwnerChoice = new("Who carries it out", "Qui la réalise");
    public static readonly Text OwnerPlaceholder = new("Choose an owner", "Choisissez un responsable");
    public static readonly Text Add = new("Add the action", "Ajouter l’action");
    public static readonly Text FixProblems = new("Please correct the following:", "Veuillez corriger ce qui suit\u00a0:");
    public static readonly Text AddedWaiting = new(
        "The action is saved for {0}; it goes to them when the report is issued.",
        "L’action est enregistrée (responsable\u00a0: {0})\u00a0; elle partira à la publication du rapport.");
    public static readonly Text AddedSending = new(
        "The action is saved for {0} and queued to be sent to them now.",
        "L’action est enregistrée (responsable\u00a0: {0}) et mise en file d’attente pour leur être envoyée.");
    public static readonly Text AlreadyAdded = new("This action was already added; nothing more was saved.", "Cette action a déjà été ajoutée\u00a0; rien de plus n’a été enregistré.");

    public static readonly Text DoneFormTitle = new("Mark the action done", "Marquer l’action comme réalisée");
    public static readonly Text NoteLabel = new("What was done (a short note)", "Ce qui a été fait (une courte note)");
    public static readonly Text MoreTimeFormTitle = new("Ask the office for more time", "Demander un délai au secrétariat");
    public static readonly Text ReasonLabel = new("Why more time is needed", "Pourquoi un délai est nécessaire");
    public static readonly Text SendRequest = new("Send the request", "Envoyer la demande");
    public static readonly Text MarkedDone = new("The action is marked done; the office will be told.", "L’action est marquée comme réalisée\u00a0; le secrétariat en sera informé.");
    public static readonly Text MarkedDoneByOffice = new("The action is marked done.", "L’action est marquée comme réalisée.");
    public static readonly Text Asked = new("Your request for more time is recorded; the office will receive it.", "Votre demande de délai est enregistrée\u00a0; le secrétariat la recevra.");
    public static readonly Text Granted = new("More time is granted until {0:d MMMM yyyy}; the owners will be told.", "Le délai est accordé jusqu’au {0:d MMMM yyyy}\u00a0; les responsables en seront informés.");
    public static readonly Text Refused = new("The request for more time is refused; the owners will be told.", "La demande de délai est refusée\u00a0; les responsables en seront informés.");

    public static readonly Text SentTitle = new("A follow-up action for you", "Une action de suivi vous est confiée");
    public static readonly Text SentIntro = new(
        "Following the meeting “{0}” of {1:d MMMM yyyy}, the office asks you to carry out this action.",
        "À la suite de la réunion «\u00a0{0}\u00a0» du {1:d MMMM yyyy}, le secrétariat vous demande de réaliser cette action.");
    public static readonly Text ReminderTitle = new("Reminder: a follow-up action is due on {0:d MMMM yyyy}", "Rappel\u00a0: une action de suivi est à réaliser pour le {0:d MMMM yyyy}");
    public static readonly Text OverdueTitle = new("A follow-up action is overdue", "Une action de suivi est en retard");
    public static readonly Text DoneNoticeTitle = new("A follow-up action is done", "Une action de suivi est réalisée");
    public static readonly Text DoneBy = new("{0} marked it done on {1:d MMMM yyyy}:", "{0} l’a marquée comme réalisée le {1:d MMMM yyyy}\u00a0:");
    public static readonly Text MoreTimeNoticeTitle = new("More time is asked for a follow-up action", "Un délai est demandé pour une action de suivi");
    public static readonly Text AskedBy = new("{0} asks for more time:", "{0} demande un délai\u00a0:");
    public static readonly Text NewDueLabel = new("New due date", "Nouvelle date d’échéance");
    public static readonly Text Grant = new("Grant", "Accorder");
    public static readonly Text Refuse = new("Refuse", "Refuser");
    public static readonly Text AnswerTitle = new("More time for a follow-up action", "Délai pour une action de suivi");
    public static readonly Text AnswerGranted = new(
        "The office granted more time: the action is now due on {0:d MMMM yyyy}.",
        "Le secrétariat a accordé un délai\u00a0: l’action est désormais à réaliser pour le {0:d MMMM yyyy}.");
    public static readonly Text AnswerRefused = new(
        "The office did not grant more time: the action is still due on {0:d MMMM yyyy}.",
        "Le secrétariat n’a pas accordé de délai\u00a0: l’action reste à réaliser pour le {0:d MMMM yyyy}.");

    public static readonly Text AgendaTitle = new("Follow-up on the next plenary's agenda", "Le suivi à l’ordre du jour de la prochaine plénière");
    public static readonly Text AgendaIntro = new(
        "The item “Follow-up to the previous meeting” counts the previous plenary's actions by state. Put it on the draft agenda of a plenary being prepared; putting it there again brings it up to date.",
        "Le point «\u00a0Suivi de la réunion précédente\u00a0» dénombre les actions de la plénière précédente selon leur état. Inscrivez-le au projet d’ordre du jour d’une plénière en préparation\u00a0; l’inscrire à nouveau le met à jour.");
    public static readonly Text NoDraftPlenary = new("No plenary is being prepared.", "Aucune réunion plénière n’est en préparation.");
    public static readonly Text NoPrevious = new("There is no earlier plenary to follow up.", "Il n’y a pas de plénière précédente à suivre.");
    public static readonly Text PutOnAgenda = new("Put on this agenda", "Inscrire à cet ordre du jour");
    public static readonly Text OnAgenda = new("The follow-up item is on the draft agenda.", "Le point de suivi est inscrit au projet d’ordre du jour.");
    public static readonly Text OnAgendaUpdated = new("The follow-up item on the draft agenda is up to date.", "Le point de suivi du projet d’ordre du jour est à jour.");
    public static readonly Text MeetingNotDraft = new(
        "This meeting is no longer being prepared: its agenda is revised from the meeting itself.",
        "Cette réunion n’est plus en préparation\u00a0: son ordre du jour se révise depuis la réunion elle-même.");
    public static readonly Text AgendaFull = new("The draft agenda has as many items as it can hold.", "Le projet d’ordre du jour compte déjà le nombre maximal de points.");

    public static readonly Text NotFound = new("This action was not found.", "Cette action est introuvable.");
    public static readonly Text ReportNotFound = new("This report was not found.", "Ce rapport est introuvable.");
    public static readonly Text MeetingNotFound = new("This meeting was not found.", "Cette réunion est introuvable.");
    public static readonly Text OfficeOnly = new("Only the office can do this.", "Seul le secrétariat peut le faire.");
    public static readonly Text ChangedMeanwhile = new(
        "Someone changed this at the same moment; nothing was saved. Here it is as it stands now.",
        "Quelqu’un a fait une modification au même moment\u00a0; rien n’a été enregistré. Voici l’état actuel.");
    public static readonly Text OnlyInPersonalChat = new(
        "Follow-up actions are shown in our personal chat: open a chat with FocalBot and type “actions”.",
        "Les actions de suivi s’affichent dans notre conversation personnelle\u00a0: ouvrez une conversation avec FocalBot et tapez «\u00a0suivi\u00a0».");

    public static string Describe(ActionProblem problem, Language language) => (problem switch
    {
        ActionProblem.WhatMissing => new Text("Say what is to be done.", "Indiquez ce qui doit être fait."),
        ActionProblem.WhatTooLong => new Text("The text is too long (1,000 characters at most).", "Le texte est trop long (1\u00a0000\u00a0caractères au plus)."),
        ActionProblem.OwnerMissing => new Text("Choose who carries it out.", "Choisissez qui la réalise."),
        ActionProblem.DueMissing => new Text("Give a due date.", "Indiquez une date d’échéance."),
        ActionProblem.DueInPast => new Text("The due date is in the past.", "La date d’échéance est passée."),
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
    }).In(language);

    public static string Describe(ActionRefusal refusal, Language language) => (refusal switch
    {
        ActionRefusal.NotAllowed => new Text("Only the action's owners can do this.", "Seuls les responsables de l’action peuvent le faire."),
        ActionRefusal.UnknownRecommendation => new Text("This recommendation is no longer in the report.", "Cette recommandation ne figure plus dans le rapport."),
        ActionRefusal.AlreadyAdded => AlreadyAdded,
        ActionRefusal.AlreadyDone => new Text("This action is already done.", "Cette action est déjà réalisée."),
        ActionRefusal.AlreadyAsked => new Text("More time is already asked; the office will answer.", "Un délai est déjà demandé\u00a0; le secrétariat répondra."),
        ActionRefusal.NoteMissing => new Text("Write a short note.", "Écrivez une courte note."),
        ActionRefusal.NoteTooLong => new Text("The note is too long (500 characters at most).", "La note est trop longue (500\u00a0caractères au plus)."),
        ActionRefusal.NothingToAnswer => new Text(
            "There is no request for more time to answer: it was answered already.",
            "Il n’y a pas de demande de délai en attente\u00a0: elle a déjà reçu une réponse."),
        ActionRefusal.NewDueNotLater => new Text(
            "Give a new due date later than the current one, and not in the past.",
            "Indiquez une nouvelle date d’échéance postérieure à l’actuelle, et qui ne soit pas passée."),
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
    }).In(language);
}
