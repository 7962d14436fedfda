using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Storage.SharePoint;

/// Job leases in the list "{prefix} Job leases": one item per lease; taking or renewing it is a PATCH with If-Match,
/// so of two instances racing, one wins and the other gets 412.
public sealed class SharePointJobLease(SharePointLists lists) : IJobLease
{
    const string LeaseName = "LeaseName", Owner = "Owner", ExpiresAt = "ExpiresAt";

    internal static readonly ListSpec List = new("Job leases", "FocalBot: which instance runs the scheduled jobs.",
    [
        ColumnSpec.Text(LeaseName, "Lease", 64).Key(),
        ColumnSpec.Text(Owner, "Held by", 128),
        ColumnSpec.Instant(ExpiresAt, "Until"),
    ]);

    public async Task<bool> TryAcquireAsync(string name, string owner, DateTimeOffset now, TimeSpan duration, CancellationToken ct)
    {
        var items = await lists.ItemsAsync(List, ct);
        var fields = new Dictionary<string, object?> { ["Title"] = name, [LeaseName] = name, [Owner] = owner, [ExpiresAt] = ListRow.Utc(now + duration) };

        var row = (await items.WhereAsync(LeaseName, name, ct)).FirstOrDefault(r => r.Text(LeaseName) == name);
        if (row is null)
        {
            if ((await items.CreateAsync(fields, ct)).Status == WriteStatus.Done) return true;
            row = (await items.WhereAsync(LeaseName, name, ct)).FirstOrDefault(r => r.Text(LeaseName) == name);
            if (row is null) return false;
        }
        if (row.Text(Owner) != owner && row.Instant(ExpiresAt) > now) return false;

        var taken = await items.UpdateAsync(row.Id, fields, row.ETag, ct);
        if (taken.Status == WriteStatus.Done) return true;
        // 412: another instance renewed or took it first, or the SDK resent our own PATCH; the owner column tells.
        return (await items.WhereAsync(LeaseName, name, ct)).Any(r => r.Text(LeaseName) == name && r.Text(Owner) == owner && r.Instant(ExpiresAt) > now);
    }
}
