using FocalBot.Domain.Groups;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Storage.SharePoint;

/// Thematic groups in one list, one item per group whose content, its people included, is one JSON document
/// (GroupJson), so every save is one write. A version is the item's eTag: an update sends it as If-Match, and a fresh
/// write id lets a write the SDK resent after a lost answer recognise its own first attempt.
public sealed class SharePointGroupStore(SharePointLists lists) : IGroupStore
{
    const string GroupId = "GroupId", Status = "Status", WriteId = KeyedItems.WriteId;

    /// Names (2 × 120) and purpose with its translation (2 × 2,000) are 4,240 characters, 25,440 in JSON if all were
    /// emoji (six characters for each half of one); 200 people of about 120 characters each (a 64-character id, the
    /// status, the day) add 24,000. About 50,000 in all: two columns (120,000) leave room for a larger network.
    static readonly ListBody Body = new(2);

    internal static readonly ListSpec List = new("Thematic groups", "FocalBot: thematic groups of the network with their members, one item each. Title is the group id.",
    [
        ColumnSpec.Text(GroupId, "Group id", 64).Key(),
        ColumnSpec.Choice<GroupStatus>(Status, "Status"),
        .. Body.Specs(),
        ColumnSpec.Text(WriteId, "Last write", 36),
    ]);

    public async Task<ThematicGroup?> GetAsync(string id, CancellationToken ct) =>
        await (await lists.ItemsAsync(List, ct)).ByKeyAsync(GroupId, id, ct) is { } row ? Read(row) : null;

    /// A network has a handful of groups: all are read and ordered here by English name (character by character, as the SQLite
    /// store and the member directory order names); two of one name in the order added.
    public async Task<IReadOnlyList<ThematicGroup>> ListAsync(CancellationToken ct) =>
        [.. (await (await lists.ItemsAsync(List, ct)).QueryAsync(null, int.MaxValue, ct))
            .Select(r => (Row: r, Group: Read(r)))
            .OrderBy(x => x.Group.NameEn, StringComparer.Ordinal).ThenBy(x => x.Row.Sequence)
            .Select(x => x.Group)];

    public async Task<SaveResult> SaveAsync(ThematicGroup group, CancellationToken ct)
    {
        var fields = new Dictionary<string, object?>
        {
            ["Title"] = group.Id, [GroupId] = group.Id, [Status] = group.Status.ToString(), [WriteId] = Guid.NewGuid().ToString(),
        };
        Body.Add(fields, GroupJson.Write(group), "group");
        return await (await lists.ItemsAsync(List, ct)).SaveKeyedAsync(GroupId, group.Id, group.Version, fields, SaveResult.Duplicated, ct);
    }

    static ThematicGroup Read(ListRow row) => GroupJson.Read(Body.Read(row), row.ETag);
}
