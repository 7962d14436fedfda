using System.Globalization;
using System.Text.Json.Nodes;

namespace FocalBot.Bot.Storage.SharePoint;

/// One list item as Graph returned it: its id, its eTag ("\"{guid},{version}\"", the optimistic-concurrency token)
/// and its fields as raw JSON, so text comes back exactly as stored (the SDK's untyped reader turns GUID- and
/// date-looking text into Guid and DateTime values).
public sealed record ListRow(string Id, string ETag, JsonObject Fields)
{
    public static ListRow From(JsonObject item) => new(
        (string?)item["id"] ?? throw new InvalidOperationException("A list item without an id."),
        (string?)item["eTag"] ?? (string?)item["@odata.etag"] ?? throw new InvalidOperationException("A list item without an eTag."),
        item["fields"] as JsonObject ?? new JsonObject());

    /// SharePoint leaves out empty fields, so a missing, null and "" text are all "no value".
    public string? Text(string column) =>
        Fields[column] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    public string RequiredText(string column) =>
        Text(column) ?? throw new InvalidOperationException($"List item {Id} has no {column}.");

    public bool Flag(string column) => Fields[column] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;

    public DateTimeOffset? Instant(string column) => Text(column) is { } text
        ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)
        : null;

    /// Item ids are integers that SharePoint hands out in increasing order: the order items were created in. An id that
    /// is not one (never seen; Graph's own text all the same) sorts last instead of failing the whole listing.
    public long Sequence => long.TryParse(Id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue;

    /// A dateTime column's value: UTC, whole seconds, as SharePoint stores it.
    public static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
