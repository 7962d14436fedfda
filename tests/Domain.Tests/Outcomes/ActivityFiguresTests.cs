using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Tests.Meetings;
using FocalBot.Domain.Tests.Requests;

namespace FocalBot.Domain.Tests.Outcomes;

/// The network's figures for a year: meetings convened for it (held or to come) with the attendance recorded, requests
/// sent in it with the states that answered, and its meetings' reports and follow-up actions. Counts only.
public sealed class ActivityFiguresTests
{
    static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
    static readonly DateOnly Today = new(2026, 6, 1);

    static readonly Meeting Spring = AReport.Plenary;   // 11–12 May 2026, convened: held
    static readonly Meeting Autumn = AMeeting.Thematic().OpeningOn(new DateOnly(2026, 10, 5)).Convened([AReport.France]) with { Id = "autumn" };
    static readonly Meeting Draft = AMeeting.Plenary() with { Id = "draft" };
    static readonly Meeting Cancelled = AMeeting.Plenary().Convened([AReport.France]) with { Id = "cancelled", Status = MeetingStatus.Cancelled };
    static readonly Meeting LastYear = AMeeting.Plenary().OpeningOn(new DateOnly(2025, 11, 3)).Convened([AReport.France]) with { Id = "last-year" };

    static Attendance Present(string meetingId, params StateCode[] states) => new()
    {
        MeetingId = meetingId,
        People = [.. states.Select((s, i) => new Attendee { Id = $"p{i}", Kind = AttendeeKind.Member, Name = $"p{i}", StateCode = s, Present = true })],
    };

    static ActivityFigures Figures(IEnumerable<Meeting>? meetings = null, IReadOnlyDictionary<string, Attendance>? attendances = null,
        IEnumerable<(InformationRequest, IReadOnlySet<StateCode>)>? requests = null, IEnumerable<SummaryReport>? reports = null,
        IEnumerable<FollowUpAction>? actions = null) =>
        YearActivity.Of(2026, meetings ?? [Spring, Autumn, Draft, Cancelled, LastYear], attendances ?? new Dictionary<string, Attendance>(), requests ?? [],
            reports ?? [], actions ?? [], Now, Today);

    [Fact]
    public void The_years_meetings_are_those_convened_for_it_held_or_to_come_never_a_draft_a_cancelled_one_or_another_years()
    {
        var figures = Figures();

        Assert.Equal([Spring.Id, "autumn"], figures.Meetings.Select(m => m.Meeting.Id));   // by opening day
        Assert.Equal([Spring.Id], figures.Held.Select(m => m.Meeting.Id));
        Assert.Equal((1, 0, 1), (figures.Plenaries, figures.ThematicSessions, figures.ToCome));
    }

    [Fact]
    public void Attendance_adds_up_the_meetings_recorded_and_says_how_many_held_ones_were()
    {
        var none = Figures();
        Assert.Null(none.Attendance);
        Assert.Equal(0, none.AttendanceRecorded);

        var held = Figures(attendances: new Dictionary<string, Attendance> { [Spring.Id] = Present(Spring.Id, "FR", "DE", "FR"), ["autumn"] = Present("autumn", "IT") });

        Assert.Equal(1, held.AttendanceRecorded);
        Assert.Equal(3, held.Attendance!.Present);   // the autumn session is still to come: its list is not counted
        Assert.Equal(2, held.Attendance.States);
    }

    [Fact]
    public void A_list_with_nobody_ticked_present_is_not_attendance_recorded()
    {
        var empty = new Attendance { MeetingId = Spring.Id, People = [new Attendee { Id = "x", Kind = AttendeeKind.Member, Name = "x", StateCode = "FR" }] };

        Assert.Equal(0, Figures(attendances: new Dictionary<string, Attendance> { [Spring.Id] = empty }).AttendanceRecorded);
    }

    [Fact]
    public void Requests_sent_in_the_year_count_the_states_asked_and_those_of_them_that_answered()
    {
        var toThree = ARequest.Sent() with { Audience = Audience.Of("FR", "DE", "IT") };
        var toTwo = ARequest.Sent() with { Id = "r2", Number = new RequestNumber(2026, 8), Audience = Audience.Of("FR", "DE") };
        var lastYear = ARequest.Sent() with { Id = "r3", Number = new RequestNumber(2025, 30), SentOn = new DateOnly(2025, 12, 1) };
        var draft = ARequest.Draft();

        var figures = Figures(requests:
        [
            (toThree, new HashSet<StateCode> { "FR", "DE", "AL" }),   // Albania was not asked
            (toTwo, new HashSet<StateCode>()),
            (lastYear, new HashSet<StateCode> { "FR" }),
            (draft, new HashSet<StateCode>()),
        ]);

        Assert.Equal([(new RequestNumber(2026, 7), 3, 2), (new RequestNumber(2026, 8), 2, 0)], figures.Requests.Select(r => (r.Number, r.Asked, r.Answered)));
        Assert.Equal(40, figures.ResponseRate);   // 2 of 5
        Assert.Null(Figures().ResponseRate);
    }

    [Fact]
    public void Reports_recommendations_and_actions_are_those_of_the_years_meetings()
    {
        var issued = AReport.Draft().WithRecommendations("One", "Two") with { Status = ReportStatus.Issued };
        var lastYears = AReport.Draft().WithRecommendations("Old") with { MeetingId = LastYear.Id, Status = ReportStatus.Issued };
        var done = AReport.Action("done") with { Status = ActionStatus.Done, DoneOn = Today };
        var open = AReport.Action("open", due: Today.AddDays(10));
        var overdue = AReport.Action("overdue", due: Today.AddDays(-1));
        var old = AReport.Action("old") with { MeetingId = LastYear.Id };

        var figures = Figures(reports: [issued, lastYears], actions: [done, open, overdue, old]);

        Assert.Equal(ReportStatus.Issued, figures.Meetings.Single(m => m.Meeting.Id == Spring.Id).Report);
        Assert.Equal((1, 2), (figures.ReportsIssued, figures.Recommendations));
        Assert.Equal((1, 1, 1, 3), (figures.ActionsDone, figures.ActionsOpen, figures.ActionsOverdue, figures.Actions));
    }

    [Fact]
    public void The_years_run_from_the_first_convened_or_sent_to_this_one()
    {
        Assert.Equal([2025, 2026], YearActivity.Years([Spring, LastYear, Draft with { OpeningDay = new DateOnly(2020, 1, 6) }], [], 2026));
        Assert.Equal([2026], YearActivity.Years([], [], 2026));
        Assert.Equal([2024, 2025, 2026], YearActivity.Years([], [ARequest.Sent() with { SentOn = new DateOnly(2024, 2, 1) }], 2026));
    }
}
