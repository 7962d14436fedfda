using System.Globalization;
using FocalBot.Domain.Shared;
using Microsoft.Data.Sqlite;

namespace FocalBot.Bot.Storage.Sqlite;

/// Rows saved with versions: the one way the SQLite record stores write, as KeyedItems is for the SharePoint ones. A
/// save is one statement: an insert when the record is new (no version), else an update of the row with the version
/// read, which bumps it. Each column is bound to the parameter of its own name ("$" + column).
static class VersionedRows
{
    /// An insert when version is null, else an update on the version read. A new record whose key is taken, like a write
    /// refused by a unique column (a request's number, a member's identity), is the given clash: Duplicated, or
    /// Conflicted where a second first save means a colleague came first. An update that finds another version (or no
    /// row) is Conflicted.
    public static async Task<SaveResult> SaveVersionedAsync(this SqliteConnection connection, string table,
        (string Column, object? Value)[] keys, (string Column, object? Value)[] values, string? version, SaveResult clash, CancellationToken ct)
    {
        try
        {
            await using var command = version is null
                ? connection.Command($"""
                    INSERT INTO {table} ({string.Join(", ", Columns(keys, values))}) VALUES ({string.Join(", ", Columns(keys, values).Select(Parameter))})
                    ON CONFLICT DO NOTHING RETURNING version
                    """, [.. keys.Concat(values).Select(Bound)])
                : UpdateCommand(connection, table, keys, values, version);
            return await command.ExecuteScalarAsync(ct) is long saved ? Saved(saved) : version is null ? clash : SaveResult.Conflicted;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19)   // SQLITE_CONSTRAINT: a unique column holds another row's value
        {
            return clash;
        }
    }

    /// An update alone, on the version read, for rows created another way (a campaign's delivery rows, added pending):
    /// a record without a version, or with another one, is Conflicted.
    public static async Task<SaveResult> UpdateVersionedAsync(this SqliteConnection connection, string table,
        (string Column, object? Value)[] keys, (string Column, object? Value)[] values, string? version, CancellationToken ct)
    {
        await using var command = UpdateCommand(connection, table, keys, values, version);
        return await command.ExecuteScalarAsync(ct) is long saved ? Saved(saved) : SaveResult.Conflicted;
    }

    static SqliteCommand UpdateCommand(SqliteConnection connection, string table,
        (string Column, object? Value)[] keys, (string Column, object? Value)[] values, string? version) =>
        connection.Command($"""
            UPDATE {table} SET {string.Join(", ", values.Select(v => $"{v.Column} = {Parameter(v.Column)}"))}, version = version + 1
            WHERE {string.Join(" AND ", keys.Select(k => $"{k.Column} = {Parameter(k.Column)}"))} AND version = $version
            RETURNING version
            """, [.. keys.Concat(values).Select(Bound), ("$version", SqliteExtensions.VersionNumber(version))]);

    static IEnumerable<string> Columns((string Column, object? Value)[] keys, (string Column, object? Value)[] values) =>
        keys.Concat(values).Select(c => c.Column);

    static string Parameter(string column) => "$" + column;

    static (string, object?) Bound((string Column, object? Value) c) => (Parameter(c.Column), c.Value);

    static SaveResult Saved(long version) => new SaveResult.Saved(version.ToString(CultureInfo.InvariantCulture));
}
