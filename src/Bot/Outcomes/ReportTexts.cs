using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Outcomes;

/// A meeting's summary report, as the office drafts it and the participants read and comment on it.
public static class ReportTexts
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

    public static readonly Text OfficeOnly = new("Only the office drafts meeting reports.", "Seul le secrétariat rédige les rapports de réunion.");
    public static readonly Text NotStarted = new(
        "The report can be drafted once the meeting has started ({0:d MMMM yyyy}).",
        "Le rapport pourra être rédigé une fois la réunion commencée ({0:d MMMM yyyy}).");
    public static readonly Text NoReport = new("This meeting has no report yet.", "Cette réunion n’a pas encore de rapport.");

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
