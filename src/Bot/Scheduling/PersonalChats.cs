using FocalBot.Bot.Protocol;
using FocalBot.Bot.Storage;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Scheduling;

/// Where the bot can write to a member one to one (teams-platform §2), tried in order: the personal chat it already has;
/// else a chat it creates (POST v3/conversations, isGroup false) for the member's Teams id, read from the network
/// team's roster and matched by Entra object id; on a 403 (the app is not installed for them), when configured, the app
/// is installed for them with Graph and the chat created again. Every connector call goes through the tenant's pacer.
public sealed partial class PersonalChats(
    IConversationStore conversations, NetworkChannel channel, PacedCalls calls, AppInstaller installer, ILogger<PersonalChats> log)
{
    /// Pages of the team's roster read at most (500 members each).
    const int MaxRosterPages = 20;

    /// The reason left on a row when the bot knew no team of the network: it says nothing of the member, so the row is
    /// searched again once the bot is in the team.
    public const string NoTeam = "NoTeam";

    /// The team's roster for one run of the sender: read once, when a member first needs it, shared by the run's workers;
    /// read again, once for all of them, after the tenant's back-off when Teams refused or failed the read.
    public sealed class Roster
    {
        internal readonly Lock Gate = new();
        internal Task<Found?>? Reading;   // the run's read, which every worker awaits
        internal ConversationReference? Team;
        internal Dictionary<string, string>? TeamsIds;   // Entra object id → Teams id (29:…)
        internal string? Problem;
    }

    /// What became of the search: a chat and how it was found; or no chat, with the reason for the office; or Later,
    /// when Teams or Graph refused or failed for now (nothing is settled, the row waits `RetryAfter`).
    public sealed record Found(ConversationReference? Chat, DeliveryPath Path, string? Problem = null, TimeSpan? Later = null);

    public async Task<Found> FindAsync(Member member, Roster roster, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(member.AadObjectId)) return new Found(null, DeliveryPath.Chat, "NoIdentity");
        if (await conversations.FindPersonalAsync(member.TenantId, member.AadObjectId, ct) is { IsDead: false } stored)
            return new Found(stored, DeliveryPath.Chat);

        if (await ReadRosterAsync(roster, member.TenantId, ct) is { } problem) return problem;
        if (!roster.TeamsIds!.TryGetValue(member.AadObjectId, out var teamsId)) return new Found(null, DeliveryPath.NewChat, "NotInTeam");

        var created = await CreateAsync(roster.Team!, member, teamsId, ct);
        if (created.Problem != "NotInstalled" || !installer.IsEnabled) return created;

        // Not installed for them: Graph installs it in their personal scope, after which the chat can be made.
        var installed = await installer.InstallAsync(member, ct);
        switch (installed.Status)
        {
            case SendStatus.Sent:
                LogInstalled(log, member.Id);
                var again = await CreateAsync(roster.Team!, member, teamsId, ct);
                return again.Chat is not null ? again with { Path = DeliveryPath.InstalledApp } : again with { Path = DeliveryPath.InstalledApp };
            case SendStatus.Throttled:
                return new Found(null, DeliveryPath.InstalledApp, installed.ErrorCode ?? "GraphThrottled", installed.RetryAfter ?? PacedCalls.DefaultRetryAfter);
            default:
                // Graph down is a wait (installing can be repeated); a refusal says why, for the office.
                var code = installed.ErrorCode ?? $"HTTP {installed.HttpStatus}";
                return code == "GraphUnavailable"
                    ? new Found(null, DeliveryPath.InstalledApp, code, PacedCalls.LongestWait + TimeSpan.FromSeconds(1))
                    : new Found(null, DeliveryPath.InstalledApp, code);
        }
    }

    /// Whether an @mention in the network's channel reaches a member left without a chat for this reason: not when
    /// they are not in the team (or have no Teams identity), where they would never see it.
    public static bool MentionReaches(string? problem) => problem is not ("NotInTeam" or "NoIdentity" or NoTeam);

    /// Reads the roster once per run (again after a read that failed); null when it is there, else what the member's row gets.
    Task<Found?> ReadRosterAsync(Roster roster, string tenant, CancellationToken ct)
    {
        // One read, shared: the first worker starts it, the others await the same task (no semaphore, whose waits may
        // resume on the thread pool).
        lock (roster.Gate)
        {
            // A read Teams refused or failed settles nothing: the next member who needs the roster (those it failed
            // come back after the back-off it began) reads it again for all, let through by the pacer once the back-off
            // and its probe are over.
            if (roster.Reading is { IsCompletedSuccessfully: true, Result.Later: not null }) roster.Reading = null;
            return roster.Reading ??= ReadOnceAsync(roster, tenant, ct);
        }
    }

    async Task<Found?> ReadOnceAsync(Roster roster, string tenant, CancellationToken ct)
    {
        {
            if (await channel.ChannelAsync(ct) is not { } channelOfTeam)
            {
                roster.Problem = NoTeam;   // the bot is in no team of the network yet: no roster to read
                return new Found(null, DeliveryPath.NewChat, roster.Problem);
            }
            // The team's roster is read with the team id as the conversation (the General channel's id is the team's).
            var team = channelOfTeam with { ConversationId = channelOfTeam.TeamId ?? ConversationReference.WithoutThread(channelOfTeam.ConversationId) };
            var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            string? token = null;
            for (var page = 0; page < MaxRosterPages; page++)
            {
                using var permit = await calls.EnterAsync(tenant, team, ct);
                if (permit is null) return new Found(null, DeliveryPath.NewChat, "RosterUnavailable", calls.PausedFor(tenant));
                MembersPage members;
                try { members = await calls.Connector.GetPagedMembersAsync(team, token, ct); }
                catch (Exception e) when (e is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException
                                          or Polly.CircuitBreaker.BrokenCircuitException
                                          || (e is TaskCanceledException && !ct.IsCancellationRequested))
                {
                    // The roster is a read: failing to read it settles nothing, the rows wait for the next try.
                    var wait = calls.Report(tenant, new SendResult(SendStatus.Uncertain, ErrorCode: "RosterUnavailable"));
                    LogRosterUnavailable(log, e.GetType().Name);
                    return new Found(null, DeliveryPath.NewChat, "RosterUnavailable", wait);
                }
                calls.Report(tenant, new SendResult(SendStatus.Sent));
                foreach (var account in members.Members)
                    if (account is { Id: { Length: > 0 } id, AadObjectId: { Length: > 0 } aad } && id.StartsWith("29:", StringComparison.Ordinal)) ids[aad] = id;
                if ((token = members.ContinuationToken) is null) break;
            }
            roster.Team = team;
            roster.TeamsIds = ids;
            LogRoster(log, ids.Count);
            return null;
        }
    }

    /// Creates (or finds again: the same member gives the same id) the member's 1:1 chat and stores it.
    async Task<Found> CreateAsync(ConversationReference team, Member member, string teamsId, CancellationToken ct)
    {
        var tenant = member.TenantId;
        using var permit = await calls.EnterAsync(tenant, team, ct);
        if (permit is null) return new Found(null, DeliveryPath.NewChat, "Paused", calls.PausedFor(tenant));
        var created = await calls.Connector.CreatePersonalConversationOnceAsync(team.ServiceUrl, tenant, teamsId, ct);
        var outcome = created.Outcome;
        // A create that failed after leaving (a 5xx, or no answer: the client reports a lost answer to a call it may
        // repeat as failed, without a status) can be made again: it is only ever a wait, never a doubt. The service
        // failed all the same, so the tenant backs off and probes before anything else is posted into the failure.
        var wait = calls.Report(tenant, outcome.Status == SendStatus.Failed && outcome.HttpStatus is null or >= 500
            ? outcome with { Status = SendStatus.Uncertain } : outcome);
        if (outcome.IsSent && created.ConversationId is { Length: > 0 } id)
        {
            var chat = new ConversationReference
            {
                ConversationId = id, ConversationType = "personal", ServiceUrl = team.ServiceUrl, ChannelId = team.ChannelId,
                TenantId = tenant, BotId = team.BotId, UserId = teamsId, UserAadObjectId = member.AadObjectId,
            };
            await conversations.SaveAsync(chat, ct);
            LogCreated(log, member.Id);
            return new Found(chat, DeliveryPath.NewChat);
        }
        return outcome.Status switch
        {
            SendStatus.Sent => new Found(null, DeliveryPath.NewChat, "NoConversationId"),
            SendStatus.Failed when outcome.HttpStatus == 403 => new Found(null, DeliveryPath.NewChat, "NotInstalled"),
            SendStatus.Failed when outcome.HttpStatus is < 500 => new Found(null, DeliveryPath.NewChat, outcome.ErrorCode ?? $"HTTP {outcome.HttpStatus}"),
            _ => new Found(null, DeliveryPath.NewChat, outcome.ErrorCode ?? $"HTTP {outcome.HttpStatus}", wait),
        };
    }

    [LoggerMessage(LogLevel.Information, "Read the network team's roster: {Count} people with a Teams id")]
    static partial void LogRoster(ILogger logger, int count);

    [LoggerMessage(LogLevel.Warning, "The network team's roster could not be read ({Error}); rows without a chat wait")]
    static partial void LogRosterUnavailable(ILogger logger, string error);

    [LoggerMessage(LogLevel.Information, "Created a personal chat with member {MemberId}")]
    static partial void LogCreated(ILogger logger, string memberId);

    [LoggerMessage(LogLevel.Information, "Installed the app for member {MemberId}")]
    static partial void LogInstalled(ILogger logger, string memberId);
}
