using FocalBot.Bot.Exports;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Outcomes;

/// A meeting's summary report (issue 15): from the meeting's status card, once the meeting has started, the office
/// drafts it (background, a summary per agenda item, numbered recommendations with addressees, English and French) and
/// sends it to the participants for comments (ReportRoutes.Comments.cs), who answer the office only, then issues it
/// (ReportRoutes.Issue.cs): the Word report to the invitees and, for the whole network, a post in its channel. Saves are
/// versioned: a card drawn before a colleague's save does not overwrite it. Every step is audited by id.
public static partial class ReportRoutes
{
    // Cards already sent carry these verbs: never rename one.
    /// The meeting's status card carries it (MeetingRoutes.Report), with the meeting's id.
    public const string Open = MeetingRoutes.Report;
    public const string Save = "report.save";
    public const string Circulate = "report.circulate";
    public const string Comment = "report.comment";
    public const string Issue = "report.issue";
    public const string Links = "report.links";

    /// The meeting's id in a card's data: the key the meeting's own cards use, so its status card opens the report.
    public const string MeetingIdKey = "id";

    /// The meeting the card names, for the office.
    static readonly Guard<Meeting> OfficeMeeting = Guard.Office(ReportTexts.OfficeOnly).Loading("meeting", MeetingAsync, (_, _) => true, ActionTexts.MeetingNotFound);

    /// The meeting the card names, for someone invited to it (the office sees every meeting).
    static readonly Guard<Meeting> Invited = Guard.AnyMember.Loading("meeting", MeetingAsync,
        (caller, meeting) => caller.Role == MemberRole.Office || meeting.Status != MeetingStatus.Draft && meeting.IsInvited(caller), ActionTexts.MeetingNotFound);

    static Task<Meeting?> MeetingAsync(TurnContext turn, CancellationToken ct) => turn.Get<IMeetingStore>().GetAsync(turn.Data(MeetingIdKey) ?? "", ct);

    // Audit subject "report" (the report's meeting id), "report-comment" (the comment's id): ids only, never a text.
    public const string AuditSubject = "report";

    public static void Map(TurnRouter routes) => routes
        .OnExecute(Open, OfficeMeeting, (turn, _, meeting, ct) => OpenAsync(turn, meeting, turn.Get<ActionSteps>(), turn.Get<IExportStore>(), turn.Get<NetworkChannel>(), ct))
        .OnExecute(Remove, OfficeMeeting, (turn, office, meeting, ct) => RemoveAsync(turn, office, meeting, turn.Get<ActionSteps>(), ct))
        .OnExecute(ReadComments, OfficeMeeting, (turn, _, meeting, ct) => CommentListAsync(turn, meeting, turn.Get<ActionSteps>(), ct))
        .OnExecute(Save, OfficeMeeting, (turn, office, meeting, ct) => SaveAsync(turn, office, meeting, turn.Get<ActionSteps>(), ct))
        .OnExecute(Circulate, OfficeMeeting, (turn, office, meeting, ct) => CirculateAsync(turn, office, meeting, turn.Get<ActionSteps>(), ct))
        .OnExecute(Comment, Invited, (turn, member, meeting, ct) => CommentAsync(turn, member, meeting, turn.Get<ActionSteps>(), ct))
        .OnExecute(Issue, OfficeMeeting, (turn, office, meeting, ct) =>
            IssueAsync(turn, office, meeting, turn.Get<ActionSteps>(), turn.Get<IExportStore>(), turn.Get<NetworkChannel>(), ct))
        .OnExecute(Links, Invited, (turn, member, meeting, ct) => LinksAsync(turn, member, meeting, turn.Get<ActionSteps>(), turn.Get<IExportStore>(), ct));

    /// The draft form: the report as stored, or a new one (saved on the first "Save"). Before the meeting starts there
    /// is nothing to report yet; an issued report changes no more and shows as issued, with its messages' state.
    internal static async Task<InvokeResponse> OpenAsync(TurnContext turn, Meeting meeting, ActionSteps s, IExportStore exports, NetworkChannel channel,
        CancellationToken ct)
    {
        var language = turn.Language;
        if (await CurrentAsync(turn.Member!, meeting, s, ct) is not { } report) return NotYet(meeting, s, language);
        if (report.Status == ReportStatus.Issued)
        {
            var book = await s.BookAsync(ct);
            return await IssuedAsync(turn, meeting, report, book, ReportIssue.Invitees(meeting, book.Everyone), exports, channel, null, s, ct);
        }
        return await DraftAsync(turn, meeting, report, ReportForm.Of(report, meeting), new DraftNotes(), s, ct);
    }

