using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// The activity figures with sample data: a year with a plenary held and recorded, a thematic session held without a
/// list, one still to come, two requests and the plenary's report and actions; and a year with nothing yet.
public static partial class MeetingSamples
{
    static IEnumerable<(string Name, JsonObject Card)> FiguresSamples(Meeting plenary, Attendance attended, SampleText typed, Language language)
    {
        var spring = plenary with { Id = "spring", OpeningDay = new DateOnly(2026, 3, 16), ClosingDay = new DateOnly(2026, 3, 17) };
        var thematic = plenary with
        {
            Id = "thematic", Kind = MeetingKind.ThematicSession, OpeningDay = new DateOnly(2026, 6, 8), ClosingDay = new DateOnly(2026, 6, 8),
            Title = typed.Bilingual(BilingualText.Of("Age assessment *in practice*", "L’évaluation de l’âge *en pratique*")),
        };
        var autumn = plenary with { Id = "autumn", OpeningDay = new DateOnly(2026, 12, 14), ClosingDay = new DateOnly(2026, 12, 15) };
        var asOf = new DateOnly(2026, 12, 5);
        var figures = new ActivityFigures(2026, asOf,
            [
                new MeetingActivity(spring, true, AttendanceFigures.Of(attended), ReportStatus.Issued),
                new MeetingActivity(thematic, true, null, null),
                new MeetingActivity(autumn, false, null, null),
            ],
            [new RequestActivity(new RequestNumber(2026, 1), 46, 38), new RequestActivity(new RequestNumber(2026, 2), 46, 41)],
            Recommendations: 6, ActionsDone: 4, ActionsOpen: 3, ActionsOverdue: 1);
        yield return ("meetings.figures", MeetingCards.Figures(figures, [2025, 2026], language));
        yield return ("meetings.figures-empty", MeetingCards.Figures(new ActivityFigures(2027, new DateOnly(2027, 1, 4), [], [], 0, 0, 0, 0), [2026, 2027], language));
    }
}
