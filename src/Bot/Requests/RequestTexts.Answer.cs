using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// The texts of the request as received and of answering it (AnswerRoutes, AnswerCards).
public static partial class RequestTexts
{
    // The request as received

    public static readonly Text RequestHeading = new("Information request {0}", "Demande d’information {0}");
    public static readonly Text RequestedBy = new("Requested by", "Demandée par");
    public static readonly Text DeadlineFact = new("Deadline", "Date limite");
    public static readonly Text DateFormat = new("{0:d MMMM yyyy}", "{0:d MMMM yyyy}");
    public static readonly Text OriginalFact = new("Original language", "Langue originale");
    public static readonly Text BackgroundHeading = new("Background", "Contexte");
    public static readonly Text QuestionsHeading = new("Questions", "Questions");
    public static readonly Text AnswerButton = new("Answer", "Répondre");
    public static readonly Text AcknowledgeButton = new("Acknowledge receipt", "Accuser réception");
    public static readonly Text StatusButton = new("Status", "Suivi");
    public static readonly Text AcknowledgedOn = new("Your state acknowledged receipt on {0:d MMMM yyyy}.", "Votre État a accusé réception le {0:d MMMM yyyy}.");
    /// {0}: TheState, "la France" in French.
    public static readonly Text AcknowledgedToast = new("Receipt acknowledged for {0}.", "Réception accusée pour {0}.");
    public static readonly Text AnswerSentToChat = new(
        "I have sent you the answer card in our personal chat.",
        "Je vous ai envoyé la fiche de réponse dans notre conversation personnelle.");
    public static readonly Text OnlyFocalPointsAnswer = new(
        "Only the focal points of the member states asked answer this request.",
        "Seuls les points de contact des États membres interrogés répondent à cette demande.");
    public static readonly Text ChannelPostIntro = new(
        "Focal points: I am writing to each of you in your personal chat to answer.",
        "Points de contact\u00a0: je vous écris à chacun dans votre conversation personnelle pour répondre.");
    public static readonly Text MentionBody = new(
        "I cannot write to you in a personal chat yet: open FocalBot in Teams' chat and type “requests” to answer this request.",
        "Je ne peux pas encore vous écrire en conversation personnelle\u00a0: ouvrez FocalBot dans la conversation Teams et tapez «\u00a0demandes\u00a0» pour répondre à cette demande.");

    public static readonly Text ReminderMentionBody = new(
        "Reminder: your state's answer is awaited by {0:d MMMM yyyy}. I cannot write to you in a personal chat yet: open FocalBot in Teams' chat and type “requests” to answer.",
        "Rappel\u00a0: la réponse de votre État est attendue pour le {0:d MMMM yyyy}. Je ne peux pas encore vous écrire en conversation personnelle\u00a0: ouvrez FocalBot dans la conversation Teams et tapez «\u00a0demandes\u00a0» pour répondre.");

    // Answering

    /// {0}: OfState, "de la France" in French.
    public static readonly Text AnswerTitle = new("Answer of {0} to request {1}", "Réponse {0} à la demande {1}");
    public static readonly Text AnswerIntro = new(
        "One answer per member state: your state's focal points share it. Save a draft at any time; the office sees only a submitted answer.",
        "Une réponse par État membre\u00a0: les points de contact de votre État la partagent. Enregistrez un brouillon à tout moment\u00a0; le secrétariat ne voit que la réponse soumise.");
    /// {1}: the longest answer taken (RequestSettings.AnswerMaxLength), which the box also enforces.
    public static readonly Text AnswerLabel = new("Your answer to question {0} (up to {1:N0} characters)", "Votre réponse à la question {0} ({1:N0}\u00a0caractères au plus)");
    public static readonly Text NilLabel = new("Kind of answer", "Type de réponse");
    public static readonly Text NilNone = new("I answer in writing", "Je réponds par écrit");
    public static readonly Text NilNoInformation = new("No information available", "Aucune information disponible");
    public static readonly Text NilNotApplicable = new("Not applicable", "Sans objet");
    public static readonly Text NilToFollow = new("Answer to follow", "Réponse à suivre");
    public static readonly Text ToFollowBy = new("Answer to follow by {0:d MMMM yyyy}", "Réponse à suivre d’ici le {0:d MMMM yyyy}");
    public static readonly Text FollowsByLabel = new("If the answer is to follow: by which date", "Si la réponse est à suivre\u00a0: d’ici quelle date");
    public static readonly Text AnswerLanguageLabel = new("Language of your answer", "Langue de votre réponse");
    public static readonly Text SaveDraftButton = new("Save draft", "Enregistrer le brouillon");
    public static readonly Text SubmitButton = new("Submit to the office", "Soumettre au secrétariat");
    public static readonly Text SaveChangesButton = new("Save changes", "Enregistrer les modifications");
    public static readonly Text StatusDraft = new("Draft, not submitted", "Brouillon, non soumis");
    public static readonly Text StatusSubmitted = new("Submitted on {0:d MMMM yyyy}", "Soumise le {0:d MMMM yyyy}");
    public static readonly Text StatusNone = new("Not started", "Pas commencée");
    public static readonly Text LateMark = new("late", "en retard");
    public static readonly Text LastChangedBy = new("Last changed by {0} on {1:d MMMM yyyy 'at' HH:mm}", "Dernière modification par {0} le {1:d MMMM yyyy 'à' HH'\u00a0h\u00a0'mm}");
    public static readonly Text AnswerStatusFact = new("Status", "Statut");
    public static readonly Text DraftSaved = new("Draft saved. Submit it when it is complete.", "Brouillon enregistré. Soumettez-le lorsqu’il est complet.");
    public static readonly Text AnswerSubmitted = new("Thank you: your state's answer is submitted. You can amend it until the deadline.", "Merci\u00a0: la réponse de votre État est soumise. Vous pouvez la modifier jusqu’à la date limite.");
    public static readonly Text AnswerAmended = new("Your changes are saved in the submitted answer.", "Vos modifications sont enregistrées dans la réponse soumise.");
    public static readonly Text AmendUntil = new("You can amend it until {0:d MMMM yyyy}.", "Vous pouvez la modifier jusqu’au {0:d MMMM yyyy}.");
    public static readonly Text LateNotice = new(
        "The deadline has passed: your answer is still accepted, and marked late.",
        "La date limite est passée\u00a0: votre réponse est encore acceptée, et marquée en retard.");

