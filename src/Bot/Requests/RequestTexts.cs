using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// Every user-facing text of information requests, English and French side by side: here the commands, composing,
/// sending, proposals and the list; answering in RequestTexts.Answer.cs, following up in RequestTexts.FollowUp.cs.
public static partial class RequestTexts
{
    public static readonly Text Command = new("requests", "demandes");

    public static readonly Text CommandDescription = new(
        "open and past information requests, and your state's answers",
        "demandes d’information en cours et passées, et les réponses de votre État");

    public static readonly Text NewCommand = new("request", "demande");

    public static readonly Text NewCommandDescription = new(
        "write a new information request (a focal point proposes one to the office)",
        "rédiger une nouvelle demande d’information (un point de contact la propose au secrétariat)");

    public static readonly Text OpenRequestButton = new("Open the request", "Ouvrir la demande");

    public static readonly Text NotAllowed = new(
        "Only the office can do this. Nothing was changed.",
        "Seul le secrétariat peut faire cela. Rien n’a été modifié.");

    public static readonly Text ExpertsCannotPropose = new(
        "Invited experts cannot raise information requests. Nothing was changed.",
        "Les experts invités ne peuvent pas lancer de demande d’information. Rien n’a été modifié.");

    public static readonly Text NotFound = new(
        "This request no longer exists. Type “requests” to see the list.",
        "Cette demande n’existe plus. Tapez «\u00a0demandes\u00a0» pour voir la liste.");

    public static readonly Text PersonalChatOnly = new(
        "Answers are written in your personal chat with me. I have sent you the answer card there.",
        "Les réponses se rédigent dans votre conversation personnelle avec moi. Je vous y ai envoyé la fiche de réponse.");

    public static readonly Text InstallFirst = new(
        "Answers are written in your personal chat with me: open FocalBot in Teams' chat, then type “requests”.",
        "Les réponses se rédigent dans votre conversation personnelle avec moi\u00a0: ouvrez FocalBot dans la conversation Teams, puis tapez «\u00a0demandes\u00a0».");

    public static readonly Text FixProblems = new("Please correct the following:", "Veuillez corriger ce qui suit\u00a0:");

    // Composing

    public static readonly Text ComposeTitle = new("New information request", "Nouvelle demande d’information");
    public static readonly Text ProposeTitle = new("Propose an information request", "Proposer une demande d’information");
    public static readonly Text EditTitle = new("Information request (draft)", "Demande d’information (brouillon)");

    public static readonly Text ComposeIntro = new(
        "Concise numbered questions with brief factual background. A translation is optional, but if you give one, translate every field.",
        "Des questions concises et numérotées, avec un bref contexte factuel. La traduction est facultative, mais si vous en donnez une, traduisez chaque champ.");

    public static readonly Text ProposeIntro = new(
        "The office reviews your proposal, and approves, edits or declines it before anything is sent to the network.",
        "Le secrétariat examine votre proposition, puis l’approuve, la modifie ou la refuse avant tout envoi au réseau.");

    public static readonly Text OriginalLanguage = new("Language of the original", "Langue de l’original");
    public static readonly Text English = new("English", "anglais");
    public static readonly Text French = new("French", "français");
    public static readonly Text TitleLabel = new("Title", "Titre");
    public static readonly Text TitleRequired = new("Enter a title.", "Saisissez un titre.");
    public static readonly Text TitleTranslationLabel = new("Title, translated (optional)", "Titre traduit (facultatif)");
    public static readonly Text BackgroundLabel = new("Background (brief, factual)", "Contexte (bref et factuel)");
    public static readonly Text BackgroundTranslationLabel = new("Background, translated (optional)", "Contexte traduit (facultatif)");
    public static readonly Text QuestionLabel = new("Question {0}", "Question {0}");
    public static readonly Text QuestionTranslationLabel = new("Question {0}, translated (optional)", "Question {0} traduite (facultatif)");
    public static readonly Text DeadlineLabel = new("Deadline", "Date limite");
    public static readonly Text DeadlineRequired = new("Choose the deadline.", "Choisissez la date limite.");

    public static readonly Text DeadlineHint = new(
        "At least {0} working days from today; the default is {1:d MMMM yyyy}.",
        "Au moins {0}\u00a0jours ouvrés à compter d’aujourd’hui\u00a0; par défaut le {1:d MMMM yyyy}.");

