using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Outcomes;

public static partial class ReportCards
{
    /// Whether the draft card offers to remove this line: the rule's conditions as the card was drawn (a draft nobody
    /// else has seen, its highest number, no follow-up action given to it). They are checked again on the press.
    public static bool MayOfferRemoval(SummaryReport report, RecommendationLine line, IReadOnlySet<string>? withActions = null) =>
        report.Status == ReportStatus.Draft && line.Number is { } n && report.Recommendations.Count > 0 && n == report.Recommendations.Max(r => r.Number)
        && report.Find(line.Id) is not null && withActions?.Contains(line.Id) != true;

    /// "Remove recommendation N" under the last recommendation of a draft. It sends the form's inputs, which are saved
    /// with the removal (ReportRoutes.RemoveAsync), so nothing typed is lost by pressing it.
    static JsonObject? RemoveButton(SummaryReport report, ReportForm form, RecommendationLine line, IReadOnlySet<string> withActions, Language language)
    {
        if (!MayOfferRemoval(report, line, withActions)) return null;
        var data = form.ButtonData();
        data[ReportRoutes.RemoveIdKey] = line.Id;
        data[ReportRoutes.RemoveNumberKey] = line.Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Card.ActionSet([Card.Execute(ReportTexts.RemoveButton.Format(language, line.Number), ReportRoutes.Remove, data, style: "destructive")], spacing: "Small");
    }

    /// Once, under the recommendations' heading: numbers never change, so a recommendation the card offers no removal
    /// for is revised instead. Nothing when every recommendation shown may be removed (or there is none).
    static JsonObject? NumbersNote(SummaryReport report, ReportForm form, IReadOnlySet<string> withActions, Language language)
    {
        var kept = form.Recommendations.Count(l => l.Number is not null && !MayOfferRemoval(report, l, withActions));
        if (kept == 0) return null;
        var note = report.Status == ReportStatus.Draft ? ReportTexts.NumbersStayDraft : ReportTexts.NumbersStayOpen;
        return Card.TextBlock(note.In(language), subtle: true, size: "Small", spacing: "None");
    }
}
