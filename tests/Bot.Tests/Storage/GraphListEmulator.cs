using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FocalBot.Bot.Tests.Storage;

/// Microsoft Graph's SharePoint list endpoints, in memory, where the stores depend on their behaviour: lists and
/// columns, items with eTags and If-Match, $filter only on indexed columns, unique columns, small pages with
/// @odata.nextLink. Faults can be queued (429/503 with Retry-After, a dropped connection, before or after the write
/// is applied). Every request is recorded. Used as the final handler under the real Graph SDK.
public sealed partial class GraphListEmulator : HttpMessageHandler
{
    public const string BaseUrl = "https://graph.test/v1.0";
    public const string SiteId = "contoso.sharepoint.com,2b7c4a61-9d3e-4f5a-8b1c-6d2e9f0a1b3c,7e4d2c1b-3a5f-4e6d-9c8b-1a2b3c4d5e6f";

    readonly Lock _gate = new();
    readonly List<EmulatedList> _lists = [];
    readonly List<Fault> _faults = [];
    readonly List<(Func<HttpRequestMessage, bool> When, Action Act)> _interjections = [];
    readonly List<Recorded> _requests = [];

    /// Items per page whatever $top asks (the server may return fewer): small, so paging is exercised.
    public int PageSize { get; set; } = 5;

    /// False: a request carrying "Prefer: HonorNonIndexedQueriesWarningMayFailRandomly" is refused, which proves the
    /// stores never need it. True: SharePoint's behaviour, where that header lets a non-indexed filter through.
    public bool HonorsNonIndexedPrefer { get; set; }

    /// The app holds only the 'write' role on the site: creating lists or columns is refused (403).
    public bool RefusesSchemaChanges { get; set; }

    /// SharePoint's PATCH …/fields answer carries the new "@odata.etag"; false leaves it out.
    public bool FieldsAnswerCarriesETag { get; set; } = true;

    /// True: every answer comes after a hop to the thread pool, as one from the network would. Otherwise the whole call
    /// completes synchronously, and concurrent callers each run to their end in turn instead of interleaving.
    public bool AnswersAsynchronously { get; set; }

    /// How a write clashing with a unique column is answered. Graph does not document it: 409 "nameAlreadyExists" is
    /// what is reported for Graph, while SharePoint's own API has answered 500 with a localised message. A store must
    /// not depend on which.
    public int UniqueClashStatus { get; set; } = 409;

    public sealed record Recorded(string Method, string Path, string Query, bool HasPrefer)
    {
        public bool IsWrite => Method is "POST" or "PATCH" or "PUT" or "DELETE";
    }

    public IReadOnlyList<Recorded> Requests { get { lock (_gate) return [.. _requests]; } }

    public EmulatedList? List(string displayName) { lock (_gate) return _lists.FirstOrDefault(l => l.DisplayName == displayName); }

    /// The next `times` matching requests get `status` (with Retry-After when given), before or after being applied.
    public GraphListEmulator Fail(int times, int status, Func<HttpRequestMessage, bool>? when = null, TimeSpan? retryAfter = null, bool afterApplying = false)
    {
        lock (_gate) _faults.Add(new Fault(when ?? (_ => true), times, status, retryAfter, Drop: false, afterApplying));
        return this;
    }

    /// The next `times` matching requests lose their connection (HttpRequestException), before or after being applied.
    public GraphListEmulator DropConnection(int times, Func<HttpRequestMessage, bool>? when = null, bool afterApplying = false)
    {
        lock (_gate) _faults.Add(new Fault(when ?? (_ => true), times, 0, null, Drop: true, afterApplying));
        return this;
    }

    /// Runs once, just before the first matching request is handled: another writer getting in first.
    public GraphListEmulator Interject(Func<HttpRequestMessage, bool> when, Action act)
    {
        lock (_gate) _interjections.Add((when, act));
        return this;
    }

    /// Someone else edits an item in SharePoint: its fields change and its eTag moves on.
    public void Edit(string listName, Func<JsonObject, bool> which, Action<JsonObject> change)
    {
        lock (_gate)
        {
            var item = _lists.Single(l => l.DisplayName == listName).Items.First(i => which(i.Fields));
            change(item.Fields);
            item.Version++;
        }
    }

