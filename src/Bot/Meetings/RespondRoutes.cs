using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// Answering a convocation (working methods 4.3): an invitee opens the meeting and answers (RSVP), sending a substitute
/// if need be, until the cut-off; the office follows the answers on the meeting's live status.
public static partial class RespondRoutes
{
    public static void Map(TurnRouter routes) => routes
        .OnExecute(MeetingRoutes.Open, MeetingRoutes.Invited, (turn, member, meeting, ct) => OpenAsync(turn, member, meeting, turn.Get<MeetingViews>(), ct))
        .OnExecute(MeetingRoutes.Rsvp, MeetingRoutes.Invited, (turn, member, meeting, ct) => RsvpAsync(turn, member, meeting, turn.Get<IMeetingStore>(),
            turn.Get<MeetingViews>(), turn.Get<NetworkCalendar>(), MeetingRoutes.Settings(turn), Log(turn), ct))
        .OnExecute(MeetingRoutes.Status, MeetingRoutes.Invited, (turn, member, meeting, ct) => StatusAsync(turn, member, meeting, turn.Get<MeetingViews>(), ct));

    static ILogger Log(TurnContext turn) => turn.Get<ILoggerFactory>().CreateLogger(typeof(RespondRoutes).FullName!);

    /// The office gets the draft or the status; an invitee their convocation, or the notice of its cancellation.
    internal static async Task<InvokeResponse> OpenAsync(TurnContext turn, Member member, Meeting meeting, MeetingViews views, CancellationToken ct)
    {
        if (member.Role == MemberRole.Office)
            return InvokeResponse.Card(meeting.Status == MeetingStatus.Draft
                ? await views.DraftAsync(meeting, member, null, turn.Language, ct)
                : await views.StatusAsync(meeting, turn.Activity.From?.Id ?? "", turn.Language, ct));
        if (meeting.Status == MeetingStatus.Cancelled) return InvokeResponse.Card(MeetingCards.Cancelled(meeting, null, turn.Language));
        return InvokeResponse.Card(await views.ConvocationAsync(member, meeting, null, [], turn.Language, ct));
    }

    /// Records the member's answer (with a substitute's details when they send one); changeable until the cut-off.
    internal static async Task<InvokeResponse> RsvpAsync(TurnContext turn, Member member, Meeting meeting, IMeetingStore meetings, MeetingViews views,
        NetworkCalendar calendar, MeetingSettings settings, ILogger log, CancellationToken ct)
    {
        var language = turn.Language;
        async Task<InvokeResponse> ConvocationAsync(string? notice, IReadOnlyList<string> problems) =>
            InvokeResponse.Card(await views.ConvocationAsync(member, meeting, notice, problems, language, ct));
        if (!Enum.TryParse<RsvpChoice>(turn.Data(MeetingCards.ChoiceKey), out var choice) || !Enum.IsDefined(choice))
            return await ConvocationAsync(null, [MeetingTexts.RsvpLabel.In(language)]);
        var substitute = Substitute(turn, choice);

        var recorded = false;
        for (var attempt = 0; attempt < 3 && !recorded; attempt++)
        {
            var current = await meetings.GetRsvpAsync(meeting.Id, member.Id, ct);
            var answered = Rsvps.Answer(member, meeting, current, choice, substitute, calendar.Now, calendar.Today, calendar.Days, settings);
            if (!answered.IsAccepted)
            {
                var problem = MeetingTexts.Describe(answered.Refusal!.Value, language, Rsvps.CutOff(meeting, calendar.Days, settings));
                return answered.Refusal is RsvpRefusal.NotInvited or RsvpRefusal.NotConvened ? InvokeResponse.Message(problem) : await ConvocationAsync(null, [problem]);
            }
            if (answered.Value == current) recorded = true;   // the same answer again: a double click
            else if (await meetings.SaveRsvpAsync(answered.Value!, ct) is SaveResult.Saved) { LogAnswered(log, meeting.Id, choice); recorded = true; }
        }
        // Thanks only for what is stored: an answer that kept losing to other saves is reported, not confirmed.
        return recorded ? await ConvocationAsync(MeetingTexts.RsvpSaved.In(language), []) : await ConvocationAsync(null, [MeetingTexts.NotSaved.In(language)]);
    }

    /// The substitute the card names, for that choice and when a name or an address was typed.
    static Substitute? Substitute(TurnContext turn, RsvpChoice choice) =>
        choice == RsvpChoice.Substitute && !string.IsNullOrWhiteSpace(turn.Data(MeetingCards.SubstituteNameKey) + turn.Data(MeetingCards.SubstituteEmailKey))
            ? new Substitute(turn.Data(MeetingCards.SubstituteNameKey) ?? "", turn.Data(MeetingCards.SubstituteTitleKey), turn.Data(MeetingCards.SubstituteEmailKey) ?? "")
            : null;

    /// The office's live status; a member refreshing a forwarded status card gets their own view.
    internal static async Task<InvokeResponse> StatusAsync(TurnContext turn, Member member, Meeting meeting, MeetingViews views, CancellationToken ct) =>
        member.Role == MemberRole.Office
            ? InvokeResponse.Card(await views.StatusAsync(meeting, turn.Activity.From?.Id ?? "", turn.Language, ct))
            : await OpenAsync(turn, member, meeting, views, ct);

    [LoggerMessage(LogLevel.Information, "Meeting {MeetingId}: an answer recorded ({Choice})")]
    static partial void LogAnswered(ILogger logger, string meetingId, RsvpChoice choice);
}
