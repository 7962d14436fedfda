using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Scheduling;

/// What a campaign sends: the message for one member. Campaign names start with the prefix, e.g. "details-check/2026".
public interface ICampaign
{
    string Prefix { get; }

    /// The message for this member, or null when there is nothing to send any more (its subject was withdrawn); the
    /// row is then closed as Failed "Withdrawn", never sent.
    Task<Activity?> MessageAsync(string campaign, Member member, CancellationToken ct);

    /// Rows that the campaign's own job sends (a channel post, mentions): the sender leaves them alone.
    bool SentElsewhere => false;
}

/// Sends the waiting delivery rows, exactly once each (STYLE §5): reread the row, go on only if it still waits, mark it
/// Uncertain just before the POST; the answer makes it Sent, Failed, or Pending again after a 429, which pauses the
/// tenant until Retry-After. No answer leaves it Uncertain: shown, never replayed. So a restart sends nothing twice.
/// Rows go out in one lane per tenant, several at once (Delivery:MaxConcurrency in flight), each tenant paced by the
/// TenantPacer (Delivery:RequestsPerSecond). Only rows in flight or about to be at a crash can be Uncertain.
public sealed partial class ProactiveSender(
    IDeliveryStore deliveries,
    IMemberDirectory members,
    IConversationStore conversations,
    IConnector connector,
    KnownConversations known,
    IEnumerable<ICampaign> campaigns,
    TenantPacer pacer,
    IOptions<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<ProactiveSender> log)
{
    /// Teams codes after which the bot may not write to that chat until the user comes back (bot-protocol §4).
    static readonly HashSet<string> DeadChat = new(StringComparer.OrdinalIgnoreCase)
    {
        "ConversationBlockedByUser", "BotNotInConversationRoster", "ForbiddenOperationException", "ConversationNotFound", "BotDisabledByAdmin",
    };

    /// The longest 429 pause a run waits out; after a longer Retry-After the tenant's rows stay Pending for a later tick
    /// (the pacer remembers the pause), so a tick never sits idle for long and the other jobs keep their minute.
    static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(10);

    /// A row throttled this often in one run waits for the next tick: a tenant that keeps answering 429 does not hold the run.
    const int MaxThrottledPerRun = 3;

    /// Retry-After when Teams gives none (its guidance: back off; the connector already tried its own retries).
    static readonly TimeSpan DefaultPause = TimeSpan.FromSeconds(30);

    enum Outcome { Sent, Throttled, Deferred, Done }

    sealed record Queued(Delivery Row, int Throttled);

    public async Task<int> SendWaitingAsync(CancellationToken ct)
    {
        var waiting = await deliveries.ListWaitingAsync(ct);
        if (waiting.Count == 0) return 0;

        // One lane per tenant, each with its own workers: rows waiting for one tenant's window hold up no other tenant.
        // The directory is read once for the lanes; each row's member is still reread before its send.
        var tenants = (await members.ListAsync(ct)).ToDictionary(m => m.Id, m => m.TenantId);
        var lanes = waiting.GroupBy(r => tenants.GetValueOrDefault(r.MemberId, ""), StringComparer.OrdinalIgnoreCase)
            .Select(lane => new ConcurrentQueue<Queued>(lane.Select(r => new Queued(r, 0))))
            .ToList();

        var run = new Run(CancellationTokenSource.CreateLinkedTokenSource(ct));
        var started = clock.GetTimestamp();
        using (run.Stop)
        {
            // Workers are not Task.Run: each goes until its first wait (the pacer or the POST), then the next starts.
            var workers = lanes.SelectMany(lane => Enumerable.Range(0, Math.Min(options.Value.MaxConcurrency, lane.Count)).Select(_ => lane))
                .Select(lane => WorkAsync(lane, run))
                .ToList();
            await Task.WhenAll(workers);
        }
        LogRun(log, run.Sent + run.Throttled > 0 ? LogLevel.Information : LogLevel.Debug,   // rows without a chat come back every tick
            waiting.Count, run.Sent, run.Throttled, run.Deferred, (long)clock.GetElapsedTime(started).TotalMilliseconds);
        if (run.Fault is not null) ExceptionDispatchInfo.Throw(run.Fault);
        return run.Sent;
    }

    /// One of the run's workers: takes rows until none is left. A fault stops the whole run, as a crash would: rows
    /// already posted stay Uncertain, the others wait for the next tick.
    async Task WorkAsync(ConcurrentQueue<Queued> lane, Run run)
    {
        try
        {
            while (!run.Stop.IsCancellationRequested && lane.TryDequeue(out var item))
            {
                switch (await SendOneAsync(item.Row, run.Stop.Token))
                {
                    case Outcome.Sent:
                        Interlocked.Increment(ref run.Sent);
                        break;
                    case Outcome.Throttled:
                        Interlocked.Increment(ref run.Throttled);
                        // Back in the queue: sent once the pause ends if it is short, else deferred to a later tick.
                        if (item.Throttled + 1 < MaxThrottledPerRun) lane.Enqueue(item with { Throttled = item.Throttled + 1 });
                        break;
                    case Outcome.Deferred:
                        Interlocked.Increment(ref run.Deferred);
                        break;
                }
            }
        }
        catch (Exception e)
        {
            Interlocked.CompareExchange(ref run.Fault, e, null);
            try { run.Stop.Cancel(); } catch (AggregateException) { }   // a callback's fault must not hide the first one
        }
    }

    async Task<Outcome> SendOneAsync(Delivery listed, CancellationToken ct)
    {
        var row = await deliveries.GetAsync(listed.Campaign, listed.MemberId, ct);
        if (row is null || row.Status is not (DeliveryStatus.Pending or DeliveryStatus.NoChat)) return Outcome.Done;
        var campaign = campaigns.FirstOrDefault(c => row.Campaign.StartsWith(c.Prefix, StringComparison.Ordinal));
        if (campaign is null) { LogUnknownCampaign(log, row.Campaign); return Outcome.Done; }   // parked: left as it is
        if (campaign.SentElsewhere) return Outcome.Done;

        var member = await members.GetAsync(row.MemberId, ct);
        if (member is not { IsActive: true })
        {
            await MarkAsync(row, DeliveryStatus.Failed, error: "MemberNotActive", ct: ct);
            return Outcome.Done;
        }

        // Teams counts its limit per app per tenant: a tenant under a long 429 pause keeps its rows, untouched, for later.
        var tenant = member.TenantId;
        if (pacer.PausedFor(tenant) > LongestWait) return Outcome.Deferred;

        var chat = await conversations.FindPersonalAsync(member.TenantId, member.AadObjectId, ct);
        if (chat is null || chat.IsDead)
        {
            if (row.Status != DeliveryStatus.NoChat) await MarkAsync(row, DeliveryStatus.NoChat, ct: ct);
            return Outcome.Done;
        }
        if (await campaign.MessageAsync(row.Campaign, member, ct) is not { } message)
        {
            await MarkAsync(row, DeliveryStatus.Failed, error: "Withdrawn", ct: ct);
            return Outcome.Done;
        }

        // From here on a crash leaves the row Uncertain: it may have been delivered, so it is never sent again by itself.
        var uncertain = row with { Status = DeliveryStatus.Uncertain, UpdatedAt = clock.GetUtcNow() };
        if (await deliveries.SaveAsync(uncertain, ct) is not SaveResult.Saved marked) return Outcome.Done;   // someone else took it
        uncertain = uncertain with { Version = marked.Version };

        // The permit is taken after the mark, so only the POST follows it and Teams sees the pace counted. A refused
        // permit (a long pause began meanwhile) or a cancelled wait puts the row back: nothing was posted.
        TenantPacer.Permit? permit;
        try { permit = await pacer.EnterAsync(tenant, LongestWait, ct); }
        catch (OperationCanceledException)
        {
            await MarkAsync(uncertain, DeliveryStatus.Pending, ct: CancellationToken.None);
            throw;
        }
        if (permit is null)
        {
            await MarkAsync(uncertain, DeliveryStatus.Pending, ct: ct);
            return Outcome.Deferred;
        }

        SendResult result;
        using (permit) result = await connector.SendAsync(chat, message, ct);
        // What Teams answered is recorded even when the run is being stopped: a Sent row left Uncertain would be shown in doubt.
        var recording = CancellationToken.None;
        switch (result.Status)
        {
            case SendStatus.Sent:
                await MarkAsync(uncertain, DeliveryStatus.Sent, activityId: result.ActivityId, ct: recording);
                LogSent(log, row.Campaign, row.MemberId);
                return Outcome.Sent;
            case SendStatus.Throttled:
                // Teams did not act on a 429: the row waits again, and the whole tenant pauses until Retry-After.
                var pause = result.RetryAfter ?? DefaultPause;
                pacer.Pause(tenant, pause);
                await MarkAsync(uncertain, DeliveryStatus.Pending, ct: recording);
                LogThrottled(log, tenant, (long)pause.TotalMilliseconds);
                return Outcome.Throttled;
            case SendStatus.Failed:
                if (result.ErrorCode is { } code && DeadChat.Contains(code))
                {
                    await conversations.MarkDeadAsync(chat.ConversationId, recording);
                    known.Forget(chat.ConversationId);   // the user's next message revives the chat
                }
                await MarkAsync(uncertain, DeliveryStatus.Failed, error: result.ErrorCode ?? $"HTTP {result.HttpStatus}", ct: recording);
                LogFailed(log, row.Campaign, row.MemberId, result.ErrorCode ?? "");
                return Outcome.Done;
            default:
                LogUncertain(log, row.Campaign, row.MemberId);
                return Outcome.Done;
        }
    }

    /// What one call of SendWaitingAsync shares between its workers.
    sealed class Run(CancellationTokenSource stop)
    {
        public readonly CancellationTokenSource Stop = stop;
        public int Sent, Throttled, Deferred;
        public Exception? Fault;
    }

    async Task MarkAsync(Delivery row, DeliveryStatus status, string? activityId = null, string? error = null, CancellationToken ct = default) =>
        await deliveries.SaveAsync(row with { Status = status, ActivityId = activityId, ErrorCode = error, UpdatedAt = clock.GetUtcNow() }, ct);

    [LoggerMessage(LogLevel.Information, "Delivery {Campaign} to member {MemberId} sent")]
    static partial void LogSent(ILogger logger, string campaign, string memberId);

    [LoggerMessage(LogLevel.Warning, "Delivery {Campaign} to member {MemberId} failed: {Code}")]
    static partial void LogFailed(ILogger logger, string campaign, string memberId, string code);

    [LoggerMessage(LogLevel.Warning, "Delivery {Campaign} to member {MemberId} is uncertain: no answer from Teams")]
    static partial void LogUncertain(ILogger logger, string campaign, string memberId);

    [LoggerMessage(LogLevel.Warning, "Tenant {TenantId} throttled proactive sends; paused for {PauseMs} ms")]
    static partial void LogThrottled(ILogger logger, string tenantId, long pauseMs);

    [LoggerMessage("Proactive run: {Waiting} rows waiting, {Sent} sent, {Throttled} throttled, {Deferred} deferred, in {ElapsedMs} ms")]
    static partial void LogRun(ILogger logger, LogLevel level, int waiting, int sent, int throttled, int deferred, long elapsedMs);

    [LoggerMessage(LogLevel.Error, "Delivery rows of campaign {Campaign} have no sender; parked")]
    static partial void LogUnknownCampaign(ILogger logger, string campaign);
}