    public static readonly Text EveryoneLabel = new("Ask the focal points of every member state", "Interroger les points de contact de tous les États membres");
    public static readonly Text StatesLabel = new("Or only these member states", "Ou seulement ces États membres");
    public static readonly Text GroupLabel = new("Or the members of a thematic group", "Ou les membres d’un groupe thématique");
    public static readonly Text NoGroup = new("No group", "Aucun groupe");
    public static readonly Text GroupUnknown = new(
        "This thematic group does not exist or the network has not created it; choose another audience.",
        "Ce groupe thématique n’existe pas ou le réseau ne l’a pas créé\u00a0; choisissez d’autres destinataires.");
    public static readonly Text GroupWithoutFocalPoints = new(
        "This thematic group has no focal point yet: nobody would answer.",
        "Ce groupe thématique ne compte encore aucun point de contact\u00a0: personne ne répondrait.");
    public static readonly Text KindLabel = new("Kind", "Type");
    public static readonly Text Planned = new("Planned", "Planifiée");
    public static readonly Text AdHoc = new("Ad hoc", "Ad hoc");
    public static readonly Text AnonymousLabel = new("Compile the answers without naming the states", "Compiler les réponses sans nommer les États");
    public static readonly Text AddQuestion = new("Add a question", "Ajouter une question");
    public static readonly Text PreviewButton = new("Preview", "Aperçu");
    public static readonly Text ProposeButton = new("Propose to the office", "Proposer au secrétariat");

    // Problems

    public static string Describe(RequestIssue issue, RequestSettings s, Language language) => issue.Problem switch
    {
        RequestProblem.TitleTooLong => TitleTooLong.Format(language, s.TitleMaxLength),
        RequestProblem.BackgroundTooLong => BackgroundTooLong.Format(language, s.BackgroundMaxLength),
        RequestProblem.TooManyQuestions => TooManyQuestions.Format(language, issue.Value, s.MaxQuestions),
        RequestProblem.QuestionTooLong => QuestionTooLong.Format(language, issue.Question, s.QuestionMaxLength),
        RequestProblem.DeadlineTooSoon => DeadlineTooSoon.Format(language, s.MinimumWorkingDays),
        RequestProblem.TitleMissing => TitleRequired.In(language),
        RequestProblem.NoQuestion => NoQuestion.In(language),
        RequestProblem.QuestionEmpty => QuestionEmpty.Format(language, issue.Question),
        RequestProblem.TranslationIncomplete => TranslationIncomplete.In(language),
        RequestProblem.DeadlinePassed => DeadlinePassed.In(language),
        RequestProblem.UnknownState => UnknownState.Format(language, issue.Value),
        RequestProblem.AudienceEmpty => AudienceEmpty.In(language),
        RequestProblem.RecipientsUnknown => RecipientsUnknown.In(language),
        _ => issue.Problem.ToString(),
    };

    public static readonly Text TitleTooLong = new("The title is longer than {0} characters.", "Le titre dépasse {0}\u00a0caractères.");
    public static readonly Text BackgroundTooLong = new("The background is longer than {0} characters: keep it brief.", "Le contexte dépasse {0}\u00a0caractères\u00a0: restez bref.");
    public static readonly Text NoQuestion = new("Write at least one question.", "Rédigez au moins une question.");
    public static readonly Text TooManyQuestions = new("{0} questions is too many: at most {1}.", "{0}\u00a0questions, c’est trop\u00a0: {1} au plus.");
    public static readonly Text QuestionEmpty = new("Question {0} is empty: write it or remove the later ones.", "La question {0} est vide\u00a0: rédigez-la ou supprimez les suivantes.");
    public static readonly Text QuestionTooLong = new("Question {0} is longer than {1} characters: keep questions concise.", "La question {0} dépasse {1}\u00a0caractères\u00a0: les questions doivent rester concises.");
    public static readonly Text TranslationIncomplete = new(
        "The translation is incomplete: translate the title, the background and every question, or none of them.",
        "La traduction est incomplète\u00a0: traduisez le titre, le contexte et chaque question, ou aucun d’eux.");
    public static readonly Text DeadlinePassed = new("The deadline is in the past.", "La date limite est passée.");
    public static readonly Text DeadlineTooSoon = new(
        "The deadline is too close: states need at least {0} working days to consult their ministries.",
        "La date limite est trop proche\u00a0: les États ont besoin d’au moins {0}\u00a0jours ouvrés pour consulter leurs ministères.");
    public static readonly Text DeadlineUnreadable = new("Choose the deadline as a date.", "Choisissez la date limite dans le calendrier.");
    public static readonly Text UnknownState = new("“{0}” is not a member state.", "«\u00a0{0}\u00a0» n’est pas un État membre.");
    public static readonly Text AudienceEmpty = new(
        "Choose the member states to ask, or ask every member state.",
        "Choisissez les États membres à interroger, ou interrogez-les tous.");

