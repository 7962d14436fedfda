using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FocalBot.Bot.Tests.Storage;

/// Microsoft Graph's document library endpoints, in memory, in front of the list emulator (which gets every other
/// request): the site's drives (two per page), simple upload by path (refused above 4 MB), upload sessions whose slices
/// must be contiguous multiples of 320 KiB sent without a token, replace-by-name, and reading a file's content by its
/// id (a redirect to a pre-authenticated download address, which refuses a token). Names SharePoint refuses are
/// refused. Every request is recorded.
public sealed partial class GraphDriveEmulator : DelegatingHandler
{
    public const string UploadBase = "https://contoso.sharepoint.test/_api/v2.0/uploadSession";
    public const string DownloadBase = "https://contoso.sharepoint.test/_layouts/15/download.aspx";
    public const int SimpleUploadLimit = 4 * 1024 * 1024;
    const int SliceUnit = 320 * 1024;
    const int PageSize = 2;

    readonly Lock _gate = new();
    readonly List<Library> _libraries = [];
    readonly Dictionary<string, Session> _sessions = [];
    readonly List<Recorded> _requests = [];

    public GraphDriveEmulator(GraphListEmulator? lists = null) : base(lists ?? new GraphListEmulator())
    {
        Lists = (GraphListEmulator)InnerHandler!;
        AddLibrary("Documents");
        AddLibrary("Site Assets");
    }

    public GraphListEmulator Lists { get; }

    public sealed record Recorded(string Method, string Path, string? ContentRange, long Length, bool HasAuthorization);

    public sealed class Library(string name)
    {
        public string Name { get; } = name;
        public string DriveId { get; } = "b!" + Guid.NewGuid().ToString("N");
        public string WebUrl => $"https://contoso.sharepoint.com/sites/network/{Uri.EscapeDataString(Name.Replace(" ", ""))}";
        public Dictionary<string, StoredFile> Files { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    public sealed class StoredFile(string path, byte[] content)
    {
        public string Id { get; } = "01" + Guid.NewGuid().ToString("N").ToUpperInvariant();
        public string Path { get; } = path;
        public byte[] Content { get; set; } = content;
        public int Version { get; set; } = 1;
    }

    sealed class Session(Library library, string path)
    {
        public Library Library { get; } = library;
        public string Path { get; } = path;
        public MemoryStream Received { get; } = new();
    }

    public IReadOnlyList<Recorded> Requests { get { lock (_gate) return [.. _requests]; } }

    public Library AddLibrary(string name)
    {
        lock (_gate)
        {
            var library = new Library(name);
            _libraries.Add(library);
            return library;
        }
    }

    public Library? Find(string name) { lock (_gate) return _libraries.FirstOrDefault(l => l.Name == name); }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var uri = request.RequestUri!;
        var isUpload = uri.AbsoluteUri.StartsWith(UploadBase + "/", StringComparison.Ordinal);
        var isDownload = uri.AbsoluteUri.StartsWith(DownloadBase + "?", StringComparison.Ordinal);
        var graphPath = uri.AbsoluteUri.StartsWith(GraphListEmulator.BaseUrl + "/", StringComparison.Ordinal) ? uri.AbsolutePath["/v1.0".Length..] : null;
        if (!isUpload && !isDownload && (graphPath is null || !(graphPath.StartsWith("/drives/") || SiteDrives().IsMatch(graphPath))))
            return await base.SendAsync(request, ct);

        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(ct);
        lock (_gate)
        {
            _requests.Add(new Recorded(request.Method.Method, Uri.UnescapeDataString(isUpload || isDownload ? uri.AbsolutePath : graphPath!),
                request.Content?.Headers.ContentRange?.ToString(), body.Length, request.Headers.Authorization is not null));
            return isUpload ? UploadSlice(request, uri, body) : isDownload ? Download(request, uri) : Handle(request, graphPath!, body);
        }
    }

