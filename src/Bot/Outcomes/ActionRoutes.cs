using System.Text.Json.Nodes;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Members;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Outcomes;

/// Follow-up actions of meetings' recommendations (issue 15): `actions` / `suivi` lists an owner's open actions, or
/// all of them by owner for the office; the office adds an action to a recommendation of a meeting's report; an owner
/// marks one done or asks for more time, which the office grants or refuses (ActionRoutes.Steps.cs); the office puts
/// the follow-up on the next plenary's draft agenda (ActionRoutes.Agenda.cs). Here: the verbs, who may press what,
/// the list and the office's form.
public static partial class ActionRoutes
{
    // Cards already sent carry these verbs: never rename one.
    public const string List = "action.list";
    public const string Pick = "action.pick";
    public const string New = "action.new";
    public const string Add = "action.add";
    public const string Doing = "action.doing";
    public const string Done = "action.done";
    public const string Asking = "action.asking";
    public const string Ask = "action.ask";
    public const string Grant = "action.grant";
    public const string Refuse = "action.refuse";
    public const string Agenda = "action.agenda";
    public const string OnAgenda = "action.on-agenda";

    // Audit actions on subject type "action" (its id), or "meeting" for the agenda: ids only, never a text.
    public const string AuditSubject = "action";

    /// An action's owners are the office, a state, a rapporteur or a group: shown in the personal chat only.
    static readonly Guard Members = Guard.AnyMember.InPersonalChat(ActionTexts.OnlyInPersonalChat);

    static readonly Guard Office = Guard.Office(ActionTexts.OfficeOnly).InPersonalChat(ActionTexts.OnlyInPersonalChat);

    /// The report the card names (by its meeting), for the office.
    static readonly Guard<SummaryReport> OfficeReport = Office.Loading("report", LoadReportAsync, (_, _) => true, ActionTexts.ReportNotFound);

    /// The action the card names: the office sees every one; an owner, theirs once sent. Anyone else is told it is not
    /// found, as for an action that does not exist.
    static readonly Guard<ActionInHand> Owned = Members.Loading("action", LoadActionAsync, Sees, ActionTexts.NotFound);

    static readonly Guard<ActionInHand> OfficeAction = Office.Loading("action", LoadActionAsync, (_, _) => true, ActionTexts.NotFound);

    static bool Sees(Member caller, ActionInHand a) =>
        caller.Role == MemberRole.Office || (a.Action.SentOn is not null && a.Book.IsOwner(a.Action.Owner, caller));

    static async Task<SummaryReport?> LoadReportAsync(TurnContext turn, CancellationToken ct) =>
        turn.Data(ActionForm.MeetingKey) is { Length: > 0 } id ? await turn.Get<ActionSteps>().Outcomes.GetReportAsync(id, ct) : null;

    static async Task<ActionInHand?> LoadActionAsync(TurnContext turn, CancellationToken ct)
    {
        var steps = turn.Get<ActionSteps>();
        if (turn.Data(ActionForm.IdKey) is not { Length: > 0 } id || await steps.Outcomes.GetActionAsync(id, ct) is not { } action) return null;
        return new ActionInHand(action, await steps.BookAsync(ct));
    }

