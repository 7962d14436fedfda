using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Groups;

/// Thematic groups and who is in them: one port, SQLite locally and a SharePoint list in production. Saves are versioned.
public interface IGroupStore
{
    Task<ThematicGroup?> GetAsync(string id, CancellationToken ct);

    /// Every group, withdrawn ones included, by English name.
    Task<IReadOnlyList<ThematicGroup>> ListAsync(CancellationToken ct);

    Task<SaveResult> SaveAsync(ThematicGroup group, CancellationToken ct);
}
