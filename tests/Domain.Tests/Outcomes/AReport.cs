using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Tests.Meetings;
using FocalBot.Domain.Tests.Members;

namespace FocalBot.Domain.Tests.Outcomes;

/// Reports and actions for tests: the plenary of Monday 11 and Tuesday 12 May 2026 (AMeeting), held with France and
/// Germany, ending at 17:00 in Strasbourg on the 12th; its report started on Wednesday 13 May.
static class AReport
{
    public static readonly DateOnly Started = new(2026, 5, 13);
    public static readonly Member Office = AMember.Office();
    public static readonly Member France = AMember.FocalPoint("FR");
    public static readonly Member Germany = AMember.FocalPoint("DE");
    public static readonly Meeting Plenary = AMeeting.Plenary().Convened([France, Germany, Office]);

    /// 17:00 in Strasbourg (summer time) on the closing day.
    public static readonly DateTimeOffset MeetingEnd = new(2026, 5, 12, 15, 0, 0, TimeSpan.Zero);

    public static SummaryReport Draft() => SummaryReports.Start(Plenary, Office, Started).Value!;

    public static SummaryReport WithRecommendations(this SummaryReport report, params string[] texts)
    {
        foreach (var text in texts)
            report = SummaryReports.AddRecommendation(report, Office, $"rec-{report.Recommendations.Count + 1}", BilingualText.Of(text), Addressee.MemberStates,
                OutcomeSettings.Default).Value!;
        return report;
    }

    public static FollowUpAction Action(string id = "a1", ActionOwner? owner = null, DateOnly? due = null, DateOnly? sentOn = null) => new()
    {
        Id = id, MeetingId = Plenary.Id, RecommendationId = "rec-1", RecommendationNumber = 1, What = BilingualText.Of("Share the guardianship guidelines"),
        Owner = owner ?? ActionOwner.State("DE"), Due = due ?? new DateOnly(2026, 6, 30), SentOn = sentOn ?? Started, CreatedBy = Office.Id, CreatedOn = Started,
    };
}
