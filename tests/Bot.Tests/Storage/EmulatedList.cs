using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FocalBot.Bot.Tests.Storage;

/// A SharePoint list as the emulator keeps it: column definitions (Graph JSON) and items with their versions.
/// Writes are checked as SharePoint checks them: known columns, types, lengths, choices and unique values.
public sealed partial class EmulatedList
{
    public const int MaxIndexes = 20;
    const int MaxMultiline = 63_999;

    readonly SortedDictionary<int, Item> _items = new();
    int _lastId;

    public sealed class Item(int id)
    {
        public int Id { get; } = id;
        public Guid UniqueId { get; } = Guid.NewGuid();
        public int Version { get; set; } = 1;
        public JsonObject Fields { get; } = new();
        public string ETag => $"\"{UniqueId},{Version}\"";
    }

    public EmulatedList(string displayName, string? description)
    {
        DisplayName = displayName;
        Description = description;
        Columns.Add(new JsonObject { ["id"] = NewId(), ["name"] = "Title", ["displayName"] = "Title", ["required"] = true, ["indexed"] = false, ["text"] = new JsonObject { ["maxLength"] = 255 } });
        foreach (var readOnly in new[] { "Created", "Modified" })
            Columns.Add(new JsonObject { ["id"] = NewId(), ["name"] = readOnly, ["displayName"] = readOnly, ["readOnly"] = true, ["indexed"] = false, ["dateTime"] = new JsonObject { ["format"] = "dateTime" } });
    }

    public string Id { get; } = Guid.NewGuid().ToString();
    public string DisplayName { get; }
    public string? Description { get; }
    public List<JsonObject> Columns { get; } = [];
    public IEnumerable<Item> Items => _items.Values;

    public JsonObject? Column(string name) => Columns.FirstOrDefault(c => (string?)c["name"] == name);
    public bool IsIndexed(string name) => Column(name)?["indexed"]?.GetValue<bool>() == true;
    public Item? Find(int id) => _items.GetValueOrDefault(id);
    public void Remove(int id) => _items.Remove(id);

    /// Adds a column from a Graph columnDefinition, or names what SharePoint would refuse.
    public GraphError? AddColumn(JsonObject definition)
    {
        var name = (string?)definition["name"];
        if (name is null || !InternalName().IsMatch(name)) return GraphError.Invalid($"Column name '{name}' is not a valid internal name.");
        if (Column(name) is not null) return new GraphError(409, "nameAlreadyExists", $"A duplicate field name \"{name}\" was found.");
        if (new[] { "text", "boolean", "dateTime", "choice", "number" }.Count(facet => definition[facet] is not null) != 1)
            return GraphError.Invalid($"Column '{name}' needs exactly one type facet.");
        var column = (JsonObject)definition.DeepClone();
        column["id"] = NewId();
        column["indexed"] ??= false;
        Columns.Add(column);
        if (CheckColumns() is { } error) { Columns.Remove(column); return error; }
        return null;
    }

    /// PATCH of a column: index, uniqueness and choices are what the provisioner may change.
    public GraphError? UpdateColumn(JsonObject column, JsonObject patch)
    {
        var before = (JsonObject)column.DeepClone();
        foreach (var key in new[] { "indexed", "enforceUniqueValues" })
            if (patch[key] is { } value) column[key] = value.DeepClone();
        if (patch["choice"]?["choices"] is JsonArray choices && column["choice"] is JsonObject choice) choice["choices"] = choices.DeepClone();
        if (CheckColumns() is not { } error) return null;
        foreach (var key in new[] { "indexed", "enforceUniqueValues", "choice" }) column[key] = before[key]?.DeepClone();
        return error;
    }

    GraphError? CheckColumns()
    {
        if (Columns.Count(c => c["indexed"]?.GetValue<bool>() == true) > MaxIndexes)
            return GraphError.Invalid($"A list can have at most {MaxIndexes} indexed columns.");
        if (Columns.FirstOrDefault(c => c["enforceUniqueValues"]?.GetValue<bool>() == true && c["indexed"]?.GetValue<bool>() != true) is { } loose)
            return GraphError.Invalid($"Column '{loose["name"]}' must be indexed to enforce unique values.");
        if (Columns.FirstOrDefault(c => c["text"]?["allowMultipleLines"]?.GetValue<bool>() != true && c["text"]?["maxLength"]?.GetValue<int>() > 255) is { } wide)
            return GraphError.Invalid($"Column '{wide["name"]}': a single line of text holds at most 255 characters.");
        return null;
    }

