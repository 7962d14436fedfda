using System.Globalization;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Storage.Sqlite;

/// Requests, their numbers and the states' answers, each request and answer one JSON document (RequestJson) beside the
/// columns the lookups need. A save is one statement guarded by the version read; a number is taken in a transaction.
public sealed class SqliteRequestStore(SqliteDatabase db) : IRequestStore
{
    public async Task<InformationRequest?> GetAsync(string id, CancellationToken ct) =>
        (await QueryAsync("id = $id", ct, ("$id", id))).SingleOrDefault();

    public async Task<InformationRequest?> FindAsync(RequestNumber number, CancellationToken ct) =>
        (await QueryAsync("number = $number", ct, ("$number", number.ToString()))).SingleOrDefault();

    public Task<IReadOnlyList<InformationRequest>> ListAsync(CancellationToken ct) => QueryAsync("1 = 1", ct);

    public async Task<SaveResult> SaveAsync(InformationRequest request, CancellationToken ct)
    {
        await using var connection = await db.OpenWriterAsync(ct);
        // A number taken by another request is a duplicate, as a new request whose id is stored already.
        return await connection.SaveVersionedAsync("requests", [("id", request.Id)],
            [("number", request.Number?.ToString()), ("status", request.Status.ToString()), ("body", RequestJson.Write(request))],
            request.Version, SaveResult.Duplicated, ct);
    }

    public async Task<RequestNumber> ReserveNumberAsync(string requestId, int year, CancellationToken ct)
    {
        await using var connection = await db.OpenWriterAsync(ct);
        // BEGIN IMMEDIATE (deferred: false) takes the write lock before the first read, so two reservations never both
        // read the same highest number; the unique keys on (year, sequence) and request_id would refuse a second holder
        // anyway. Disposed without a commit, the transaction rolls back.
        await using var transaction = connection.BeginTransaction(deferred: false);

        await using var existing = connection.Command("SELECT year, sequence FROM request_numbers WHERE request_id = $id", ("$id", requestId));
        await using (var r = await existing.ExecuteReaderAsync(ct))
            if (await r.ReadAsync(ct)) return new RequestNumber(r.GetInt32(0), r.GetInt32(1));   // asked again: the same number

        await using var next = connection.Command("""
            INSERT INTO request_numbers (year, sequence, request_id)
            SELECT $year, COALESCE(MAX(sequence), 0) + 1, $id FROM request_numbers WHERE year = $year
            RETURNING sequence
            """, ("$year", year), ("$id", requestId));
        var sequence = Convert.ToInt32(await next.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        await transaction.CommitAsync(ct);
        return new RequestNumber(year, sequence);
    }

    public async Task<StateAnswer?> GetAnswerAsync(RequestNumber request, StateCode stateCode, CancellationToken ct) =>
        (await AnswersAsync("request = $request AND state = $state", ct, ("$request", request.ToString()), ("$state", stateCode.Value))).SingleOrDefault();

    public Task<IReadOnlyList<StateAnswer>> ListAnswersAsync(RequestNumber request, CancellationToken ct) =>
        AnswersAsync("request = $request", ct, ("$request", request.ToString()));

    public async Task<SaveResult> SaveAnswerAsync(StateAnswer answer, CancellationToken ct)
    {
        await using var connection = await db.OpenWriterAsync(ct);
        var body = RequestJson.Write(answer);
        // An insert that finds a row, like an update that finds another version, lost to a colleague's save.
        return await connection.SaveVersionedAsync("request_answers", [("request", answer.Request.ToString()), ("state", answer.StateCode.Value)],
            [("body", body)], answer.StoreVersion, SaveResult.Conflicted, ct);
    }

    async Task<IReadOnlyList<InformationRequest>> QueryAsync(string where, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var command = connection.Command($"SELECT body, version FROM requests WHERE {where} ORDER BY seq DESC", parameters);
        await using var r = await command.ExecuteReaderAsync(ct);
        var rows = new List<InformationRequest>();
        while (await r.ReadAsync(ct)) rows.Add(RequestJson.ReadRequest(r.GetString(0), r.GetInt64(1).ToString(CultureInfo.InvariantCulture)));
        return rows;
    }

    async Task<IReadOnlyList<StateAnswer>> AnswersAsync(string where, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var command = connection.Command($"SELECT body, version FROM request_answers WHERE {where} ORDER BY state", parameters);
        await using var r = await command.ExecuteReaderAsync(ct);
        var rows = new List<StateAnswer>();
        while (await r.ReadAsync(ct)) rows.Add(RequestJson.ReadAnswer(r.GetString(0), r.GetInt64(1).ToString(CultureInfo.InvariantCulture)));
        return rows;
    }

}
