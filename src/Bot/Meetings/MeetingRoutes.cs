using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Meetings;

/// Meetings (working methods 4.1–4.4), in three sub-flows: the office convenes a meeting under the 30-working-day rule,
/// moves or cancels it (ConveneRoutes); members open their convocation and answer, the office follows the answers
/// (RespondRoutes); members suggest agenda items, the office decides and issues revised agendas (AgendaRoutes). Who may
/// press what, and the meeting a press works on, are the guards' below: the router checks them from the sender, never
/// from the card's data, before any handler runs.
public static class MeetingRoutes
{
    public const string List = "meeting.list";
    public const string New = "meeting.new";
    public const string Form = "meeting.form";
    public const string Save = "meeting.save";
    public const string Edit = "meeting.edit";
    public const string Convene = "meeting.convene";
    public const string Open = "meeting.open";
    public const string Rsvp = "meeting.rsvp";
    public const string Suggest = "meeting.suggest";
    public const string Suggested = "meeting.suggested";
    public const string Status = "meeting.status";
    public const string Accept = "meeting.accept";
    public const string Decline = "meeting.decline";
    public const string Merge = "meeting.merge";
    public const string Revise = "meeting.revise";
    public const string Revised = "meeting.revised";
    public const string Participants = "meeting.participants";
    public const string Cancel = "meeting.cancel";
    public const string Move = "meeting.move";
    public const string Moved = "meeting.moved";
    public const string External = "meeting.external";
    public const string ExternalAdded = "meeting.external.added";
    public const string Item = "meeting.item";
    public const string ItemDone = "meeting.item.done";
    public const string AgendaFile = "meeting.agenda.file";
    public const string Attendance = "meeting.attendance";
    public const string AttendanceSave = "meeting.attendance.save";
    public const string WalkInAdd = "meeting.walkin.add";
    public const string Figures = "meeting.figures";
    /// The status card's "Summary report": the Outcomes feature maps it (ReportRoutes.Open), so this feature needs
    /// nothing of that one. The verb predates this constant and cards already sent carry it: never rename it.
    public const string Report = "report.open";

    public const string AuditSubject = "meeting";

    /// The office only.
    internal static readonly Guard OfficeOnly = Guard.Office(MeetingTexts.OfficeOnly);

    /// The meeting the card names, for a caller who may see it: any for the office; for the others, once convened, one
    /// they are invited to. Any other caller is told it does not exist, as for a meeting that does not.
    internal static readonly Guard<Meeting> Invited = Guard.AnyMember.Loading("meeting", MeetingAsync, MaySee, MeetingTexts.NotFound);

    /// The meeting the card names, for the office.
    internal static readonly Guard<Meeting> OfficeMeeting = OfficeOnly.Loading("meeting", MeetingAsync, (_, _) => true, MeetingTexts.NotFound);

    /// A suggestion the card names, with its meeting, for the office deciding on it.
    internal static readonly Guard<MeetingSuggestion> OfficeSuggestion =
        OfficeOnly.Loading("meeting suggestion", SuggestionAsync, (_, _) => true, MeetingTexts.NotFound);

    public static void Map(TurnRouter routes)
    {
        ConveneRoutes.Map(routes);
        RespondRoutes.Map(routes);
        AgendaRoutes.Map(routes);
        AgendaItemRoutes.Map(routes);
        AttendanceRoutes.Map(routes);
        FiguresRoutes.Map(routes);
    }

    static bool MaySee(Member caller, Meeting meeting) =>
        caller.Role == MemberRole.Office || meeting.Status != MeetingStatus.Draft && meeting.IsInvited(caller);

    static Task<Meeting?> MeetingAsync(TurnContext turn, CancellationToken ct) =>
        turn.Get<IMeetingStore>().GetAsync(turn.Data(MeetingForm.IdKey) ?? "", ct);

    static async Task<MeetingSuggestion?> SuggestionAsync(TurnContext turn, CancellationToken ct) =>
        await MeetingAsync(turn, ct) is { } meeting
        && await turn.Get<IMeetingStore>().GetSuggestionAsync(turn.Data(MeetingCards.SuggestionIdKey) ?? "", ct) is { } suggestion
        && suggestion.MeetingId == meeting.Id
            ? new MeetingSuggestion(meeting, suggestion)
            : null;

    /// The meetings' settings, as the route tables hand them to handlers.
    internal static MeetingSettings Settings(TurnContext turn) => turn.Get<IOptions<MeetingOptions>>().Value.Settings;

    internal static Task AuditAsync(IAuditLog audit, NetworkCalendar calendar, Member actor, string action, string meetingId, CancellationToken ct) =>
        audit.AppendAsync(new AuditEntry(calendar.Now, actor.Id, action, AuditSubject, meetingId), ct);
}

/// An agenda suggestion and the meeting it was made for.
public sealed record MeetingSuggestion(Meeting Meeting, AgendaSuggestion Suggestion);
