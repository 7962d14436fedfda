using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Decisions;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Decisions;

/// Each tick: a proposal whose deadline day has ended is decided (adopted without objection, objected otherwise); an
/// adopted or withdrawn one is applied to its subject by the feature (which does it once); and the office is told, once
/// per round, as soon as a focal point objects. Everything it does is saved or queued idempotently, so a restart or a
/// second run repeats nothing.
public sealed partial class DecisionJob(IProcedureStore procedures, IEnumerable<IProposalSubject> subjects, IMemberDirectory members,
    IDeliveryStore deliveries, NetworkCalendar calendar, SendSoon soon, ILogger<DecisionJob> log) : IJob
{
    public async Task RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        var today = calendar.DayOf(now);
        foreach (var listed in await procedures.ListAsync(ct))
        {
            var procedure = listed;
            if (Silence.Conclude(procedure, today) is { } decided)
            {
                if (await procedures.SaveAsync(decided, ct) is not SaveResult.Saved saved) continue;   // changed meanwhile: next tick
                procedure = decided with { Version = saved.Version };
                LogDecided(log, procedure.Id, procedure.Status.ToString());
            }
            if (subjects.For(procedure.Kind) is not { } subject || !StillInHand(procedure, today)) continue;
            if (procedure.Status == SilenceStatus.Adopted) await subject.AdoptedAsync(procedure, today, ct);
            else if (procedure.Status == SilenceStatus.Withdrawn) await subject.WithdrawnAsync(procedure, today, ct);
            else if (Silence.IsBroken(procedure) && await TellOfficeAsync(procedure, now, ct) > 0) soon.Nudge();
        }
    }

    /// A decided procedure is handed to its feature for a week after the decision, which makes good any fault long
    /// before then; after that the job leaves it alone, so old decisions cost no read on every tick. An open one is
    /// always in hand (its deadline bounds it).
    public const int DaysInHand = 7;

    static bool StillInHand(SilenceProcedure procedure, DateOnly today) =>
        procedure.DecidedOn is not { } decided || today <= decided.AddDays(DaysInHand);

    async Task<int> TellOfficeAsync(SilenceProcedure procedure, DateTimeOffset now, CancellationToken ct)
    {
        var office = (await members.ListAsync(ct)).Where(m => m is { IsActive: true, Role: MemberRole.Office }).Select(m => m.Id);
        return await deliveries.AddPendingAsync(ObjectedCampaign.Key(new(procedure.Id, procedure.Round)), office, now, ct);
    }

    [LoggerMessage(LogLevel.Information, "Procedure {ProcedureId} decided: {Status}")]
    static partial void LogDecided(ILogger logger, string procedureId, string status);
}
