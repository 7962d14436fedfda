using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace FocalBot.Bot.Tests.Requests;

/// The steps of national circulation as a focal point takes them: make the copy, download it, send it back.
static class CirculationApp
{
    /// The member makes a national copy through the card and downloads it through its personal link.
    public static async Task<byte[]> CirculateAsync(this BotApp app, InformationRequest request, string aad, string language = "fr", string? deadline = null)
    {
        var data = RequestApp.Ids(request);
        data[CirculationRoutes.LanguageKey] = language;
        if (deadline is not null) data[CirculationRoutes.NationalDeadlineKey] = deadline;
        var card = (await app.PressAsync(RequestRoutes.MakeCopy, data, fromAad: aad)).Card!;
        var url = new Uri((string)card["actions"]!.AsArray().Single(a => (string?)a!["type"] == "Action.OpenUrl")!["url"]!);
        using var response = await app.CreateClient().GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// The member sends a file in their personal chat, and the registered claims are asked in turn, as the file route
    /// asks them once it has downloaded and checked the file. True when one of them handled it.
    public static async Task<bool> SendFileAsync(this BotApp app, string aad, string name, byte[] content)
    {
        var payload = Payload.PersonalMessage("").From(aad).Set("from.id", "29:" + aad).Set("conversation.id", RequestApp.ChatOf(aad));
        var activity = JsonSerializer.Deserialize<Activity>(payload.Json, ProtocolJson.Options)!;
        var member = (await app.Members.FindByAadAsync(Payload.TenantId, aad, default))!;
        var turn = new TurnContext(activity, ConversationReference.From(activity)!, member, member.PreferredLanguage ?? Languages.FromLocale(activity.Locale),
            app.Services, app.Connector);
        var file = new ReceivedFile(name, Path.GetExtension(name).TrimStart('.').ToLowerInvariant(), content);
        foreach (var claim in app.Services.GetServices<IReceivedFileClaim>())
            if (await claim.TryHandleAsync(turn, member, file, default)) return true;
        return false;
    }

    /// What the bot last sent to the member's personal chat: a card, or null for text.
    public static JsonObject? LastCardTo(this BotApp app, string aad) =>
        app.Connector.To(RequestApp.ChatOf(aad)).Last().Activity.Attachments?.FirstOrDefault()?.Content as JsonObject;

    /// The text the bot last sent to the member's personal chat, or null for a card.
    public static string? LastTextTo(this BotApp app, string aad) => app.Connector.To(RequestApp.ChatOf(aad)).Last().Activity.Text;

    /// The data of the card's buttons with this verb (in the body or the actions), in order.
    public static List<JsonObject> Buttons(JsonObject card, string verb) =>
        [.. Walk(card).Where(a => (string?)a["verb"] == verb).Select(a => a["data"]!.AsObject().DeepClone().AsObject())];

    static IEnumerable<JsonObject> Walk(JsonNode? node) => node switch
    {
        JsonObject o => (o["type"]?.GetValueKind() == JsonValueKind.String && (string?)o["type"] == "Action.Execute" ? [o] : Array.Empty<JsonObject>())
            .Concat(o.SelectMany(p => Walk(p.Value))),
        JsonArray a => a.SelectMany(Walk),
        _ => [],
    };
}
