using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Decisions;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Decisions;

/// The network's decisions by silence: a focal point objects to a proposal; the office reads the objections, withdraws
/// the proposal or asks the network again.
public static partial class DecisionRoutes
{
    public const string Object = "decision.object";
    public const string View = "decision.view";
    public const string Withdraw = "decision.withdraw";
    public const string AskAgain = "decision.again";

    // Audit actions on subject type "procedure" (its id): ids only, never a reason.
    public const string AuditSubject = "procedure";

    /// Any member may see a proposal put to the network (it is the network's business); focal points object.
    static readonly Guard<SilenceProcedure> FocalPoints = Guard.Only("focal points", m => m.Role == MemberRole.FocalPoint, Refusal(SilenceRefusal.NotAFocalPoint))
        .Loading("proposal", LoadAsync, (_, _) => true, DecisionTexts.NotFound);

    static readonly Guard<SilenceProcedure> Office = Guard.Office(Refusal(SilenceRefusal.NotAllowed))
        .Loading("proposal", LoadAsync, (_, _) => true, DecisionTexts.NotFound);

    public static void Map(TurnRouter routes) => routes
        .OnExecute(Object, FocalPoints, (turn, member, procedure, ct) =>
            ObjectAsync(turn, member, procedure, turn.Get<IProcedureStore>(), turn.Get<IEnumerable<IProposalSubject>>(), turn.Get<Proposals>(),
                turn.Get<NetworkCalendar>(), turn.Get<IAuditLog>(), ct))
        .OnExecute(View, Office, async (turn, _, procedure, ct) =>
            await OfficeCardAsync(turn, procedure, turn.Get<IEnumerable<IProposalSubject>>(), turn.Get<IMemberDirectory>(), null, ct))
        .OnExecute(Withdraw, Office, (turn, office, procedure, ct) =>
            WithdrawAsync(turn, office, procedure, turn.Get<IProcedureStore>(), turn.Get<IEnumerable<IProposalSubject>>(), turn.Get<IMemberDirectory>(),
                turn.Get<NetworkCalendar>(), turn.Get<IAuditLog>(), ct))
        .OnExecute(AskAgain, Office, (turn, office, procedure, ct) =>
            AskAgainAsync(turn, office, procedure, turn.Get<IProcedureStore>(), turn.Get<IEnumerable<IProposalSubject>>(), turn.Get<IMemberDirectory>(),
                turn.Get<Proposals>(), turn.Get<NetworkCalendar>(), turn.Get<IAuditLog>(), ct));

    static Text Refusal(SilenceRefusal refusal) => new(DecisionTexts.Describe(refusal, Language.En), DecisionTexts.Describe(refusal, Language.Fr));

    static Task<SilenceProcedure?> LoadAsync(TurnContext turn, CancellationToken ct) =>
        turn.Data(DecisionCards.ProcedureKey) is { Length: > 0 } id ? turn.Get<IProcedureStore>().GetAsync(id, ct) : Task.FromResult<SilenceProcedure?>(null);

    /// Records the objection over the version read (a colleague's objection at the same moment is read again, once),
    /// then shows the focal point what they objected to and that it was recorded.
    internal static async Task<InvokeResponse> ObjectAsync(TurnContext turn, Member member, SilenceProcedure procedure, IProcedureStore procedures,
        IEnumerable<IProposalSubject> subjects, Proposals proposals, NetworkCalendar calendar, IAuditLog audit, CancellationToken ct)
    {
        var language = turn.Language;
        if (turn.Data(DecisionCards.RoundKey) is { } round && round != procedure.Round.ToString(System.Globalization.CultureInfo.InvariantCulture))
            return InvokeResponse.Message(DecisionTexts.NewRound.In(language));
        if (subjects.For(procedure.Kind) is not { } subject || await subject.DescribeAsync(procedure.SubjectId, language, ct) is not { } view)
            return InvokeResponse.Message(DecisionTexts.NotFound.In(language));

        for (var attempt = 0; ; attempt++)
        {
            var objected = Silence.Object(procedure, member, turn.Data(DecisionCards.ReasonInput) ?? "", calendar.Today, proposals.Settings);
            if (!objected.IsAccepted)
            {
                // The card stays with its reason box when the reason is what is wrong; otherwise a message says why.
                var refusal = DecisionTexts.Describe(objected.Refusal!.Value, language);
                return objected.Refusal is SilenceRefusal.ReasonMissing or SilenceRefusal.ReasonTooLong
                    ? InvokeResponse.Card(DecisionCards.Proposal(procedure, view, language, refusal))
                    : InvokeResponse.Message(refusal);
            }
            if (await procedures.SaveAsync(objected.Value!, ct) is SaveResult.Saved)
            {
                await audit.AppendAsync(new AuditEntry(calendar.Now, member.Id, "decision.objected", AuditSubject, procedure.Id), ct);
                LogObjected(Log(turn), procedure.Id, procedure.Round);
                return InvokeResponse.Card(DecisionCards.Objected(objected.Value!, view, objected.Value!.Objections[^1], language));
            }
            if (attempt > 0 || await procedures.GetAsync(procedure.Id, ct) is not { } current)
                return InvokeResponse.Message(DecisionTexts.ChangedMeanwhile.In(language));
            procedure = current;
        }
    }

