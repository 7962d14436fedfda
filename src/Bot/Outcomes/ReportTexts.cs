using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Outcomes;

/// A meeting's summary report, as the office drafts it and the participants read and comment on it.
public static partial class ReportTexts
{
    public static readonly Text DraftTitle = new("Summary report (draft)", "Rapport de synthèse (projet)");
    public static readonly Text OpenTitle = new("Summary report (sent for comments)", "Rapport de synthèse (soumis aux commentaires)");
    public static readonly Text ChathamNote = new(
        "Chatham House Rule: a summary attributes nothing to a speaker or a state unless you mark it attributable.",
        "Règle de Chatham House\u00a0: un résumé n’attribue rien à un intervenant ni à un État, sauf si vous le marquez comme attribuable.");
    public static readonly Text BackgroundHeading = new("Background and aims", "Contexte et objectifs");
    public static readonly Text SummaryHeading = new("Meeting summary", "Résumé de la réunion");
    public static readonly Text RecommendationsHeading = new("Recommendations", "Recommandations");
    public static readonly Text InEnglish = new("{0}, in English", "{0}, en anglais");
    public static readonly Text InFrench = new("{0}, in French (one language is enough)", "{0}, en français (une langue suffit)");
    public static readonly Text ItemLabel = new("Item {0}. {1}", "Point {0}. {1}");
    public static readonly Text Attributable = new("Attributable (names speakers or states)", "Attribuable (nomme des intervenants ou des États)");
    public static readonly Text RecommendationLabel = new("Recommendation {0}", "Recommandation {0}");
    public static readonly Text NewRecommendationLabel = new("New recommendation", "Nouvelle recommandation");
    public static readonly Text AddresseeLabel = new("Addressed to", "Destinataires");
    public static readonly Text AddresseePlaceholder = new("Choose the addressee", "Choisissez les destinataires");
    public static readonly Text Save = new("Save the draft", "Enregistrer le projet");
    public static readonly Text Circulate = new("Send to participants for comments", "Envoyer aux participants pour commentaires");
    public static readonly Text Comments = new("Comments received: {0}", "Commentaires reçus\u00a0: {0}");
    public static readonly Text CommentsUntil = new("Comments until {0:d MMMM yyyy}", "Commentaires jusqu’au {0:d MMMM yyyy}");

    public static readonly Text Saved = new("The draft is saved.", "Le projet est enregistré.");
    public static readonly Text Unchanged = new("Nothing was changed.", "Rien n’a été modifié.");
    public static readonly Text ChangedMeanwhile = new(
        "A colleague saved the report meanwhile: here it is as it now stands. Nothing of yours was saved; please enter your changes again.",
        "Un collègue a enregistré le rapport entre-temps\u00a0: le voici tel qu’il est maintenant. Rien de vos modifications n’a été enregistré\u00a0; veuillez les saisir à nouveau.");
    public static readonly Text FixProblems = new("Nothing was saved. Please correct the following:", "Rien n’a été enregistré. Veuillez corriger ce qui suit\u00a0:");
    public static readonly Text WarningsTitle = new(
        "Chatham House check: these summaries are not marked attributable but name participants or states. Saved all the same; please check.",
        "Vérification Chatham House\u00a0: ces résumés ne sont pas marqués comme attribuables mais nomment des participants ou des États. Enregistré tout de même\u00a0; veuillez vérifier.");
    public static readonly Text Warning = new("Item {0}: names {1}", "Point {0}\u00a0: nomme {1}");
    public static readonly Text RecommendationProblem = new("Recommendation {0}: {1}", "Recommandation {0}\u00a0: {1}");
    public static readonly Text NewRecommendationProblem = new("New recommendation: {0}", "Nouvelle recommandation\u00a0: {0}");
    public static readonly Text ItemProblem = new("Item {0}: {1}", "Point {0}\u00a0: {1}");
    public static readonly Text BackgroundProblem = new("Background and aims: {0}", "Contexte et objectifs\u00a0: {0}");
    public static readonly Text Circulated = new(
        "The draft is saved as sent for comments until {0:d MMMM yyyy} and queued for {1} participants.",
        "Le projet est enregistré comme soumis aux commentaires jusqu’au {0:d MMMM yyyy} et mis en file d’attente pour {1} participants.");
    public static readonly Text AlreadyCirculated = new(
        "The draft was already sent for comments; nothing was sent twice.",
        "Le projet a déjà été soumis aux commentaires\u00a0; rien n’a été envoyé deux fois.");

