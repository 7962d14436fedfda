using System.Text.Json;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Storage;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Turns;

/// Runs one turn: de-duplicates redeliveries, records team installs and the conversation, resolves the sender and their
/// language, routes, and is the one error boundary. Its log scope carries ids only, never text or personal data.
public sealed partial class TurnPipeline(
    TurnRouter router,
    IServiceProvider services,
    IConnector connector,
    IConversationStore conversations,
    IActivityLedger ledger,
    IMemberDirectory members,
    IOptions<AccessOptions> access,
    KnownConversations known,
    TimeProvider clock,
    ILogger<TurnPipeline> log) : IActivityHandler
{
    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken ct)
    {
        using var scope = log.BeginScope(new Dictionary<string, object?>
        {
            ["ConversationId"] = activity.Conversation?.Id,
            ["ActivityId"] = activity.Id,
            ["ActivityType"] = activity.Type,
        });

        var reference = ConversationReference.From(activity);
        if (reference is null)
        {
            LogIncomplete(log, activity.Type ?? "");
            return activity.Type == ActivityTypes.Invoke ? InvokeResponse.Error(400, "BadRequest", "The activity has no conversation.") : null;
        }

        if (!access.Value.AllowsTenant(reference.TenantId))
        {
            LogForeignTenant(log, reference.TenantId ?? "");
            return activity.Type == ActivityTypes.Invoke ? new InvokeResponse(403, null) : null;
        }

        if (activity.From is not { Id.Length: > 0 })
        {
            // Nobody to answer and no one whose membership could be checked: no reply, nothing stored.
            LogNoSender(log, activity.Type ?? "");
            return activity.Type == ActivityTypes.Invoke ? InvokeResponse.Error(400, "BadRequest", "The activity has no sender.") : null;
        }

        return await TurnAsync(activity, reference, ct);
    }

    /// The error boundary. Every store call of the turn is inside it, the ledger's too: a locked or full database is a
    /// fault like any other.
    async Task<InvokeResponse?> TurnAsync(Activity activity, ConversationReference reference, CancellationToken ct)
    {
        var language = Languages.FromLocale(activity.Locale);
        var key = activity.Id is { Length: > 0 } id ? $"{activity.ChannelId}|{reference.ConversationId}|{id}" : null;
        try
        {
            if (key is not null && !await ledger.TryClaimAsync(key, clock.GetUtcNow(), ct))
            {
                LogRedelivery(log);
                return await RepeatAsync(activity, key, language, ct);
            }
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return await FaultAsync(activity, reference, language, e);   // no claim made (or a redelivery's answer unread): nothing ran
        }

        try
        {
            await TeamInstall.RecordAsync(activity, reference, conversations, known, clock.GetUtcNow(), ct);
            var member = await SenderAsync(activity, ct);
            var started = clock.GetTimestamp();
            InvokeResponse? response;
            if (member is null)
            {
                // Not a member (or retired): one polite answer, and nothing about them or their message is kept.
                response = await RefuseAsync(activity, reference, language, ct);
            }
            else
            {
                await RememberAsync(activity, reference, ct);
                var turn = new TurnContext(activity, reference, member, member.PreferredLanguage ?? language, services, connector);
                language = turn.Language;
                response = await router.RouteAsync(turn, ct);
            }
            LogHandled(log, member is not null, clock.GetElapsedTime(started).TotalMilliseconds);
            // Only an invoke's answer is replayed to a redelivery; any other redelivery is dropped on its claim alone.
            if (key is not null && activity.Type == ActivityTypes.Invoke) await TryCompleteAsync(key, response);
            return response;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            if (key is not null) await TryReleaseAsync(key);
            return await FaultAsync(activity, reference, language, e);
        }
    }

    /// A fault before the turn's work was known done: the user hears "may not have been completed" in their language (an
    /// invoke in its answer, a message in a reply), never a bare 500 or a stack trace. Other activities have no one to tell.
    async Task<InvokeResponse?> FaultAsync(Activity activity, ConversationReference reference, Language language, Exception e)
    {
        LogFault(log, e);
        if (activity.Type == ActivityTypes.Invoke) return InvokeResponse.Error(500, "InternalError", TurnTexts.Fault.In(language));
        if (activity.Type == ActivityTypes.Message) await TryTellAsync(reference, TurnTexts.Fault.In(language));
        return null;
    }

    /// The work is saved and the answer given: a failed record of it must not turn that answer into a fault. The claim
    /// stays, so a redelivery is still not run twice; it gets "still being processed" instead of the stored answer.
    async Task TryCompleteAsync(string key, InvokeResponse? response)
    {
        try { await ledger.CompleteAsync(key, response is null ? null : JsonSerializer.Serialize(response, ProtocolJson.Options), CancellationToken.None); }
        catch (Exception e) { LogCompletionFailed(log, e); }
    }

    /// Gives the claim back after a fault, so a redelivery runs the turn again; when that fails too, the redelivery is
    /// dropped and the user, told to try again, sends a new activity.
    async Task TryReleaseAsync(string key)
    {
        try { await ledger.ReleaseAsync(key, CancellationToken.None); }
        catch (Exception e) { LogReleaseFailed(log, e); }
    }

    async Task<InvokeResponse?> RefuseAsync(Activity activity, ConversationReference reference, Language language, CancellationToken ct)
    {
        var text = TurnTexts.NotAMember.In(language);
        switch (activity.Type)
        {
            case ActivityTypes.Invoke:
                return InvokeResponse.Message(text);
            case ActivityTypes.Message when reference.ConversationType == "personal" || activity.MentionsRecipient():
            case ActivityTypes.InstallationUpdate when activity.Action is "add" && reference.ConversationType == "personal":
                await connector.SendAsync(reference, new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = "plain" }, ct);
                return null;
            default:
                return null;
        }
    }

    async Task<InvokeResponse?> RepeatAsync(Activity activity, string key, Language language, CancellationToken ct)
    {
        if (activity.Type != ActivityTypes.Invoke) return null;
        var stored = await ledger.GetResponseAsync(key, ct);
        return stored is not null
            ? JsonSerializer.Deserialize<InvokeResponse>(stored, ProtocolJson.Options)
            : InvokeResponse.Message(TurnTexts.StillWorking.In(language));
    }

    async Task RememberAsync(Activity activity, ConversationReference reference, CancellationToken ct)
    {
        var removed = activity.Type == ActivityTypes.InstallationUpdate && activity.Action is "remove" or "remove-upgrade"
                      || activity.MembersRemoved?.Any(m => m.Id == activity.Recipient?.Id) == true;
        var stored = Stored(reference);
        if (removed)
        {
            await conversations.MarkDeadAsync(stored.ConversationId, ct);
            known.Forget(stored.ConversationId);
            return;
        }
        if (known.IsStored(stored.ConversationId, stored.ServiceUrl)) return;
        await conversations.SaveAsync(stored, ct);
        known.Stored(stored.ConversationId, stored.ServiceUrl);
    }

    /// A channel thread is stored as its channel, so the bot can later start new threads there.
    static ConversationReference Stored(ConversationReference reference) =>
        reference with { ConversationId = ConversationReference.WithoutThread(reference.ConversationId) };

    async Task<Member?> SenderAsync(Activity activity, CancellationToken ct)
    {
        var tenant = activity.Conversation?.TenantId ?? activity.Teams.TenantId;
        var aad = activity.From?.AadObjectId;
        if (string.IsNullOrEmpty(tenant) || string.IsNullOrEmpty(aad)) return null;
        var member = await members.FindByAadAsync(tenant, aad, ct);
        return member is { IsActive: true } ? member : null;
    }

    async Task TryTellAsync(ConversationReference reference, string text)
    {
        try { await connector.SendAsync(reference, new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = "plain" }, CancellationToken.None); }
        catch (Exception e) { LogFault(log, e); }
    }

    [LoggerMessage(LogLevel.Debug, "Turn handled (known member: {KnownMember}) in {ElapsedMs} ms")]
    static partial void LogHandled(ILogger logger, bool knownMember, double elapsedMs);

    [LoggerMessage(LogLevel.Information, "Redelivered activity ignored")]
    static partial void LogRedelivery(ILogger logger);

    [LoggerMessage(LogLevel.Warning, "Activity of type {Type} without conversation or serviceUrl ignored")]
    static partial void LogIncomplete(ILogger logger, string type);

    [LoggerMessage(LogLevel.Warning, "Activity from tenant {TenantId} refused: not in Access:AllowedTenants")]
    static partial void LogForeignTenant(ILogger logger, string tenantId);

    [LoggerMessage(LogLevel.Warning, "Activity of type {Type} without sender ignored")]
    static partial void LogNoSender(ILogger logger, string type);

    [LoggerMessage(LogLevel.Warning, "Turn done, but its invoke answer was not recorded for a redelivery")]
    static partial void LogCompletionFailed(ILogger logger, Exception exception);

    [LoggerMessage(LogLevel.Warning, "Claim of a failed turn not given back; a redelivery of it will be dropped")]
    static partial void LogReleaseFailed(ILogger logger, Exception exception);

    [LoggerMessage(LogLevel.Error, "Turn failed")]
    static partial void LogFault(ILogger logger, Exception exception);
}