    public static string Describe(AnswerRefusal refusal, Language language) => refusal switch
    {
        AnswerRefusal.NotAllowed => AnswerNotAllowed.In(language),
        AnswerRefusal.StateNotAsked => StateNotAsked.In(language),
        AnswerRefusal.NotOpen => NotSentYet.In(language),
        AnswerRefusal.Closed => AnswerClosed.In(language),
        AnswerRefusal.Conflict => AnswerConflict.In(language),
        AnswerRefusal.DeadlinePassed => AnswerDeadlinePassed.In(language),
        AnswerRefusal.UnknownQuestion => UnknownQuestion.In(language),
        AnswerRefusal.AnswerEmpty => AnswerEmpty.In(language),
        AnswerRefusal.AnswerTooLong => AnswerTooLong.Format(language, RequestSettings.Default.AnswerMaxLength),
        AnswerRefusal.FollowDateMissing => FollowDateMissing.In(language),
        AnswerRefusal.Incomplete => Incomplete.In(language),
        AnswerRefusal.NothingToSave => NothingToSave.In(language),
        AnswerRefusal.OfficeOnlyUnanswered => OfficeOnlyUnanswered.In(language),
        _ => refusal.ToString(),
    };

    /// A problem of the answer form, named by its question where it concerns one.
    public static string Describe(AnswerProblem problem, RequestSettings settings, Language language) => problem switch
    {
        { Kind: AnswerRefusal.FollowDateMissing, Question: { } q } => FollowDateMissingAt.Format(language, q),
        { Kind: AnswerRefusal.AnswerTooLong, Question: { } q } => AnswerTooLongAt.Format(language, q, settings.AnswerMaxLength),
        { Kind: AnswerRefusal.OfficeOnlyUnanswered, Question: { } q } => OfficeOnlyUnansweredAt.Format(language, q),
        _ => Describe(problem.Kind, language),
    };

    public static readonly Text AnswerNotAllowed = new(
        "Only your state's focal points answer for it. Nothing was saved.",
        "Seuls les points de contact de votre État répondent en son nom. Rien n’a été enregistré.");
    public static readonly Text StateNotAsked = new("Your state is not asked in this request.", "Votre État n’est pas interrogé dans cette demande.");
    public static readonly Text AnswerClosed = new("This request is closed: answers are no longer taken. Nothing was saved.", "Cette demande est close\u00a0: les réponses ne sont plus acceptées. Rien n’a été enregistré.");
    public static readonly Text AnswerConflict = new(
        "A colleague of your state saved this answer since you opened it. Here is their version; your text was not saved, so copy it before reopening if you need it.",
        "Un collègue de votre État a enregistré cette réponse depuis que vous l’avez ouverte. Voici sa version\u00a0; votre texte n’a pas été enregistré, copiez-le si vous en avez besoin.");
    public static readonly Text AnswerDeadlinePassed = new("The deadline has passed and late answers are not accepted. Nothing was saved.", "La date limite est passée et les réponses tardives ne sont pas acceptées. Rien n’a été enregistré.");
    public static readonly Text UnknownQuestion = new("This question is not part of the request.", "Cette question ne fait pas partie de la demande.");
    public static readonly Text AnswerEmpty = new("An answer is empty: write it or choose a nil answer.", "Une réponse est vide\u00a0: rédigez-la ou choisissez une réponse «\u00a0néant\u00a0».");
    public static readonly Text AnswerTooLong = new("An answer is longer than {0} characters. Nothing was saved.", "Une réponse dépasse {0}\u00a0caractères. Rien n’a été enregistré.");
    public static readonly Text AnswerTooLongAt = new("The answer to question {0} is longer than {1} characters. Nothing was saved.", "La réponse à la question {0} dépasse {1}\u00a0caractères. Rien n’a été enregistré.");
    public static readonly Text FollowDateMissing = new("For an answer to follow, give the date by which it follows.", "Pour une réponse à suivre, indiquez la date à laquelle elle suivra.");
    public static readonly Text FollowDateMissingAt = new("Question {0}: give the date by which the answer follows.", "Question {0}\u00a0: indiquez la date à laquelle la réponse suivra.");
    public static readonly Text Incomplete = new(
        "Answer every question before submitting (a nil answer counts). Your draft is saved.",
        "Répondez à chaque question avant de soumettre (une réponse «\u00a0néant\u00a0» compte). Votre brouillon est enregistré.");
    public static readonly Text NothingToSave = new("Nothing to save yet: write an answer or choose a nil answer.", "Rien à enregistrer pour l’instant\u00a0: rédigez une réponse ou choisissez une réponse «\u00a0néant\u00a0».");
    public static readonly Text NoStateOfYours = new(
        "Only focal points of a member state answer requests.",
        "Seuls les points de contact d’un État membre répondent aux demandes.");
}
