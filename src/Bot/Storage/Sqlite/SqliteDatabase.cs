using Microsoft.Data.Sqlite;

namespace FocalBot.Bot.Storage.Sqlite;

/// The embedded database file: creates its folder and schema once, then hands out pooled connections.
public sealed class SqliteDatabase
{
    readonly string _connectionString;
    readonly Lazy<Task> _schema;

    public SqliteDatabase(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        OwnerOnly(full);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = full, Pooling = true, DefaultTimeout = 30 }.ToString();
        _schema = new Lazy<Task>(CreateSchemaAsync);
    }

    public Task EnsureSchemaAsync() => _schema.Value;

    /// The file holds everything confidential, as the export signing key does: readable by the bot's own user only.
    /// SQLite gives its -wal and -shm files the database file's mode, so making the file first with that mode (and
    /// tightening a file made before) covers all three.
    static void OwnerOnly(string file)
    {
        if (OperatingSystem.IsWindows()) return;
        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using (new FileStream(file, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = mode })) { }
        }
        catch (IOException) when (File.Exists(file)) { }   // there already (made before, or by another instance now)
        foreach (var existing in new[] { file, file + "-wal", file + "-shm", file + "-journal" }.Where(File.Exists))
            if (File.GetUnixFileMode(existing) != mode) File.SetUnixFileMode(existing, mode);
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        await _schema.Value;
        return await OpenRawAsync(ct);
    }

    async Task<SqliteConnection> OpenRawAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;";
        await pragma.ExecuteNonQueryAsync(ct);
        return connection;
    }

    async Task CreateSchemaAsync()
    {
        await using var connection = await OpenRawAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = await ReadSchemaAsync();
        await command.ExecuteNonQueryAsync();
        foreach (var (table, column, type) in AddedColumns) await AddColumnAsync(connection, table, column, type);
    }

    /// Columns added to a table after its first release: CREATE TABLE IF NOT EXISTS leaves an older file's table as it
    /// was, so each is added once to a file that lacks it.
    static readonly (string Table, string Column, string Type)[] AddedColumns = [("deliveries", "path", "TEXT"), ("conversations", "installed_at", "TEXT")];

    static async Task AddColumnAsync(SqliteConnection connection, string table, string column, string type)
    {
        await using var exists = connection.Command($"SELECT COUNT(*) FROM pragma_table_info('{table}') WHERE name = $column", ("$column", column));
        if ((long)(await exists.ExecuteScalarAsync() ?? 0L) > 0) return;
        await using var add = connection.Command($"ALTER TABLE {table} ADD COLUMN {column} {type}");
        await add.ExecuteNonQueryAsync();
    }

    static async Task<string> ReadSchemaAsync()
    {
        await using var stream = typeof(SqliteDatabase).Assembly.GetManifestResourceStream("FocalBot.Bot.Storage.Sqlite.schema.sql")
                                 ?? throw new InvalidOperationException("schema.sql is not embedded.");
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}

static class SqliteExtensions
{
    public static SqliteCommand Command(this SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public static string? NullableString(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// A record's version as the WHERE of a versioned update reads it. A version this store never gave (another store's
    /// eTag, or a crafted value from a card's data) matches no row, so the save is a conflict, never a crash.
    public static long VersionNumber(string? version) =>
        long.TryParse(version, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : -1;
}
