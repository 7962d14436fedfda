namespace FocalBot.Domain.Audit;

/// One change of state: who, what, when and on which record. Ids only, never content.
public sealed record AuditEntry(DateTimeOffset At, string ActorId, string Action, string SubjectType, string SubjectId);

/// Append-only: entries are added and read, never changed or removed.
public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry, CancellationToken ct);

    /// The newest entries first.
    Task<IReadOnlyList<AuditEntry>> ListAsync(int max, CancellationToken ct);
}
