using System.Text.Json.Nodes;

namespace FocalBot.Bot.Protocol;

/// <summary>A file a user sent the bot in a 1:1 chat (bot manifest <c>supportsFiles</c>): Teams delivers it as an attachment
/// of type <c>application/vnd.microsoft.teams.file.download.info</c> whose content holds a short-lived, pre-authorised
/// <c>downloadUrl</c> (on the sender's OneDrive, a SharePoint host) and the <c>fileType</c>.</summary>
public sealed record FileDownloadInfo(string Name, string DownloadUrl, string FileType)
{
    /// <summary>Content type of a file a user sent.</summary>
    public const string ContentType = "application/vnd.microsoft.teams.file.download.info";

    /// <summary>The files an activity carries, in order; attachments of other types or without a URL are skipped.</summary>
    public static IEnumerable<FileDownloadInfo> In(Activity activity) =>
        (activity.Attachments ?? []).Select(From).OfType<FileDownloadInfo>();

    static FileDownloadInfo? From(Attachment attachment)
    {
        if (!string.Equals(attachment.ContentType, ContentType, StringComparison.OrdinalIgnoreCase)) return null;
        var content = attachment.Content as JsonObject;
        if (JsonText.StringOf(content?["downloadUrl"]) is not { Length: > 0 } url) return null;
        var name = attachment.Name ?? "";
        var type = JsonText.StringOf(content?["fileType"]) ?? Path.GetExtension(name).TrimStart('.');
        return new FileDownloadInfo(name, url, type.ToLowerInvariant());
    }

}
