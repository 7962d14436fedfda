using System.Text.Json.Nodes;

namespace FocalBot.Bot.Protocol;

/// <summary>Reading text out of what Teams sends: a JSON string, or nothing (a number, an object or a missing key is
/// not text, and a card's data can hold anything).</summary>
public static class JsonText
{
    /// <summary>The node's string, or null when the node is not a JSON string.</summary>
    public static string? StringOf(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
