namespace FocalBot.Bot.Storage.SharePoint;

/// A record's JSON document in multi-line columns Body, Body2…: SharePoint keeps about 64,000 characters per value, so
/// a longer document is split at 60,000 and joined again on reading. Writing every column, empty ones as null, lets a
/// shorter document replace a longer one in the same single write.
public sealed class ListBody(int columns)
{
    /// Characters per column, under SharePoint's limit for one multi-line value.
    public const int Chunk = 60_000;

    public IReadOnlyList<string> Names { get; } = [.. Enumerable.Range(1, columns).Select(i => i == 1 ? "Body" : $"Body{i}")];

    public IEnumerable<ColumnSpec> Specs() =>
        Names.Select((c, i) => ColumnSpec.Multiline(c, i == 0 ? "Content" : $"Content (part {i + 1})"));

    public void Add(Dictionary<string, object?> fields, string json, string what)
    {
        if (json.Length > Chunk * Names.Count) throw new InvalidOperationException($"The {what} document is larger than its list holds ({json.Length} characters).");
        // The JSON writer escapes characters beyond the BMP (emoji) as \uXXXX pairs: a cut never splits a surrogate pair.
        for (var i = 0; i < Names.Count; i++)
            fields[Names[i]] = i * Chunk < json.Length ? json.Substring(i * Chunk, Math.Min(Chunk, json.Length - i * Chunk)) : null;
    }

    public string Read(ListRow row) => string.Concat(Names.Select(c => row.Text(c) ?? ""));
}
