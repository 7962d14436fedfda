using FocalBot.Domain.Members;

namespace FocalBot.Bot.Exports;

/// A file the bot produced (a compilation, a participant list), ready to be saved.
public sealed record ExportFile(string Name, string ContentType, byte[] Content);

/// A saved file. Id is the store's key for it; WebUrl is its page in SharePoint, null for a local file (reached only
/// through a signed link to the bot).
public sealed record ExportedFile(string Id, string Name, string ContentType, long Length, Uri? WebUrl);

/// A member's way to a saved file, and the moment it stops working: null for a SharePoint page, which does not expire
/// (the library's permissions decide). Cards that state a link's validity read it here.
public sealed record ExportLink(Uri Url, DateTimeOffset? Expires);

/// Where the bot keeps the files it produces: local files (Storage:Kind=Sqlite) or a restricted SharePoint document
/// library. Saving a file with the name of an earlier one in the same folder replaces it, so a recompilation keeps one
/// file per request.
public interface IExportStore
{
    /// Folder is a path of safe segments ("Requests/2026-07"), name a safe file name with a known extension
    /// (ExportNames); anything else is a bug in the caller and throws.
    Task<ExportedFile> SaveAsync(string folder, ExportFile file, CancellationToken ct);

    /// How the member reaches the file: a signed link that works only while the member is active, in the role they have
    /// now, and expires after
    /// Exports:LinkLifetime, or at `until` when that is later (local); or the file's page in the library, whose
    /// permissions decide who may open it (SharePoint).
    ExportLink LinkFor(ExportedFile file, Member member, DateTimeOffset? until = null);

    /// The content of a saved file, by its id (ExportedFile.Id), for the bot itself (a zip of a compilation and its
    /// annexes); null when no file has that id any more. Never hand it to a member: links decide who reads what.
    Task<byte[]?> ReadAsync(string fileId, CancellationToken ct);
}