    public static readonly Text SentTitle = new("Draft summary report: your comments", "Projet de rapport de synthèse\u00a0: vos commentaires");
    public static readonly Text SentIntro = new(
        "Here is the draft report of the meeting. Your comments reach the office only, until {0:d MMMM yyyy}.",
        "Voici le projet de rapport de la réunion. Vos commentaires ne parviennent qu’au secrétariat, jusqu’au {0:d MMMM yyyy}.");
    public static readonly Text CommentLabel = new("Your comment", "Votre commentaire");
    public static readonly Text AboutLabel = new("About", "Objet");
    public static readonly Text AboutWhole = new("The report as a whole", "Le rapport dans son ensemble");
    public static readonly Text SendComment = new("Send the comment to the office", "Envoyer le commentaire au secrétariat");
    public static readonly Text CommentSent = new(
        "Your comment is saved and queued for the office; no other participant sees it. You may send another.",
        "Votre commentaire est enregistré et mis en file d’attente pour le secrétariat\u00a0; aucun autre participant ne le voit. Vous pouvez en envoyer un autre.");
    public static readonly Text CommentMissing = new("Please write your comment before sending it; nothing was sent.", "Veuillez écrire votre commentaire avant de l’envoyer\u00a0; rien n’a été envoyé.");
    public static readonly Text CommentTooLong = new(
        "Your comment is longer than {0} characters; please shorten it. Nothing was sent.",
        "Votre commentaire dépasse {0}\u00a0caractères\u00a0; veuillez le raccourcir. Rien n’a été envoyé.");
    public static readonly Text CommentAlreadySent = new("This comment was already sent; nothing more was saved.", "Ce commentaire a déjà été envoyé\u00a0; rien de plus n’a été enregistré.");

    public static readonly Text CommentNoticeTitle = new("Comment on the draft report", "Commentaire sur le projet de rapport");
    public static readonly Text CommentFrom = new("From {0} ({1})", "De {0} ({1})");
    public static readonly Text NoState = new("no member state", "aucun État membre");
    public static readonly Text OpenReport = new("Open the draft", "Ouvrir le projet");

    public static readonly Text Issue = new("Issue the final report", "Publier le rapport final");
    public static readonly Text ConfirmTitle = new("Issue the final report?", "Publier le rapport final\u00a0?");
    public static readonly Text ConfirmFiles = new(
        "The report is written as a Word document in English and in French.",
        "Le rapport est établi en document Word, en anglais et en français.");
    public static readonly Text ConfirmInvitees = new(
        "It is sent to {0} invitees in their personal chat, each in their language, with their own links to both documents.",
        "Il est envoyé à {0}\u00a0invités dans leur conversation personnelle, chacun dans sa langue, avec ses propres liens vers les deux documents.");
    public static readonly Text ConfirmChannel = new(
        "It is announced in the network's channel, in English and French, without links.",
        "Il est annoncé dans le canal du réseau, en anglais et en français, sans liens.");
    public static readonly Text ConfirmNoChannel = new(
        "It is not announced in the network's channel: the meeting was for some members only.",
        "Il n’est pas annoncé dans le canal du réseau\u00a0: la réunion ne concernait que certains membres.");
    public static readonly Text ConfirmFinal = new(
        "Nothing in the report can change afterwards, and its follow-up actions then go to their owners.",
        "Plus rien ne pourra changer dans le rapport, et ses actions de suivi partiront alors vers leurs responsables.");
    public static readonly Text ConfirmIssue = new("Issue", "Publier");
    public static readonly Text BackToDraft = new("Back to the draft", "Retour au projet");
    public static readonly Text IssueChangedMeanwhile = new(
        "A colleague changed the report since this card was drawn: nothing was issued. Here it is as it now stands.",
        "Un collègue a modifié le rapport depuis l’affichage de cette carte\u00a0: rien n’a été publié. Le voici tel qu’il est maintenant.");

    public static readonly Text IssuedTitle = new("Summary report (issued)", "Rapport de synthèse (publié)");
    public static readonly Text IssuedOn = new("Issued on {0:d MMMM yyyy}", "Publié le {0:d MMMM yyyy}");
    public static readonly Text IssuedNow = new(
        "The report is issued; its documents are saved and it is queued for {0} invitees.",
        "Le rapport est publié\u00a0; ses documents sont enregistrés et il est mis en file d’attente pour {0}\u00a0invités.");
    public static readonly Text IssuedAlready = new(
        "The report was already issued; nothing was sent twice.",
        "Le rapport a déjà été publié\u00a0; rien n’a été envoyé deux fois.");
    public static readonly Text WordEn = new("Word report in English", "Rapport Word en anglais");
    public static readonly Text WordFr = new("Word report in French", "Rapport Word en français");
    public static readonly Text LinksExpire = new("These links are yours alone and work until {0:d MMMM yyyy}.", "Ces liens vous sont propres et fonctionnent jusqu’au {0:d MMMM yyyy}.");
    public static readonly Text InviteesFact = new("Invitees", "Invités");
    public static readonly Text NotQueued = new("not queued yet", "pas encore en file d’attente");
    public static readonly Text QueueMissing = new("Queue what is missing", "Mettre en file d’attente ce qui manque");
    public static readonly Text DeliveryButton = new("Delivery of the report", "Distribution du rapport");
    public static readonly Text OpenIssued = new("Open the report", "Ouvrir le rapport");
    public static readonly Text DeliveryTitle = new("Delivery of the summary report", "Distribution du rapport de synthèse");