    public static string Describe(RequestRefusal refusal, Language language) => refusal switch
    {
        RequestRefusal.NotAllowed => NotAllowed.In(language),
        RequestRefusal.NotProposed => NotProposed.In(language),
        RequestRefusal.ReasonMissing => ReasonMissing.In(language),
        RequestRefusal.NotApproved => NotApproved.In(language),
        RequestRefusal.Declined => AlreadyDeclined.In(language),
        RequestRefusal.AlreadySent => AlreadySent.In(language),
        RequestRefusal.NotSent => NotSentYet.In(language),
        RequestRefusal.Closed => AlreadyClosed.In(language),
        RequestRefusal.Invalid => Invalid.In(language),
        _ => refusal.ToString(),
    };

    public static readonly Text NotProposed = new("This request is not awaiting a decision any more.", "Cette demande n’attend plus de décision.");
    public static readonly Text ReasonMissing = new("Give the reason: the focal point who proposed it is told.", "Indiquez le motif\u00a0: le point de contact qui l’a proposée en sera informé.");
    public static readonly Text NotApproved = new("Approve the proposal before sending it.", "Approuvez la proposition avant de l’envoyer.");
    public static readonly Text AlreadyDeclined = new("This proposal was declined.", "Cette proposition a été refusée.");
    public static readonly Text AlreadySent = new("This request was already sent.", "Cette demande a déjà été envoyée.");
    public static readonly Text NotSentYet = new("This request has not been sent yet.", "Cette demande n’a pas encore été envoyée.");
    public static readonly Text AlreadyClosed = new("This request is closed.", "Cette demande est close.");
    public static readonly Text Invalid = new("The request has problems to correct: edit it.", "La demande comporte des erreurs\u00a0: modifiez-la.");

    public static readonly Text ChangedMeanwhile = new(
        "Someone changed this request since you opened it. Here it is as it is now; nothing of yours was saved.",
        "Quelqu’un a modifié cette demande depuis que vous l’avez ouverte. La voici dans son état actuel\u00a0; rien de votre part n’a été enregistré.");

    // Preview, sending, proposals

    public static readonly Text PreviewTitle = new("Preview: as the focal points will see it", "Aperçu\u00a0: tel que les points de contact le verront");
    public static readonly Text SendButton = new("Send to the network", "Envoyer au réseau");
    public static readonly Text EditButton = new("Edit", "Modifier");
    public static readonly Text AudienceFact = new("Asked", "Destinataires");
    public static readonly Text AudienceEveryone = new("Every member state ({0})", "Tous les États membres ({0})");
    public static readonly Text AudienceStates = new("{0} member states: {1}", "{0}\u00a0États membres\u00a0: {1}");
    public static readonly Text AudienceGroup = new(
        "The focal points of the thematic group “{0}” ({1} member states: {2})",
        "Les points de contact du groupe thématique «\u00a0{0}\u00a0» ({1}\u00a0États membres\u00a0: {2})");
    public static readonly Text RecipientsFact = new("Focal points", "Points de contact");
    public static readonly Text CompiledFact = new("Compilation", "Compilation");
    public static readonly Text CompiledNamed = new("names the states", "nomme les États");
    public static readonly Text CompiledAnonymous = new("anonymous (State A, State B…)", "anonyme (État A, État B…)");
    public static readonly Text KindFact = new("Kind", "Type");
    public static readonly Text NumberOnSend = new("The request number is given when it is sent.", "Le numéro de la demande est attribué à l’envoi.");

    public static readonly Text SentTitle = new("Request {0} sent", "Demande {0} envoyée");
    public static readonly Text SentBody = new(
        "It is queued for {0} focal points, each in their personal chat. Open the status to follow delivery and answers.",
        "Elle est programmée pour {0}\u00a0points de contact, chacun dans sa conversation personnelle. Ouvrez le suivi pour voir la distribution et les réponses.");

    public static readonly Text ProposedTitle = new("Proposal sent to the office", "Proposition transmise au secrétariat");
    public static readonly Text ProposedBody = new(
        "The office will approve, edit or decline it; I will tell you its decision here.",
        "Le secrétariat l’approuvera, la modifiera ou la refusera\u00a0; je vous informerai ici de sa décision.");