    /// Applies the form (every problem at once, in the office member's language, nothing saved), saves the report if
    /// it changed and is still as the card was drawn, and shows it with the Chatham House check's warnings.
    internal static async Task<InvokeResponse> SaveAsync(TurnContext turn, Member office, Meeting meeting, ActionSteps s, CancellationToken ct)
    {
        var language = turn.Language;
        if (await CurrentAsync(office, meeting, s, ct) is not { } stored) return NotYet(meeting, s, language);
        var form = ReportForm.From(turn.ActionData, stored, meeting);
        var (report, problems) = ReportDraft.Apply(stored, form, meeting, office, s.Settings, language);
        if (problems.Count > 0)
        {
            LogInvalid(Log(turn), meeting.Id, problems.Count);
            return await DraftAsync(turn, meeting, stored, form, new DraftNotes(Problems: problems), s, ct);
        }
        // A card drawn before a colleague's save changes nothing, unless it says what is stored already (a second press).
        var changed = stored.Version is null || !ReportDraft.Same(report, stored);
        if (changed && form.Version != (stored.Version ?? ""))
            return await DraftAsync(turn, meeting, stored, ReportForm.Of(stored, meeting), new DraftNotes(ReportTexts.ChangedMeanwhile.In(language)), s, ct);
        var notice = ReportTexts.Unchanged;
        if (changed)
        {
            if (await s.Outcomes.SaveReportAsync(report, ct) is not SaveResult.Saved saved)
            {
                var now = await s.Outcomes.GetReportAsync(meeting.Id, ct) ?? stored;
                return await DraftAsync(turn, meeting, now, ReportForm.Of(now, meeting), new DraftNotes(ReportTexts.ChangedMeanwhile.In(language)), s, ct);
            }
            report = report with { Version = saved.Version };
            await s.AuditAsync(office, "report.saved", AuditSubject, meeting.Id, ct);
            LogSaved(Log(turn), meeting.Id, report.Recommendations.Count);
            notice = ReportTexts.Saved;
        }
        return await DraftAsync(turn, meeting, report, ReportForm.Of(report, meeting), new DraftNotes(notice.In(language)), s, ct, warn: true);
    }

    /// The draft to its participants (ReportPeople), each once: the report is saved as open for comments, then a
    /// delivery row per participant is created. A second press, or one after a fault between the two, finds the report
    /// open and only makes sure the rows are there (rows are never added twice).
    internal static async Task<InvokeResponse> CirculateAsync(TurnContext turn, Member office, Meeting meeting, ActionSteps s, CancellationToken ct)
    {
        var language = turn.Language;
        if (await s.Outcomes.GetReportAsync(meeting.Id, ct) is not { } stored) return InvokeResponse.Message(ReportTexts.NoReport.In(language));
        var people = await ReportPeople.LoadAsync(meeting, s.Meetings, (await s.BookAsync(ct)).Everyone, ct);
        if (stored.Status == ReportStatus.OpenForComments)
        {
            await s.Deliveries.AddPendingAsync(ReportDraftCampaign.Key(meeting.Id), people.Recipients, s.Calendar.Now, ct);
            s.Soon.Nudge();
            return await DraftAsync(turn, meeting, stored, ReportForm.Of(stored, meeting), new DraftNotes(ReportTexts.AlreadyCirculated.In(language)), s, ct);
        }
        var outcome = SummaryReports.Circulate(stored, meeting, office, s.Calendar.Today, s.Calendar.Days, s.Settings);
        if (!outcome.IsAccepted) return InvokeResponse.Message(ReportTexts.Describe(outcome.Refusal!.Value, language));
        if (await s.Outcomes.SaveReportAsync(outcome.Value!, ct) is not SaveResult.Saved saved)
            return InvokeResponse.Message(ReportTexts.ChangedMeanwhile.In(language));
        var report = outcome.Value! with { Version = saved.Version };
        await s.Deliveries.AddPendingAsync(ReportDraftCampaign.Key(meeting.Id), people.Recipients, s.Calendar.Now, ct);
        s.Soon.Nudge();
        await s.AuditAsync(office, "report.circulated", AuditSubject, meeting.Id, ct);
        LogCirculated(Log(turn), meeting.Id, people.Recipients.Count);
        var notice = ReportTexts.Circulated.Format(language, report.CommentsUntil!.Value, people.Recipients.Count);
        return await DraftAsync(turn, meeting, report, ReportForm.Of(report, meeting), new DraftNotes(notice), s, ct);
    }

