using System.Text.Json;
using System.Text.Json.Nodes;

namespace FocalBot.Bot.Tests.MemberDirectory;

/// Reads a directory card's layout: its group headings, the members listed (in order), its buttons. Its text: CardText.
static class DirectoryCardReader
{
    /// The group headings, top to bottom.
    public static IReadOnlyList<string> Headings(JsonNode card) => Objects(card)
        .Where(o => Str(o["type"]) == "TextBlock" && Str(o["size"]) == "Medium")
        .Select(o => Str(o["text"])!)
        .ToList();

    /// The member ids of the lines that open a contact card, top to bottom.
    public static IReadOnlyList<string> Listed(JsonNode card) => Objects(card)
        .Where(o => Str(o["type"]) == "Container" && o["selectAction"] is JsonObject)
        .Select(o => Str(o["selectAction"]!["data"]!["memberId"])!)
        .ToList();

    /// The Action.Execute with this verb (and, if given, this member id in its data or this title), wherever it is in the card.
    public static JsonObject? Execute(JsonNode card, string verb, string? memberId = null, string? title = null) => Objects(card)
        .FirstOrDefault(o => Str(o["type"]) == "Action.Execute" && Str(o["verb"]) == verb
                             && (memberId is null || Str(o["data"]?["memberId"]) == memberId)
                             && (title is null || Str(o["title"]) == title));

    static string? Str(JsonNode? node) => node?.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : null;

    static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject o => o.Select(p => p.Value).SelectMany(Objects).Prepend(o),
        JsonArray a => a.SelectMany(Objects),
        _ => [],
    };
}
