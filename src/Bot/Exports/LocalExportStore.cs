using FocalBot.Domain.Members;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace FocalBot.Bot.Exports;

/// Files in a folder of this machine (Storage:Kind=Sqlite), served by the bot itself only through signed links.
/// A file's id is its path under the root, base64url-encoded so it fits one URL segment.
public sealed partial class LocalExportStore(string root, ExportLinks links, ILogger<LocalExportStore> log) : IExportStore
{
    readonly string _root = Path.GetFullPath(root);

    public async Task<ExportedFile> SaveAsync(string folder, ExportFile file, CancellationToken ct)
    {
        var relative = ExportNames.PathOf(folder, file);
        var path = FullPath(relative) ?? throw new ArgumentException("The export path leaves the exports folder.", nameof(folder));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        // Written aside and moved over the old file: a member downloading the previous compilation meanwhile gets it
        // whole, never half of each.
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Guid.NewGuid():N}.part");
        try
        {
            await File.WriteAllBytesAsync(temporary, file.Content, ct);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }

        var id = IdOf(relative);
        LogSaved(log, file.Content.Length);
        return new ExportedFile(id, file.Name, file.ContentType, file.Content.Length, WebUrl: null);
    }

    public ExportLink LinkFor(ExportedFile file, Member member, DateTimeOffset? until = null) => links.Create(file.Id, member.Id, member.Role, until);

    public async Task<byte[]?> ReadAsync(string fileId, CancellationToken ct)
    {
        if (Find(fileId) is not var (path, _, _)) return null;
        try { return await File.ReadAllBytesAsync(path, ct); }
        catch (FileNotFoundException) { return null; }   // removed between the look and the read
    }

    /// The file behind an id, or null when the id is not one this store makes or the file is gone.
    public (string Path, string Name, string ContentType)? Find(string id)
    {
        string relative;
        try { relative = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(id)); }
        catch (FormatException) { return null; }
        if (ExportNames.Parse(relative) is not var (_, name)) return null;
        return FullPath(relative) is { } path && File.Exists(path) ? (path, name, ExportNames.ContentTypeOf(name)) : null;
    }

    internal static string IdOf(string relativePath) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(relativePath));

    // The names were checked already; this second check holds even if that whitelist ever grows a hole.
    string? FullPath(string relative)
    {
        var full = Path.GetFullPath(Path.Combine(_root, relative.Replace('/', Path.DirectorySeparatorChar)));
        return full.StartsWith(_root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    [LoggerMessage(LogLevel.Information, "Export saved locally ({Bytes} bytes)")]
    static partial void LogSaved(ILogger logger, int bytes);
}