    /// The stored report, or a new one for a meeting that has started; null before it starts (or for a meeting not held).
    static async Task<SummaryReport?> CurrentAsync(Member office, Meeting meeting, ActionSteps s, CancellationToken ct)
    {
        if (await s.Outcomes.GetReportAsync(meeting.Id, ct) is { } stored) return stored;
        if (s.Calendar.Now < MeetingDates.StartOf(meeting)) return null;
        var started = SummaryReports.Start(meeting, office, s.Calendar.Today);
        return started.IsAccepted ? started.Value : null;
    }

    static InvokeResponse NotYet(Meeting meeting, ActionSteps s, Language language) =>
        meeting.Status != MeetingStatus.Convened
            ? InvokeResponse.Message(ReportTexts.Describe(ReportRefusal.MeetingNotHeld, language))
            : InvokeResponse.Message(ReportTexts.NotStarted.Format(language, meeting.OpeningDay));

    static async Task<InvokeResponse> DraftAsync(TurnContext turn, Meeting meeting, SummaryReport report, ReportForm form, DraftNotes notes, ActionSteps s,
        CancellationToken ct, bool warn = false)
    {
        var language = turn.Language;
        var book = await s.BookAsync(ct);
        if (warn)
        {
            var people = await ReportPeople.LoadAsync(meeting, s.Meetings, book.Everyone, ct);
            var warnings = ChathamHouse.Check(report, meeting, people.Names, language)
                .Select(w => ReportTexts.Warning.Format(language, meeting.CurrentAgenda.NumberOf(w.AgendaItemId), string.Join(", ", w.Names))).ToList();
            notes = notes with { Warnings = warnings };
        }
        var comments = report.Status == ReportStatus.OpenForComments ? (await s.Outcomes.ListCommentsAsync(meeting.Id, ct)).Count : 0;
        var addressees = await AddresseesAsync(report, book, s, language, ct);
        var withActions = (await s.Outcomes.ListActionsAsync(meeting.Id, ct)).Select(a => a.RecommendationId).ToHashSet();
        return InvokeResponse.Card(ReportCards.Draft(meeting, report, form, addressees, notes with { Comments = comments, WithActions = withActions }, s.Settings, language));
    }

    /// Whom a recommendation may be addressed to: the member states, the Council of Europe, the network, each active
    /// thematic group and each current rapporteur; and whoever a recommendation already names.
    static async Task<IReadOnlyList<(string Title, string Value)>> AddresseesAsync(SummaryReport report, OwnerBook book, ActionSteps s, Language language,
        CancellationToken ct)
    {
        var today = s.Calendar.Today;
        var all = new List<Addressee> { Addressee.MemberStates, Addressee.CouncilOfEurope, Addressee.Network };
        all.AddRange(book.ActiveGroups.Select(g => Addressee.Group(g.Id)));
        all.AddRange((await s.Rapporteurs.ListMandatesAsync(ct)).Where(m => m.IsCurrent(today)).Select(m => Addressee.Rapporteur(m.MemberId)));
        all.AddRange(report.Recommendations.Select(r => r.Addressee));
        return [.. all.Distinct().Select(a => (book.Name(a, language), ReportForm.Choice(a)))];
    }

    static ILogger Log(TurnContext turn) => turn.Get<ILoggerFactory>().CreateLogger(typeof(ReportRoutes).FullName!);

    [LoggerMessage(LogLevel.Information, "Report of meeting {MeetingId} not saved: {Problems} problems")]
    static partial void LogInvalid(ILogger logger, string meetingId, int problems);

    [LoggerMessage(LogLevel.Information, "Report of meeting {MeetingId} saved with {Recommendations} recommendations")]
    static partial void LogSaved(ILogger logger, string meetingId, int recommendations);

    [LoggerMessage(LogLevel.Information, "Report of meeting {MeetingId} sent for comments to {Participants} participants")]
    static partial void LogCirculated(ILogger logger, string meetingId, int participants);
}
