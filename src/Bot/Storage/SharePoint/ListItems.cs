using System.Text.Json.Nodes;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Sites.Item.Lists.Item.Items;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace FocalBot.Bot.Storage.SharePoint;

/// What a write did. Only Done means Graph confirmed it (2xx); the others are answers the stores act on, and every
/// other failure (throttling past the SDK's retries, 5xx, a dropped connection) is an exception.
public enum WriteStatus { Done, DuplicateKey, Changed, Missing }

public sealed record ListWrite(WriteStatus Status, ListRow? Row = null, string? ETag = null)
{
    public static readonly ListWrite DuplicateKey = new(WriteStatus.DuplicateKey);
    public static readonly ListWrite Changed = new(WriteStatus.Changed);
    public static readonly ListWrite Missing = new(WriteStatus.Missing);
}

/// The items of one list under /sites/{site}/lists/{list}/items. Requests are built and sent by the Graph SDK (so its
/// retry handler honours 429/503 Retry-After), but bodies are read as raw JSON: see ListRow.
public sealed class ListItems(GraphServiceClient graph, string siteId, string listId, ListSpec spec)
{
    /// A page of up to 200 items per request; the server may return fewer, and @odata.nextLink says so.
    const int PageSize = 200;

    static readonly Dictionary<string, ParsableFactory<IParsable>> Errors = new() { ["XXX"] = ODataError.CreateFromDiscriminatorValue };

    readonly string _expand = $"fields(select=Title,{string.Join(',', spec.Columns.Select(c => c.Name))})";

    ItemsRequestBuilder Items => graph.Sites[siteId].Lists[listId].Items;

    /// An OData comparison (eq, lt…) of a column with a value; SharePoint refuses it unless the column is indexed, so
    /// only indexed columns pass.
    public string Compare(string column, string op, string value)
    {
        if (!spec.Columns.Any(c => c.Name == column && c.Indexed))
            throw new InvalidOperationException($"{spec.Name}: column {column} is not indexed; SharePoint refuses filters on it.");
        return $"fields/{column} {op} '{value.Replace("'", "''")}'";
    }

    /// Items whose column equals the value. SharePoint compares text case-insensitively: callers check the exact value.
    public Task<IReadOnlyList<ListRow>> WhereAsync(string column, string value, CancellationToken ct) =>
        QueryAsync(Compare(column, "eq", value), int.MaxValue, ct);

    public async Task<ListRow?> GetAsync(string itemId, CancellationToken ct)
    {
        try { return ListRow.From(await SendAsync(Items[itemId].ToGetRequestInformation(r => r.QueryParameters.Expand = [_expand]), ct)); }
        catch (ODataError e) when (e.ResponseStatusCode == 404) { return null; }
    }

    /// Up to max items matching the filter (null: all), in item id order, following @odata.nextLink page by page.
    public async Task<IReadOnlyList<ListRow>> QueryAsync(string? filter, int max, CancellationToken ct)
    {
        var rows = new List<ListRow>();
        var request = Items.ToGetRequestInformation(r =>
        {
            r.QueryParameters.Expand = [_expand];
            r.QueryParameters.Filter = filter;
            r.QueryParameters.Top = Math.Min(max, PageSize);
        });
        while (true)
        {
            var page = await SendAsync(request, ct);
            foreach (var item in page["value"]?.AsArray() ?? [])
            {
                rows.Add(ListRow.From(item!.AsObject()));
                if (rows.Count >= max) return rows;
            }
            if ((string?)page["@odata.nextLink"] is not { } next) return rows;
            request = Items.WithUrl(next).ToGetRequestInformation();
        }
    }

    public async Task<ListWrite> CreateAsync(IReadOnlyDictionary<string, object?> fields, CancellationToken ct)
    {
        var request = Items.ToPostRequestInformation(new ListItem { Fields = new FieldValueSet { AdditionalData = Body(fields) } });
        try { return new ListWrite(WriteStatus.Done, ListRow.From(await SendAsync(request, ct))); }
        catch (ODataError e) when (IsDuplicate(e)) { return ListWrite.DuplicateKey; }
    }

    /// PATCH …/items/{id}/fields: only the given fields change. With ifMatch, a newer item is left alone (412).
    /// The new eTag comes from the answer's @odata.etag; null when Graph did not send one.
    public async Task<ListWrite> UpdateAsync(string itemId, IReadOnlyDictionary<string, object?> fields, string? ifMatch, CancellationToken ct)
    {
        var request = Items[itemId].Fields.ToPatchRequestInformation(new FieldValueSet { AdditionalData = Body(fields) }, r =>
        {
            if (ifMatch is not null) r.Headers.Add("If-Match", ifMatch);
        });
        try { return new ListWrite(WriteStatus.Done, ETag: (string?)(await SendAsync(request, ct))["@odata.etag"]); }
        catch (ODataError e) when (Failure(e) is { } failure) { return failure; }
    }

    public async Task<ListWrite> DeleteAsync(string itemId, string? ifMatch, CancellationToken ct)
    {
        var request = Items[itemId].ToDeleteRequestInformation(r =>
        {
            if (ifMatch is not null) r.Headers.Add("If-Match", ifMatch);
        });
        try
        {
            await graph.RequestAdapter.SendNoContentAsync(request, Errors, ct);
            return new ListWrite(WriteStatus.Done);
        }
        catch (ODataError e) when (Failure(e) is { } failure) { return failure; }
    }

    async Task<JsonObject> SendAsync(RequestInformation request, CancellationToken ct)
    {
        await using var body = await graph.RequestAdapter.SendPrimitiveAsync<Stream>(request, Errors, ct)
                               ?? throw new InvalidOperationException("Graph answered without a body.");
        return await JsonNode.ParseAsync(body, cancellationToken: ct) as JsonObject
               ?? throw new InvalidOperationException("Graph answered with something other than a JSON object.");
    }

    static ListWrite? Failure(ODataError e) => e.ResponseStatusCode switch
    {
        412 => ListWrite.Changed,
        404 => ListWrite.Missing,
        409 when IsDuplicate(e) => ListWrite.DuplicateKey,
        409 => ListWrite.Changed,   // resourceModified: another edit crossed ours
        _ => null,
    };

    /// A unique column already holds the value: Graph's 409 "nameAlreadyExists", worded "duplicate values were found".
    static bool IsDuplicate(ODataError e) => e.ResponseStatusCode == 409
        && (e.Error?.Code == "nameAlreadyExists" || e.Error?.Message?.Contains("duplicate values", StringComparison.OrdinalIgnoreCase) == true);

    static Dictionary<string, object> Body(IReadOnlyDictionary<string, object?> fields) =>
        fields.ToDictionary(f => f.Key, f => f.Value!);   // a null value is sent as JSON null, which clears the field
}
