using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.ExceptionServices;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Storage;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Scheduling;

/// Sends the waiting delivery rows, exactly once each (STYLE §5): reread the row, go on only if it still waits, take the
/// tenant's permit, then mark it Uncertain just before the POST (never while it waits for the pacer); the answer makes
/// it Sent, Failed, Pending again after a refusal (429, 503, or refused inside the process: Teams did not act), or
/// leaves it Uncertain with what happened when the POST may have been acted on (500, 502, 504, no answer). Uncertain
/// rows are shown, never replayed by themselves. So a restart sends nothing twice.
/// A member without a personal chat is reached as PersonalChats finds them (a new chat, the app installed first), else
/// left NoChat with the reason, for the campaign's channel mention or until they open the bot.
/// Rows go out in one lane per tenant, several at once (Delivery:MaxConcurrency in flight), each tenant paced by the
/// TenantPacer (Delivery:RequestsPerSecond), which also pauses it after a refusal or a failure.
public sealed partial class ProactiveSender(
    IDeliveryStore deliveries,
    IMemberDirectory members,
    IConversationStore conversations,
    PacedCalls calls,
    PersonalChats chats,
    MailNotices mail,
    KnownConversations known,
    Campaigns campaigns,
    IOptions<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<ProactiveSender> log)
{
    /// Teams codes after which the bot may not write to that chat until the user comes back (bot-protocol §4).
    static readonly HashSet<string> DeadChat = new(StringComparer.OrdinalIgnoreCase)
    {
        "ConversationBlockedByUser", "BotNotInConversationRoster", "ForbiddenOperationException", "ConversationNotFound", "BotDisabledByAdmin",
    };

    /// A row refused this often in one run waits for the next tick: a tenant that keeps refusing does not hold the run.
    const int MaxTriesPerRun = 8;

    enum Outcome { Sent, Again, Deferred, Done }

    /// Rows Teams asked to wait longer than a run waits, until when: kept for the process's life (a restart forgets
    /// them, and the row only goes a little early).
    readonly ConcurrentDictionary<(string Campaign, string MemberId), DateTimeOffset> _notBefore = new();

    sealed record Queued(Delivery Row, int Tries, DateTimeOffset NotBefore);

    public async Task<int> SendWaitingAsync(CancellationToken ct)
    {
        var waiting = await deliveries.ListWaitingAsync(ct);
        if (waiting.Count == 0) return 0;

        // One lane per tenant, each with its own workers: rows waiting for one tenant's window hold up no other tenant.
        // The directory is read once for the lanes; each row's member is still reread before its send.
        var tenants = (await members.ListAsync(ct)).ToDictionary(m => m.Id, m => m.TenantId);
        var lanes = waiting.GroupBy(r => tenants.GetValueOrDefault(r.MemberId, ""), StringComparer.OrdinalIgnoreCase)
            .Select(lane => new ConcurrentQueue<Queued>(lane.Select(r => new Queued(r, 0, DateTimeOffset.MinValue))))
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
        LogRun(log, run.Sent + run.Refused > 0 ? LogLevel.Information : LogLevel.Debug,   // rows without a chat come back every tick
            waiting.Count, run.Sent, run.Refused, run.Deferred, (long)clock.GetElapsedTime(started).TotalMilliseconds);
        if (run.Fault is not null) ExceptionDispatchInfo.Throw(run.Fault);
        return run.Sent;
    }

    /// One of the run's workers: takes rows until none is left. A fault stops the whole run, as a crash would: rows
    /// already posted stay Uncertain, the others wait for the next tick.
    async Task WorkAsync(ConcurrentQueue<Queued> lane, Run run)
    {
        try
        {
            var notReady = 0;
            while (!run.Stop.IsCancellationRequested && lane.TryDequeue(out var item))
            {
                // A refused row waits its Retry-After while the others go; when only waiting rows are left, wait.
                if (item.NotBefore - clock.GetUtcNow() is var wait && wait > TimeSpan.Zero)
                {
                    if (++notReady <= lane.Count) { lane.Enqueue(item); continue; }
                    await Task.Delay(wait, clock, run.Stop.Token);
                }
                notReady = 0;
                var (outcome, again) = await SendOneAsync(item.Row, run, run.Stop.Token);
                switch (outcome)
                {
                    case Outcome.Sent:
                        Interlocked.Increment(ref run.Sent);
                        break;
                    case Outcome.Again:
                        Interlocked.Increment(ref run.Refused);
                        // Back in the queue if its wait is short; a long one (or a row refused too often) waits for a later tick.
                        if (item.Tries + 1 < MaxTriesPerRun && again <= PacedCalls.LongestWait)
                            lane.Enqueue(new Queued(item.Row, item.Tries + 1, clock.GetUtcNow() + again));
                        else
                        {
                            _notBefore[(item.Row.Campaign, item.Row.MemberId)] = clock.GetUtcNow() + again;
                            Interlocked.Increment(ref run.Deferred);
                        }
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

    async Task<(Outcome, TimeSpan)> SendOneAsync(Delivery listed, Run run, CancellationToken ct)
    {
        var row = await deliveries.GetAsync(listed.Campaign, listed.MemberId, ct);
        if (row is null || row.Status is not (DeliveryStatus.Pending or DeliveryStatus.NoChat)) return (Outcome.Done, default);
        var campaign = campaigns.For(row.Campaign);
        if (campaign is null) { LogUnknownCampaign(log, row.Campaign); return (Outcome.Done, default); }   // parked: left as it is
        if (campaign.SentElsewhere) return (Outcome.Done, default);

        var member = await members.GetAsync(row.MemberId, ct);
        if (member is not { IsActive: true })
        {
            await MarkAsync(row, DeliveryStatus.Failed, error: "MemberNotActive", ct: ct);
            return (Outcome.Done, default);
        }

        // Teams counts its limit per app per tenant: a tenant under a long pause keeps its rows, untouched, for later;
        // so does a row Teams asked to wait longer than a run waits.
        var tenant = member.TenantId;
        if (calls.PausedFor(tenant) > PacedCalls.LongestWait) return (Outcome.Deferred, default);
        if (_notBefore.TryGetValue((row.Campaign, row.MemberId), out var notBefore))
        {
            if (notBefore > clock.GetUtcNow()) return (Outcome.Deferred, default);
            _notBefore.TryRemove((row.Campaign, row.MemberId), out _);
        }

        // A row already left without a chat only looks for a chat the member opened since; the search is made once.
        // Unless the bot knew no team then: that was no answer about the member, so the whole search is made again.
        var found = row is { Status: DeliveryStatus.NoChat, ErrorCode: not PersonalChats.NoTeam }
            ? await conversations.FindPersonalAsync(tenant, member.AadObjectId ?? "", ct) is { IsDead: false } opened
                ? new PersonalChats.Found(opened, DeliveryPath.Chat) : null
            : await chats.FindAsync(member, run.Roster, ct);
        if (found is null) return (Outcome.Done, default);
        if (found.Chat is not { } chat)
        {
            if (found.Later is { } later)
            {
                // Teams or Graph refused or failed for now: the row waits, untouched but for the reason.
                if (row.ErrorCode != found.Problem) await MarkAsync(row, DeliveryStatus.Pending, error: found.Problem, ct: ct);
                return later > PacedCalls.LongestWait ? (Outcome.Deferred, default) : (Outcome.Again, later);
            }
            if (campaign.MailNotice is { } notice && mail.IsEnabled
                && !(PersonalChats.MentionReaches(found.Problem) && await campaign.MentionsInChannelAsync(row.Campaign, ct)))
                return await MailAsync(row, member, notice, found.Problem, ct);
            if (row.Status == DeliveryStatus.NoChat && row.ErrorCode == found.Problem) return (Outcome.Done, default);   // nothing new
            await MarkAsync(row, DeliveryStatus.NoChat, error: found.Problem, ct: ct);   // reached by no path yet
            LogNoChat(log, row.Campaign, row.MemberId, found.Problem ?? "");
            return (Outcome.Done, default);
        }
        if (await campaign.MessageAsync(row.Campaign, member, ct) is not { } message)
        {
            await MarkAsync(row, DeliveryStatus.Failed, error: "Withdrawn", ct: ct);
            return (Outcome.Done, default);
        }

        if (await KeepPathAsync(row, found.Path, ct) is not { } kept) return (Outcome.Done, default);   // someone else took it
        (row, var path) = kept;

        // The permit first, so a row waiting for it (a pause, a back-off and its probe) stays as it was: nothing was
        // posted. A refused permit (a long pause began meanwhile) leaves the row for later.
        if (await calls.EnterAsync(tenant, chat, ct, callLater: true) is not { } permit) return (Outcome.Deferred, default);
        Delivery uncertain;
        SendResult result;
        using (permit)
        {
            // Then the row is marked Uncertain and only the POST follows: a crash from here on leaves it in doubt, so it is
            // never sent again by itself. A mark that did not happen posts nothing and gives the permit back unused.
            if (await MarkUncertainAsync(row, path, permit, ct) is not { } marked) return (Outcome.Done, default);   // someone else took it
            uncertain = marked;
            permit.Calling();   // the pacer counts the POST from now
            result = await calls.Connector.SendOnceAsync(chat, message, ct);
        }
        var wait = calls.Report(tenant, result);
        // What Teams answered is recorded even when the run is being stopped: a Sent row left Uncertain would be shown in doubt.
        var recording = CancellationToken.None;
        switch (result.Status)
        {
            case SendStatus.Sent:
                await MarkAsync(uncertain, DeliveryStatus.Sent, activityId: result.ActivityId, path: path, ct: recording);
                LogSent(log, row.Campaign, row.MemberId);
                return (Outcome.Sent, default);
            case SendStatus.Throttled:
                // Teams did not act, or the call never left: the row waits again; the pacer has paused as the answer asks.
                await MarkAsync(uncertain, DeliveryStatus.Pending, ct: recording);
                LogRefused(log, row.Campaign, row.MemberId, result.HttpStatus?.ToString(CultureInfo.InvariantCulture) ?? result.ErrorCode ?? "", (long)wait.TotalMilliseconds);
                return (Outcome.Again, wait);
            case SendStatus.Failed:
                if (result.ErrorCode is { } code && DeadChat.Contains(code))
                {
                    await conversations.MarkDeadAsync(chat.ConversationId, recording);
                    known.Forget(chat.ConversationId);   // the user's next message revives the chat
                }
                await MarkAsync(uncertain, DeliveryStatus.Failed, error: result.ErrorCode ?? $"HTTP {result.HttpStatus}", path: path, ct: recording);
                LogFailed(log, row.Campaign, row.MemberId, result.ErrorCode ?? "");
                return (Outcome.Done, default);
            default:
                return await InDoubtAsync(uncertain, result, path);
        }
    }

    /// The way the row reaches its member, kept from the first try: a chat made for it (new, or after installing the app)
    /// is recorded on the row at once, still Pending, so when the message goes only on a later try (it was refused, the
    /// run stopped), that try, which finds the stored chat, still says the member was newly reached. Null when someone
    /// else took the row meanwhile.
    async Task<(Delivery Row, DeliveryPath Path)?> KeepPathAsync(Delivery row, DeliveryPath found, CancellationToken ct)
    {
        if (found == DeliveryPath.Chat) return (row, row.Path is DeliveryPath.NewChat or DeliveryPath.InstalledApp ? row.Path.Value : found);
        if (row is { Status: DeliveryStatus.Pending, ErrorCode: null } && row.Path == found) return (row, found);
        var made = row with { Status = DeliveryStatus.Pending, ErrorCode = null, Path = found, UpdatedAt = clock.GetUtcNow() };
        return await deliveries.SaveAsync(made, ct) is SaveResult.Saved saved ? (made with { Version = saved.Version }, found) : null;
    }

    /// Marks the row Uncertain just before its POST, the permit in hand. Null when it was not marked (someone else took
    /// the row); it throws when the save fails, or when the run stops meanwhile (the row is then put back as it was).
    /// Either way nothing is posted and the permit goes back unused.
    async Task<Delivery?> MarkUncertainAsync(Delivery row, DeliveryPath path, TenantPacer.Permit permit, CancellationToken ct)
    {
        var uncertain = row with { Status = DeliveryStatus.Uncertain, ErrorCode = null, Path = path, UpdatedAt = clock.GetUtcNow() };
        SaveResult saved;
        try { saved = await deliveries.SaveAsync(uncertain, ct); }
        catch
        {
            permit.Unused();
            throw;
        }
        if (saved is not SaveResult.Saved marked)
        {
            permit.Unused();
            return null;
        }
        uncertain = uncertain with { Version = marked.Version };
        if (ct.IsCancellationRequested)
        {
            // Stopped while marking: the POST does not go, so the row is put back as it was.
            await deliveries.SaveAsync(row with { Version = marked.Version, UpdatedAt = clock.GetUtcNow() }, CancellationToken.None);
            permit.Unused();
            ct.ThrowIfCancellationRequested();
        }
        return uncertain;
    }

    /// The last way: an e-mail notice from the network's mailbox, saying only that something waits in Teams. A mail
    /// cannot be taken back either, so the row is marked Uncertain before it goes, as a post is.
    async Task<(Outcome, TimeSpan)> MailAsync(Delivery row, Member member, MailNoticeKind notice, string? problem, CancellationToken ct)
    {
        var uncertain = row with { Status = DeliveryStatus.Uncertain, ErrorCode = null, Path = DeliveryPath.Email, UpdatedAt = clock.GetUtcNow() };
        if (await deliveries.SaveAsync(uncertain, ct) is not SaveResult.Saved marked) return (Outcome.Done, default);
        uncertain = uncertain with { Version = marked.Version };
        var result = await mail.SendAsync(member, notice, ct);
        var recording = CancellationToken.None;
        switch (result.Status)
        {
            case SendStatus.Sent:
                await MarkAsync(uncertain, DeliveryStatus.Sent, path: DeliveryPath.Email, ct: recording);
                LogMailed(log, row.Campaign, row.MemberId, problem ?? "");
                return (Outcome.Sent, default);
            case SendStatus.Throttled:
                await MarkAsync(uncertain, DeliveryStatus.Pending, error: problem, ct: recording);
                var wait = result.RetryAfter ?? PacedCalls.DefaultRetryAfter;
                return wait > PacedCalls.LongestWait ? (Outcome.Deferred, default) : (Outcome.Again, wait);
            case SendStatus.Failed:
                // No mail either: the row waits for the member's own chat, with what stopped the mail.
                await MarkAsync(uncertain with { Path = null }, DeliveryStatus.NoChat, error: result.ErrorCode ?? problem, ct: recording);
                LogNoChat(log, row.Campaign, row.MemberId, result.ErrorCode ?? "");
                return (Outcome.Done, default);
            default:
                return await InDoubtAsync(uncertain, result, DeliveryPath.Email);
        }
    }

    /// It may have been delivered: the row stays Uncertain with what happened, for the office, which may send it again
    /// knowingly; it is never replayed by itself.
    async Task<(Outcome, TimeSpan)> InDoubtAsync(Delivery uncertain, SendResult result, DeliveryPath path)
    {
        var what = result.HttpStatus is { } status ? $"HTTP {status}" : result.ErrorCode ?? "NoAnswer";
        await MarkAsync(uncertain, DeliveryStatus.Uncertain, error: what, path: path, ct: CancellationToken.None);
        LogUncertain(log, uncertain.Campaign, uncertain.MemberId, what);
        return (Outcome.Done, default);
    }

    /// What one call of SendWaitingAsync shares between its workers.
    sealed class Run(CancellationTokenSource stop)
    {
        public readonly CancellationTokenSource Stop = stop;
        public readonly PersonalChats.Roster Roster = new();
        public int Sent, Refused, Deferred;
        public Exception? Fault;
    }

    async Task MarkAsync(Delivery row, DeliveryStatus status, string? activityId = null, string? error = null, DeliveryPath? path = null,
        CancellationToken ct = default) =>
        await deliveries.SaveAsync(row with { Status = status, ActivityId = activityId, ErrorCode = error, Path = path ?? row.Path, UpdatedAt = clock.GetUtcNow() }, ct);

    [LoggerMessage(LogLevel.Information, "Delivery {Campaign} to member {MemberId} sent")]
    static partial void LogSent(ILogger logger, string campaign, string memberId);

    [LoggerMessage(LogLevel.Warning, "Delivery {Campaign} to member {MemberId} failed: {Code}")]
    static partial void LogFailed(ILogger logger, string campaign, string memberId, string code);

    [LoggerMessage(LogLevel.Warning, "Delivery {Campaign} to member {MemberId} is uncertain: {What}")]
    static partial void LogUncertain(ILogger logger, string campaign, string memberId, string what);

    [LoggerMessage(LogLevel.Information, "Delivery {Campaign} to member {MemberId} refused ({Answer}); tried again in {WaitMs} ms or later")]
    static partial void LogRefused(ILogger logger, string campaign, string memberId, string answer, long waitMs);

    [LoggerMessage(LogLevel.Information, "Delivery {Campaign} to member {MemberId}: no personal chat ({Reason})")]
    static partial void LogNoChat(ILogger logger, string campaign, string memberId, string reason);

    [LoggerMessage(LogLevel.Information, "Delivery {Campaign} to member {MemberId}: e-mail notice sent (no chat: {Reason})")]
    static partial void LogMailed(ILogger logger, string campaign, string memberId, string reason);

    [LoggerMessage("Proactive run: {Waiting} rows waiting, {Sent} sent, {Refused} refused, {Deferred} deferred, in {ElapsedMs} ms")]
    static partial void LogRun(ILogger logger, LogLevel level, int waiting, int sent, int refused, int deferred, long elapsedMs);

    [LoggerMessage(LogLevel.Error, "Delivery rows of campaign {Campaign} have no sender; parked")]
    static partial void LogUnknownCampaign(ILogger logger, string campaign);
}
