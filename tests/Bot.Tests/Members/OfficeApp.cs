using System.Text.Json.Nodes;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Members;

namespace FocalBot.Bot.Tests.Members;

/// The bot with the office (Sophie, English), Élise (French, lead for France) and Jonas (Germany), and the steps the
/// membership tests take: press a card button as someone, read what came back.
public static class OfficeApp
{
    public static BotApp New() => new BotApp().WithMembers(AMember.Elise(language: null), AMember.Jonas(), AMember.Sophie());

    /// The Entra object id of the newcomer the forms describe.
    public const string NewcomerAad = "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d";

    /// The add form filled in for a new Austrian focal point.
    public static JsonObject Austria(string aad = NewcomerAad, bool lead = false, string state = "AT") => new()
    {
        ["name"] = "Anna Gruber", ["role"] = "FocalPoint", ["state"] = state, ["lead"] = lead ? "true" : "false",
        ["organisation"] = "Bundesministerium für Inneres", ["title"] = "Referentin", ["email"] = "anna.gruber@bmi.example",
        ["phone"] = "+43 1 531 26", ["language"] = "teams", ["aadObjectId"] = aad, ["tenantId"] = Payload.TenantId,
    };

    /// An Action.Execute invoke from the given member; the body Teams would get back.
    public static async Task<JsonNode> PressAsync(this BotApp app, string verb, JsonObject data, string fromAad = Payload.SophieAad)
    {
        var response = await app.PostAsync(Payload.Execute(verb, data).From(fromAad));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// The card an invoke answered with, as JSON text (fails when the answer is not a card).
    public static string CardText(this JsonNode body)
    {
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        return body["value"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// The message an invoke answered with instead of a card.
    public static string? MessageText(this JsonNode body) =>
        (string?)body["type"] == "application/vnd.microsoft.activity.message" ? (string?)body["value"] : null;

    public static async Task<IReadOnlyList<AuditEntry>> AuditAsync(this BotApp app) => await app.Service<IAuditLog>().ListAsync(100, default);

    public static async Task<IReadOnlyList<Member>> EveryoneAsync(this BotApp app) => await app.Members.ListAsync(default);

    /// The text of everything the bot posted, cards as readable JSON.
    public static string Readable(this FakeConnector.Sent sent) => sent.Activity.Text
        ?? sent.Card?.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "";
}
