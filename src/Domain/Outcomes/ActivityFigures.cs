using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Outcomes;

/// A meeting of the year as the figures count it: held (ended where it was held) or still to come, its attendance
/// counts when the office recorded them, and where its summary report stands.
public sealed record MeetingActivity(Meeting Meeting, bool Held, AttendanceFigures? Attended, ReportStatus? Report);

/// A request sent in the year: how many member states it asked, and how many of them submitted an answer.
public sealed record RequestActivity(RequestNumber Number, int Asked, int Answered);

/// The network's activity in one calendar year, in counts only (nobody's personal data): the meetings convened for
/// the year and who attended them, the information requests sent and how many states answered, and the outcomes of
/// the year's meetings (reports issued, recommendations, follow-up actions by state). What the office reports on in
/// the network's yearly activity report, and what attendance is recorded for.
public sealed record ActivityFigures(int Year, DateOnly AsOf, IReadOnlyList<MeetingActivity> Meetings, IReadOnlyList<RequestActivity> Requests,
    int Recommendations, int ActionsDone, int ActionsOpen, int ActionsOverdue)
{
    public IEnumerable<MeetingActivity> Held => Meetings.Where(m => m.Held);

    public int Plenaries => Held.Count(m => m.Meeting.Kind == MeetingKind.Plenary);

    public int ThematicSessions => Held.Count(m => m.Meeting.Kind == MeetingKind.ThematicSession);

    public int ToCome => Meetings.Count(m => !m.Held);

    /// Of the meetings held, how many have their attendance recorded.
    public int AttendanceRecorded => Held.Count(m => m.Attended is not null);

    /// Everyone present at the year's meetings, each meeting counted apart (someone at two meetings counts twice), or
    /// null when no attendance was recorded.
    public AttendanceFigures? Attendance => Held.Select(m => m.Attended).OfType<AttendanceFigures>().ToList() is { Count: > 0 } recorded
        ? AttendanceFigures.Total(recorded) : null;

    public int ReportsIssued => Meetings.Count(m => m.Report == ReportStatus.Issued);

    public int Asked => Requests.Sum(r => r.Asked);

    public int Answered => Requests.Sum(r => r.Answered);

    /// The share of answers given of those asked for, in whole percent; null when nothing was asked.
    public int? ResponseRate => Asked == 0 ? null : (int)Math.Round(100.0 * Answered / Asked, MidpointRounding.AwayFromZero);

    public int Actions => ActionsDone + ActionsOpen + ActionsOverdue;
}

/// How the year's figures are counted.
public static class YearActivity
{
    /// The year of `meetings` (convened, not cancelled, opening in the year), of `requests` (sent in the year, with the
    /// states whose answer is submitted), and of the reports and follow-up actions of those meetings, as at `now`.
    public static ActivityFigures Of(int year, IEnumerable<Meeting> meetings, IReadOnlyDictionary<string, Attendance> attendances,
        IEnumerable<(InformationRequest Request, IReadOnlySet<StateCode> Answered)> requests, IEnumerable<SummaryReport> reports,
        IEnumerable<FollowUpAction> actions, DateTimeOffset now, DateOnly today)
    {
        var reportOf = reports.ToDictionary(r => r.MeetingId);
        var ofYear = meetings.Where(m => m.Status == MeetingStatus.Convened && m.OpeningDay.Year == year)
            .OrderBy(m => m.OpeningDay).ThenBy(m => m.Id, StringComparer.Ordinal)
            .Select(m => new MeetingActivity(m, now >= MeetingDates.EndOf(m),
                attendances.TryGetValue(m.Id, out var attendance) && attendance.Present.Any() ? AttendanceFigures.Of(attendance) : null,
                reportOf.TryGetValue(m.Id, out var report) ? report.Status : null))
            .ToList();
        var sent = requests.Where(r => r.Request.Number is not null && r.Request.SentOn?.Year == year)
            .OrderBy(r => r.Request.Number!.Value.Year).ThenBy(r => r.Request.Number!.Value.Sequence)
            .Select(r => Count(r.Request, r.Answered)).ToList();

        var ids = ofYear.Select(m => m.Meeting.Id).ToHashSet();
        var ours = actions.Where(a => ids.Contains(a.MeetingId)).ToList();
        var recommendations = ofYear.Sum(m => reportOf.TryGetValue(m.Meeting.Id, out var r) ? r.Recommendations.Count : 0);
        var done = ours.Count(a => !a.IsOpen);
        var overdue = ours.Count(a => a.IsOverdue(today));
        return new ActivityFigures(year, today, ofYear, sent, recommendations, done, ours.Count - done - overdue, overdue);
    }

    /// The states a request asked and those of them that answered (an answer from a state not asked is not counted).
    static RequestActivity Count(InformationRequest request, IReadOnlySet<StateCode> answered)
    {
        var asked = request.Audience.States();
        return new RequestActivity(request.Number!.Value, asked.Count, asked.Count(answered.Contains));
    }

    /// The years the office may look at: from the first year anything was convened or sent, to this year.
    public static IReadOnlyList<int> Years(IEnumerable<Meeting> meetings, IEnumerable<InformationRequest> requests, int thisYear)
    {
        var first = meetings.Where(m => m.Status != MeetingStatus.Draft).Select(m => m.OpeningDay.Year)
            .Concat(requests.Where(r => r.SentOn is not null).Select(r => r.SentOn!.Value.Year))
            .Where(y => y <= thisYear).DefaultIfEmpty(thisYear).Min();
        return [.. Enumerable.Range(first, thisYear - first + 1)];
    }
}
