using System.Globalization;
using FocalBot.Domain.Shared;
using Microsoft.Data.Sqlite;

namespace FocalBot.Bot.Storage.Sqlite;

public sealed class SqliteDeliveryStore(SqliteDatabase db) : IDeliveryStore
{
    const string Columns = "campaign, member_id, status, activity_id, error_code, updated_at, version, path";

    public async Task<int> AddPendingAsync(string campaign, IEnumerable<string> memberIds, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await db.OpenWriterAsync(ct);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        var created = 0;
        foreach (var memberId in memberIds)
        {
            await using var insert = connection.Command(
                "INSERT INTO deliveries (campaign, member_id, status, updated_at) VALUES ($campaign, $member, 'Pending', $at) ON CONFLICT DO NOTHING",
                ("$campaign", campaign), ("$member", memberId), ("$at", Time(now)));
            insert.Transaction = transaction;
            created += await insert.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return created;
    }

    public async Task<Delivery?> GetAsync(string campaign, string memberId, CancellationToken ct) =>
        (await QueryAsync("campaign = $campaign AND member_id = $member", ct, ("$campaign", campaign), ("$member", memberId))).SingleOrDefault();

    public Task<IReadOnlyList<Delivery>> ListAsync(string campaign, CancellationToken ct) =>
        QueryAsync("campaign = $campaign", ct, ("$campaign", campaign));

    public Task<IReadOnlyList<Delivery>> ListWaitingAsync(CancellationToken ct) =>
        QueryAsync("status IN ('Pending', 'NoChat')", ct);

    /// Rows are created pending by AddPendingAsync only: a save is always an update on the version read.
    public async Task<SaveResult> SaveAsync(Delivery d, CancellationToken ct)
    {
        await using var connection = await db.OpenWriterAsync(ct);
        return await connection.UpdateVersionedAsync("deliveries", [("campaign", d.Campaign), ("member_id", d.MemberId)],
            [
                ("status", d.Status.ToString()), ("activity_id", d.ActivityId), ("error_code", d.ErrorCode), ("path", d.Path?.ToString()),
                ("updated_at", d.UpdatedAt is { } at ? Time(at) : null),
            ], d.Version, ct);
    }

    async Task<IReadOnlyList<Delivery>> QueryAsync(string where, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var command = connection.Command($"SELECT {Columns} FROM deliveries WHERE {where} ORDER BY campaign, member_id", parameters);
        await using var r = await command.ExecuteReaderAsync(ct);
        var rows = new List<Delivery>();
        while (await r.ReadAsync(ct))
            rows.Add(new Delivery
            {
                Campaign = r.GetString(0),
                MemberId = r.GetString(1),
                Status = Enum.Parse<DeliveryStatus>(r.GetString(2)),
                ActivityId = r.NullableString(3),
                ErrorCode = r.NullableString(4),
                UpdatedAt = r.NullableString(5) is { } at ? DateTimeOffset.Parse(at, CultureInfo.InvariantCulture) : null,
                Version = r.GetInt64(6).ToString(CultureInfo.InvariantCulture),
                Path = r.NullableString(7) is { } path ? Enum.Parse<DeliveryPath>(path) : null,
            });
        return rows;
    }

    static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
