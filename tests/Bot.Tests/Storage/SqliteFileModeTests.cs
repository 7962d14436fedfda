using FocalBot.Bot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace FocalBot.Bot.Tests.Storage;

/// The database holds everything confidential: only the bot's own user may read it, whatever the umask.
public sealed class SqliteFileModeTests : IDisposable
{
    const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    readonly string _folder = Directory.CreateTempSubdirectory("focalbot-mode-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_new_database_and_its_wal_and_shm_files_are_owner_only()
    {
        if (OperatingSystem.IsWindows()) return;
        var file = Path.Combine(_folder, "bot.db");

        var database = new SqliteDatabase(file);
        await using (var connection = await database.OpenAsync(default))
        {
            // Whatever journal the bot uses, WAL makes the two extra files this test must see.
            await using var wal = connection.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode = WAL; CREATE TABLE IF NOT EXISTS mode_probe (x); INSERT INTO mode_probe VALUES (1);";
            await wal.ExecuteNonQueryAsync();

            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                Assert.True(File.Exists(path), path);
                Assert.Equal(OwnerOnly, File.GetUnixFileMode(path));
            }
        }
    }

    [Fact]
    public void A_database_made_readable_to_others_before_is_tightened_when_opened()
    {
        if (OperatingSystem.IsWindows()) return;
        var file = Path.Combine(_folder, "old.db");
        File.WriteAllBytes(file, []);
        File.SetUnixFileMode(file, OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        _ = new SqliteDatabase(file);

        Assert.Equal(OwnerOnly, File.GetUnixFileMode(file));
    }
}
