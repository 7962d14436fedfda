using FocalBot.Bot.Protocol;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Files;

/// Takes in a file a member sent as a document: an allowed type (FileTypes), downloaded from Microsoft 365 only,
/// within Files:MaxMegabytes, its content of the kind its extension says, its name sanitised. A refused file is not
/// kept anywhere: the bytes are dropped with the turn.
public sealed partial class FileReceiver(FileDownloader downloader, IOptions<FileOptions> options, ILogger<FileReceiver> log)
{
    public enum Refusal { TypeNotAllowed, HostRefused, TooLarge, Unavailable, Empty, NotOfItsType }

    /// The file, or why it was refused.
    public sealed record Received(ReceivedFile? File, Refusal? Refusal);

    public int MaxMegabytes => options.Value.MaxMegabytes;

    public async Task<Received> ReceiveAsync(FileDownloadInfo sent, CancellationToken ct)
    {
        var extension = sent.FileType.ToLowerInvariant();
        // Checked before anything is fetched: a type we would refuse is not worth a download.
        if (!FileTypes.IsAllowed(extension)) return Refused(Refusal.TypeNotAllowed);

        var download = await downloader.DownloadAsync(sent.DownloadUrl, options.Value.MaxBytes, ct);
        var refusal = download.Outcome switch
        {
            FileDownloader.Outcome.HostRefused => Refusal.HostRefused,
            FileDownloader.Outcome.TooLarge => Refusal.TooLarge,
            FileDownloader.Outcome.Unavailable => Refusal.Unavailable,
            _ when download.Content is not { Length: > 0 } => Refusal.Empty,
            _ when !FileTypes.Matches(extension, download.Content) => Refusal.NotOfItsType,
            _ => (Refusal?)null,
        };
        if (refusal is { } refused) return Refused(refused);

        LogReceived(log, extension, download.Content!.Length);
        return new(new ReceivedFile(FileNames.Sanitise(sent.Name, extension), extension, download.Content), null);
    }

    /// What the member is told, in their language: the file's name as sent (shown as plain text) and what to do.
    public string Describe(Refusal refusal, string sentName, Language language)
    {
        var name = FileNames.Sanitise(sentName, Path.GetExtension(sentName).TrimStart('.'));
        return refusal switch
        {
            Refusal.TypeNotAllowed => FileTexts.TypeNotAllowed.Format(language, name),
            Refusal.HostRefused => FileTexts.HostRefused.Format(language, name),
            Refusal.TooLarge => FileTexts.TooLarge.Format(language, name, MaxMegabytes),
            Refusal.Empty => FileTexts.Empty.Format(language, name),
            Refusal.NotOfItsType => FileTexts.NotOfItsType.Format(language, name),
            _ => FileTexts.Unavailable.Format(language, name),
        };
    }

    Received Refused(Refusal refusal)
    {
        LogRefused(log, refusal);
        return new(null, refusal);
    }

    [LoggerMessage(LogLevel.Information, "File received: {Extension}, {Bytes} bytes")]
    static partial void LogReceived(ILogger logger, string extension, int bytes);

    [LoggerMessage(LogLevel.Information, "File refused: {Refusal}")]
    static partial void LogRefused(ILogger logger, Refusal refusal);
}
