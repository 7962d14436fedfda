using System.Net;
using System.Text.Json.Nodes;

namespace FocalBot.Bot.Tests.Support;

/// What Teams got back for a button press: the HTTP status and the invoke answer, a card or a message.
public sealed record Pressed(HttpStatusCode Status, JsonNode Body)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";

    public JsonNode? this[string key] => Body[key];

    /// The card the press answered with, or null when it answered otherwise.
    public JsonObject? Card => (string?)Body["type"] == CardType ? Body["value"] as JsonObject : null;

    /// The message the press answered with instead of a card, or null.
    public string? Message => (string?)Body["type"] == MessageType ? (string?)Body["value"] : null;

    public string ToJsonString() => Body.ToJsonString();

    /// The card's JSON, letters unescaped, for what a member does not read but a test checks: a button's verb, an
    /// input's id, a text kept in a TextRun (fails when the answer is not a card).
    public string CardJson()
    {
        Assert.True(Card is not null, $"Not a card ({(int)Status}): {ToJsonString()}");
        return System.Text.RegularExpressions.Regex.Unescape(Card.ToJsonString(Unescaped));
    }

    static readonly System.Text.Json.JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// What the member reads on the card the press answered with (fails when the answer is not a card).
    public string CardText()
    {
        Assert.True(Card is not null, $"Not a card ({(int)Status}): {ToJsonString()}");
        return Support.CardText.Of(Card);
    }
}

public static class Press
{
    /// An Action.Execute invoke with this verb and data, from the member with this Entra object id (the office's Sophie
    /// by default), through the bot's endpoint, as Teams sends it.
    public static async Task<Pressed> PressAsync(this BotApp app, string verb, JsonObject data, string fromAad = Payload.SophieAad, string? locale = null)
    {
        var payload = Payload.Execute(verb, data).From(fromAad);
        if (locale is not null) payload.Locale(locale);
        return await app.PressAsync(payload);
    }

    /// A press sent as given: an invoke from Payload.Execute, changed where a test says so (a channel, a sender).
    public static async Task<Pressed> PressAsync(this BotApp app, Payload invoke)
    {
        using var response = await app.PostAsync(invoke);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length > 0 && response.Content.Headers.ContentType?.MediaType == "application/json" ? JsonNode.Parse(text)! : new JsonObject();
        return new Pressed(response.StatusCode, body);
    }
}
