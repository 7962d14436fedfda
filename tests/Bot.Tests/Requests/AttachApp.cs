using System.Text.Json.Nodes;
using FocalBot.Bot.Exports;
using FocalBot.Bot.Files;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Tests.Files;
using FocalBot.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Tests.Requests;

/// The request app whose download client reads from a FileServer, and the steps the attachment tests take: sending
/// files in a message, reading the offer, pressing Attach.
public static class AttachApp
{
    public const string Host = "https://coe-my.sharepoint.com/personal/";

    public static BotApp New(FileServer files) =>
        RequestApp.New().WithServices(s => s.AddHttpClient(FileDownloader.Client).ConfigurePrimaryHttpMessageHandler(() => files));

    /// The URL the file server serves a file at, under the sender's OneDrive.
    public static string Url(string name) => $"{Host}elise_moreau/_layouts/15/download.aspx?SourceUrl={Uri.EscapeDataString(name)}&tempauth=k3y";

    /// A message carrying files, as Teams delivers it in the personal chat (or, with `channel`, in the network's channel).
    public static Payload Files(string fromAad, bool channel, params (string Name, string Url)[] files)
    {
        var payload = channel ? Payload.ChannelMention("") : Payload.PersonalMessage("").Set("text", (string?)null);
        return payload.From(fromAad).Set("attachments", new JsonArray([.. files.Select(f => (JsonNode)new JsonObject
        {
            ["contentType"] = FileDownloadInfo.ContentType,
            ["contentUrl"] = $"{Host}elise_moreau/Documents/Microsoft Teams Chat Files/{f.Name}",
            ["name"] = f.Name,
            ["content"] = new JsonObject { ["downloadUrl"] = f.Url, ["uniqueId"] = Guid.NewGuid().ToString(), ["fileType"] = Path.GetExtension(f.Name).TrimStart('.').ToLowerInvariant() },
        })]));
    }

    /// Serves each file and sends them in one personal message from the member.
    public static async Task SendFilesAsync(this BotApp app, FileServer server, string fromAad, params (string Name, byte[] Content)[] files)
    {
        foreach (var (name, content) in files) server.Serve(Url(name), content);
        await app.PostAsync(Files(fromAad, channel: false, [.. files.Select(f => (f.Name, Url(f.Name)))]));
    }

    /// The offer cards the bot sent, oldest first.
    public static IReadOnlyList<JsonObject> Offers(this BotApp app) =>
        [.. app.Connector.Sends.Select(s => s.Card).OfType<JsonObject>().Where(c => c.ToJsonString().Contains(FileRoutes.AttachFile))];

    /// The choices of an offer: (title, value).
    public static IReadOnlyList<(string Title, string Value)> Choices(JsonObject offer) =>
        [.. offer["body"]!.AsArray().Single(n => (string?)n?["id"] == FileCards.TargetKey)!["choices"]!.AsArray().Select(c => ((string)c!["title"]!, (string)c["value"]!))];

    /// The value an offer preselects, or null.
    public static string? Preselected(JsonObject offer) => (string?)offer["body"]!.AsArray().Single(n => (string?)n?["id"] == FileCards.TargetKey)!["value"];

    /// The data a button of the card carries.
    public static JsonObject DataOf(JsonObject card, string verb) =>
        (Find(card, verb) ?? throw new InvalidOperationException($"No {verb} button on the card."))["data"]!.AsObject().DeepClone().AsObject();

    static JsonObject? Find(JsonNode? node, string verb) => node switch
    {
        JsonObject o when (string?)o["verb"] == verb => o,
        JsonObject o => o.Select(p => Find(p.Value, verb)).FirstOrDefault(f => f is not null),
        JsonArray a => a.Select(n => Find(n, verb)).FirstOrDefault(f => f is not null),
        _ => null,
    };

    /// Attach pressed on the offer, with this choice.
    public static Task<Pressed> AttachAsync(this BotApp app, JsonObject offer, string? target, string fromAad)
    {
        var data = DataOf(offer, FileRoutes.AttachFile);
        if (target is not null) data[FileCards.TargetKey] = target;
        return app.PressAsync(FileRoutes.AttachFile, data, fromAad);
    }

    /// Every file under the local exports folder, by path relative to it.
    public static IReadOnlyList<string> StoredFiles(this BotApp app)
    {
        var root = app.Service<IOptions<ExportOptions>>().Value.Path!;
        return Directory.Exists(root)
            ? [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Where(f => !f.StartsWith('.'))]
            : [];
    }
}