    public static readonly Text ProposalForOffice = new("Proposed by {0} ({1})", "Proposée par {0} ({1})");
    public static readonly Text ReviewTitle = new("Proposed information request", "Proposition de demande d’information");
    public static readonly Text ReviewButton = new("Review", "Examiner");
    public static readonly Text ApproveButton = new("Approve", "Approuver");
    public static readonly Text DeclineButton = new("Decline", "Refuser");
    public static readonly Text DeclineReasonLabel = new("Reason for declining (sent to the proposer)", "Motif du refus (transmis à l’auteur)");
    public static readonly Text ApprovedTitle = new("Proposal approved", "Proposition approuvée");
    public static readonly Text ApprovedBody = new("Check the preview, then send it to the network.", "Vérifiez l’aperçu, puis envoyez-la au réseau.");
    public static readonly Text DeclinedTitle = new("Proposal declined", "Proposition refusée");
    public static readonly Text DeclinedBody = new("{0} is told, with your reason.", "{0} en est informé(e), avec votre motif.");

    public static readonly Text NewProposalNotice = new("A focal point proposes an information request", "Un point de contact propose une demande d’information");
    public static readonly Text DecisionApproved = new(
        "The office approved your proposed request “{0}”. It will be sent to the network.",
        "Le secrétariat a approuvé votre proposition de demande «\u00a0{0}\u00a0». Elle sera envoyée au réseau.");
    public static readonly Text DecisionDeclined = new(
        "The office declined your proposed request “{0}”.",
        "Le secrétariat a refusé votre proposition de demande «\u00a0{0}\u00a0».");
    public static readonly Text ReasonLabel = new("Reason: ", "Motif\u00a0: ");

    // The list

    public static readonly Text ListTitle = new("Information requests", "Demandes d’information");
    public static readonly Text OpenRequests = new("Open", "En cours");
    public static readonly Text PastRequests = new("Past", "Passées");
    public static readonly Text Drafts = new("Drafts", "Brouillons");
    public static readonly Text Proposals = new("Proposals awaiting a decision", "Propositions en attente de décision");
    public static readonly Text YourProposals = new("Your proposals", "Vos propositions");
    public static readonly Text NoRequests = new("No information request yet.", "Aucune demande d’information pour l’instant.");
    public static readonly Text NewRequestButton = new("New request", "Nouvelle demande");
    public static readonly Text ProposeRequestButton = new("Propose a request", "Proposer une demande");
    public static readonly Text OpenButton = new("Open", "Ouvrir");
    public static readonly Text ListRow = new("{0} · {1} · due {2:d MMM yyyy}", "{0} · {1} · échéance le {2:d MMM yyyy}");
    public static readonly Text ListRowUnsent = new("{0} · due {1:d MMM yyyy}", "{0} · échéance le {1:d MMM yyyy}");
    /// {0}: the answer's status in lower case ("votre État : pas commencée").
    public static readonly Text YourState = new("your state: {0}", "votre État\u00a0: {0}");
    public static readonly Text StatusProposed = new("proposed", "proposée");
    public static readonly Text StatusApproved = new("approved, to send", "approuvée, à envoyer");
    public static readonly Text StatusDeclined = new("declined", "refusée");
    public static readonly Text StatusClosed = new("closed", "close");
    public static readonly Text StatusDraftRequest = new("draft", "brouillon");
    public static readonly Text AnsweredCount = new("{0} of {1} states answered", "{0}\u00a0États sur {1} ont répondu");

    // State and language names


    /// The state as a sentence names it: "la France", "l’Allemagne", "les Pays-Bas"; "France", "the Netherlands".
    public static string TheState(StateCode? code, Language language) => MemberStates.Find(code) is not { } s ? MemberStates.NameIn(code, language)
        : language == Language.Fr ? s.NameFrWithArticle : s.NameEnInSentence;

    /// The state after French "de": "de la France", "du Portugal", "des Pays-Bas"; in English, as a sentence names it
    /// ("the Netherlands"), after "of".
    public static string OfState(StateCode? code, Language language) => MemberStates.Find(code) is not { } s
        ? (language == Language.Fr ? "de " : "") + MemberStates.NameIn(code, language)
        : language == Language.Fr ? s.NameFrAfterDe : s.NameEnInSentence;

    public static string LanguageName(Language language, Language @in) => (language == Language.Fr ? French : English).In(@in);

    public static string Kind(RequestKind kind, Language language) => (kind == RequestKind.AdHoc ? AdHoc : Planned).In(language);
}
