using FocalBot.Domain.Outcomes;

namespace FocalBot.Bot.Storage;

/// How both stores keep a summary report (its summaries and recommendations inside), a comment and a follow-up action
/// (StoreJson): one document each, so a save is one write. Versions are the store's own and stay out of the document.
public static class OutcomeJson
{
    public static string Write(SummaryReport report) => StoreJson.Write(report with { Version = null });

    public static SummaryReport ReadReport(string json, string version) => StoreJson.Read<SummaryReport>(json, "report") with { Version = version };

    public static string Write(ReportComment comment) => StoreJson.Write(comment with { Version = null });

    public static ReportComment ReadComment(string json, string version) => StoreJson.Read<ReportComment>(json, "comment") with { Version = version };

    public static string Write(FollowUpAction action) => StoreJson.Write(action with { Version = null });

    public static FollowUpAction ReadAction(string json, string version) => StoreJson.Read<FollowUpAction>(json, "action") with { Version = version };
}
