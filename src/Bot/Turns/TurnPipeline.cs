using System.Text.Json;
using FocalBot.Bot.Protocol;
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

        var key = activity.Id is { Length: > 0 } id ? $"{activity.ChannelId}|{reference.ConversationId}|{id}" : null;
        if (key is not null && !await ledger.TryClaimAsync(key, clock.GetUtcNow(), ct))
        {
            LogRedelivery(log);
            return await RepeatAsync(activity, key, ct);
        }

        var language = Languages.FromLocale(activity.Locale);
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
            if (key is not null) await ledger.CompleteAsync(key, response is null ? null : JsonSerializer.Serialize(response, ProtocolJson.Options), CancellationToken.None);
            return response;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            LogFault(log, e);
            if (key is not null) await ledger.ReleaseAsync(key, CancellationToken.None);
            if (activity.Type == ActivityTypes.Invoke) return InvokeResponse.Error(500, "InternalError", TurnTexts.Fault.In(language));
            if (activity.Type == ActivityTypes.Message) await TryTellAsync(reference, TurnTexts.Fault.In(language));
            return null;
        }
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

    async Task<InvokeResponse?> RepeatAsync(Activity activity, string key, CancellationToken ct)
    {
        if (activity.Type != ActivityTypes.Invoke) return null;
        var stored = await ledger.GetResponseAsync(key, ct);
        return stored is not null
            ? JsonSerializer.Deserialize<InvokeResponse>(stored, ProtocolJson.Options)
            : InvokeResponse.Message(TurnTexts.StillWorking.In(Languages.FromLocale(activity.Locale)));
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

    [LoggerMessage(LogLevel.Error, "Turn failed")]
    static partial void LogFault(ILogger logger, Exception exception);
}
