using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Storage.SharePoint;

/// Delivery rows in the list "{prefix} Deliveries", one item per campaign and member; the version is the item's eTag.
public sealed class SharePointDeliveryStore(SharePointLists lists) : IDeliveryStore
{
    const string DeliveryKey = "DeliveryKey", Campaign = "Campaign", MemberId = "MemberId", Status = "Status", ActivityId = "ActivityId",
        ErrorCode = "ErrorCode", Path = "Path", UpdatedAt = "UpdatedAt", WriteId = "WriteId";

    internal static readonly ListSpec List = new("Deliveries", "FocalBot: one row per proactive message and recipient. Title is the campaign.",
    [
        // campaign|member: SharePoint lets one create succeed, so a row is never made twice.
        ColumnSpec.Text(DeliveryKey, "Campaign and member").Key(),
        ColumnSpec.Text(Campaign, "Campaign", 128).Filtered(),
        ColumnSpec.Text(MemberId, "Member id", 64),
        ColumnSpec.Choice<DeliveryStatus>(Status, "Status").Filtered(),
        ColumnSpec.Text(ActivityId, "Message id"),
        ColumnSpec.Text(ErrorCode, "Error", 128),
        ColumnSpec.Choice<DeliveryPath>(Path, "Reached by"),
        ColumnSpec.Instant(UpdatedAt, "Updated at"),
        // A fresh id per write: an update the SDK resent after a lost answer finds its own first attempt.
        ColumnSpec.Text(WriteId, "Last write", 36),
    ]);

    public async Task<int> AddPendingAsync(string campaign, IEnumerable<string> memberIds, DateTimeOffset now, CancellationToken ct)
    {
        var items = await lists.ItemsAsync(List, ct);
        var existing = (await items.WhereAsync(Campaign, campaign, ct)).Select(r => r.Text(MemberId)).ToHashSet();
        var created = 0;
        foreach (var memberId in memberIds.Where(id => !existing.Contains(id)))
        {
            var write = await items.CreateAsync(new Dictionary<string, object?>
            {
                ["Title"] = campaign, [DeliveryKey] = Key(campaign, memberId), [Campaign] = campaign, [MemberId] = memberId,
                [Status] = nameof(DeliveryStatus.Pending), [UpdatedAt] = ListRow.Utc(now), [WriteId] = Guid.NewGuid().ToString(),
            }, ct);
            if (write.Status == WriteStatus.Done) created++;   // DuplicateKey: made meanwhile, left as it is
        }
        return created;
    }

    public async Task<Delivery?> GetAsync(string campaign, string memberId, CancellationToken ct) =>
        await RowAsync(await lists.ItemsAsync(List, ct), campaign, memberId, ct) is { } row ? Read(row) : null;

    public async Task<IReadOnlyList<Delivery>> ListAsync(string campaign, CancellationToken ct) =>
        (await (await lists.ItemsAsync(List, ct)).WhereAsync(Campaign, campaign, ct))
            .Where(r => r.Text(Campaign) == campaign).Select(Read).OrderBy(d => d.MemberId, StringComparer.Ordinal).ToList();

    public async Task<IReadOnlyList<Delivery>> ListWaitingAsync(CancellationToken ct)
    {
        var items = await lists.ItemsAsync(List, ct);
        var rows = new List<ListRow>();
        foreach (var status in new[] { DeliveryStatus.Pending, DeliveryStatus.NoChat })   // one indexed filter per query
            rows.AddRange(await items.WhereAsync(Status, status.ToString(), ct));
        return rows.Select(Read).Where(d => d.Status is DeliveryStatus.Pending or DeliveryStatus.NoChat)
            .OrderBy(d => d.Campaign, StringComparer.Ordinal).ThenBy(d => d.MemberId, StringComparer.Ordinal).ToList();
    }

    public async Task<SaveResult> SaveAsync(Delivery d, CancellationToken ct)
    {
        var items = await lists.ItemsAsync(List, ct);
        var current = await RowAsync(items, d.Campaign, d.MemberId, ct);
        if (current is null || d.Version is null || current.ETag != d.Version) return SaveResult.Conflicted;

        var writeId = Guid.NewGuid().ToString();
        var updated = await items.UpdateAsync(current.Id, new Dictionary<string, object?>
        {
            [Status] = d.Status.ToString(), [ActivityId] = d.ActivityId, [ErrorCode] = d.ErrorCode, [Path] = d.Path?.ToString(),
            [UpdatedAt] = d.UpdatedAt is { } at ? ListRow.Utc(at) : null, [WriteId] = writeId,
        }, d.Version, ct);
        if (updated.Status == WriteStatus.Done && updated.ETag is not null) return new SaveResult.Saved(updated.ETag);

        // No eTag in the answer, or a 412 after a resent write that had landed: read back, and only our own write counts.
        var after = await RowAsync(items, d.Campaign, d.MemberId, ct);
        return after is not null && after.Text(WriteId) == writeId ? new SaveResult.Saved(after.ETag) : SaveResult.Conflicted;
    }

    static string Key(string campaign, string memberId) => $"{campaign}|{memberId}";

    static async Task<ListRow?> RowAsync(ListItems items, string campaign, string memberId, CancellationToken ct) =>
        (await items.WhereAsync(DeliveryKey, Key(campaign, memberId), ct)).FirstOrDefault(r => r.Text(DeliveryKey) == Key(campaign, memberId));

    static Delivery Read(ListRow r) => new()
    {
        Campaign = r.RequiredText(Campaign),
        MemberId = r.RequiredText(MemberId),
        Status = Enum.Parse<DeliveryStatus>(r.RequiredText(Status)),
        ActivityId = r.Text(ActivityId),
        ErrorCode = r.Text(ErrorCode),
        Path = r.Text(Path) is { Length: > 0 } path ? Enum.Parse<DeliveryPath>(path) : null,
        UpdatedAt = r.Instant(UpdatedAt),
        Version = r.ETag,
    };
}
