using Microsoft.Data.Sqlite;

namespace FocalBot.Bot.Storage.Sqlite;

/// The embedded database file: creates its folder and schema once, then hands out pooled connections. Reads run side by
/// side (WAL: a reader never waits for the writer); writes take the one in-process writer, so no turn sleeps in SQLite's
/// busy handler (1, 2, 5, 10 … 100 ms) waiting for another turn of this process. A lock held by another process (a
/// second instance, a backup, the sqlite3 shell) is waited for at most the busy timeout, then the write fails as a
/// store fault (the turn's boundary answers it), instead of Microsoft.Data.Sqlite's default of 30 s.
public sealed class SqliteDatabase
{
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(3);

    readonly string _connectionString;
    readonly TimeSpan _busyTimeout;
    readonly SemaphoreSlim _writer = new(1, 1);
    readonly Lazy<Task> _schema;

    public SqliteDatabase(string path, TimeSpan? busyTimeout = null)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        OwnerOnly(full);
        _busyTimeout = busyTimeout ?? DefaultBusyTimeout;
        // DefaultTimeout drives Microsoft.Data.Sqlite's own retry loop on SQLITE_BUSY (whole seconds, 0 = forever).
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full, Pooling = true, DefaultTimeout = Math.Max(1, (int)Math.Ceiling(_busyTimeout.TotalSeconds)),
        }.ToString();
        _schema = new Lazy<Task>(CreateSchemaAsync);
    }

    public TimeSpan BusyTimeout => _busyTimeout;

    /// Tests only: caps the file at this many pages for the writers opened from now on, so a write that needs one more
    /// page fails with SQLITE_FULL exactly as on a full disk. The cap stays on pooled connections: clear the pools to lift it.
    internal long? MaxPageCount { get; set; }

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

    /// A connection for reading. A method that writes opens the writer instead, for all its statements.
    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        await _schema.Value;
        var connection = new SqliteConnection(_connectionString);
        await OpenRawAsync(connection, "", ct);
        return connection;
    }

    /// The one writer of this process, held until the connection is disposed: open it for the shortest span (no other
    /// store call, no network call inside). Durable writes (the default) are on disk when the call returns, so what a
    /// user is told was saved survives a power cut. A non-durable write (the redelivery ledger) skips the fsync: it
    /// survives a crash of the process, and any later durable write makes it durable too.
    public async Task<SqliteConnection> OpenWriterAsync(CancellationToken ct, bool durable = true)
    {
        await _schema.Value;
        // Opened before the writer is taken, so the writer is held only for the statements: a thread preempted on a busy
        // machine while opening stalls no other write.
        var connection = new WriterConnection(_connectionString);
        try
        {
            var cap = MaxPageCount is { } pages ? $"PRAGMA max_page_count = {pages};" : "";
            await OpenRawAsync(connection, (durable ? "PRAGMA synchronous = FULL;" : "PRAGMA synchronous = NORMAL;") + cap, ct);
            // Uncontended, take it at once: a timed wait starts a timer even when the writer is free.
            if (!_writer.Wait(0) && !await _writer.WaitAsync(_busyTimeout, ct))
                throw new TimeoutException($"The SQLite writer stayed busy for {_busyTimeout.TotalSeconds:0.#} s.");
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        connection.Hold(_writer);
        return connection;
    }

    async Task OpenRawAsync(SqliteConnection connection, string pragmas, CancellationToken ct)
    {
        await connection.OpenAsync(ct);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = $"PRAGMA busy_timeout = {(int)_busyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON; {pragmas}";
        await pragma.ExecuteNonQueryAsync(ct);
    }

    /// Gives the writer back when disposed, once.
    sealed class WriterConnection(string connectionString) : SqliteConnection(connectionString)
    {
        SemaphoreSlim? _writer;

        public void Hold(SemaphoreSlim writer) => _writer = writer;

        protected override void Dispose(bool disposing)
        {
            try { base.Dispose(disposing); }
            finally { Interlocked.Exchange(ref _writer, null)?.Release(); }
        }
    }

    async Task CreateSchemaAsync()
    {
        await using var connection = new SqliteConnection(_connectionString);
        await OpenRawAsync(connection, "", CancellationToken.None);   // schema.sql turns WAL on, which the file keeps
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
