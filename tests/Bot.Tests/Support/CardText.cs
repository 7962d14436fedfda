using System.Text.Json;
using System.Text.Json.Nodes;

namespace FocalBot.Bot.Tests.Support;

/// What a member reads on an Adaptive Card, in document order: TextBlock texts, RichTextBlock runs (one line per block,
/// as they are laid out), FactSet titles and
/// values, input labels, placeholders, values and choices, toggle titles, and action titles (a ShowCard's card
/// included). Nothing a member cannot see: no ids, no verbs, no button data, no refresh action.
public static class CardText
{
    /// Keys whose content is never shown, or is read where its owner is.
    static readonly HashSet<string> NotWalked = ["data", "refresh", "msteams", "fallback", "selectAction", "inlines", "facts", "choices"];

    public static List<string> Lines(JsonNode? card)
    {
        var lines = new List<string>();
        Walk(card, lines);
        return lines;
    }

    /// The lines joined by line breaks: one string for "says" checks.
    public static string Of(JsonNode? card) => string.Join('\n', Lines(card));

    static void Walk(JsonNode? node, List<string> lines)
    {
        if (node is JsonArray array)
        {
            foreach (var item in array) Walk(item, lines);
            return;
        }
        if (node is not JsonObject o) return;

        var type = Str(o["type"]) ?? "";
        switch (type)
        {
            case "TextBlock":
                Add(lines, o["text"]);
                break;
            case "RichTextBlock":
                lines.Add(string.Concat((o["inlines"] as JsonArray ?? []).Select(inline => Str(inline is JsonObject run ? run["text"] : inline))));
                break;
            case "FactSet":
                foreach (var fact in o["facts"] as JsonArray ?? [])
                {
                    Add(lines, fact?["title"]);
                    Add(lines, fact?["value"]);
                }
                break;
            case "Input.Toggle":
                Add(lines, o["label"]);
                Add(lines, o["title"]);
                break;
            case "Input.ChoiceSet":
                Add(lines, o["label"]);
                Add(lines, o["placeholder"]);
                foreach (var choice in o["choices"] as JsonArray ?? []) Add(lines, choice?["title"]);
                break;
            case var input when input.StartsWith("Input.", StringComparison.Ordinal):
                Add(lines, o["label"]);
                Add(lines, o["placeholder"]);
                Add(lines, o["value"]);   // what the box shows filled in
                break;
            case var action when action.StartsWith("Action.", StringComparison.Ordinal):
                Add(lines, o["title"]);
                break;
        }

        foreach (var (key, child) in o)
            if (child is JsonObject or JsonArray && !NotWalked.Contains(key)) Walk(child, lines);
    }

    static void Add(List<string> lines, JsonNode? text)
    {
        if (Str(text) is { Length: > 0 } s) lines.Add(s);
    }

    static string? Str(JsonNode? node) => node?.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : null;
}
