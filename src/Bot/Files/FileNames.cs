using FocalBot.Bot.Exports;

namespace FocalBot.Bot.Files;

/// A sent file's name as the bot keeps it: the last part of whatever path came with it, no control or reserved
/// characters (the export stores' whitelist: letters, digits, space and . _ -), at most MaxStemLength characters
/// before the extension, cut between words, and the extension of its type, lower case. A name with nothing usable
/// left becomes "file".
public static class FileNames
{
    public const int MaxStemLength = 80;
    const string Fallback = "file";

    public static string Sanitise(string? sentName, string extension)
    {
        var name = sentName ?? "";
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        // "report.PDF" keeps "report"; "minutes.2026" keeps its dot, as its type is not in its name.
        if (name.EndsWith("." + extension, StringComparison.OrdinalIgnoreCase)) name = name[..^(extension.Length + 1)];
        var stem = ExportNames.Clean(name, MaxStemLength);
        return $"{(stem.Length == 0 ? Fallback : stem)}.{extension.ToLowerInvariant()}";
    }
}
