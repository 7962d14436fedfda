using FocalBot.Bot.Decisions;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Decisions;
using FocalBot.Domain.Members;
using FocalBot.Domain.Rapporteurs;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Rapporteurs;

/// Thematic rapporteurs (working methods 4.8), in three parts: the roster and the office's call for nominations (here),
/// nominations and consent (NominationRoutes), appointments and mandates (MandateRoutes). The router checks who may
/// press what, from the sender, never from the card's data.
public static partial class RapporteurRoutes
{
    // Cards already sent carry these verbs: never rename one.
    public const string Roster = "rapporteur.roster";
    public const string New = "rapporteur.new";
    public const string Propose = "rapporteur.propose";
    public const string Nominate = "rapporteur.nominate";
    public const string SendNomination = "rapporteur.nomination";
    public const string Consent = "rapporteur.consent";
    public const string Withdraw = "rapporteur.withdraw";
    public const string Nominations = "rapporteur.nominations";
    public const string Appoint = "rapporteur.appoint";
    public const string Mandate = "rapporteur.mandate";
    public const string Renew = "rapporteur.renew";
    public const string EndEarly = "rapporteur.end";
    public const string StepDown = "rapporteur.stepdown";
    public const string Agenda = "rapporteur.agenda";
    public const string AddToAgenda = "rapporteur.agenda.add";

    // Audit subject types (ids only, never a theme, a name or a motivation).
    public const string AuditCall = "rapporteur-call";
    public const string AuditNomination = "nomination";
    public const string AuditMandate = "mandate";

    /// The roster is every member's to read, in the personal chat: it names people and shows one's own nominations.
    internal static readonly Guard Members = Guard.AnyMember.InPersonalChat(RapporteurTexts.OnlyInPersonalChat);

    internal static readonly Guard Office = Guard.Office(RapporteurTexts.OfficeOnly);

    static readonly Guard<RapporteurCall> OfficeCall = Office.Loading("call", LoadCallAsync, (_, _) => true, RapporteurTexts.NotFound);

    public static void Map(TurnRouter routes)
    {
        routes
            .OnCommand(RapporteurTexts.Command, RapporteurTexts.CommandDescription, Members,
                async (turn, member, ct) => await turn.SendCardAsync(await RosterCardAsync(member, turn.Get<IRapporteurStore>(), turn.Get<IMemberDirectory>(),
                    turn.Get<NetworkCalendar>(), turn.Language, null, ct), ct))
            .OnExecute(Roster, Members, async (turn, member, ct) =>
                InvokeResponse.Card(await RosterCardAsync(member, turn.Get<IRapporteurStore>(), turn.Get<IMemberDirectory>(), turn.Get<NetworkCalendar>(),
                    turn.Language, null, ct)))
            .OnExecute(New, Office, (turn, office, _) => Task.FromResult(NewForm(turn, turn.Get<Proposals>(), turn.Get<NetworkCalendar>())))
            .OnExecute(Propose, Office, (turn, office, ct) =>
                ProposeAsync(turn, office, turn.Get<IRapporteurStore>(), turn.Get<IMemberDirectory>(), turn.Get<IProcedureStore>(), turn.Get<Proposals>(),
                    turn.Get<NetworkCalendar>(), turn.Get<IAuditLog>(), ct));
        NominationRoutes.Map(routes);
        MandateRoutes.Map(routes, OfficeCall);
    }

    internal static Task<RapporteurCall?> LoadCallAsync(TurnContext turn, CancellationToken ct) =>
        turn.Data(RapporteurCards.CallKey) is { Length: > 0 } id ? turn.Get<IRapporteurStore>().GetCallAsync(id, ct) : Task.FromResult<RapporteurCall?>(null);

    internal static ILogger Log(TurnContext turn) => turn.Get<ILoggerFactory>().CreateLogger(typeof(RapporteurRoutes).FullName!);

    internal static Task AuditAsync(IAuditLog audit, NetworkCalendar calendar, string actorId, string action, string subjectType, string subjectId,
        CancellationToken ct) =>
        audit.AppendAsync(new AuditEntry(calendar.Now, actorId, action, subjectType, subjectId), ct);

