using System.Text.Json.Nodes;

namespace FocalBot.Bot.Protocol;

/// <summary>What the bot answers on the inbound POST of an invoke: an HTTP status and a JSON body
/// (Bot Builder's InvokeResponse). Teams waits for it, so it is produced within the turn.</summary>
public sealed record InvokeResponse(int Status, JsonObject? Body)
{
    /// <summary>Content type of an Action.Execute answer that replaces the card.</summary>
    public const string CardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Content type of an Action.Execute answer shown as a message.</summary>
    public const string MessageType = "application/vnd.microsoft.activity.message";

    /// <summary>Content type of an Action.Execute error answer.</summary>
    public const string ErrorType = "application/vnd.microsoft.error";

    /// <summary>adaptiveCard/action answered with a card that replaces the one acted on (UAM, HTTP 200).</summary>
    public static InvokeResponse Card(JsonObject card) => Universal(200, CardType, card);

    /// <summary>adaptiveCard/action answered with a text the client shows (UAM, HTTP 200).</summary>
    public static InvokeResponse Message(string text) => Universal(200, MessageType, JsonValue.Create(text));

    /// <summary>adaptiveCard/action error: HTTP 200, the body's statusCode carries the error (UAM: the client reads the body).</summary>
    public static InvokeResponse Error(int statusCode, string code, string message) =>
        Universal(statusCode, ErrorType, new JsonObject { ["code"] = code, ["message"] = message });

    /// <summary>No handler for this invoke name: 501, as Bot Builder answers.</summary>
    public static readonly InvokeResponse NotImplemented = new(501, null);

    static InvokeResponse Universal(int statusCode, string type, JsonNode? value) =>
        new(200, new JsonObject { ["statusCode"] = statusCode, ["type"] = type, ["value"] = value });
}
