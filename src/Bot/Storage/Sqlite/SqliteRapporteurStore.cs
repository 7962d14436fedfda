using System.Globalization;
using FocalBot.Domain.Rapporteurs;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Storage.Sqlite;

/// Calls for nominations, nominations and mandates, each row one JSON document (RapporteurJson) beside the columns the
/// lookups and the listing orders need. Every save is one statement guarded by the version read (VersionedRows).
public sealed class SqliteRapporteurStore(SqliteDatabase db) : IRapporteurStore
{
    public async Task<RapporteurCall?> GetCallAsync(string id, CancellationToken ct) =>
        (await db.DocumentsAsync("rapporteur_calls", "WHERE id = $id", "", RapporteurJson.ReadCall, ct, ("$id", id))).SingleOrDefault();

    // Newest first by creation day; of two created the same day, the one added last.
    public Task<IReadOnlyList<RapporteurCall>> ListCallsAsync(CancellationToken ct) =>
        db.DocumentsAsync("rapporteur_calls", "", "ORDER BY created_on DESC, seq DESC", RapporteurJson.ReadCall, ct);

    public async Task<SaveResult> SaveCallAsync(RapporteurCall call, CancellationToken ct)
    {
        await using var connection = await db.OpenWriterAsync(ct);
        return await connection.SaveVersionedAsync("rapporteur_calls", [("id", call.Id)],
            [("created_on", Day(call.CreatedOn)), ("status", call.Status.ToString()), ("body", RapporteurJson.Write(call))],
            call.Version, SaveResult.Duplicated, ct);
    }

    public async Task<Nomination?> GetNominationAsync(string id, CancellationToken ct) =>
        (await db.DocumentsAsync("rapporteur_nominations", "WHERE id = $id", "", RapporteurJson.ReadNomination, ct, ("$id", id))).SingleOrDefault();

    // In the order made: by the day nominated (a nominee nominated again after declining takes the later day), then as added.
    public Task<IReadOnlyList<Nomination>> ListNominationsAsync(string callId, CancellationToken ct) =>
        db.DocumentsAsync("rapporteur_nominations", "WHERE call = $call", "ORDER BY nominated_on, seq", RapporteurJson.ReadNomination, ct, ("$call", callId));

    public async Task<SaveResult> SaveNominationAsync(Nomination nomination, CancellationToken ct)
    {
        await using var connection = await db.OpenWriterAsync(ct);
        // The id is the call and the nominee: a second first save of one nominee for one call finds the row and is a Duplicate.
        return await connection.SaveVersionedAsync("rapporteur_nominations", [("id", nomination.Id)],
            [("call", nomination.CallId), ("nominated_on", Day(nomination.NominatedOn)), ("status", nomination.Status.ToString()),
             ("body", RapporteurJson.Write(nomination))],
            nomination.Version, SaveResult.Duplicated, ct);
    }

    public async Task<Mandate?> GetMandateAsync(string id, CancellationToken ct) =>
        (await db.DocumentsAsync("rapporteur_mandates", "WHERE id = $id", "", RapporteurJson.ReadMandate, ct, ("$id", id))).SingleOrDefault();

    // Newest first by start; of two starting the same day, the one added last.
    public Task<IReadOnlyList<Mandate>> ListMandatesAsync(CancellationToken ct) =>
        db.DocumentsAsync("rapporteur_mandates", "", "ORDER BY start DESC, seq DESC", RapporteurJson.ReadMandate, ct);

    public async Task<SaveResult> SaveMandateAsync(Mandate mandate, CancellationToken ct)
    {
        await using var connection = await db.OpenWriterAsync(ct);
        return await connection.SaveVersionedAsync("rapporteur_mandates", [("id", mandate.Id)],
            [("start", Day(mandate.Start)), ("status", mandate.Status.ToString()), ("body", RapporteurJson.Write(mandate))],
            mandate.Version, SaveResult.Duplicated, ct);
    }

    static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
