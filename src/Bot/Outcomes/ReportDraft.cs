using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Outcomes;

/// The office's draft form applied to the report through the report's rules (SummaryReports), field by field: the
/// changed report, or every problem found, each naming its field, in the office member's language.
public static class ReportDraft
{
    public static (SummaryReport Report, IReadOnlyList<string> Problems) Apply(SummaryReport stored, ReportForm form, Meeting meeting, Member office,
        OutcomeSettings settings, Language language)
    {
        var report = stored;
        var problems = new List<string>();
        void Step(Outcome<SummaryReport, ReportRefusal> outcome, Text where, params object?[] args)
        {
            if (outcome.IsAccepted) report = outcome.Value!;
            else problems.Add(where.Format(language, [.. args, ReportTexts.Describe(outcome.Refusal!.Value, language)]));
        }

        if (form.Background.Trimmed() != report.Background) Step(SummaryReports.SetBackground(report, office, form.Background, settings), ReportTexts.BackgroundProblem);
        foreach (var (itemId, (text, attributable)) in form.Summaries)
        {
            var current = report.SummaryOf(itemId);
            if ((current?.Text ?? BilingualText.Of("")) == text.Trimmed() && (current?.Attributable ?? false) == attributable) continue;
            if (current is null && text.IsEmpty) continue;   // a toggle on an item with no summary: nothing to keep
            Step(SummaryReports.SetSummary(report, meeting, office, itemId, text, attributable, settings), ReportTexts.ItemProblem, meeting.CurrentAgenda.NumberOf(itemId));
        }
        foreach (var line in form.Recommendations)
        {
            var addressee = ReportForm.Parse(line.AddresseeChoice) ?? new Addressee(AddresseeKind.ThematicGroup);   // none chosen: incomplete
            if (line.IsNew)
            {
                if (line.IsBlank) continue;
                Step(SummaryReports.AddRecommendation(report, office, line.Id, line.Text, addressee, settings), ReportTexts.NewRecommendationProblem);
            }
            else if (report.Find(line.Id) is { } r && (r.Text != line.Text.Trimmed() || r.Addressee != addressee))
                Step(SummaryReports.ReviseRecommendation(report, office, line.Id, line.Text, addressee, settings), ReportTexts.RecommendationProblem, line.Number);
        }
        return (report, problems);
    }

    /// Whether two versions of a report say the same (the store's version aside).
    public static bool Same(SummaryReport a, SummaryReport b) =>
        a.Background == b.Background && a.Status == b.Status
        && a.Summaries.OrderBy(s => s.AgendaItemId, StringComparer.Ordinal).SequenceEqual(b.Summaries.OrderBy(s => s.AgendaItemId, StringComparer.Ordinal))
        && a.Recommendations.OrderBy(r => r.Number).SequenceEqual(b.Recommendations.OrderBy(r => r.Number));
}
