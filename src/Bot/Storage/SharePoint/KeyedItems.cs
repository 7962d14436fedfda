using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Storage.SharePoint;

/// Items found by a unique key column and saved with versions: the one way the record stores write. A save is one
/// create (no version) or one update sent with the eTag read (If-Match). Every write carries a fresh write id, so a
/// create or update that the SDK resent after a lost answer recognises its own first attempt instead of reporting a
/// clash that did not happen.
public static class KeyedItems
{
    /// The column holding each item's last write id.
    public const string WriteId = "WriteId";

    /// The item whose key column holds exactly this key. SharePoint compares text without case, so the exact value is
    /// checked here.
    public static async Task<ListRow?> ByKeyAsync(this ListItems items, string keyColumn, string key, CancellationToken ct) =>
        (await items.WhereAsync(keyColumn, key, ct)).FirstOrDefault(r => r.Text(keyColumn) == key);

    /// A create when version is null, else an update on the eTag read. A write refused on a unique key is the given
    /// clash (Duplicate, or Conflict where a second first save means a colleague came first), and an update refused on
    /// the eTag a Conflict, unless the item carries this very write.
    public static async Task<SaveResult> SaveKeyedAsync(this ListItems items, string keyColumn, string key, string? version,
        Dictionary<string, object?> fields, SaveResult clash, CancellationToken ct)
    {
        var writeId = (string)fields[WriteId]!;
        if (version is null)
        {
            var created = await items.CreateAsync(fields, ct);
            if (created.Status == WriteStatus.Done) return new SaveResult.Saved(created.Row!.ETag);
            return await OursAsync(items, keyColumn, key, writeId, ct) is { } landed ? new SaveResult.Saved(landed.ETag) : clash;
        }

        var current = await items.ByKeyAsync(keyColumn, key, ct);
        if (current is null || current.ETag != version) return SaveResult.Conflicted;
        var updated = await items.UpdateAsync(current.Id, fields, current.ETag, ct);
        if (updated.Status == WriteStatus.Done && updated.ETag is not null) return new SaveResult.Saved(updated.ETag);
        // No eTag in Graph's answer, or a 412 that may be our own resent write: only our write id on the item counts.
        if (await OursAsync(items, keyColumn, key, writeId, ct) is { } ours) return new SaveResult.Saved(ours.ETag);
        return updated.Status == WriteStatus.DuplicateKey ? clash : SaveResult.Conflicted;
    }

    static async Task<ListRow?> OursAsync(ListItems items, string keyColumn, string key, string writeId, CancellationToken ct) =>
        await items.ByKeyAsync(keyColumn, key, ct) is { } row && row.Text(WriteId) == writeId ? row : null;
}
