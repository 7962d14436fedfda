using System.ComponentModel.DataAnnotations;

namespace FocalBot.Bot.Files;

/// Section "Files": what a member may send the bot as a document (an annex to an answer, a background document).
/// Checked at startup.
public sealed class FileOptions
{
    public const string Section = "Files";

    /// Largest file kept, in megabytes. The file is held in memory while it is checked and stored, so the cap also
    /// bounds what one message costs the bot.
    [Range(1, 50)]
    public int MaxMegabytes { get; set; } = 20;

    public long MaxBytes => MaxMegabytes * 1024L * 1024L;
}
