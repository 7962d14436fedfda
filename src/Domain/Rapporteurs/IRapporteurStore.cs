using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Rapporteurs;

/// Calls for nominations, nominations and mandates: one port, SQLite locally and SharePoint lists in production. Every
/// save is versioned (SaveResult): a stale save gets Conflict and changes nothing.
public interface IRapporteurStore
{
    Task<RapporteurCall?> GetCallAsync(string id, CancellationToken ct);

    /// Every call, newest first (by creation).
    Task<IReadOnlyList<RapporteurCall>> ListCallsAsync(CancellationToken ct);

    Task<SaveResult> SaveCallAsync(RapporteurCall call, CancellationToken ct);

    Task<Nomination?> GetNominationAsync(string id, CancellationToken ct);

    /// The call's nominations in the order they were made.
    Task<IReadOnlyList<Nomination>> ListNominationsAsync(string callId, CancellationToken ct);

    /// Adds a nomination (Version null; Duplicate when the nominee has one for the call: its id is the call and the
    /// nominee, so two presses at the same moment cannot nominate one person twice) or updates it if unchanged since read.
    Task<SaveResult> SaveNominationAsync(Nomination nomination, CancellationToken ct);

    Task<Mandate?> GetMandateAsync(string id, CancellationToken ct);

    /// Every mandate, current and past, newest first (by start).
    Task<IReadOnlyList<Mandate>> ListMandatesAsync(CancellationToken ct);

    Task<SaveResult> SaveMandateAsync(Mandate mandate, CancellationToken ct);
}