    public static readonly Text ReceivedTitle = new("Summary report issued: {0}", "Rapport de synthèse publié\u00a0: {0}");
    public static readonly Text Confidential = new(
        "Confidential: for the network's members only. Please do not pass it on.",
        "Confidentiel\u00a0: réservé aux membres du réseau. Merci de ne pas le diffuser.");
    public static readonly Text NoRecommendations = new("The meeting made no recommendations.", "La réunion n’a formulé aucune recommandation.");
    public static readonly Text NewLinks = new("Get new links", "Obtenir de nouveaux liens");

    public static readonly Text ChannelTitle = new("Summary report issued", "Rapport de synthèse publié");
    public static readonly Text ChannelRecommendations = new("Recommendations: {0}", "Recommandations\u00a0: {0}");
    public static readonly Text ChannelInChat = new(
        "It is sent to each invitee in their personal chat.",
        "Il est envoyé à chaque invité dans sa conversation personnelle.");

    public static readonly Text OfficeOnly = new("Only the office drafts meeting reports.", "Seul le secrétariat rédige les rapports de réunion.");
    public static readonly Text NotStarted = new(
        "The report can be drafted once the meeting has started ({0:d MMMM yyyy}).",
        "Le rapport pourra être rédigé une fois la réunion commencée ({0:d MMMM yyyy}).");
    public static readonly Text NoReport = new("This meeting has no report yet.", "Cette réunion n’a pas encore de rapport.");
    public static readonly Text NotIssued = new("This report is not issued yet.", "Ce rapport n’est pas encore publié.");

    public static string Describe(ReportRefusal refusal, Language language) => (refusal switch
    {
        ReportRefusal.NotAllowed => OfficeOnly,
        ReportRefusal.MeetingNotHeld => new Text("The meeting was not held: there is nothing to report.", "La réunion n’a pas eu lieu\u00a0: il n’y a rien à rapporter."),
        ReportRefusal.AlreadyIssued => new Text("The report is issued: nothing in it changes any more.", "Le rapport est publié\u00a0: plus rien n’y change."),
        ReportRefusal.UnknownItem => new Text("this item is no longer on the agenda.", "ce point ne figure plus à l’ordre du jour."),
        ReportRefusal.TextMissing => new Text("the text is missing.", "le texte manque."),
        ReportRefusal.TextTooLong => new Text("the text is too long.", "le texte est trop long."),
        ReportRefusal.AddresseeMissing => new Text("choose whom it is addressed to.", "choisissez ses destinataires."),
        ReportRefusal.TooManyRecommendations => new Text("the report has as many recommendations as it may.", "le rapport compte déjà le nombre maximal de recommandations."),
        ReportRefusal.UnknownRecommendation => new Text("this recommendation is no longer in the report.", "cette recommandation ne figure plus dans le rapport."),
        ReportRefusal.AlreadyAdded => new Text("it was already added.", "elle a déjà été ajoutée."),
        ReportRefusal.OnlyLastRemovable or ReportRefusal.HasActions => new Text("it cannot be removed; revise it instead.", "elle ne peut pas être supprimée\u00a0; modifiez-la plutôt."),
        ReportRefusal.AlreadyCirculated => AlreadyCirculated,
        ReportRefusal.NotCirculated => new Text("Send the draft to the participants for comments first.", "Soumettez d’abord le projet aux commentaires des participants."),
        ReportRefusal.MeetingNotEnded => new Text("The report can be issued once the meeting has ended.", "Le rapport pourra être publié une fois la réunion terminée."),
        ReportRefusal.NotOpenForComments => new Text("The draft is not open for comments.", "Le projet n’est pas ouvert aux commentaires."),
        ReportRefusal.CommentsClosed => new Text(
            "The deadline for comments has passed: your comment was not sent. Please write to the office directly.",
            "Le délai pour les commentaires est passé\u00a0: votre commentaire n’a pas été envoyé. Veuillez écrire directement au secrétariat."),
        _ => new Text("Only the meeting's participants comment on its report.", "Seuls les participants à la réunion commentent son rapport."),
    }).In(language);
}