    public static bool IsItemWrite(HttpRequestMessage r) => r.Method != HttpMethod.Get && r.RequestUri!.AbsolutePath.Contains("/items");
    public static bool IsItemCreate(HttpRequestMessage r) => r.Method == HttpMethod.Post && r.RequestUri!.AbsolutePath.EndsWith("/items");
    public static bool IsFieldsUpdate(HttpRequestMessage r) => r.Method == HttpMethod.Patch && r.RequestUri!.AbsolutePath.EndsWith("/fields");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (AnswersAsynchronously) await Task.Yield();
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(ct);
        var uri = request.RequestUri!;
        if (!uri.AbsoluteUri.StartsWith(BaseUrl + "/", StringComparison.Ordinal)) throw new InvalidOperationException($"Not a Graph emulator URL: {uri}");
        var path = uri.AbsolutePath["/v1.0".Length..];
        var prefer = request.Headers.TryGetValues("Prefer", out var values) && values.Any(v => v.Contains(ODataQuery.NonIndexedPrefer));

        Fault? fault;
        HttpResponseMessage response;
        lock (_gate)
        {
            _requests.Add(new Recorded(request.Method.Method, Uri.UnescapeDataString(path), Uri.UnescapeDataString(uri.Query), prefer));
            foreach (var interjection in _interjections.Where(i => i.When(request)).ToList())
            {
                _interjections.Remove(interjection);
                interjection.Act();
            }
            fault = _faults.FirstOrDefault(f => f.Remaining > 0 && f.When(request));
            if (fault is not null) fault.Remaining--;
            if (fault is { AfterApplying: false }) return fault.Answer(request);
            response = Handle(request, path, body is { Length: > 0 } ? JsonNode.Parse(body) as JsonObject : null, prefer);
        }
        return fault is null ? response : fault.Answer(request);
    }

    HttpResponseMessage Handle(HttpRequestMessage request, string path, JsonObject? body, bool prefer)
    {
        if (prefer && !HonorsNonIndexedPrefer)
            return Answer(request, GraphError.Invalid($"The emulator refuses 'Prefer: {ODataQuery.NonIndexedPrefer}': the stores must filter on indexed columns only."));

        var s = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        if (s.Length < 3 || s[0] != "sites" || s[2] != "lists") return Answer(request, GraphError.Invalid($"Unsupported resource {path}"));
        if (!string.Equals(s[1], SiteId, StringComparison.OrdinalIgnoreCase)) return Answer(request, GraphError.NotFound("Requested site could not be found"));

        var method = request.Method.Method;
        var query = ODataQuery.Parse(request.RequestUri!);
        if (s.Length == 3) return method == "POST" ? CreateList(request, body!) : FindLists(request, query);

        var list = _lists.FirstOrDefault(l => l.Id == s[3]);
        if (list is null) return Answer(request, GraphError.NotFound("List does not exist."));
        if (s.Length == 4) return Answer(request, 200, ListJson(list));

        return (s[4], s.Length, method) switch
        {
            ("columns", 5, "GET") => Answer(request, 200, new JsonObject { ["value"] = new JsonArray([.. list.Columns.Select(c => c.DeepClone())]) }),
            ("columns", 5, "POST") => SchemaChange(request, () => list.AddColumn(body!) is { } e ? Answer(request, e) : Answer(request, 201, list.Column((string)body!["name"]!)!.DeepClone())),
            ("columns", 6, "PATCH") => list.Columns.FirstOrDefault(c => (string?)c["id"] == s[5]) is { } column
                ? SchemaChange(request, () => list.UpdateColumn(column, body!) is { } e ? Answer(request, e) : Answer(request, 200, column.DeepClone()))
                : Answer(request, GraphError.NotFound("Column not found")),
            ("items", 5, "GET") => ListItems(request, list, query, path, prefer),
            ("items", 5, "POST") => CreateItem(request, list, body!),
            ("items", 6 or 7, _) => int.TryParse(s[5], out var id) && list.Find(id) is { } item
                ? ItemRequest(request, list, item, method, fields: s.Length == 7 && s[6] == "fields", body, query)
                : Answer(request, GraphError.NotFound("Item not found")),
            _ => Answer(request, GraphError.Invalid($"Unsupported {method} {path}")),
        };
    }

    HttpResponseMessage FindLists(HttpRequestMessage request, ODataQuery query)
    {
        var lists = _lists.AsEnumerable();
        if (query["filter"] is { } filter)
        {
            var match = DisplayNameFilter().Match(filter);
            if (!match.Success) return Answer(request, GraphError.Invalid($"Unsupported filter on lists: {filter}"));
            var name = match.Groups[1].Value.Replace("''", "'");
            lists = lists.Where(l => string.Equals(l.DisplayName, name, StringComparison.OrdinalIgnoreCase));
        }
        return Answer(request, 200, new JsonObject { ["value"] = new JsonArray([.. lists.Select(ListJson)]) });
    }

    HttpResponseMessage CreateList(HttpRequestMessage request, JsonObject body) => SchemaChange(request, () =>
    {
        var name = (string?)body["displayName"];
        if (string.IsNullOrWhiteSpace(name)) return Answer(request, GraphError.Invalid("displayName is required."));
        if ((string?)body["list"]?["template"] is not (null or "genericList")) return Answer(request, GraphError.Invalid("The emulator only makes generic lists."));
        if (_lists.Any(l => string.Equals(l.DisplayName, name, StringComparison.OrdinalIgnoreCase)))
            return Answer(request, new GraphError(409, "nameAlreadyExists", "A list, survey, discussion board, or document library with the specified title already exists in this Web site."));
        var list = new EmulatedList(name, (string?)body["description"]);
        foreach (var column in body["columns"]?.AsArray() ?? [])
            if (list.AddColumn(column!.AsObject()) is { } error) return Answer(request, error);
        _lists.Add(list);
        return Answer(request, 201, ListJson(list));
    });

    HttpResponseMessage ListItems(HttpRequestMessage request, EmulatedList list, ODataQuery query, string path, bool prefer)
    {
        if ((query.ParseFilter() ?? query.CheckIndexes(list, HonorsNonIndexedPrefer && prefer)) is { } error) return Answer(request, error);
        var top = int.TryParse(query["top"], out var asked) ? Math.Clamp(asked, 1, PageSize) : PageSize;
        var after = query.AfterId();
        var matching = list.Items.Where(i => i.Id > after && query.Matches(list, i)).ToList();
        var page = matching.Take(top).ToList();
        var answer = new JsonObject { ["value"] = new JsonArray([.. page.Select(i => ItemJson(list, i, query.ExpandedFields()))]) };
        if (matching.Count > page.Count) answer["@odata.nextLink"] = query.Continue(BaseUrl, path, page[^1].Id);
        return Answer(request, 200, answer);
    }

    HttpResponseMessage CreateItem(HttpRequestMessage request, EmulatedList list, JsonObject body)
    {
        var (item, error) = list.Create(body["fields"] as JsonObject ?? new JsonObject(), DateTimeOffset.UtcNow);
        return error is not null ? Answer(request, Clash(error)) : Answer(request, 201, ItemJson(list, item!, new HashSet<string>()));
    }

    HttpResponseMessage ItemRequest(HttpRequestMessage request, EmulatedList list, EmulatedList.Item item, string method, bool fields, JsonObject? body, ODataQuery query)
    {
        if (method == "GET") return Answer(request, 200, fields ? FieldsJson(item, new HashSet<string>()) : ItemJson(list, item, query.ExpandedFields()));
        if (method is not ("PATCH" or "DELETE") || (method == "PATCH") != fields) return Answer(request, GraphError.Invalid($"Unsupported {method} on an item"));

        // If-Match: a stale eTag changes nothing.
        if (request.Headers.TryGetValues("If-Match", out var tags) && !tags.Any(t => t.Trim() == "*" || t.Trim() == item.ETag))
            return Answer(request, new GraphError(412, "preconditionFailed", "The provided If-Match header does not match the item's current eTag."));

        if (method == "DELETE")
        {
            list.Remove(item.Id);
            return Answer(request, 204, null);
        }
        if (list.Update(item, body ?? new JsonObject(), DateTimeOffset.UtcNow) is { } error) return Answer(request, Clash(error));
        var answer = FieldsJson(item, new HashSet<string>());
        if (!FieldsAnswerCarriesETag) answer.Remove("@odata.etag");
        return Answer(request, 200, answer);
    }

    GraphError Clash(GraphError error) => error is { Status: 409, Code: "nameAlreadyExists" } && UniqueClashStatus != 409
        ? new GraphError(UniqueClashStatus, "generalException", error.Message)
        : error;

    HttpResponseMessage SchemaChange(HttpRequestMessage request, Func<HttpResponseMessage> change) =>
        RefusesSchemaChanges ? Answer(request, new GraphError(403, "accessDenied", "Access denied. You do not have permission to perform this action or access this resource.")) : change();

    static JsonObject ListJson(EmulatedList l) => new()
    {
        ["id"] = l.Id,
        ["name"] = l.DisplayName.Replace(" ", ""),
        ["displayName"] = l.DisplayName,
        ["description"] = l.Description,
        ["webUrl"] = $"https://contoso.sharepoint.com/sites/network/Lists/{Uri.EscapeDataString(l.DisplayName.Replace(" ", ""))}",
        ["list"] = new JsonObject { ["template"] = "genericList", ["hidden"] = false, ["contentTypesEnabled"] = false },
    };

    /// With expand=fields: all fields (empty selection) or the selected ones; without: none, as Graph does.
    static JsonObject ItemJson(EmulatedList list, EmulatedList.Item item, IReadOnlySet<string>? fields)
    {
        var json = new JsonObject
        {
            ["@odata.etag"] = item.ETag,
            ["id"] = item.Id.ToString(),
            ["eTag"] = item.ETag,
            ["createdDateTime"] = item.Fields["Created"]?.DeepClone(),
            ["lastModifiedDateTime"] = item.Fields["Modified"]?.DeepClone(),
            ["webUrl"] = $"https://contoso.sharepoint.com/sites/network/Lists/{list.Id}/DispForm.aspx?ID={item.Id}",
            ["contentType"] = new JsonObject { ["id"] = "0x0100A1B2C3D4E5F6", ["name"] = "Item" },
        };
        if (fields is not null) json["fields"] = FieldsJson(item, fields);
        return json;
    }

    static JsonObject FieldsJson(EmulatedList.Item item, IReadOnlySet<string> select)
    {
        var all = select.Count == 0;
        var json = new JsonObject { ["@odata.etag"] = item.ETag };
        if (all || select.Contains("id")) json["id"] = item.Id.ToString();
        foreach (var (name, value) in item.Fields)
            if (all || select.Contains(name)) json[name] = value?.DeepClone();
        if (all)
        {
            json["ContentType"] = "Item";
            json["_UIVersionString"] = $"{item.Version}.0";
            json["Attachments"] = false;
        }
        return json;
    }

    static HttpResponseMessage Answer(HttpRequestMessage request, GraphError error) => Answer(request, error.Status, error.ToJson());

    /// RequestMessage is set on every answer: the SDK's retry handler resends a copy of it.
    static HttpResponseMessage Answer(HttpRequestMessage request, int status, JsonNode? body) => new((HttpStatusCode)status)
    {
        RequestMessage = request,
        Content = body is null ? null : new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
    };

    sealed record Fault(Func<HttpRequestMessage, bool> When, int Times, int Status, TimeSpan? RetryAfter, bool Drop, bool AfterApplying)
    {
        public int Remaining { get; set; } = Times;

        public HttpResponseMessage Answer(HttpRequestMessage request)
        {
            if (Drop) throw new HttpRequestException("The connection was closed before an answer arrived (emulated).", new IOException("Connection reset by peer"));
            var code = Status == 429 ? "TooManyRequests" : "serviceNotAvailable";
            var response = GraphListEmulator.Answer(request, new GraphError(Status, code, Status == 429 ? "Too many requests." : "The service is temporarily unavailable."));
            if (RetryAfter is { } wait) response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(wait);
            return response;
        }
    }

    [GeneratedRegex(@"^displayName eq '((?:[^']|'')*)'$")]
    private static partial Regex DisplayNameFilter();
}
