using System.Text.Json;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Storage;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace FocalBot.Bot.Members;

/// "Compare with the team": the network team's roster, every page of it, against the directory. Pending identities are
/// linked by e-mail; nobody is added.
public static partial class RosterRoutes
{
    /// A team of the network is a few hundred people; this stops a connector that keeps returning tokens.
    const int MaxRosterPages = 50;

    /// Reads the network team's roster (every page, guests included) and compares it with the directory. Members whose
    /// identity was pending and whose e-mail is in the team get their identity; nobody is added.
    internal static async Task<InvokeResponse> RosterAsync(TurnContext turn, Member office, IMemberDirectory directory, IAuditLog audit,
        IConversationStore conversations, IConnector connector, NetworkOptions options, NetworkCalendar calendar, ILogger log, CancellationToken ct)
    {
        var language = turn.Language;
        var team = await conversations.FindTeamAsync(options.TeamId, ct);
        if (team?.TeamId is null) return InvokeResponse.Card(MemberCards.Notice(MemberTexts.RosterTitle, MemberTexts.NoTeam, language));

        List<RosterPerson> people;
        try { people = await ReadRosterAsync(connector, team, ct); }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or BrokenCircuitException)
        {
            LogRosterUnavailable(log, e.GetType().Name);
            return InvokeResponse.Card(MemberCards.Notice(MemberTexts.RosterTitle, MemberTexts.RosterUnavailable, language));
        }

        var report = Roster.Compare(await directory.ListAsync(ct), people);
        var linked = new List<Member>();
        var notLinked = new List<Member>();
        foreach (var member in report.Linked)
        {
            if (await directory.SaveAsync(member, ct) is SaveResult.Saved)
            {
                await MemberRoutes.AuditAsync(audit, calendar, office, MemberRoutes.AuditLinked, member.Id, ct);
                linked.Add(member);
            }
            else notLinked.Add(member);
        }
        LogRoster(log, people.Count, report.Matched.Count, linked.Count, report.NotInDirectory.Count, report.NotInTeam.Count);
        return InvokeResponse.Card(MemberCards.RosterReport(report, people.Count, linked, notLinked, language));
    }

    static async Task<List<RosterPerson>> ReadRosterAsync(IConnector connector, ConversationReference team, CancellationToken ct)
    {
        // The team's roster is read with the team id as the conversation (Bot Builder's GetPagedTeamMembers does the same).
        var roster = team with { ConversationId = team.TeamId! };
        var people = new List<RosterPerson>();
        string? token = null;
        for (var page = 0; page < MaxRosterPages; page++)
        {
            var members = await connector.GetPagedMembersAsync(roster, token, ct);
            people.AddRange(members.Members.Select(a => Person(a, team.TenantId)).OfType<RosterPerson>());
            if ((token = members.ContinuationToken) is null) break;
        }
        return people;
    }

    /// A roster account as a person of the network: bots are skipped; the tenant is the team's, as the bot sees
    /// everyone in it; a guest's e-mail, when Teams omits it, is read from their "#EXT#" user principal name.
    static RosterPerson? Person(ChannelAccount account, string? teamTenant)
    {
        if (string.IsNullOrWhiteSpace(account.AadObjectId) || account.Id?.StartsWith("28:", StringComparison.Ordinal) == true) return null;
        var upn = ExtraString(account, "userPrincipalName");
        var guest = Roster.IsGuest(upn);
        var email = ExtraString(account, "email") ?? Roster.GuestEmail(upn) ?? (guest ? null : upn);
        return new RosterPerson(account.AadObjectId, teamTenant ?? ExtraString(account, "tenantId") ?? "", account.Name ?? "", email, guest);
    }

    /// A string Teams sent on the account beyond the fields we model (e-mail, user principal name, tenant).
    static string? ExtraString(ChannelAccount account, string key) =>
        account.Extra?.TryGetValue(key, out var value) == true && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [LoggerMessage(LogLevel.Information, "Roster compared: {People} people, {Matched} matched, {Linked} linked, {NotInDirectory} not in the directory, {NotInTeam} not in the team")]
    static partial void LogRoster(ILogger logger, int people, int matched, int linked, int notInDirectory, int notInTeam);

    [LoggerMessage(LogLevel.Warning, "Team roster unavailable ({Error})")]
    static partial void LogRosterUnavailable(ILogger logger, string error);
}
