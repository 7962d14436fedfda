using FocalBot.Bot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace FocalBot.Bot.Tests.Storage;

/// The SQLite file's one in-process writer, its journal and what each write waits for.
public sealed class SqliteDatabaseTests : IDisposable
{
    readonly string _path = Path.Combine(Path.GetTempPath(), $"focalbot-writer-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            try { File.Delete(file); } catch (IOException) { }
    }

    static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.Command(sql);
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task A_second_write_waits_for_the_writer_in_process_and_goes_on_when_it_is_given_back()
    {
        var db = new SqliteDatabase(_path);
        var first = await db.OpenWriterAsync(default);

        var second = db.OpenWriterAsync(default);
        var waited = !second.IsCompleted;
        await first.DisposeAsync();
        await using var connection = await second;

        Assert.True(waited);
        Assert.Equal(1L, await ScalarAsync(connection, "SELECT 1"));
    }

    [Fact]
    public async Task A_writer_held_past_the_busy_timeout_fails_the_waiting_write_instead_of_hanging()
    {
        var db = new SqliteDatabase(_path, TimeSpan.FromMilliseconds(100));
        await using var held = await db.OpenWriterAsync(default);

        await Assert.ThrowsAsync<TimeoutException>(() => db.OpenWriterAsync(default));
    }

    [Fact]
    public async Task A_failed_open_gives_the_writer_back()
    {
        var db = new SqliteDatabase(_path);
        await db.EnsureSchemaAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => db.OpenWriterAsync(cancelled.Token));
        await using var next = await db.OpenWriterAsync(default);   // would wait forever if the writer had leaked

        Assert.Equal(1L, await ScalarAsync(next, "SELECT 1"));
    }

    [Fact]
    public async Task The_file_keeps_a_write_ahead_log_and_only_non_durable_writes_skip_the_fsync()
    {
        var db = new SqliteDatabase(_path);

        await using (var reader = await db.OpenAsync(default))
            Assert.Equal("wal", await ScalarAsync(reader, "PRAGMA journal_mode"));
        await using (var durable = await db.OpenWriterAsync(default))
            Assert.Equal(2L, await ScalarAsync(durable, "PRAGMA synchronous"));   // FULL: on disk when the commit returns
        await using (var ledger = await db.OpenWriterAsync(default, durable: false))
            Assert.Equal(1L, await ScalarAsync(ledger, "PRAGMA synchronous"));   // NORMAL: on disk at the next durable commit
    }

    [Fact]
    public async Task A_file_made_before_decisions_rapporteurs_and_groups_gains_their_tables_once_and_keeps_its_rows()
    {
        await using (var old = new SqliteConnection($"Data Source={_path}"))
        {
            await old.OpenAsync();
            // The file as the version before left it: its tables, none of the new ones.
            await ScalarAsync(old, """
                CREATE TABLE meetings (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, opening_day TEXT NOT NULL,
                    status TEXT NOT NULL, body TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1);
                INSERT INTO meetings (id, opening_day, status, body, version) VALUES ('mt-old', '2026-11-30', 'Draft', '{}', 4);
                """);
        }

        var first = new SqliteDatabase(_path);
        var procedure = await new SqliteProcedureStore(first).SaveAsync(ProcedureStoreContract.AProcedure(), default);
        var call = await new SqliteRapporteurStore(first).SaveCallAsync(RapporteurStoreContract.ACall(), default);
        var group = await new SqliteGroupStore(first).SaveAsync(GroupStoreContract.AGroup(), default);
        SqliteConnection.ClearAllPools();
        var again = new SqliteDatabase(_path);   // the next start runs the schema again

        Assert.All([procedure, call, group], r => Assert.IsType<FocalBot.Domain.Shared.SaveResult.Saved>(r));
        Assert.NotNull(await new SqliteProcedureStore(again).GetAsync("sp-1", default));
        Assert.NotNull(await new SqliteGroupStore(again).GetAsync("g-1", default));
        Assert.Single(await new SqliteRapporteurStore(again).ListCallsAsync(default));
        await using var connection = await again.OpenAsync(default);
        Assert.Equal(4L, await ScalarAsync(connection, "SELECT version FROM meetings WHERE id = 'mt-old'"));
        Assert.Equal(5L, await ScalarAsync(connection,
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('procedures', 'rapporteur_calls', 'rapporteur_nominations', 'rapporteur_mandates', 'thematic_groups')"));
    }
}
