using System.Globalization;
using FocalBot.Domain.Decisions;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Storage.Sqlite;

/// Silence procedures, each row one JSON document (ProcedureJson) beside the columns the listing order needs. Every
/// save is one statement guarded by the version read (VersionedRows).
public sealed class SqliteProcedureStore(SqliteDatabase db) : IProcedureStore
{
    public async Task<SilenceProcedure?> GetAsync(string id, CancellationToken ct) =>
        (await db.DocumentsAsync("procedures", "WHERE id = $id", "", ProcedureJson.Read, ct, ("$id", id))).SingleOrDefault();

    // Newest proposal first: a proposal asked again is sent again, so it moves up; of two the same day, the one added last.
    public Task<IReadOnlyList<SilenceProcedure>> ListAsync(CancellationToken ct) =>
        db.DocumentsAsync("procedures", "", "ORDER BY proposed_on DESC, seq DESC", ProcedureJson.Read, ct);

    public async Task<SaveResult> SaveAsync(SilenceProcedure procedure, CancellationToken ct)
    {
        await using var connection = await db.OpenWriterAsync(ct);
        return await connection.SaveVersionedAsync("procedures", [("id", procedure.Id)],
            [("proposed_on", Day(procedure.ProposedOn)), ("status", procedure.Status.ToString()), ("body", ProcedureJson.Write(procedure))],
            procedure.Version, SaveResult.Duplicated, ct);
    }

    static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
