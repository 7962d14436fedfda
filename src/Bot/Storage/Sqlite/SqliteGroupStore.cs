using FocalBot.Domain.Groups;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Storage.Sqlite;

/// Thematic groups, each row one JSON document with its people (GroupJson) beside the English name the listing is
/// ordered by. Every save is one statement guarded by the version read (VersionedRows).
public sealed class SqliteGroupStore(SqliteDatabase db) : IGroupStore
{
    public async Task<ThematicGroup?> GetAsync(string id, CancellationToken ct) =>
        (await db.DocumentsAsync("thematic_groups", "WHERE id = $id", "", GroupJson.Read, ct, ("$id", id))).SingleOrDefault();

    // By English name, compared character by character as the member directory lists names; two of one name in the order added.
    public Task<IReadOnlyList<ThematicGroup>> ListAsync(CancellationToken ct) =>
        db.DocumentsAsync("thematic_groups", "", "ORDER BY name_en, seq", GroupJson.Read, ct);

    public async Task<SaveResult> SaveAsync(ThematicGroup group, CancellationToken ct)
    {
        await using var connection = await db.OpenWriterAsync(ct);
        return await connection.SaveVersionedAsync("thematic_groups", [("id", group.Id)],
            [("name_en", group.NameEn), ("status", group.Status.ToString()), ("body", GroupJson.Write(group))],
            group.Version, SaveResult.Duplicated, ct);
    }
}