    /// The roster as the member reads it, with an optional notice above.
    internal static async Task<System.Text.Json.Nodes.JsonObject> RosterCardAsync(Member reader, IRapporteurStore store, IMemberDirectory directory,
        NetworkCalendar calendar, Language language, string? notice, CancellationToken ct)
    {
        var calls = (await store.ListCallsAsync(ct)).Where(c => c.Status != CallStatus.Withdrawn).ToList();
        var yours = new List<Nomination>();
        foreach (var call in calls.Where(c => c.Status == CallStatus.Open))
            yours.AddRange((await store.ListNominationsAsync(call.Id, ct)).Where(n => n.NominatorId == reader.Id || n.NomineeId == reader.Id));
        var members = (await directory.ListAsync(ct)).ToDictionary(m => m.Id);
        var roster = new Roster(calls, await store.ListMandatesAsync(ct), yours, members, calendar.Today);
        return RapporteurCards.Roster(roster, reader, language, notice);
    }

    static InvokeResponse NewForm(TurnContext turn, Proposals proposals, NetworkCalendar calendar)
    {
        var deadline = proposals.DeadlineIfSentToday;
        var earliest = RapporteurCalls.EarliestClosing(deadline, calendar.Days, RapporteurSettings.Default);
        return InvokeResponse.Card(RapporteurCards.CallForm(CallForm.New(turn.Language, earliest), [], earliest, deadline, turn.Language));
    }

    /// Checks the form (every problem at once, nothing saved while there is one); saves the call as proposed, puts it to
    /// the network by silence procedure and keeps the procedure's id on the call. A second press finds the call saved
    /// and its procedure, and only confirms again.
    internal static async Task<InvokeResponse> ProposeAsync(TurnContext turn, Member office, IRapporteurStore store, IMemberDirectory directory,
        IProcedureStore procedures, Proposals proposals, NetworkCalendar calendar, IAuditLog audit, CancellationToken ct)
    {
        var language = turn.Language;
        var form = CallForm.From(turn);
        var deadline = proposals.DeadlineIfSentToday;
        var earliest = RapporteurCalls.EarliestClosing(deadline, calendar.Days, RapporteurSettings.Default);
        var call = form.ToCall(office, calendar.Today, language);
        IReadOnlyList<string> problems = call is null
            ? [RapporteurTexts.ClosingUnreadable.In(language)]
            : [.. RapporteurCalls.Problems(call, deadline, calendar.Days, RapporteurSettings.Default).Select(p => RapporteurTexts.Describe(p, language))];
        if (problems.Count > 0)
        {
            LogInvalid(Log(turn), problems.Count);
            return InvokeResponse.Card(RapporteurCards.CallForm(form, problems, earliest, deadline, language));
        }

        var stored = await store.GetCallAsync(call!.Id, ct);
        if (stored is null)
        {
            if (await store.SaveCallAsync(call, ct) is SaveResult.Saved saved) stored = call with { Version = saved.Version };
            else stored = await store.GetCallAsync(call.Id, ct) ?? throw new InvalidOperationException("A new call's id was taken and not found.");
        }
        if (stored.Status != CallStatus.Proposed)
            return InvokeResponse.Message(RapporteurTexts.ChangedMeanwhile.In(language));

        var procedureDeadline = stored.ProcedureId is { } known ? (await procedures.GetAsync(known, ct))?.Deadline : null;
        if (procedureDeadline is null)
        {
            var proposed = await proposals.ProposeAsync(office, ProposalKind.RapporteurCall, stored.Id, ct);
            if (!proposed.IsAccepted) return InvokeResponse.Message(DecisionTexts.Describe(proposed.Refusal!.Value, language));
            if (await store.SaveCallAsync(stored with { ProcedureId = proposed.Value!.Id }, ct) is not SaveResult.Saved)
                return InvokeResponse.Message(RapporteurTexts.ChangedMeanwhile.In(language));
            procedureDeadline = proposed.Value.Deadline;
            await AuditAsync(audit, calendar, office.Id, "rapporteur.call.proposed", AuditCall, stored.Id, ct);
            LogProposed(Log(turn), stored.Id, proposed.Value.Id);
        }
        var notice = RapporteurTexts.ProposedDone.Format(language, procedureDeadline.Value);
        return InvokeResponse.Card(await RosterCardAsync(office, store, directory, calendar, language, notice, ct));
    }

    [LoggerMessage(LogLevel.Information, "Call for rapporteurs not proposed: {Problems} problems")]
    static partial void LogInvalid(ILogger logger, int problems);

    [LoggerMessage(LogLevel.Information, "Call {CallId} proposed to the network by procedure {ProcedureId}")]
    static partial void LogProposed(ILogger logger, string callId, string procedureId);
}
