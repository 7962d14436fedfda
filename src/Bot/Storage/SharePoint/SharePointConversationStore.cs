using FocalBot.Bot.Protocol;

namespace FocalBot.Bot.Storage.SharePoint;

/// Conversation references in the list "{prefix} Conversations", one item per conversation id.
public sealed class SharePointConversationStore(SharePointLists lists) : IConversationStore
{
    const string ConversationId = "ConversationId", ConversationType = "ConversationType", ServiceUrl = "ServiceUrl", ChannelId = "ChannelId",
        TenantId = "TenantId", BotId = "BotId", UserId = "UserId", UserAadObjectId = "UserAadObjectId", TeamId = "TeamId",
        PersonalKey = "PersonalKey", IsDead = "IsDead", WelcomeClaim = "WelcomeClaim", InstalledAt = "InstalledAt";

    /// Title holds the conversation type, for people browsing the list.
    internal static readonly ListSpec List = new("Conversations", "FocalBot: where the bot may write later. Title is the conversation type.",
    [
        ColumnSpec.Text(ConversationId, "Conversation id").Key(),
        ColumnSpec.Text(ConversationType, "Conversation type", 32),
        ColumnSpec.Text(ServiceUrl, "Service URL"),
        ColumnSpec.Text(ChannelId, "Channel", 32),
        ColumnSpec.Text(TenantId, "Tenant id", 64),
        ColumnSpec.Text(BotId, "Bot id"),
        ColumnSpec.Text(UserId, "User id"),
        ColumnSpec.Text(UserAadObjectId, "User's Entra object id", 64),
        // FindTeamAsync filters on it when the team is configured.
        ColumnSpec.Text(TeamId, "Team id").Filtered(),
        // "tenant|object id" of a 1:1 conversation: FindPersonalAsync filters on this one indexed column.
        ColumnSpec.Text(PersonalKey, "Personal chat of (tenant|object id)").Filtered(),
        ColumnSpec.Flag(IsDead, "Bot removed"),
        // Who claimed the welcome: set once by the call that welcomes, cleared when the bot is removed.
        ColumnSpec.Text(WelcomeClaim, "Welcomed", 36),
        // Set when the bot was installed into this channel's team here: FindTeamAsync prefers the latest such channel.
        ColumnSpec.Instant(InstalledAt, "Installed at"),
    ]);

