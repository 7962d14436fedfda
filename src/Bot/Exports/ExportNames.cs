using System.Text;
using System.Text.RegularExpressions;

namespace FocalBot.Bot.Exports;

/// The folder and file names both stores accept. A whitelist, not a blacklist: no separators, no "..", no leading dot,
/// none of the characters SharePoint refuses, and only extensions the bot produces or keeps for members (the
/// documents of Files.FileTypes, checked by content before they are saved), so neither a local path nor a served
/// file can be anything else. The local store serves every file as an attachment with the type its extension gives.
public static partial class ExportNames
{
    public const int MaxSegmentLength = 100;
    const int MaxFolderDepth = 4;

    static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".csv"] = "text/csv",
        [".pdf"] = "application/pdf",
        // Calendar programs read an .ics without a charset as ASCII or Latin-1: "Réunion plénière" would arrive garbled.
        [".ics"] = "text/calendar; charset=utf-8",
        [".zip"] = "application/zip",
        // Documents members send (Files.FileTypes). Plain text has no charset: members' files come in any encoding.
        [".doc"] = "application/msword",
        [".xls"] = "application/vnd.ms-excel",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".ods"] = "application/vnd.oasis.opendocument.spreadsheet",
        [".odp"] = "application/vnd.oasis.opendocument.presentation",
        [".txt"] = "text/plain",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
    };

    public static string ContentTypeOf(string name) =>
        ContentTypes.TryGetValue(Path.GetExtension(name), out var type) ? type : throw new ArgumentException("The file's extension is not one the bot exports.", nameof(name));

    public static bool IsSafeName(string? name) =>
        IsSafeSegment(name) && ContentTypes.ContainsKey(Path.GetExtension(name!));

    /// "" (the store's root) or up to four safe segments separated by "/".
    public static bool IsSafeFolder(string? folder) =>
        folder is not null && (folder.Length == 0 || folder.Split('/') is { Length: <= MaxFolderDepth } segments && segments.All(IsSafeSegment));

    /// "folder/name", or the name alone at the root; checked, so a path built from it stays under the store's root.
    public static string PathOf(string folder, string name)
    {
        if (!IsSafeFolder(folder)) throw new ArgumentException("The export folder is not a safe path.", nameof(folder));
        if (!IsSafeName(name)) throw new ArgumentException("The export file name is not safe, or its extension is not one the bot exports.", nameof(name));
        return folder.Length == 0 ? name : $"{folder}/{name}";
    }

    /// PathOf for a file, whose content type must be the one of its extension: the local store serves files with the
    /// type their extension gives.
    public static string PathOf(string folder, ExportFile file)
    {
        var path = PathOf(folder, file.Name);
        var expected = MediaType(ContentTypeOf(file.Name));
        if (!MediaType(file.ContentType).Equals(expected, StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"A {Path.GetExtension(file.Name)} file must be saved as {expected}.", nameof(file));
        return path;
    }

    /// Free text (a meeting's title) as a safe name segment of at most maxLength characters: letters, digits and . _ -
    /// are kept, anything else (brackets included, which a cut could leave unbalanced) becomes a space, runs of spaces
    /// become one, a cut falls between words, and the ends are trimmed to a letter or digit. Empty when nothing usable
    /// is left.
    public static string Clean(string text, int maxLength)
    {
        // Composed first, so a decomposed "é" stays one letter; a lone surrogate, which Normalize refuses, is dropped below.
        string composed;
        try { composed = text.Normalize(NormalizationForm.FormC); }
        catch (ArgumentException) { composed = text; }
        var kept = new StringBuilder(composed.Length);
        foreach (var c in composed)
        {
            if (char.IsLetterOrDigit(c) || c is '.' or '_' or '-') kept.Append(c);
            else if (kept.Length > 0 && kept[^1] != ' ') kept.Append(' ');
        }
        var cleaned = kept.ToString();
        if (cleaned.Length > maxLength)
        {
            var cut = cleaned.LastIndexOf(' ', maxLength);
            cleaned = cleaned[..(cut > maxLength / 2 ? cut : maxLength)];
        }
        cleaned = cleaned.Trim(' ', '.', '_', '-');
        return IsSafeSegment(cleaned) ? cleaned : "";
    }

    // "text/calendar; charset=utf-8" and "text/calendar; method=REQUEST; charset=utf-8" are the same type of file.
    static string MediaType(string contentType) => contentType.Split(';')[0].Trim();

    /// Splits and checks a path made by PathOf; null for anything PathOf would not have made.
    public static (string Folder, string Name)? Parse(string? path)
    {
        if (string.IsNullOrEmpty(path)) return null;
        var slash = path.LastIndexOf('/');
        var (folder, name) = slash < 0 ? ("", path) : (path[..slash], path[(slash + 1)..]);
        return IsSafeFolder(folder) && IsSafeName(name) ? (folder, name) : null;
    }

    static bool IsSafeSegment(string? segment) =>
        segment is { Length: > 0 and <= MaxSegmentLength } && Segment().IsMatch(segment)
        // SharePoint reserves these prefixes for its own folders and lock files.
        && !segment.StartsWith("_vti_", StringComparison.OrdinalIgnoreCase);

    // Letters, digits, space and . _ - ( ); starts and ends with a letter, digit or closing bracket, so "..", ".key"
    // and "name." are out.
    [GeneratedRegex(@"^[\p{L}\p{N}](?:[\p{L}\p{N} ._()-]*[\p{L}\p{N})])?$")]
    private static partial Regex Segment();
}
