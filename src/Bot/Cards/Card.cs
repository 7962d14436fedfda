using System.Text.Json.Nodes;

namespace FocalBot.Bot.Cards;

/// Small builders for Adaptive Card 1.5 JSON, the highest version Teams renders. Cards use Action.Execute
/// (Universal Actions), so the bot can answer with an updated card.
public static class Card
{
    public const string Version = "1.5";

    public static JsonObject New(IEnumerable<JsonNode?> body, IEnumerable<JsonNode?>? actions = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = new JsonArray(body.Where(n => n is not null).ToArray()),
        };
        var list = actions?.Where(a => a is not null).ToArray() ?? [];
        if (list.Length > 0) card["actions"] = new JsonArray(list);
        return card;
    }

    public static JsonObject Title(string text) => TextBlock(text, size: "Large", weight: "Bolder");

    public static JsonObject Subtitle(string text) => TextBlock(text, size: "Medium", weight: "Bolder");

    public static JsonObject TextBlock(string text, string? size = null, string? weight = null, bool subtle = false, string? spacing = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (size is not null) block["size"] = size;
        if (weight is not null) block["weight"] = weight;
        if (subtle) block["isSubtle"] = true;
        if (spacing is not null) block["spacing"] = spacing;
        return block;
    }

    /// A fact list; markdown is allowed in titles and values.
    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray(facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value }).ToArray()),
    };

    /// An Action.Execute button. Its data carries ids only: who acted is the invoke's sender, never the data.
    public static JsonObject Execute(string title, string verb, JsonObject? data = null, string? style = null)
    {
        var action = new JsonObject { ["type"] = "Action.Execute", ["title"] = title, ["verb"] = verb, ["data"] = data ?? new JsonObject() };
        if (style is not null) action["style"] = style;
        return action;
    }

    /// Every Action.Execute and refresh verb in a card, wherever it is nested.
    public static IEnumerable<string> Verbs(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
                    && obj["type"]!.GetValue<string>() == "Action.Execute"
                    && obj["verb"]?.GetValue<string>() is { } verb) yield return verb;
                foreach (var (_, child) in obj)
                    foreach (var v in Verbs(child)) yield return v;
                break;
            case JsonArray array:
                foreach (var child in array)
                    foreach (var v in Verbs(child)) yield return v;
                break;
        }
    }
}
