using System.Globalization;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Outcomes;

public static partial class ReportRoutes
{
    // Cards already sent carry this verb: never rename it.
    public const string Remove = "report.remove";

    /// The recommendation a "Remove" button names, by id, and its number (for the notice of a second press, when the
    /// report no longer has it).
    public const string RemoveIdKey = "removeRecommendation";
    public const string RemoveNumberKey = "removeNumber";

    /// Removes the last recommendation of a draft (SummaryReports.RemoveRecommendation: numbers never change, so only the
    /// highest, only before the participants have seen the draft, never one with follow-up actions). The button sends
    /// the form, which is applied as "Save" applies it, in the same versioned save, so nothing typed is lost; a form
    /// with problems saves and removes nothing. A refusal is a message: the card and its typing stay as they are.
    internal static async Task<InvokeResponse> RemoveAsync(TurnContext turn, Member office, Meeting meeting, ActionSteps s, CancellationToken ct)
    {
        var language = turn.Language;
        if (await s.Outcomes.GetReportAsync(meeting.Id, ct) is not { } stored) return InvokeResponse.Message(ReportTexts.NoReport.In(language));
        if (stored.Status == ReportStatus.Issued) return InvokeResponse.Message(ReportTexts.Describe(ReportRefusal.AlreadyIssued, language));
        var id = turn.Data(RemoveIdKey) ?? "";
        if (stored.Find(id) is not { } target) return await GoneAsync(turn, office, meeting, stored, s, ct);

        var hasActions = (await s.Outcomes.ListActionsAsync(meeting.Id, ct)).Any(a => a.RecommendationId == id);
        var outcome = SummaryReports.RemoveRecommendation(stored, office, id, hasActions);
        if (!outcome.IsAccepted)
        {
            LogRemoveRefused(Log(turn), meeting.Id, id, outcome.Refusal!.Value);
            return InvokeResponse.Message(ReportTexts.RemoveRefused(outcome.Refusal!.Value, stored, target.Number, language));
        }
        if ((turn.Data(ReportForm.VersionKey) ?? "") != (stored.Version ?? ""))
            return await DraftAsync(turn, meeting, stored, ReportForm.Of(stored, meeting), new DraftNotes(ReportTexts.ChangedMeanwhile.In(language)), s, ct);

        // The form is read against the report without the recommendation, so what was typed into its own fields is
        // dropped with it, and new lines take the numbers that follow the ones that stay.
        var removed = outcome.Value!;
        var (report, problems) = ReportDraft.Apply(removed, ReportForm.From(turn.ActionData, removed, meeting), meeting, office, s.Settings, language);
        if (problems.Count > 0)
        {
            LogInvalid(Log(turn), meeting.Id, problems.Count);
            return await DraftAsync(turn, meeting, stored, ReportForm.From(turn.ActionData, stored, meeting), new DraftNotes(Problems: problems), s, ct);
        }
        if (await s.Outcomes.SaveReportAsync(report, ct) is not SaveResult.Saved saved)
        {
            var now = await s.Outcomes.GetReportAsync(meeting.Id, ct) ?? stored;
            return await DraftAsync(turn, meeting, now, ReportForm.Of(now, meeting), new DraftNotes(ReportTexts.ChangedMeanwhile.In(language)), s, ct);
        }
        var typed = !ReportDraft.Same(report, removed);
        report = report with { Version = saved.Version };
        await s.AuditAsync(office, "report.recommendation-removed", "report-recommendation", id, ct);
        if (typed) await s.AuditAsync(office, "report.saved", AuditSubject, meeting.Id, ct);
        LogRemoved(Log(turn), id, meeting.Id, report.Recommendations.Count);
        var notice = (typed ? ReportTexts.RemovedAndSaved : ReportTexts.Removed).Format(language, target.Number);
        return await DraftAsync(turn, meeting, report, ReportForm.Of(report, meeting), new DraftNotes(notice), s, ct, warn: true);
    }

    /// The button names a recommendation the report does not have. A card is drawn from one version of the report, and
    /// that version had it: if the report changed since, it was removed meanwhile (a second press, or a colleague), and
    /// the draft is shown again, saying so; if not, the card never came from this report and nothing is told but that.
    static async Task<InvokeResponse> GoneAsync(TurnContext turn, Member office, Meeting meeting, SummaryReport stored, ActionSteps s, CancellationToken ct)
    {
        var language = turn.Language;
        var number = int.TryParse(turn.Data(RemoveNumberKey), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
        if (number is null || (turn.Data(ReportForm.VersionKey) ?? "") == (stored.Version ?? ""))
        {
            LogRemoveRefused(Log(turn), meeting.Id, "", ReportRefusal.UnknownRecommendation);   // an id the report never had is not logged
            return InvokeResponse.Message(ReportTexts.RemoveUnknown.In(language));
        }
        // A second press finds the report as the first left it, the same typing included; anything else typed on a
        // card drawn before a colleague's save was not saved, and the office member is told so.
        var (applied, problems) = ReportDraft.Apply(stored, ReportForm.From(turn.ActionData, stored, meeting), meeting, office, s.Settings, language);
        var notice = problems.Count == 0 && ReportDraft.Same(applied, stored)
            ? ReportTexts.AlreadyRemoved.Format(language, number.Value)
            : ReportTexts.ChangedMeanwhile.In(language);
        return await DraftAsync(turn, meeting, stored, ReportForm.Of(stored, meeting), new DraftNotes(notice), s, ct);
    }

    [LoggerMessage(LogLevel.Information, "Recommendation {RecommendationId} removed from the report of meeting {MeetingId}; {Recommendations} remain")]
    static partial void LogRemoved(ILogger logger, string recommendationId, string meetingId, int recommendations);

    [LoggerMessage(LogLevel.Information, "Recommendation {RecommendationId} of the report of meeting {MeetingId} not removed: {Refusal}")]
    static partial void LogRemoveRefused(ILogger logger, string meetingId, string recommendationId, ReportRefusal refusal);
}
