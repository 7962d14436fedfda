using System.Globalization;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// The network's activity figures ("Activity figures" on the office's list of meetings): for the office, in its
/// personal chat, a year's meetings and the attendance recorded for them, the information requests and how many
/// states answered, and the meetings' reports and follow-up actions. Counts only (YearActivity): what the office
/// writes into the network's yearly activity report, and what attendance is recorded for.
public static partial class FiguresRoutes
{
    static readonly Guard Office = Guard.Office(FiguresTexts.OfficeOnly).InPersonalChat(FiguresTexts.OnlyInPersonalChat);

    public static void Map(TurnRouter routes) => routes
        .OnExecute(MeetingRoutes.Figures, Office, (turn, _, ct) => ShowAsync(turn, turn.Data(MeetingCards.FiguresYearKey), ct));

    /// The figures of the year the button names (this year when none), or which years there are.
    internal static async Task<InvokeResponse> ShowAsync(TurnContext turn, string? asked, CancellationToken ct)
    {
        var (calendar, language) = (turn.Get<NetworkCalendar>(), turn.Language);
        var (meetingStore, requestStore, outcomes) = (turn.Get<IMeetingStore>(), turn.Get<IRequestStore>(), turn.Get<IOutcomeStore>());
        var meetings = await meetingStore.ListAsync(ct);
        var requests = await requestStore.ListAsync(ct);
        var years = YearActivity.Years(meetings, requests, calendar.Today.Year);
        var year = calendar.Today.Year;
        if (asked is not null && (!int.TryParse(asked, NumberStyles.None, CultureInfo.InvariantCulture, out year) || !years.Contains(year)))
            return InvokeResponse.Message(FiguresTexts.NotAYear.Format(language, years[0], years[^1]));

        var attendances = new Dictionary<string, Attendance>();
        foreach (var meeting in meetings.Where(m => m.Status == MeetingStatus.Convened && m.OpeningDay.Year == year))
            if (await meetingStore.GetAttendanceAsync(meeting.Id, ct) is { } attendance) attendances[meeting.Id] = attendance;
        var sent = new List<(InformationRequest, IReadOnlySet<StateCode>)>();
        foreach (var request in requests.Where(r => r is { Number: not null, SentOn: { } on } && on.Year == year))
        {
            var answers = await requestStore.ListAnswersAsync(request.Number!.Value, ct);
            sent.Add((request, answers.Where(a => a.Status == AnswerStatus.Submitted).Select(a => a.StateCode).ToHashSet<StateCode>()));
        }
        var figures = YearActivity.Of(year, meetings, attendances, sent, await outcomes.ListReportsAsync(ct), await outcomes.ListActionsAsync(null, ct),
            calendar.Now, calendar.Today);
        LogShown(turn.Get<ILoggerFactory>().CreateLogger(typeof(FiguresRoutes).FullName!), year, figures.Meetings.Count, figures.Requests.Count);
        return InvokeResponse.Card(MeetingCards.Figures(figures, years, language));
    }

    [LoggerMessage(LogLevel.Information, "Activity figures of {Year}: {Meetings} meetings, {Requests} requests")]
    static partial void LogShown(ILogger logger, int year, int meetings, int requests);
}
