using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Outcomes;

/// The office's list of every comment on a report (ReportRoutes.CommentList.cs).
public static partial class ReportTexts
{
    public static readonly Text ReadComments = new("Read the comments ({0})", "Lire les commentaires ({0})");
    public static readonly Text ReadCommentsHint = new(
        "The comments open in place of this form: save your changes first.",
        "Les commentaires s’ouvrent à la place de ce formulaire\u00a0: enregistrez d’abord vos modifications.");

    public static readonly Text CommentListTitle = new("Comments on the draft report", "Commentaires sur le projet de rapport");
    public static readonly Text CommentListIntro = new(
        "For the office only. Grouped by what they are about, in the order of the report; the oldest first in each group.",
        "Pour le secrétariat seulement. Regroupés selon leur objet, dans l’ordre du rapport\u00a0; les plus anciens d’abord dans chaque groupe.");
    public static readonly Text NoComments = new("No comment has come in.", "Aucun commentaire n’est parvenu.");
    public static readonly Text NotSentForComments = new(
        "The draft has not been sent for comments yet.",
        "Le projet n’a pas encore été soumis aux commentaires.");
    public static readonly Text CommentPage = new("Comments {0}–{1} of {2}", "Commentaires {0} à {1} sur {2}");
    public static readonly Text CommentWritten = new("{0:d MMMM yyyy, HH:mm} · written in {1}", "{0:d MMMM yyyy 'à' HH'\u00a0h\u00a0'mm} · écrit en {1}");
    public static readonly Text InEnglishLanguage = new("English", "anglais");
    public static readonly Text InFrenchLanguage = new("French", "français");
    public static readonly Text NoLongerOnAgenda = new("Items no longer on the agenda", "Points qui ne figurent plus à l’ordre du jour");
    public static readonly Text PreviousComments = new("Previous", "Précédents");
    public static readonly Text NextComments = new("Next", "Suivants");
    public static readonly Text BackToReport = new("Back to the report", "Retour au rapport");
}
