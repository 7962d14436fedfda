using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

public static partial class MeetingCards
{
    public const string FiguresYearKey = "year";

    /// The network's activity figures for a year, for the office: the meetings held and the attendance recorded (counts
    /// only, as each meeting's status card gives them), a line per meeting, the requests sent and how many states
    /// answered, and the year's reports and follow-up actions. Buttons go to the years before and after.
    public static JsonObject Figures(ActivityFigures f, IReadOnlyList<int> years, Language language)
    {
        var body = new List<JsonNode?>
        {
            Card.Title(FiguresTexts.Title.Format(language, f.Year)),
            Card.TextBlock(FiguresTexts.AsOf.Format(language, f.AsOf), subtle: true, spacing: "Small"),
            Card.TextBlock(FiguresTexts.MeetingsHeading.In(language), size: "Medium", weight: "Bolder", spacing: "Medium"),
        };
        var held = f.Held.Count();
        var facts = new List<(string, string)> { (FiguresTexts.HeldFact.In(language), FiguresTexts.HeldLine(held, f.Plenaries, f.ThematicSessions, language)) };
        if (f.ToCome > 0) facts.Add((FiguresTexts.ToComeFact.In(language), Number(f.ToCome)));
        if (held > 0) facts.Add((FiguresTexts.RecordedFact.In(language), FiguresTexts.Recorded.Format(language, f.AttendanceRecorded, held)));
        body.Add(Card.Facts(facts));
        if (f.Meetings.Count == 0) body.Add(Card.TextBlock(FiguresTexts.NoneHeld.In(language), subtle: true));
        else body.Add(Card.Bullets(f.Meetings.Select(m => FiguresTexts.MeetingLine.Format(language, Domain.Meetings.MeetingDates.Of(m.Meeting, language, withZone: false),
            Card.Plain(m.Meeting.Title.In(language)),
            !m.Held ? FiguresTexts.Coming.In(language) : m.Attended is { } a ? AttendanceTexts.Sentence(a, language) : FiguresTexts.NotRecorded.In(language)))));
        if (f.Attendance is { } total) body.AddRange(AttendanceFacts(total, language, FiguresTexts.AttendanceHeading));

        body.Add(Card.TextBlock(FiguresTexts.RequestsHeading.In(language), size: "Medium", weight: "Bolder", spacing: "Medium"));
        body.Add(Card.Facts(
        [
            (FiguresTexts.SentFact.In(language), Number(f.Requests.Count)),
            (FiguresTexts.AnswersFact.In(language), f.ResponseRate is { } rate
                ? FiguresTexts.Answers.Format(language, f.Answered, f.Asked, rate) : FiguresTexts.NoneAsked.In(language)),
        ]));

        body.Add(Card.TextBlock(FiguresTexts.OutcomesHeading.In(language), size: "Medium", weight: "Bolder", spacing: "Medium"));
        body.Add(Card.Facts(
        [
            (FiguresTexts.ReportsFact.In(language), Number(f.ReportsIssued)),
            (FiguresTexts.RecommendationsFact.In(language), Number(f.Recommendations)),
            (FiguresTexts.ActionsFact.In(language), FiguresTexts.ActionsLine(f.Actions, f.ActionsDone, f.ActionsOpen, f.ActionsOverdue, language)),
        ]));

        JsonObject? YearButton(int year) => years.Contains(year)
            ? Card.Execute(FiguresTexts.YearButton.Format(language, year), MeetingRoutes.Figures, new JsonObject { [FiguresYearKey] = Number(year) }, withInputs: false)
            : null;
        return Card.New(body, [YearButton(f.Year - 1), YearButton(f.Year + 1)]);
    }
}