    public static void Map(TurnRouter routes) => routes
        .OnCommand(ActionTexts.Command, ActionTexts.CommandDescription, Members, async (turn, member, ct) =>
            await turn.SendCardAsync(await ListCardAsync(turn, member, turn.Get<ActionSteps>(), null, ct), ct))
        .OnExecute(List, Members, async (turn, member, ct) => InvokeResponse.Card(await ListCardAsync(turn, member, turn.Get<ActionSteps>(), null, ct)))
        .OnExecute(Pick, Office, (turn, _, ct) => PickAsync(turn, turn.Get<ActionSteps>(), ct))
        .OnExecute(New, OfficeReport, (turn, _, report, ct) => FormAsync(turn, report, turn.Get<ActionSteps>(), ct))
        .OnExecute(Add, OfficeReport, (turn, office, report, ct) => AddAsync(turn, office, report, turn.Get<ActionSteps>(), ct))
        .OnExecute(Doing, Owned, (turn, _, a, ct) => NoteFormAsync(turn, a, done: true, turn.Get<ActionSteps>(), ct))
        .OnExecute(Asking, Owned, (turn, _, a, ct) => NoteFormAsync(turn, a, done: false, turn.Get<ActionSteps>(), ct))
        .OnExecute(Done, Owned, (turn, member, a, ct) => MarkDoneAsync(turn, member, a, turn.Get<ActionSteps>(), ct))
        .OnExecute(Ask, Owned, (turn, member, a, ct) => AskMoreTimeAsync(turn, member, a, turn.Get<ActionSteps>(), ct))
        .OnExecute(Grant, OfficeAction, (turn, office, a, ct) => AnswerAsync(turn, office, a, grant: true, turn.Get<ActionSteps>(), ct))
        .OnExecute(Refuse, OfficeAction, (turn, office, a, ct) => AnswerAsync(turn, office, a, grant: false, turn.Get<ActionSteps>(), ct))
        .OnExecute(Agenda, Office, async (turn, _, ct) => InvokeResponse.Card(await AgendaCardAsync(turn, turn.Get<ActionSteps>(), null, ct)))
        .OnExecute(OnAgenda, Office, (turn, office, ct) => PutOnAgendaAsync(turn, office, turn.Get<ActionSteps>(), ct));

    /// An owner's open actions once sent to them, or (the office) every open action; the office also sees how many are done.
    internal static async Task<JsonObject> ListCardAsync(TurnContext turn, Member reader, ActionSteps s, string? notice, CancellationToken ct)
    {
        var book = await s.BookAsync(ct);
        var all = await s.Outcomes.ListActionsAsync(null, ct);
        var office = reader.Role == MemberRole.Office;
        var open = all.Where(a => a.IsOpen && (office || (a.SentOn is not null && book.IsOwner(a.Owner, reader))));
        return ActionCards.List(await s.ViewsAsync(open, ct), office ? all.Count(a => !a.IsOpen) : 0, book, reader, s.Calendar.Today, turn.Language, notice);
    }

    /// The reports with recommendations, newest first, each recommendation with its number of actions.
    static async Task<InvokeResponse> PickAsync(TurnContext turn, ActionSteps s, CancellationToken ct)
    {
        var meetings = (await s.Meetings.ListAsync(ct)).ToDictionary(m => m.Id);
        var counts = (await s.Outcomes.ListActionsAsync(null, ct)).GroupBy(a => a.RecommendationId).ToDictionary(g => g.Key, g => g.Count());
        var reports = (await s.Outcomes.ListReportsAsync(ct))
            .Where(r => meetings.ContainsKey(r.MeetingId))
            .Select(r => new ReportView(r, meetings[r.MeetingId], counts)).ToList();
        return InvokeResponse.Card(ActionCards.Pick(reports, await s.BookAsync(ct), turn.Language));
    }

    static async Task<InvokeResponse> FormAsync(TurnContext turn, SummaryReport report, ActionSteps s, CancellationToken ct)
    {
        var form = ActionForm.New(report.MeetingId, turn.Data(ActionForm.RecommendationKey) ?? "");
        return await FormCardAsync(turn, form, report, [], s, ct);
    }

    static async Task<InvokeResponse> FormCardAsync(TurnContext turn, ActionForm form, SummaryReport report, IReadOnlyList<string> problems, ActionSteps s,
        CancellationToken ct)
    {
        var language = turn.Language;
        if (report.Find(form.RecommendationId) is not { } recommendation) return InvokeResponse.Message(ActionTexts.Describe(ActionRefusal.UnknownRecommendation, language));
        if (await s.Meetings.GetAsync(report.MeetingId, ct) is not { } meeting) return InvokeResponse.Message(ActionTexts.MeetingNotFound.In(language));
        var owners = await OwnerChoicesAsync(s, await s.BookAsync(ct), language, ct);
        return InvokeResponse.Card(ActionCards.Form(form, meeting, recommendation, owners, problems, s.Settings, language));
    }

