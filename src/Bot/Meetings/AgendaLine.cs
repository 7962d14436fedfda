using System.Globalization;
using System.Text.Json.Nodes;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;

namespace FocalBot.Bot.Meetings;

/// One agenda line of the office's form: the item's id and wording as typed, and its details when the card carried
/// them. Details null means the card said nothing of them (a card sent before items had details, or a line never given
/// any): the stored item's details then stay (MeetingForm.WithStoredDetails), so an old form loses nothing.
public sealed record AgendaLine(string Id, string En, string Fr)
{
    public ItemDetails? Details { get; init; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(En) && string.IsNullOrWhiteSpace(Fr);

    /// The item this line describes.
    public AgendaItem ToItem(string id) => (Details ?? ItemDetails.None).ApplyTo(new AgendaItem(id, new BilingualText(En, Fr)));
}

/// An agenda item's time, chair, speakers and documents, as the agenda form carries them between its cards: a JSON
/// object in the buttons' data, read back defensively (the client returns data as it got it, and anything it does
/// not read is left out, never guessed).
public sealed record ItemDetails
{
    public static ItemDetails None { get; } = new();

    public AgendaTime? Time { get; init; }
    public AgendaPerson? Chair { get; init; }
    public IReadOnlyList<AgendaPerson> Speakers { get; init; } = [];
    public IReadOnlyList<AgendaDocument> Documents { get; init; } = [];

    public static ItemDetails Of(AgendaItem item) => new() { Time = item.Time, Chair = item.Chair, Speakers = item.Speakers, Documents = item.Documents };

    public AgendaItem ApplyTo(AgendaItem item) => item with { Time = Time, Chair = Chair, Speakers = Speakers, Documents = Documents };

    public JsonObject ToData()
    {
        var data = new JsonObject();
        if (Time is { } t)
        {
            data["day"] = t.Day.ToString(CultureInfo.InvariantCulture);
            data["starts"] = t.Starts.ToString("HH:mm", CultureInfo.InvariantCulture);
            data["ends"] = t.Ends.ToString("HH:mm", CultureInfo.InvariantCulture);
        }
        if (Chair is { } chair) data["chair"] = Person(chair);
        data["speakers"] = new JsonArray([.. Speakers.Select(s => (JsonNode)Person(s))]);
        // A stored file travels by its upload's id only: the card's data is input, so the file itself is found again
        // among the meeting's stored documents (WithStoredFiles), never taken from the card.
        data["documents"] = new JsonArray([.. Documents.Select(d => (JsonNode)(d.File is { } file
            ? new JsonObject { ["title"] = d.Title, ["file"] = file.UploadId }
            : new JsonObject { ["title"] = d.Title, ["url"] = d.Url }))]);
        return data;
    }

    /// The details in a card's data, or null when there are none there (or nothing readable).
    public static ItemDetails? FromData(JsonNode? node)
    {
        if (node is not JsonObject data) return null;
        var time = Int(data["day"]) is { } day && TimeOf(data["starts"]) is { } starts && TimeOf(data["ends"]) is { } ends ? new AgendaTime(day, starts, ends) : null;
        return new ItemDetails
        {
            Time = time,
            Chair = PersonOf(data["chair"]),
            Speakers = [.. (data["speakers"] as JsonArray ?? []).Select(PersonOf).OfType<AgendaPerson>()],
            Documents = [.. (data["documents"] as JsonArray ?? []).OfType<JsonObject>().Select(d => String(d["file"]) is { Length: > 0 } upload
                ? AgendaDocument.Stored(String(d["title"]) ?? "", Unresolved(upload))
                : new AgendaDocument(String(d["title"]) ?? "", String(d["url"]) ?? ""))],
        };
    }

    /// A stored file named on a card by its upload only: no key in the export store, so no rule takes it and no link is
    /// made for it until WithStoredFiles finds it among the meeting's documents.
    static AgendaFile Unresolved(string uploadId) => new(uploadId, "", "", "", 0);

    /// The details with each stored file the card named replaced by the meeting's own (by upload id, keeping the title
    /// typed), and any the meeting does not hold left out: a forged card names no file of the store.
    public ItemDetails WithStoredFiles(IReadOnlyDictionary<string, AgendaFile> stored) => this with
    {
        Documents = [.. Documents.Where(d => d.File is null || stored.ContainsKey(d.File.UploadId))
            .Select(d => d.File is { } f ? d with { File = stored[f.UploadId] } : d)],
    };

    static JsonObject Person(AgendaPerson p)
    {
        var o = new JsonObject { ["kind"] = p.Kind.ToString(), ["name"] = p.Name };
        if (p.Id is not null) o["id"] = p.Id;
        if (p.StateCode is not null) o["state"] = p.StateCode.Value;
        return o;
    }

    static AgendaPerson? PersonOf(JsonNode? node) =>
        node is JsonObject o && Enum.TryParse<AgendaPersonKind>(String(o["kind"]), out var kind) && Enum.IsDefined(kind) && String(o["name"]) is { } name
            && (kind == AgendaPersonKind.Named || String(o["id"]) is not null)
            ? new AgendaPerson(kind, kind == AgendaPersonKind.Named ? null : String(o["id"]), name) { StateCode = StateCode.ParseOptional(String(o["state"])) }
            : null;

    static string? String(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    static int? Int(JsonNode? node) => int.TryParse(String(node), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    static TimeOnly? TimeOf(JsonNode? node) => ParseTime(String(node));

    public static TimeOnly? ParseTime(string? text) =>
        TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;
}
