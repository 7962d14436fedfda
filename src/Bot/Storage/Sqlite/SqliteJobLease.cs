using System.Globalization;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Storage.Sqlite;

public sealed class SqliteJobLease(SqliteDatabase db) : IJobLease
{
    public async Task<bool> TryAcquireAsync(string name, string owner, DateTimeOffset now, TimeSpan duration, CancellationToken ct)
    {
        await using var connection = await db.OpenWriterAsync(ct);
        // One statement: take the lease if nobody has it, it expired, or we hold it already.
        await using var command = connection.Command("""
            INSERT INTO job_leases (name, owner, expires_at) VALUES ($name, $owner, $until)
            ON CONFLICT (name) DO UPDATE SET owner = $owner, expires_at = $until
            WHERE job_leases.owner = $owner OR job_leases.expires_at <= $now
            """,
            ("$name", name), ("$owner", owner), ("$until", Time(now + duration)), ("$now", Time(now)));
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
