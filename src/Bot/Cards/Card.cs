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

    public static JsonObject TextBlock(string text, string? size = null, string? weight = null, bool subtle = false, string? spacing = null, string? color = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (size is not null) block["size"] = size;
        if (weight is not null) block["weight"] = weight;
        if (subtle) block["isSubtle"] = true;
        if (spacing is not null) block["spacing"] = spacing;
        if (color is not null) block["color"] = color;
        return block;
    }

    /// A group of elements; with a select action the whole group is one button.
    public static JsonObject Container(IEnumerable<JsonNode?> items, JsonObject? selectAction = null, string? spacing = null, bool separator = false)
    {
        var container = new JsonObject { ["type"] = "Container", ["items"] = new JsonArray(items.Where(i => i is not null).ToArray()) };
        if (selectAction is not null) container["selectAction"] = selectAction;
        if (spacing is not null) container["spacing"] = spacing;
        if (separator) container["separator"] = true;
        return container;
    }

    /// Buttons inside the body, e.g. beside an input they act on.
    public static JsonObject ActionSet(IEnumerable<JsonNode?> actions, string? spacing = null)
    {
        var set = new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray(actions.Where(a => a is not null).ToArray()) };
        if (spacing is not null) set["spacing"] = spacing;
        return set;
    }

    /// A text input. A required one needs a label and an error message, or Teams' renderer warns.
    public static JsonObject TextInput(string id, string label, string? value, int? maxLength = null, string? placeholder = null,
        string? style = null, bool required = false, string? errorMessage = null)
    {
        var input = new JsonObject { ["type"] = "Input.Text", ["id"] = id, ["label"] = label };
        if (value is not null) input["value"] = value;
        if (maxLength is not null) input["maxLength"] = maxLength;
        if (placeholder is not null) input["placeholder"] = placeholder;
        if (style is not null) input["style"] = style;
        if (required) input["isRequired"] = true;
        if (errorMessage is not null) input["errorMessage"] = errorMessage;
        return input;
    }

    /// A drop-down list of (title, value) choices.
    public static JsonObject ChoiceInput(string id, string label, string? value, IEnumerable<(string Title, string Value)> choices, string? placeholder = null)
    {
        var input = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = id,
            ["label"] = label,
            ["style"] = "compact",
            ["choices"] = new JsonArray(choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value }).ToArray()),
        };
        if (value is not null) input["value"] = value;
        if (placeholder is not null) input["placeholder"] = placeholder;
        return input;
    }

    /// A fact list; markdown is allowed in titles and values.
    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray(facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value }).ToArray()),
    };

    /// An Action.Execute button. Its data carries ids only: who acted is the invoke's sender, never the data.
    /// With `sendInputs: false` the card's inputs are neither validated nor sent (a Cancel button).
    public static JsonObject Execute(string title, string verb, JsonObject? data = null, string? style = null, bool sendInputs = true)
    {
        var action = new JsonObject { ["type"] = "Action.Execute", ["title"] = title, ["verb"] = verb, ["data"] = data ?? new JsonObject() };
        if (style is not null) action["style"] = style;
        if (!sendInputs) action["associatedInputs"] = "none";
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