    HttpResponseMessage Handle(HttpRequestMessage request, string path, byte[] body)
    {
        if (SiteDrives().Match(path) is { Success: true } drives && request.Method == HttpMethod.Get)
            return !string.Equals(Uri.UnescapeDataString(drives.Groups[1].Value), GraphListEmulator.SiteId, StringComparison.OrdinalIgnoreCase)
                ? Answer(request, GraphError.NotFound("Requested site could not be found"))
                : ListDrives(request);

        if (ItemContent().Match(path) is { Success: true } byId && request.Method == HttpMethod.Get)
            return Redirect(request, Uri.UnescapeDataString(byId.Groups[1].Value), Uri.UnescapeDataString(byId.Groups[2].Value));

        var item = ItemByPath().Match(path);
        if (!item.Success) return Answer(request, GraphError.Invalid($"Unsupported {request.Method} {path}"));
        var library = _libraries.FirstOrDefault(l => l.DriveId == Uri.UnescapeDataString(item.Groups[1].Value));
        if (library is null) return Answer(request, GraphError.NotFound("The drive does not exist."));
        var filePath = Uri.UnescapeDataString(item.Groups[2].Value);
        if (Refused(filePath) is { } refused) return Answer(request, refused);

        return (item.Groups[3].Value, request.Method.Method) switch
        {
            ("content", "PUT") => body.Length > SimpleUploadLimit
                ? Answer(request, new GraphError(413, "requestEntityTooLarge", "Simple upload takes at most 4 MB; use an upload session."))
                : Store(request, library, filePath, body),
            ("createUploadSession", "POST") => CreateSession(request, library, filePath, body),
            _ => Answer(request, GraphError.Invalid($"Unsupported {request.Method} {path}")),
        };
    }

    HttpResponseMessage ListDrives(HttpRequestMessage request)
    {
        var skip = int.TryParse(System.Web.HttpUtility.ParseQueryString(request.RequestUri!.Query)["$skiptoken"], out var s) ? s : 0;
        var page = _libraries.Skip(skip).Take(PageSize).ToList();
        var answer = new JsonObject
        {
            ["value"] = new JsonArray([.. page.Select(l => (JsonNode)new JsonObject
            {
                ["id"] = l.DriveId, ["name"] = l.Name, ["webUrl"] = l.WebUrl, ["driveType"] = "documentLibrary",
            })]),
        };
        if (skip + PageSize < _libraries.Count)
            answer["@odata.nextLink"] = $"{GraphListEmulator.BaseUrl}/sites/{Uri.EscapeDataString(GraphListEmulator.SiteId)}/drives?$select=id,name,webUrl&$skiptoken={skip + PageSize}";
        return Answer(request, 200, answer);
    }

    HttpResponseMessage CreateSession(HttpRequestMessage request, Library library, string path, byte[] body)
    {
        var behavior = body.Length == 0 ? null : (string?)JsonNode.Parse(body)?["item"]?["@microsoft.graph.conflictBehavior"];
        // Without "replace" an existing name is a conflict; the emulator reports it at once.
        if (behavior != "replace" && library.Files.ContainsKey(path))
            return Answer(request, new GraphError(409, "nameAlreadyExists", "The specified item name already exists."));
        var id = Guid.NewGuid().ToString("N");
        _sessions[id] = new Session(library, path);
        return Answer(request, 200, new JsonObject
        {
            ["uploadUrl"] = $"{UploadBase}/{id}?tempauth=emulated",
            ["expirationDateTime"] = DateTimeOffset.UtcNow.AddHours(1).ToString("O"),
            ["nextExpectedRanges"] = new JsonArray("0-"),
        });
    }

    HttpResponseMessage UploadSlice(HttpRequestMessage request, Uri uri, byte[] body)
    {
        // The upload URL carries its own authorisation; Graph documents a 401 when a bearer token comes along.
        if (request.Headers.Authorization is not null) return Answer(request, new GraphError(401, "unauthenticated", "Do not send a token to the upload URL."));
        if (!_sessions.TryGetValue(uri.Segments[^1], out var session)) return Answer(request, GraphError.NotFound("The upload session does not exist or expired."));
        if (request.Method != HttpMethod.Put || request.Content?.Headers.ContentRange is not { From: { } from, To: { } to, Length: { } total })
            return Answer(request, GraphError.Invalid("Each slice is a PUT with Content-Range: bytes {from}-{to}/{total}."));
        if (from != session.Received.Length) return Answer(request, new GraphError(416, "invalidRange", "The slice does not start where the last one ended."));
        if (to - from + 1 != body.Length) return Answer(request, GraphError.Invalid("Content-Range does not match the body's length."));
        if (body.Length >= 60 * 1024 * 1024) return Answer(request, GraphError.Invalid("A slice must be smaller than 60 MiB."));
        var last = to + 1 == total;
        if (!last && body.Length % SliceUnit != 0) return Answer(request, GraphError.Invalid("Every slice but the last must be a multiple of 320 KiB."));

        session.Received.Write(body);
        if (!last)
            return Answer(request, 202, new JsonObject
            {
                ["expirationDateTime"] = DateTimeOffset.UtcNow.AddHours(1).ToString("O"),
                ["nextExpectedRanges"] = new JsonArray($"{session.Received.Length}-"),
            });
        _sessions.Remove(uri.Segments[^1]);
        return Store(request, session.Library, session.Path, session.Received.ToArray());
    }

