using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Outcomes;

/// Removing the last recommendation of a draft (ReportRoutes.Remove.cs), and why the others stay.
public static partial class ReportTexts
{
    public static readonly Text RemoveButton = new("Remove recommendation {0}", "Supprimer la recommandation {0}");
    public static readonly Text NumbersStayDraft = new(
        "Numbers never change: only the last recommendation can be removed; revise the others instead.",
        "Les numéros ne changent jamais\u00a0: seule la dernière recommandation peut être supprimée\u00a0; modifiez plutôt les autres.");
    public static readonly Text NumbersStayOpen = new(
        "Numbers never change: the participants have read these recommendations, so they are revised, not removed.",
        "Les numéros ne changent jamais\u00a0: les participants ont lu ces recommandations, elles sont donc modifiées, pas supprimées.");

    public static readonly Text Removed = new("Recommendation {0} removed.", "Recommandation {0} supprimée.");
    public static readonly Text RemovedAndSaved = new(
        "Recommendation {0} removed, and your other changes are saved.",
        "Recommandation {0} supprimée, et vos autres modifications sont enregistrées.");
    public static readonly Text AlreadyRemoved = new(
        "Recommendation {0} was already removed; nothing more was changed.",
        "La recommandation {0} a déjà été supprimée\u00a0; rien de plus n’a été modifié.");
    public static readonly Text RemoveUnknown = new(
        "This recommendation is not in the report. Nothing was changed.",
        "Cette recommandation ne figure pas dans le rapport. Rien n’a été modifié.");
    public static readonly Text RemoveNotLast = new(
        "Recommendation {0} is not the last one: numbers never change, so only the last recommendation can be removed. Please revise it instead; nothing was changed.",
        "La recommandation {0} n’est pas la dernière\u00a0: les numéros ne changent jamais, seule la dernière recommandation peut donc être supprimée. Veuillez plutôt la modifier\u00a0; rien n’a été modifié.");
    public static readonly Text RemoveCirculated = new(
        "The draft was sent for comments: the participants have read recommendation {0}, so it stays. Please revise it instead; nothing was changed.",
        "Le projet a été soumis aux commentaires\u00a0: les participants ont lu la recommandation {0}, elle reste donc. Veuillez plutôt la modifier\u00a0; rien n’a été modifié.");
    public static readonly Text RemoveHasActions = new(
        "Recommendation {0} has follow-up actions, so it stays. Please revise it instead; nothing was changed.",
        "La recommandation {0} a des actions de suivi, elle reste donc. Veuillez plutôt la modifier\u00a0; rien n’a été modifié.");

    /// Why recommendation `number` of the report as stored cannot be removed: a sentence for the office member.
    public static string RemoveRefused(ReportRefusal refusal, SummaryReport report, int number, Language language) => refusal switch
    {
        ReportRefusal.OnlyLastRemovable when report.Status == ReportStatus.Draft => RemoveNotLast.Format(language, number),
        ReportRefusal.OnlyLastRemovable => RemoveCirculated.Format(language, number),
        ReportRefusal.HasActions => RemoveHasActions.Format(language, number),
        ReportRefusal.UnknownRecommendation => RemoveUnknown.In(language),
        _ => Describe(refusal, language),
    };
}