    internal static async Task<InvokeResponse> WithdrawAsync(TurnContext turn, Member office, SilenceProcedure procedure, IProcedureStore procedures,
        IEnumerable<IProposalSubject> subjects, IMemberDirectory members, NetworkCalendar calendar, IAuditLog audit, CancellationToken ct)
    {
        var withdrawn = Silence.Withdraw(procedure, office, calendar.Today);
        if (!withdrawn.IsAccepted) return InvokeResponse.Message(DecisionTexts.Describe(withdrawn.Refusal!.Value, turn.Language));
        if (await procedures.SaveAsync(withdrawn.Value!, ct) is not SaveResult.Saved saved) return InvokeResponse.Message(DecisionTexts.ChangedMeanwhile.In(turn.Language));
        var done = withdrawn.Value! with { Version = saved.Version };
        if (subjects.For(done.Kind) is { } subject) await subject.WithdrawnAsync(done, calendar.Today, ct);
        await audit.AppendAsync(new AuditEntry(calendar.Now, office.Id, "decision.withdrawn", AuditSubject, done.Id), ct);
        return await OfficeCardAsync(turn, done, subjects, members, DecisionTexts.WithdrawnDone.In(turn.Language), ct);
    }

    internal static async Task<InvokeResponse> AskAgainAsync(TurnContext turn, Member office, SilenceProcedure procedure, IProcedureStore procedures,
        IEnumerable<IProposalSubject> subjects, IMemberDirectory members, Proposals proposals, NetworkCalendar calendar, IAuditLog audit, CancellationToken ct)
    {
        var language = turn.Language;
        var again = Silence.AskAgain(procedure, office, calendar.Today, calendar.Days, proposals.Settings);
        if (!again.IsAccepted) return InvokeResponse.Message(DecisionTexts.Describe(again.Refusal!.Value, language));
        if (await procedures.SaveAsync(again.Value!, ct) is not SaveResult.Saved saved) return InvokeResponse.Message(DecisionTexts.ChangedMeanwhile.In(language));
        var asked = again.Value! with { Version = saved.Version };
        var queued = await proposals.QueueAsync(asked, ct);   // saved before it is said
        await audit.AppendAsync(new AuditEntry(calendar.Now, office.Id, "decision.asked-again", AuditSubject, asked.Id), ct);
        var notice = DecisionTexts.AskedAgain.Format(language, asked.Round, asked.Deadline) + " "
            + (queued == 1 ? DecisionTexts.QueuedOne.In(language) : DecisionTexts.QueuedMany.Format(language, queued));
        return await OfficeCardAsync(turn, asked, subjects, members, notice, ct);
    }

    static async Task<InvokeResponse> OfficeCardAsync(TurnContext turn, SilenceProcedure procedure, IEnumerable<IProposalSubject> subjects,
        IMemberDirectory members, string? notice, CancellationToken ct)
    {
        if (subjects.For(procedure.Kind) is not { } subject || await subject.DescribeAsync(procedure.SubjectId, turn.Language, ct) is not { } view)
            return InvokeResponse.Message(DecisionTexts.NotFound.In(turn.Language));
        return InvokeResponse.Card(DecisionCards.Office(procedure, view, await members.ListAsync(ct), turn.Language, notice));
    }

    static ILogger Log(TurnContext turn) => turn.Get<ILoggerFactory>().CreateLogger(typeof(DecisionRoutes).FullName!);

    [LoggerMessage(LogLevel.Information, "Objection recorded on procedure {ProcedureId}, round {Round}")]
    static partial void LogObjected(ILogger logger, string procedureId, int round);
}