    /// GET …/items/{id}/content: Graph answers 302 with a short-lived download address on the SharePoint host.
    HttpResponseMessage Redirect(HttpRequestMessage request, string driveId, string itemId)
    {
        var library = _libraries.FirstOrDefault(l => l.DriveId == driveId);
        if (library is null) return Answer(request, GraphError.NotFound("The drive does not exist."));
        if (!library.Files.Values.Any(f => f.Id == itemId)) return Answer(request, GraphError.NotFound("The resource could not be found."));
        var answer = new HttpResponseMessage(HttpStatusCode.Found) { RequestMessage = request };
        answer.Headers.Location = new Uri($"{DownloadBase}?UniqueId={Uri.EscapeDataString(itemId)}&tempauth=emulated");
        return answer;
    }

    HttpResponseMessage Download(HttpRequestMessage request, Uri uri)
    {
        // The address carries its own authorisation, as upload sessions' do.
        if (request.Headers.Authorization is not null) return Answer(request, new GraphError(401, "unauthenticated", "Do not send a token to the download URL."));
        var id = System.Web.HttpUtility.ParseQueryString(uri.Query)["UniqueId"];
        var file = _libraries.SelectMany(l => l.Files.Values).FirstOrDefault(f => f.Id == id);
        if (file is null) return Answer(request, GraphError.NotFound("The file does not exist."));
        return new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = new ByteArrayContent(file.Content) };
    }

    /// Creates the file (201) or replaces the one with that name (200), its folders made on the way.
    HttpResponseMessage Store(HttpRequestMessage request, Library library, string path, byte[] content)
    {
        if (library.Files.TryGetValue(path, out var existing))
        {
            existing.Content = content;
            existing.Version++;
            return Answer(request, 200, ItemJson(library, existing));
        }
        var file = new StoredFile(path, content);
        library.Files[path] = file;
        return Answer(request, 201, ItemJson(library, file));
    }

    static JsonObject ItemJson(Library library, StoredFile file) => new()
    {
        ["id"] = file.Id,
        ["name"] = file.Path.Split('/')[^1],
        ["size"] = file.Content.Length,
        ["eTag"] = $"\"{{{file.Id}}},{file.Version}\"",
        ["webUrl"] = $"{library.WebUrl}/{string.Join('/', file.Path.Split('/').Select(Uri.EscapeDataString))}",
        ["file"] = new JsonObject { ["mimeType"] = "application/octet-stream" },
        ["parentReference"] = new JsonObject { ["driveId"] = library.DriveId, ["driveType"] = "documentLibrary" },
    };

    /// What SharePoint refuses in a file or folder name.
    static GraphError? Refused(string path) =>
        path.Split('/').Any(s => s.Length == 0 || s != s.Trim() || s.EndsWith('.') || s.IndexOfAny(['"', '*', ':', '<', '>', '?', '\\', '|', '#', '%']) >= 0 || s is "." or "..")
            ? GraphError.Invalid("The provided name contains invalid characters or is reserved.")
            : null;

    static HttpResponseMessage Answer(HttpRequestMessage request, GraphError error) => Answer(request, error.Status, error.ToJson());

    /// RequestMessage is set on every answer: the SDK's retry handler resends a copy of it.
    static HttpResponseMessage Answer(HttpRequestMessage request, int status, JsonNode body) => new((HttpStatusCode)status)
    {
        RequestMessage = request,
        Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
    };

    [GeneratedRegex(@"^/sites/([^/]+)/drives$")]
    private static partial Regex SiteDrives();

    [GeneratedRegex(@"^/drives/([^/]+)/items/([^/:]+)/content$")]
    private static partial Regex ItemContent();

    [GeneratedRegex(@"^/drives/([^/]+)/items/root:/(.+):/(content|createUploadSession)$")]
    private static partial Regex ItemByPath();
}
