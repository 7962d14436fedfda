using FocalBot.Bot.Storage.Sqlite;
using FocalBot.Domain.Decisions;
using FocalBot.Domain.Rapporteurs;
using FocalBot.Domain.Shared;

namespace FocalBot.EndToEnd.Playground;

/// Stands for working days passing in a real run, which a test cannot wait for: the running bot's records are moved
/// into the past through the bot's own SQLite stores (versioned saves, so a change the bot makes at the same moment is
/// read again), and the bot's next job tick acts on them as it would once the days had passed.
public sealed class DaysPass(string databaseFile)
{
    readonly SqliteDatabase _db = new(databaseFile);

    /// The silence procedure on this subject ends yesterday (the bot's day): the next tick decides it.
    public async Task EndSilenceOnAsync(string subjectId)
    {
        var procedures = new SqliteProcedureStore(_db);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var procedure = (await procedures.ListAsync(default)).SingleOrDefault(p => p.SubjectId == subjectId)
                            ?? throw new InvalidOperationException($"No procedure decides {subjectId}.");
            if (await procedures.SaveAsync(procedure with { Deadline = procedure.ProposedOn.AddDays(-1) }, default) is SaveResult.Saved) return;
        }
        throw new InvalidOperationException($"The procedure on {subjectId} kept changing.");
    }

    /// The call closed yesterday: nominations are over and the office may appoint.
    public async Task CloseCallAsync(string callId)
    {
        var calls = new SqliteRapporteurStore(_db);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var call = await calls.GetCallAsync(callId, default) ?? throw new InvalidOperationException($"No call {callId}.");
            var yesterday = (call.OpenedOn ?? call.CreatedOn).AddDays(-1);
            if (await calls.SaveCallAsync(call with { ClosingDate = yesterday }, default) is SaveResult.Saved) return;
        }
        throw new InvalidOperationException($"The call {callId} kept changing.");
    }
}
