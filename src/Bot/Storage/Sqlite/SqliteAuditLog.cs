using System.Globalization;
using FocalBot.Domain.Audit;

namespace FocalBot.Bot.Storage.Sqlite;

public sealed class SqliteAuditLog(SqliteDatabase db) : IAuditLog
{
    public async Task AppendAsync(AuditEntry e, CancellationToken ct)
    {
        await using var connection = await db.OpenWriterAsync(ct);
        await using var command = connection.Command(
            "INSERT INTO audit_log (at, actor_id, action, subject_type, subject_id) VALUES ($at, $actor, $action, $type, $id)",
            ("$at", e.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)), ("$actor", e.ActorId), ("$action", e.Action),
            ("$type", e.SubjectType), ("$id", e.SubjectId));
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(int max, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var command = connection.Command(
            "SELECT at, actor_id, action, subject_type, subject_id FROM audit_log ORDER BY seq DESC LIMIT $max", ("$max", max));
        await using var r = await command.ExecuteReaderAsync(ct);
        var entries = new List<AuditEntry>();
        while (await r.ReadAsync(ct))
            entries.Add(new AuditEntry(DateTimeOffset.Parse(r.GetString(0), CultureInfo.InvariantCulture), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4)));
        return entries;
    }
}
