namespace FocalBot.Domain.Shared;

/// What a versioned save did. Stores never overwrite blindly: a save carries the version it read (null for a new
/// record), and loses to a change made since (SharePoint: ETag and If-Match; SQLite: a version column).
public abstract record SaveResult
{
    /// Stored; the record's new version.
    public sealed record Saved(string Version) : SaveResult;

    /// Someone changed or removed the record since it was read: re-read, re-apply if still valid, or report.
    public sealed record Conflict : SaveResult;

    /// A new record clashes with an existing one on its id or another unique key.
    public sealed record Duplicate : SaveResult;

    public static readonly SaveResult Conflicted = new Conflict();
    public static readonly SaveResult Duplicated = new Duplicate();
}
