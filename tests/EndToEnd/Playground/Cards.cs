using System.Text.Json;
using System.Text.Json.Nodes;

namespace FocalBot.EndToEnd.Playground;

/// Reading the Adaptive Cards the bot sent, as a user reads them: their texts and their buttons.
public static class Cards
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// The Adaptive Card of a message or activity (the bot sends each card alone), or null.
    public static JsonNode? In(JsonNode? message) =>
        message?["attachments"] is JsonArray attachments
            ? attachments.FirstOrDefault(a => Text(a?["contentType"]) == ContentType)?["content"]
            : null;

    /// True when some text of the card (any string in it, titles and facts included) contains `text`.
    public static bool Says(JsonNode? card, string text) => Strings(card).Any(s => s.Contains(text, StringComparison.Ordinal));

    /// The Action.Execute with this verb, wherever it is in the card.
    public static JsonObject? Execute(JsonNode? card, string verb) => Objects(card)
        .FirstOrDefault(o => Text(o["type"]) == "Action.Execute" && Text(o["verb"]) == verb);

    /// The Action.Execute with this verb whose data says `value` under `key`: one button among several of the same verb.
    public static JsonObject? Execute(JsonNode? card, string verb, string key, string value) => Objects(card)
        .FirstOrDefault(o => Text(o["type"]) == "Action.Execute" && Text(o["verb"]) == verb && Text(o["data"]?[key]) == value);

    /// The ids of the card's inputs, in the card's order.
    public static IEnumerable<string> InputIds(JsonNode? card) =>
        Objects(card).Where(o => Text(o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true).Select(o => Text(o["id"])).OfType<string>();

    /// The value an input of the card holds (what the form shows filled in), or null.
    public static string? InputValue(JsonNode? card, string id) =>
        Objects(card).FirstOrDefault(o => Text(o["id"]) == id && Text(o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true)?["value"]?.GetValue<string>();

    /// What a press of `verb` sends, as Teams sends it: the button's data and every input's value as the card shows it,
    /// with `changes` typed over them.
    public static JsonObject Press(JsonNode? card, string verb, params (string Id, string Value)[] changes)
    {
        var action = Execute(card, verb) ?? throw new InvalidOperationException($"The card has no {verb} button: {card?.ToJsonString()}");
        var data = action["data"] is JsonObject d ? (JsonObject)d.DeepClone() : [];
        foreach (var input in Objects(card).Where(o => Text(o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true && Text(o["id"]) is not null))
            if (input["value"] is JsonValue value && value.GetValueKind() == JsonValueKind.String) data[Text(input["id"])!] = value.GetValue<string>();
        foreach (var (id, value) in changes) data[id] = value;
        return data;
    }

    /// The card's Action.OpenUrl buttons.
    public static IEnumerable<(string Title, string Url)> Links(JsonNode? card) =>
        (card?["actions"] as JsonArray ?? []).Where(a => (string?)a?["type"] == "Action.OpenUrl")
            .Select(a => ((string)a!["title"]!, (string)a["url"]!));

    static string? Text(JsonNode? node) => node?.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : null;

    static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => [v.GetValue<string>()],
        _ => [],
    };

    static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject o => o.Select(p => p.Value).SelectMany(Objects).Prepend(o),
        JsonArray a => a.SelectMany(Objects),
        _ => [],
    };
}
