using FocalBot.Domain.Audit;

namespace FocalBot.Bot.Storage.SharePoint;

/// The audit trail in the list "{prefix} Audit log". Append-only: this class only creates items, never updates or
/// deletes one (and the app's site role should be the only writer).
public sealed class SharePointAuditLog(SharePointLists lists) : IAuditLog
{
    const string EntryId = "EntryId", At = "At", ActorId = "ActorId", Action = "Action", SubjectType = "SubjectType", SubjectId = "SubjectId";

    internal static readonly ListSpec List = new("Audit log", "FocalBot: who changed what, and when. Ids only. Title is the action.",
    [
        // A fresh id per entry, unique: a create the SDK resent after a lost answer is refused instead of appearing twice.
        ColumnSpec.Text(EntryId, "Entry id", 36).Key(),
        ColumnSpec.Instant(At, "At"),
        ColumnSpec.Text(ActorId, "Actor id"),
        ColumnSpec.Text(Action, "Action", 64),
        ColumnSpec.Text(SubjectType, "Subject type", 64),
        ColumnSpec.Text(SubjectId, "Subject id"),
    ]);

    public async Task AppendAsync(AuditEntry e, CancellationToken ct)
    {
        var items = await lists.ItemsAsync(List, ct);
        // DuplicateKey can only mean our own first attempt landed: the entry id is new.
        await items.CreateAsync(new Dictionary<string, object?>
        {
            ["Title"] = e.Action, [EntryId] = Guid.NewGuid().ToString(), [At] = ListRow.Utc(e.At),
            [ActorId] = e.ActorId, [Action] = e.Action, [SubjectType] = e.SubjectType, [SubjectId] = e.SubjectId,
        }, ct);
    }

    /// Newest first by item id, the order SharePoint created them in. Sorting on fields is not documented for Graph
    /// v1.0, so the whole log is read; it holds ids only and grows by the office's actions, not by messages.
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(int max, CancellationToken ct)
    {
        var items = await lists.ItemsAsync(List, ct);
        var rows = await items.QueryAsync(null, int.MaxValue, ct);
        return [.. rows.OrderByDescending(r => r.Sequence).Take(max).Select(r => new AuditEntry(
            r.Instant(At) ?? throw new InvalidOperationException($"Audit entry {r.Id} has no time."),
            r.RequiredText(ActorId), r.RequiredText(Action), r.RequiredText(SubjectType), r.RequiredText(SubjectId)))];
    }
}
