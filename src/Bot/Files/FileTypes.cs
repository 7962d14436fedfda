using System.IO.Compression;
using System.Text;

namespace FocalBot.Bot.Files;

/// The kinds of document members may send: PDF, Word, Excel, OpenDocument, plain text and images. A file is kept only
/// when its extension is one of them AND its content is what the extension says (a .pdf that is not a PDF, a .docx
/// that is a renamed workbook, an executable called .txt are refused), so what the network downloads later opens in
/// the program its name promises.
public static class FileTypes
{
    static readonly byte[] Ole2 = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    static readonly Dictionary<string, Func<byte[], bool>> Signatures = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pdf"] = IsPdf,
        // Word 97-2003 and Excel 97-2003 are compound files: the signature says so, not which program wrote it.
        ["doc"] = c => Starts(c, Ole2),
        ["xls"] = c => Starts(c, Ole2),
        ["docx"] = c => IsOfficeZip(c, "word/document.xml"),
        ["xlsx"] = c => IsOfficeZip(c, "xl/workbook.xml"),
        ["odt"] = c => IsOpenDocument(c, "application/vnd.oasis.opendocument.text"),
        ["ods"] = c => IsOpenDocument(c, "application/vnd.oasis.opendocument.spreadsheet"),
        ["odp"] = c => IsOpenDocument(c, "application/vnd.oasis.opendocument.presentation"),
        ["txt"] = IsPlainText,
        ["png"] = c => Starts(c, Png),
        ["jpg"] = c => Starts(c, Jpeg),
        ["jpeg"] = c => Starts(c, Jpeg),
        ["gif"] = c => Starts(c, "GIF87a"u8) || Starts(c, "GIF89a"u8),
    };

    /// The allowed extensions, lower case, without the dot.
    public static IReadOnlyCollection<string> Extensions => Signatures.Keys;

    public static bool IsAllowed(string? extension) => extension is not null && Signatures.ContainsKey(extension);

    /// True when the content is a file of the kind the (allowed) extension names; false for any other extension.
    public static bool Matches(string extension, byte[] content) =>
        content.Length > 0 && Signatures.TryGetValue(extension, out var matches) && matches(content);

    static bool Starts(byte[] content, ReadOnlySpan<byte> signature) => content.AsSpan().StartsWith(signature);

    // Readers accept the header anywhere in the first kilobyte (after a stray byte order mark, say).
    static bool IsPdf(byte[] content) => content.AsSpan(0, Math.Min(content.Length, 1024)).IndexOf("%PDF-"u8) >= 0;

    /// An Office Open XML package: a zip with its content types and the main part of its program.
    static bool IsOfficeZip(byte[] content, string mainPart) =>
        ReadZip(content, zip => zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry(mainPart) is not null);

    /// An OpenDocument package: a zip whose "mimetype" entry names the kind of document.
    static bool IsOpenDocument(byte[] content, string mediaType) =>
        ReadZip(content, zip =>
        {
            // The entry is a few dozen bytes; a larger one is not what the format writes.
            if (zip.GetEntry("mimetype") is not { Length: > 0 and < 256 } entry) return false;
            using var reader = new StreamReader(entry.Open(), Encoding.ASCII);
            return reader.ReadToEnd().Trim() == mediaType;
        });

    // Only the directory and one tiny entry are read: a zip bomb's huge entries are never inflated.
    static bool ReadZip(byte[] content, Func<ZipArchive, bool> check)
    {
        if (!Starts(content, "PK\u0003\u0004"u8)) return false;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return check(zip);
        }
        catch (InvalidDataException) { return false; }
    }

    /// Text in any single-byte or UTF-8 encoding has no NUL and no control character but tab, line ends and form feed;
    /// UTF-16 text says so with its byte order mark.
    static bool IsPlainText(byte[] content)
    {
        if (Starts(content, [0xFF, 0xFE]) || Starts(content, [0xFE, 0xFF])) return content.Length % 2 == 0;
        foreach (var b in content)
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C)) return false;
        return true;
    }
}
