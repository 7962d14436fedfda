using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Members;
using FocalBot.Bot.Outcomes;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Outcomes;

/// The office's list of the comments on a report, with sample data, for the render, typography and inert-text tests
/// (AllCards): twelve comments on the spring plenary's report from Élise and Jonas, so both pages and their buttons show,
/// and the list of a draft not yet sent for comments.
public static class ReportCommentSamples
{
    static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static IEnumerable<(string Name, JsonObject Card)> Cards(Language language, SampleText typed)
    {
        var people = typed.Members(DemoNetwork.Members).ToDictionary(m => m.Id);
        var meeting = OutcomeSamples.Plenary(typed);
        var report = OutcomeSamples.Report(typed) with { Status = ReportStatus.OpenForComments, IssuedOn = null, CommentsUntil = new DateOnly(2026, 6, 15) };
        var item = meeting.CurrentAgenda.Items[0].Id;
        string[] texts =
        [
            "Recommendation 1 should name the authority that appoints the guardian.",
            "Please add that the summary reflects the participants' views, not official positions.",
            "The opening did not mention the new national law.",
            "La recommandation 2 devrait viser aussi les groupes de travail.",
        ];
        var comments = Enumerable.Range(0, 12).Select(i => new ReportComment
        {
            Id = $"c{i}", MeetingId = meeting.Id, MemberId = i % 2 == 0 ? "demo-elise" : "demo-jonas", Text = typed.Text(texts[i % 4]),
            Language = i % 4 == 3 ? Language.Fr : Language.En, RecommendationNumber = (i % 4) switch { 0 => 1, 3 => 2, _ => null },
            AgendaItemId = i % 4 == 2 ? item : null, At = new DateTimeOffset(2026, 6, 2, 8, 0, 0, TimeSpan.Zero).AddHours(5 * i),
        }).ToList();

        yield return ("report.comments", ReportCards.CommentList(meeting, report, comments, people.GetValueOrDefault, 0, Zone, language));
        yield return ("report.comments-last-page", ReportCards.CommentList(meeting, report, comments, people.GetValueOrDefault, 1, Zone, language));
        yield return ("report.comments-none", ReportCards.CommentList(meeting, report with { Status = ReportStatus.Draft, CommentsUntil = null }, [],
            people.GetValueOrDefault, 0, Zone, language));
    }
}
