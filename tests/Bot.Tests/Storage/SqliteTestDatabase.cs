using FocalBot.Bot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace FocalBot.Bot.Tests.Storage;

/// A fresh SQLite file per test, deleted with it.
public sealed class SqliteTestDatabase : IDisposable
{
    readonly string _path = Path.Combine(Path.GetTempPath(), $"focalbot-store-{Guid.NewGuid():N}.db");

    public SqliteTestDatabase() => Database = new SqliteDatabase(_path);

    public SqliteDatabase Database { get; }

    /// The file, for a test that writes an older schema into it before the store opens it.
    public string ConnectionString() => $"Data Source={_path}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            try { File.Delete(file); } catch (IOException) { }
    }
}
