using System.Globalization;

namespace FocalBot.Bot.Storage.Sqlite;

/// Its writes skip the fsync (OpenWriterAsync durable: false): a key lost to a power cut only lets a redelivery run again,
/// and the turn's own durable save, if any, puts the claim before it on disk too.
public sealed class SqliteActivityLedger(SqliteDatabase db) : IActivityLedger
{
    /// Teams redelivers within minutes; a day of keys is plenty and keeps the table small.
    static readonly TimeSpan Retention = TimeSpan.FromDays(1);
    int _claims;

    public async Task<bool> TryClaimAsync(string key, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await db.OpenWriterAsync(ct, durable: false);
        await using var claim = connection.Command(
            "INSERT INTO activity_ledger (activity_key, claimed_at) VALUES ($key, $at) ON CONFLICT (activity_key) DO NOTHING",
            ("$key", key), ("$at", now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)));
        var claimed = await claim.ExecuteNonQueryAsync(ct) == 1;

        if (Interlocked.Increment(ref _claims) % 1000 == 1)
        {
            await using var purge = connection.Command("DELETE FROM activity_ledger WHERE claimed_at < $cutoff",
                ("$cutoff", (now - Retention).UtcDateTime.ToString("O", CultureInfo.InvariantCulture)));
            await purge.ExecuteNonQueryAsync(ct);
        }
        return claimed;
    }

    public async Task CompleteAsync(string key, string? invokeResponse, CancellationToken ct)
    {
        await using var connection = await db.OpenWriterAsync(ct, durable: false);
        await using var command = connection.Command("UPDATE activity_ledger SET completed = 1, invoke_response = $response WHERE activity_key = $key",
            ("$key", key), ("$response", invokeResponse));
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<string?> GetResponseAsync(string key, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var command = connection.Command("SELECT invoke_response FROM activity_ledger WHERE activity_key = $key AND completed = 1", ("$key", key));
        return await command.ExecuteScalarAsync(ct) as string;
    }

    public async Task ReleaseAsync(string key, CancellationToken ct)
    {
        await using var connection = await db.OpenWriterAsync(ct, durable: false);
        await using var command = connection.Command("DELETE FROM activity_ledger WHERE activity_key = $key", ("$key", key));
        await command.ExecuteNonQueryAsync(ct);
    }
}
