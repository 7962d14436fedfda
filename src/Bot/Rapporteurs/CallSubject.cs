using FocalBot.Bot.Decisions;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Decisions;
using FocalBot.Domain.Members;
using FocalBot.Domain.Rapporteurs;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Rapporteurs;

/// A call for nominations as the network decides on it: described on the proposal card; opened once the network
/// decided (every focal point gets the call with Nominate, the channel a bilingual post); withdrawn with the proposal.
public sealed partial class CallSubject(IRapporteurStore store, IMemberDirectory members, IDeliveryStore deliveries, NetworkCalendar calendar,
    IAuditLog audit, SendSoon soon, ILogger<CallSubject> log) : IProposalSubject
{
    public ProposalKind Kind => ProposalKind.RapporteurCall;

    public async Task<ProposalView?> DescribeAsync(string subjectId, Language language, CancellationToken ct) =>
        await store.GetCallAsync(subjectId, ct) is { } call
            ? new ProposalView(call.ThemeIn(language), RapporteurCards.Facts(call, language), RapporteurCards.TermsIn(call, language))
            : null;

    /// Opens the call once; then, while its channel row is missing (first time, or a fault in between), queues the call
    /// to every active focal point and the channel post. Rows already there are kept, so a later tick queues nothing.
    public async Task AdoptedAsync(SilenceProcedure procedure, DateOnly today, CancellationToken ct)
    {
        if (await store.GetCallAsync(procedure.SubjectId, ct) is not { } call || call.ProcedureId != procedure.Id) return;
        if (RapporteurCalls.Open(call, today) is { } opened)
        {
            if (await store.SaveCallAsync(opened, ct) is not SaveResult.Saved) return;   // changed meanwhile: next tick
            call = opened;
            await audit.AppendAsync(new AuditEntry(calendar.Now, ProposalSubjects.NetworkActor, "rapporteur.call.opened", RapporteurRoutes.AuditCall, call.Id), ct);
            LogOpened(log, call.Id);
        }
        if (call.Status != CallStatus.Open || await deliveries.GetAsync(CallChannelPostCampaign.Key(call.Id), NetworkChannel.Recipient, ct) is not null) return;
        var focalPoints = (await members.ListAsync(ct)).Where(m => m is { IsActive: true, Role: MemberRole.FocalPoint }).Select(m => m.Id);
        var queued = await deliveries.AddPendingAsync(CallOpenedCampaign.Key(call.Id), focalPoints, calendar.Now, ct);
        await deliveries.AddPendingAsync(CallChannelPostCampaign.Key(call.Id), [NetworkChannel.Recipient], calendar.Now, ct);
        LogQueued(log, call.Id, queued);
        soon.Nudge();
    }

    public async Task WithdrawnAsync(SilenceProcedure procedure, DateOnly today, CancellationToken ct)
    {
        if (await store.GetCallAsync(procedure.SubjectId, ct) is not { } call || call.ProcedureId != procedure.Id) return;
        if (RapporteurCalls.Withdraw(call, today) is not { } withdrawn || await store.SaveCallAsync(withdrawn, ct) is not SaveResult.Saved) return;
        await audit.AppendAsync(new AuditEntry(calendar.Now, procedure.ProposedBy, "rapporteur.call.withdrawn", RapporteurRoutes.AuditCall, call.Id), ct);
    }

    [LoggerMessage(LogLevel.Information, "Call {CallId} opened by the network's decision")]
    static partial void LogOpened(ILogger logger, string callId);

    [LoggerMessage(LogLevel.Information, "Call {CallId} queued for {Count} focal points and the channel")]
    static partial void LogQueued(ILogger logger, string callId, int count);
}
