using System.ComponentModel.DataAnnotations;

namespace FocalBot.Bot.Members;

/// Section "Members": how large an imported file may be. Members:TeamId, the network's team, is read by NetworkOptions.
public sealed class MemberOptions
{
    public const string Section = "Members";

    /// Largest CSV file the office may send, in kilobytes.
    [Range(1, 4096)]
    public int MaxImportKilobytes { get; set; } = 512;
}
