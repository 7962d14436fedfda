using System.Security.Cryptography;
using System.Text;

namespace FocalBot.Bot.Storage.SharePoint;

/// Handled activities in the list "{prefix} Activity ledger". A claim is an item whose unique key column holds the
/// activity: SharePoint lets one create succeed and answers the others 409, so a redelivery is claimed once.
public sealed partial class SharePointActivityLedger(SharePointLists lists, ILogger<SharePointActivityLedger> log) : IActivityLedger
{
    const string ActivityKey = "ActivityKey", ClaimedAt = "ClaimedAt", Completed = "Completed", InvokeResponse = "InvokeResponse", ClaimId = "ClaimId";

    /// Teams redelivers within minutes; a day of keys is plenty.
    static readonly TimeSpan Retention = TimeSpan.FromDays(1);

    /// Every PurgeEvery-th claim deletes up to PurgeBatch expired keys: the list stays small without a long pause in one turn.
    const int PurgeEvery = 20, PurgeBatch = 25;

    internal static readonly ListSpec List = new("Activity ledger", "FocalBot: activities already handled, so a redelivery has one effect.",
    [
        // The SHA-256 of channel|conversation|activity id: the raw key can exceed a text column's 255 characters.
        ColumnSpec.Text(ActivityKey, "Activity key", 64).Key(),
        ColumnSpec.Instant(ClaimedAt, "Claimed at").Filtered(),
        ColumnSpec.Flag(Completed, "Completed"),
        ColumnSpec.Multiline(InvokeResponse, "Invoke response"),
        // A fresh id per claim: a create the SDK resent after a lost answer finds its own first attempt, not a rival's.
        ColumnSpec.Text(ClaimId, "Claim", 36),
    ]);

    int _claims;

    public async Task<bool> TryClaimAsync(string key, DateTimeOffset now, CancellationToken ct)
    {
        var items = await lists.ItemsAsync(List, ct);
        var hash = Hash(key);
        var claim = Guid.NewGuid().ToString();
        var fields = new Dictionary<string, object?>
        {
            ["Title"] = hash, [ActivityKey] = hash, [ClaimedAt] = ListRow.Utc(now), [Completed] = false, [ClaimId] = claim,
        };

        var claimed = (await items.CreateAsync(fields, ct)).Status == WriteStatus.Done
                      || (await RowAsync(items, hash, ct))?.Text(ClaimId) == claim;

        if (Interlocked.Increment(ref _claims) % PurgeEvery == 1) await PurgeAsync(items, now, ct);
        return claimed;
    }

    public async Task CompleteAsync(string key, string? invokeResponse, CancellationToken ct)
    {
        var items = await lists.ItemsAsync(List, ct);
        if (await RowAsync(items, Hash(key), ct) is not { } row) return;
        await items.UpdateAsync(row.Id, new Dictionary<string, object?> { [Completed] = true, [InvokeResponse] = invokeResponse }, ifMatch: null, ct);
    }

    public async Task<string?> GetResponseAsync(string key, CancellationToken ct)
    {
        var items = await lists.ItemsAsync(List, ct);
        return await RowAsync(items, Hash(key), ct) is { } row && row.Flag(Completed) ? row.Text(InvokeResponse) : null;
    }

    public async Task ReleaseAsync(string key, CancellationToken ct)
    {
        var items = await lists.ItemsAsync(List, ct);
        if (await RowAsync(items, Hash(key), ct) is { } row) await items.DeleteAsync(row.Id, ifMatch: null, ct);
    }

    /// Housekeeping must not fail the claim it follows: the turn would fail, and its redelivery find the key taken.
    async Task PurgeAsync(ListItems items, DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            var expired = await items.QueryAsync(items.Compare(ClaimedAt, "lt", ListRow.Utc(now - Retention)), PurgeBatch, ct);
            foreach (var row in expired) await items.DeleteAsync(row.Id, row.ETag, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            LogPurgeFailed(log, e);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Purging expired activity keys failed; the next purge tries again")]
    static partial void LogPurgeFailed(ILogger logger, Exception exception);

    static async Task<ListRow?> RowAsync(ListItems items, string hash, CancellationToken ct) =>
        (await items.WhereAsync(ActivityKey, hash, ct)).FirstOrDefault(r => r.Text(ActivityKey) == hash);

    static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
