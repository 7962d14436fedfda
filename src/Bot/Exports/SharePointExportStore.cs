using FocalBot.Bot.Storage.SharePoint;
using FocalBot.Domain.Members;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace FocalBot.Bot.Exports;

/// Files in a document library of the network's restricted site (Storage:Kind=SharePoint). The library's permissions
/// decide who opens a file; the bot only uploads and hands out the file's address.
public sealed partial class SharePointExportStore(GraphServiceClient graph, IOptions<SharePointOptions> site, IOptions<ExportOptions> options, ILogger<SharePointExportStore> log)
    : IExportStore
{
    /// Graph's simple upload takes at most 4 MB; above, an upload session sends the file in slices.
    public const int SimpleUploadLimit = 4 * 1024 * 1024;

    /// Slices must be multiples of 320 KiB (and under 60 MiB); ten make 3.125 MiB, few requests without large buffers.
    public const int SliceSize = 10 * 320 * 1024;

    readonly Lock _gate = new();
    Task<string>? _drive;

    public async Task<ExportedFile> SaveAsync(string folder, ExportFile file, CancellationToken ct)
    {
        var path = ExportNames.PathOf(folder, file);
        var drive = await DriveAsync().WaitAsync(ct);
        var target = graph.Drives[drive].Items["root"].ItemWithPath(path);

        DriveItem? item;
        if (file.Content.Length <= SimpleUploadLimit)
        {
            // PUT by path replaces a file of the same name (Graph's default for PUT), as a recompilation should.
            using var content = new MemoryStream(file.Content, writable: false);
            item = await target.Content.PutAsync(content, cancellationToken: ct);
        }
        else
        {
            var session = await target.CreateUploadSession.PostAsync(new CreateUploadSessionPostRequestBody
            {
                Item = new DriveItemUploadableProperties { AdditionalData = new Dictionary<string, object> { ["@microsoft.graph.conflictBehavior"] = "replace" } },
            }, cancellationToken: ct) ?? throw new InvalidOperationException("Graph created no upload session.");
            using var content = new MemoryStream(file.Content, writable: false);
            // The slices go to the session's own URL, which carries its authorisation: the SDK sends them through the
            // Graph client, whose token provider adds a token only for the Graph host.
            var upload = new LargeFileUploadTask<DriveItem>(session, content, SliceSize, graph.RequestAdapter);
            var result = await upload.UploadAsync(cancellationToken: ct);
            if (!result.UploadSucceeded) throw new InvalidOperationException("The upload session ended without the file.");
            item = result.ItemResponse;
        }

        if (item?.Id is null || !Uri.TryCreate(item.WebUrl, UriKind.Absolute, out var webUrl))
            throw new InvalidOperationException("Graph stored the file but returned no id or address for it.");
        LogUploaded(log, item.Id, file.Content.Length, file.Content.Length > SimpleUploadLimit);
        return new ExportedFile(item.Id, file.Name, file.ContentType, file.Content.Length, webUrl);
    }

    public ExportLink LinkFor(ExportedFile file, Member member, DateTimeOffset? until = null) =>
        new(file.WebUrl ?? throw new ArgumentException("A file saved in SharePoint has its address; this one has none.", nameof(file)), Expires: null);

    /// Graph answers the content request with a redirect to a pre-authenticated download address, which the SDK's
    /// redirect handler follows without the bot's token (another host).
    public async Task<byte[]?> ReadAsync(string fileId, CancellationToken ct)
    {
        var drive = await DriveAsync().WaitAsync(ct);
        try
        {
            await using var content = await graph.Drives[drive].Items[fileId].Content.GetAsync(cancellationToken: ct);
            if (content is null) return null;
            using var buffer = new MemoryStream();
            await content.CopyToAsync(buffer, ct);
            LogRead(log, fileId, buffer.Length);
            return buffer.ToArray();
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404) { return null; }
    }

    Task<string> DriveAsync()
    {
        lock (_gate)
        {
            // A failed look-up (Graph down, library not made yet) is tried again by the next save, not cached.
            if (_drive is null || _drive.IsFaulted || _drive.IsCanceled) _drive = FindDriveAsync();
            return _drive;
        }
    }

    /// The library's drive, found by name among the site's drives. The bot does not create the library: a new one
    /// would inherit the site's permissions, and who may read compilations is the administrator's decision.
    async Task<string> FindDriveAsync()
    {
        var siteId = site.Value.SiteId ?? throw new InvalidOperationException("Storage:SharePoint:SiteId is not set.");
        var library = options.Value.Library;
        var page = await graph.Sites[siteId].Drives.GetAsync(r => r.QueryParameters.Select = ["id", "name", "webUrl"]);
        while (page is not null)
        {
            if (page.Value?.FirstOrDefault(d => string.Equals(d.Name, library, StringComparison.OrdinalIgnoreCase)) is { Id: { } id })
                return id;
            page = page.OdataNextLink is { } next ? await graph.Sites[siteId].Drives.WithUrl(next).GetAsync() : null;
        }
        throw new InvalidOperationException(
            $"The document library '{library}' (Exports:Library) is not on the SharePoint site. Create it, with the permissions that decide who reads the bot's files (README, \"The exports library\").");
    }

    [LoggerMessage(LogLevel.Information, "Export item {ItemId} read from SharePoint ({Bytes} bytes)")]
    static partial void LogRead(ILogger logger, string itemId, long bytes);

    [LoggerMessage(LogLevel.Information, "Export uploaded to SharePoint as item {ItemId} ({Bytes} bytes, upload session: {Session})")]
    static partial void LogUploaded(ILogger logger, string itemId, int bytes, bool session);
}
