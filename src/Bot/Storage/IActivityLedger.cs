namespace FocalBot.Bot.Storage;

/// Remembers which activities were handled, so a redelivered activity has one effect.
public interface IActivityLedger
{
    /// Claims the activity; false when it was claimed before (handled, or being handled).
    Task<bool> TryClaimAsync(string key, DateTimeOffset now, CancellationToken ct);

    /// Records a finished invoke's answer, which its redelivery gets again. Only invokes are completed: any other
    /// redelivery is dropped on its claim alone, so a message turn costs one ledger write, not two.
    Task CompleteAsync(string key, string? invokeResponse, CancellationToken ct);

    /// The stored answer of a handled invoke, or null.
    Task<string?> GetResponseAsync(string key, CancellationToken ct);

    /// Gives up a claim after a fault, so a redelivery runs the turn again.
    Task ReleaseAsync(string key, CancellationToken ct);
}
