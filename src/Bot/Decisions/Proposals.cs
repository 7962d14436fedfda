using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Decisions;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Decisions;

/// Puts a feature's subject to the network by silence procedure: the procedure is saved first, then the proposal is
/// queued once for every active focal point (ProposalCampaign) and the sender woken. A feature calls it after saving its
/// subject as proposed.
public sealed class Proposals(IProcedureStore procedures, IDeliveryStore deliveries, IMemberDirectory members, NetworkCalendar calendar,
    IOptions<DecisionOptions> options, SendSoon soon)
{
    public SilenceSettings Settings => options.Value.Settings;

    /// The last day focal points could object to a proposal sent today: what a form says before the office proposes.
    public DateOnly DeadlineIfSentToday => calendar.Days.Add(calendar.Today, Settings.WorkingDays);

    /// One procedure per subject: its id is the subject's, so a feature that proposes again after a fault (its subject
    /// saved, the procedure's id not yet kept on it) finds the procedure already there and queues nothing twice.
    public async Task<Outcome<SilenceProcedure, SilenceRefusal>> ProposeAsync(Member office, ProposalKind kind, string subjectId, CancellationToken ct)
    {
        var proposed = Silence.Propose(office, kind, subjectId, calendar.Today, calendar.Days, Settings);
        if (!proposed.IsAccepted) return proposed;
        var fresh = proposed.Value! with { Id = IdOf(kind, subjectId) };
        var procedure = await procedures.SaveAsync(fresh, ct) is SaveResult.Saved saved ? fresh with { Version = saved.Version }
            : await procedures.GetAsync(fresh.Id, ct) ?? throw new InvalidOperationException("A procedure's id was taken and is not there.");
        await QueueAsync(procedure, ct);
        return Outcome<SilenceProcedure, SilenceRefusal>.Accept(procedure);
    }

    /// The id of the procedure that decides a subject: "group-{id}", "call-{id}".
    public static string IdOf(ProposalKind kind, string subjectId) =>
        (kind == ProposalKind.ThematicGroup ? "group-" : "call-") + subjectId;

    /// Queues the procedure's current round for every active focal point (those who have a row keep it) and wakes the
    /// sender; how many were queued now.
    public async Task<int> QueueAsync(SilenceProcedure procedure, CancellationToken ct)
    {
        var focalPoints = (await members.ListAsync(ct)).Where(m => m is { IsActive: true, Role: MemberRole.FocalPoint }).Select(m => m.Id);
        var queued = await deliveries.AddPendingAsync(ProposalCampaign.Key(new(procedure.Id, procedure.Round)), focalPoints, calendar.Now, ct);
        soon.Nudge();
        return queued;
    }
}