    public (Item? Item, GraphError? Error) Create(JsonObject fields, DateTimeOffset now)
    {
        var values = new JsonObject();
        if (Apply(values, fields) is { } error) return (null, error);
        if (values["Title"] is null) return (null, GraphError.Invalid("Field 'Title' is required."));
        if (Duplicate(values, except: null) is { } duplicate) return (null, duplicate);
        var item = new Item(++_lastId);
        foreach (var (key, value) in values) item.Fields[key] = value?.DeepClone();
        item.Fields["Created"] = Instant(now);
        item.Fields["Modified"] = Instant(now);
        _items[item.Id] = item;
        return (item, null);
    }

    public GraphError? Update(Item item, JsonObject fields, DateTimeOffset now)
    {
        var values = (JsonObject)item.Fields.DeepClone();
        if (Apply(values, fields) is { } error) return error;
        if (Duplicate(values, except: item) is { } duplicate) return duplicate;
        item.Fields.Clear();
        foreach (var (key, value) in values) item.Fields[key] = value?.DeepClone();
        item.Fields["Modified"] = Instant(now);
        item.Version++;
        return null;
    }

    GraphError? Apply(JsonObject target, JsonObject fields)
    {
        foreach (var (name, value) in fields)
        {
            if (name.StartsWith('@')) continue;
            var column = Column(name);
            if (column is null) return GraphError.Invalid($"Field '{name}' is not recognized");
            if (column["readOnly"]?.GetValue<bool>() == true) return GraphError.Invalid($"Field '{name}' is read-only");
            if (value is null) { target.Remove(name); continue; }
            if (Convert(column, value) is not { } stored) return GraphError.Invalid($"The value of field '{name}' is not valid for its column.");
            if (stored is JsonValue text && text.TryGetValue<string>(out var s) && s.Length == 0) target.Remove(name);
            else target[name] = stored;
        }
        return null;
    }

    /// The value as SharePoint stores it, or null when the column refuses it.
    static JsonNode? Convert(JsonObject column, JsonNode value)
    {
        var kind = value.GetValueKind();
        if (column["text"] is JsonObject text)
        {
            if (kind != System.Text.Json.JsonValueKind.String) return null;
            var max = text["allowMultipleLines"]?.GetValue<bool>() == true ? MaxMultiline : text["maxLength"]?.GetValue<int>() ?? 255;
            return value.GetValue<string>().Length <= max ? value.DeepClone() : null;
        }
        if (column["boolean"] is not null) return kind is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False ? value.DeepClone() : null;
        if (column["number"] is not null) return kind == System.Text.Json.JsonValueKind.Number ? value.DeepClone() : null;
        if (column["choice"] is JsonObject choice)
            return kind == System.Text.Json.JsonValueKind.String && choice["choices"]!.AsArray().Any(c => (string?)c == value.GetValue<string>()) ? value.DeepClone() : null;
        if (column["dateTime"] is not null)
            return kind == System.Text.Json.JsonValueKind.String && DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                ? Instant(at) : null;
        return null;
    }

    /// SharePoint compares unique values without regard to case.
    GraphError? Duplicate(JsonObject values, Item? except)
    {
        foreach (var column in Columns.Where(c => c["enforceUniqueValues"]?.GetValue<bool>() == true))
        {
            var name = (string)column["name"]!;
            if (values[name] is not { } value) continue;
            if (_items.Values.Any(i => i != except && i.Fields[name] is { } other && string.Equals(other.ToString(), value.ToString(), StringComparison.OrdinalIgnoreCase)))
                return new GraphError(409, "nameAlreadyExists",
                    $"The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [{name}].");
        }
        return null;
    }

    /// Whole seconds in UTC, as SharePoint keeps a dateTime column.
    public static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    static string NewId() => Guid.NewGuid().ToString();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,31}$")]
    private static partial Regex InternalName();
}

/// A Graph error answer: {"error": {"code", "message", "innerError"}}.
public sealed record GraphError(int Status, string Code, string Message)
{
    public static GraphError Invalid(string message) => new(400, "invalidRequest", message);
    public static GraphError NotFound(string message) => new(404, "itemNotFound", message);

    public JsonObject ToJson() => new()
    {
        ["error"] = new JsonObject
        {
            ["code"] = Code,
            ["message"] = Message,
            ["innerError"] = new JsonObject { ["date"] = DateTime.UtcNow.ToString("s", CultureInfo.InvariantCulture), ["request-id"] = Guid.NewGuid().ToString() },
        },
    };
}
