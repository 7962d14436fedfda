using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FocalBot.Bot.Tests.Storage;

/// The query options the emulator understands on list items: $filter (comparisons of fields/X joined by "and"),
/// $expand=fields or fields(select=…), $top and SharePoint's $skiptoken ("Paged=TRUE&p_ID=n", base64).
public sealed partial class ODataQuery
{
    public const string NonIndexedPrefer = "HonorNonIndexedQueriesWarningMayFailRandomly";

    public required Dictionary<string, string> Options { get; init; }
    public List<(string Column, string Op, string Literal)> Filter { get; } = [];

    public static ODataQuery Parse(Uri uri)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var cut = pair.IndexOf('=');
            var key = Uri.UnescapeDataString(cut < 0 ? pair : pair[..cut]).TrimStart('$');
            options[key] = cut < 0 ? "" : Uri.UnescapeDataString(pair[(cut + 1)..].Replace('+', ' '));
        }
        return new ODataQuery { Options = options };
    }

    public string? this[string option] => Options.GetValueOrDefault(option);

    /// Parses $filter; an error when it is not "fields/X op literal [and …]".
    public GraphError? ParseFilter()
    {
        if (this["filter"] is not { Length: > 0 } filter) return null;
        foreach (var clause in SplitAnd(filter))
        {
            var match = Clause().Match(clause);
            if (!match.Success) return GraphError.Invalid($"Invalid filter clause: {clause}");
            Filter.Add((match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value));
        }
        return null;
    }

    /// SharePoint's rule: a filter may only name indexed columns, unless the caller accepts the risk with Prefer.
    public GraphError? CheckIndexes(EmulatedList list, bool preferAllowsNonIndexed)
    {
        foreach (var (column, _, _) in Filter)
        {
            if (list.Column(column) is null) return GraphError.Invalid($"Field '{column}' is not recognized");
            if (!list.IsIndexed(column) && !preferAllowsNonIndexed)
                return GraphError.Invalid($"Field '{column}' cannot be referenced in filter or orderby as it is not indexed. " +
                                          $"Provide the 'Prefer: {NonIndexedPrefer}' header to allow this, but be warned that such queries may fail on large lists.");
        }
        return null;
    }

    public bool Matches(EmulatedList list, EmulatedList.Item item) =>
        Filter.All(c => Compare(list.Column(c.Column)?["dateTime"] is not null, item.Fields[c.Column], c.Op, c.Literal));

    /// Text compares without regard to case, as SharePoint does; a dateTime column as instants.
    static bool Compare(bool instant, JsonNode? field, string op, string literal)
    {
        if (field is null) return false;
        int order;
        if (literal.StartsWith('\''))
        {
            var text = literal[1..^1].Replace("''", "'");
            var value = field.ToString();
            order = instant
                ? DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
                    .CompareTo(DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal))
                : string.Compare(value, text, StringComparison.OrdinalIgnoreCase);
        }
        else if (literal is "true" or "false") order = field.ToString() == literal ? 0 : 1;
        else order = field.GetValue<double>().CompareTo(double.Parse(literal, CultureInfo.InvariantCulture));
        return op switch { "eq" => order == 0, "ne" => order != 0, "lt" => order < 0, "le" => order <= 0, "gt" => order > 0, _ => order >= 0 };
    }

    /// Null: no fields; empty: all fields; otherwise the selected ones.
    public IReadOnlySet<string>? ExpandedFields()
    {
        if (this["expand"] is not { } expand) return null;
        var match = Expand().Match(expand.Trim());
        if (!match.Success) return null;
        return match.Groups[1].Success
            ? match.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet()
            : new HashSet<string>();
    }

    public int AfterId() =>
        this["skiptoken"] is { } token && Encoding.UTF8.GetString(Convert.FromBase64String(token)) is var decoded && decoded.StartsWith("Paged=TRUE&p_ID=")
            ? int.Parse(decoded["Paged=TRUE&p_ID=".Length..], CultureInfo.InvariantCulture)
            : 0;

    /// The same query, continued after an item id.
    public string Continue(string baseUrl, string path, int lastId)
    {
        var options = Options.Where(o => !o.Key.Equals("skiptoken", StringComparison.OrdinalIgnoreCase))
            .Select(o => $"%24{o.Key}={Uri.EscapeDataString(o.Value)}")
            .Append($"%24skiptoken={Uri.EscapeDataString(Convert.ToBase64String(Encoding.UTF8.GetBytes($"Paged=TRUE&p_ID={lastId}")))}");
        return $"{baseUrl}{path}?{string.Join('&', options)}";
    }

    static IEnumerable<string> SplitAnd(string filter)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i < filter.Length; i++)
        {
            if (filter[i] == '\'') quoted = !quoted;
            else if (!quoted && string.Compare(filter, i, " and ", 0, 5, StringComparison.OrdinalIgnoreCase) == 0)
            {
                yield return filter[start..i];
                start = i + 5;
                i += 4;
            }
        }
        yield return filter[start..];
    }

    [GeneratedRegex(@"^\s*fields/([A-Za-z0-9_]+)\s+(eq|ne|lt|le|gt|ge)\s+('(?:[^']|'')*'|true|false|-?\d+(?:\.\d+)?)\s*$")]
    private static partial Regex Clause();

    [GeneratedRegex(@"^fields(?:\(\$?select=([^)]*)\))?$")]
    private static partial Regex Expand();
}
