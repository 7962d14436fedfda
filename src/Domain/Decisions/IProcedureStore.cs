using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Decisions;

/// The network's silence procedures: one port, SQLite locally and a SharePoint list in production. Saves are versioned.
public interface IProcedureStore
{
    Task<SilenceProcedure?> GetAsync(string id, CancellationToken ct);

    /// Every procedure, newest proposal first. A network decides a few things a year.
    Task<IReadOnlyList<SilenceProcedure>> ListAsync(CancellationToken ct);

    /// Adds a procedure (Version null; Duplicate when its id is taken) or updates it if unchanged since read.
    Task<SaveResult> SaveAsync(SilenceProcedure procedure, CancellationToken ct);
}