    /// Whom an action may be given to today: the office, each member state with an active focal point, each current
    /// rapporteur, each active thematic group.
    static async Task<IReadOnlyList<(string Title, string Value)>> OwnerChoicesAsync(ActionSteps s, OwnerBook book, Language language, CancellationToken ct)
    {
        var today = s.Calendar.Today;
        var owners = new List<ActionOwner> { ActionOwner.Office };
        owners.AddRange(MemberStates.All.Where(state => book.Everyone.Any(m => m is { IsActive: true, Role: MemberRole.FocalPoint } && m.StateCode == state.Code))
            .Select(state => ActionOwner.State(state.Code)));
        owners.AddRange((await s.Rapporteurs.ListMandatesAsync(ct)).Where(m => m.IsCurrent(today)).Select(m => m.MemberId).Distinct()
            .Select(ActionOwner.OfRapporteur));
        owners.AddRange(book.ActiveGroups.Select(g => ActionOwner.Group(g.Id)));
        return [.. owners.Select(o => (book.Name(o, language), o.Key))];
    }

    /// Checks the form (every problem at once, in the office member's language, nothing saved), saves the action and,
    /// when the report is issued, queues it for its owners at once. A second press finds the action the first one saved
    /// (the form's id) and adds nothing.
    internal static async Task<InvokeResponse> AddAsync(TurnContext turn, Member office, SummaryReport report, ActionSteps s, CancellationToken ct)
    {
        var language = turn.Language;
        var form = ActionForm.From(turn.ActionData);
        if (await s.Outcomes.GetActionAsync(form.Id, ct) is not null) return InvokeResponse.Card(await ListCardAsync(turn, office, s, ActionTexts.AlreadyAdded.In(language), ct));
        var book = await s.BookAsync(ct);
        var choices = await OwnerChoicesAsync(s, book, language, ct);
        var owner = choices.Any(c => c.Value == form.OwnerChoice) ? form.Owner : null;   // a forged or stale owner is no owner
        var today = s.Calendar.Today;
        var problems = FollowUpActions.Problems(form.What, owner, form.Due, today, s.Settings);
        if (problems.Count > 0)
        {
            LogInvalid(Log(turn), report.MeetingId, problems.Count);
            return await FormCardAsync(turn, form, report, [.. problems.Select(p => ActionTexts.Describe(p, language))], s, ct);
        }
        var outcome = FollowUpActions.Add(report, form.RecommendationId, office, form.Id, form.What, owner!, form.Due!.Value, today, []);
        if (!outcome.IsAccepted) return InvokeResponse.Message(ActionTexts.Describe(outcome.Refusal!.Value, language));
        if (await s.Outcomes.SaveActionAsync(outcome.Value!, ct) is not SaveResult.Saved saved)
            return InvokeResponse.Card(await ListCardAsync(turn, office, s, ActionTexts.AlreadyAdded.In(language), ct));
        var action = outcome.Value! with { Version = saved.Version };
        await s.AuditAsync(office, "action.added", AuditSubject, action.Id, ct);
        LogAdded(Log(turn), action.Id, report.MeetingId);
        var notice = ActionTexts.AddedWaiting;
        if (report.Status == ReportStatus.Issued)
        {
            await ActionRelease.ReleaseAsync(action, book, s.Outcomes, s.Deliveries, s.Calendar.Now, today, ct);   // a conflict leaves it to the job
            s.Soon.Nudge();
            notice = ActionTexts.AddedSending;
        }
        return InvokeResponse.Card(await ListCardAsync(turn, office, s, notice.Format(language, Cards.Card.Plain(book.Name(action.Owner, language))), ct));
    }

    static ILogger Log(TurnContext turn) => turn.Get<ILoggerFactory>().CreateLogger(typeof(ActionRoutes).FullName!);

    [LoggerMessage(LogLevel.Information, "Action for meeting {MeetingId} not added: {Problems} problems")]
    static partial void LogInvalid(ILogger logger, string meetingId, int problems);

    [LoggerMessage(LogLevel.Information, "Action {ActionId} added to the report of meeting {MeetingId}")]
    static partial void LogAdded(ILogger logger, string actionId, string meetingId);
}