    public async Task SaveAsync(ConversationReference r, CancellationToken ct)
    {
        var items = await lists.ItemsAsync(List, ct);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var row = await RowAsync(items, r.ConversationId, ct);
            if (row is null)
            {
                var created = await items.CreateAsync(Fields(r, null), ct);
                if (created.Status == WriteStatus.Done) return;
                continue;   // created meanwhile by a concurrent turn: refresh theirs
            }
            // Only the given fields change, so a missing tenant, user or team keeps the stored one and the welcome mark stays.
            var updated = await items.UpdateAsync(row.Id, Fields(r, row), ifMatch: null, ct);
            if (updated.Status == WriteStatus.Done) return;
        }
        throw new InvalidOperationException("The conversation reference kept changing while it was being saved.");
    }

    public async Task<ConversationReference?> GetAsync(string conversationId, CancellationToken ct) =>
        await RowAsync(await lists.ItemsAsync(List, ct), conversationId, ct) is { } row ? Read(row) : null;

    public async Task<ConversationReference?> FindPersonalAsync(string tenantId, string aadObjectId, CancellationToken ct)
    {
        var items = await lists.ItemsAsync(List, ct);
        var rows = await items.WhereAsync(PersonalKey, Personal(tenantId, aadObjectId), ct);
        return rows.Select(Read).FirstOrDefault(c => c is { ConversationType: "personal", IsDead: false }
                                                     && c.TenantId == tenantId && c.UserAadObjectId == aadObjectId.ToLowerInvariant());
    }

    public async Task<ConversationReference?> FindTeamAsync(string? teamId, CancellationToken ct)
    {
        var items = await lists.ItemsAsync(List, ct);
        // The latest installation first; then item ids, which grow with each conversation stored: the last is the team met last.
        var rows = string.IsNullOrWhiteSpace(teamId) ? await items.QueryAsync(null, int.MaxValue, ct) : await items.WhereAsync(TeamId, teamId, ct);
        return rows.Select(r => (Reference: Read(r), Installed: r.Instant(InstalledAt), r.Sequence))
            .Where(c => c.Reference is { TeamId: not null, IsDead: false } && (string.IsNullOrWhiteSpace(teamId) || c.Reference.TeamId == teamId))
            .OrderByDescending(c => c.Installed.HasValue).ThenByDescending(c => c.Installed).ThenByDescending(c => c.Sequence)
            .Select(c => c.Reference).FirstOrDefault();
    }

    public async Task SaveInstallAsync(ConversationReference channel, bool chosen, DateTimeOffset at, CancellationToken ct)
    {
        var items = await lists.ItemsAsync(List, ct);
        var installed = channel.TeamId is null ? []
            : (await items.WhereAsync(TeamId, channel.TeamId, ct)).Where(r => r.Instant(InstalledAt) is not null && !r.Flag(IsDead)).ToList();
        await SaveAsync(channel, ct);
        if (!chosen && installed.Count > 0) return;
        if (await RowAsync(items, channel.ConversationId, ct) is not { } row)
            throw new InvalidOperationException("The installed channel vanished right after it was saved.");
        await items.UpdateAsync(row.Id, new Dictionary<string, object?> { [InstalledAt] = ListRow.Utc(at) }, ifMatch: null, ct);
    }

    public async Task<bool> TryMarkWelcomedAsync(string conversationId, CancellationToken ct)
    {
        var items = await lists.ItemsAsync(List, ct);
        var claim = Guid.NewGuid().ToString();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var row = await RowAsync(items, conversationId, ct);
            if (row is null) return false;
            if (row.Text(WelcomeClaim) is { } holder) return holder == claim;   // ours when the SDK resent a write that had landed

            // If-Match: of two install events racing, one PATCH lands and the other gets 412 and sees the claim taken.
            var marked = await items.UpdateAsync(row.Id, new Dictionary<string, object?> { [WelcomeClaim] = claim }, row.ETag, ct);
            if (marked.Status == WriteStatus.Done) return true;
            if (marked.Status == WriteStatus.Missing) return false;
        }
        throw new InvalidOperationException("The conversation kept changing while it was being marked welcomed.");
    }

    public async Task MarkDeadAsync(string conversationId, CancellationToken ct)
    {
        var items = await lists.ItemsAsync(List, ct);
        if (await RowAsync(items, conversationId, ct) is not { } row) return;
        await items.UpdateAsync(row.Id, new Dictionary<string, object?> { [IsDead] = true, [WelcomeClaim] = null }, ifMatch: null, ct);
    }

    static async Task<ListRow?> RowAsync(ListItems items, string conversationId, CancellationToken ct) =>
        (await items.WhereAsync(ConversationId, conversationId, ct)).FirstOrDefault(r => r.Text(ConversationId) == conversationId);

    static string Personal(string tenantId, string aadObjectId) => $"{tenantId}|{aadObjectId}".ToLowerInvariant();

    /// The fields to write: all of a new reference; for a stored one, what the new reference knows (it is alive again).
    static Dictionary<string, object?> Fields(ConversationReference r, ListRow? stored)
    {
        var tenant = r.TenantId ?? stored?.Text(TenantId);
        var aad = r.UserAadObjectId?.ToLowerInvariant() ?? stored?.Text(UserAadObjectId);
        var fields = new Dictionary<string, object?>
        {
            ["Title"] = r.ConversationType,
            [ConversationId] = r.ConversationId,
            [ConversationType] = r.ConversationType,
            [ServiceUrl] = r.ServiceUrl,
            [ChannelId] = r.ChannelId,
            [IsDead] = false,
            [PersonalKey] = r.ConversationType == "personal" && tenant is not null && aad is not null ? Personal(tenant, aad) : null,
        };
        foreach (var (column, value) in new[] { (TenantId, r.TenantId), (BotId, r.BotId), (UserId, r.UserId), (UserAadObjectId, r.UserAadObjectId?.ToLowerInvariant()), (TeamId, r.TeamId) })
            if (value is not null || stored is null) fields[column] = value;
        return fields;
    }

    static ConversationReference Read(ListRow r) => new()
    {
        ConversationId = r.RequiredText(ConversationId),
        ConversationType = r.RequiredText(ConversationType),
        ServiceUrl = r.RequiredText(ServiceUrl),
        ChannelId = r.RequiredText(ChannelId),
        TenantId = r.Text(TenantId),
        BotId = r.Text(BotId),
        UserId = r.Text(UserId),
        UserAadObjectId = r.Text(UserAadObjectId),
        TeamId = r.Text(TeamId),
        IsDead = r.Flag(IsDead),
    };
}
