using System.Text.Json.Nodes;

namespace FocalBot.Bot.Tests.Support;

/// A real Teams activity from Protocol/Payloads, changed where a test says so.
public sealed class Payload
{
    public const string LocalServiceUrl = "http://127.0.0.1:56150/_connector/";
    public const string TeamsServiceUrl = "https://smba.trafficmanager.net/emea/6b1c8a52-6bd2-4e6c-9d26-3c4f2e6a8d10/";
    public const string TenantId = "6b1c8a52-6bd2-4e6c-9d26-3c4f2e6a8d10";
    public const string EliseAad = "c1d3f9a2-4b57-4e0f-9a1d-2f6b8e3c7a45";
    public const string JonasAad = "f2a8b6c4-1d3e-4f5a-8b9c-0d1e2f3a4b5c";
    public const string SophieAad = "5e0f3c2a-9b8d-4e7f-a6c5-d4b3a2918f70";

    public JsonObject Node { get; }

    Payload(JsonObject json) => Node = json;

    public string Json => Node.ToJsonString();

    /// Loads a payload; its serviceUrl is the local Playground's, as the anonymous development path requires.
    public static Payload Load(string name) =>
        new Payload((JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Protocol", "Payloads", name + ".json")))!)
            .Set("serviceUrl", LocalServiceUrl);

    public static Payload PersonalMessage(string text) => Load("personal-message").Set("text", text).NewId();
    public static Payload ChannelMention(string text) => Load("channel-mention").Set("text", $"<at>FocalBot</at> {text}").NewId();
    public static Payload Execute(string verb, JsonObject data) => Load("invoke-execute").NewId()
        .Set("value", new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data }, ["trigger"] = "manual" });

    public Payload Set(string path, JsonNode? value)
    {
        var parts = path.Split('.');
        JsonObject target = Node;
        foreach (var part in parts[..^1]) target = (JsonObject)(target[part] ??= new JsonObject());
        if (value is null) target.Remove(parts[^1]); else target[parts[^1]] = value.DeepClone();
        return this;
    }

    public Payload Set(string path, string? value) => Set(path, value is null ? null : JsonValue.Create(value));

    public Payload NewId() => Set("id", Guid.NewGuid().ToString("N"));

    public Payload Locale(string locale) => Set("locale", locale);

    public Payload From(string aadObjectId) => Set("from.aadObjectId", aadObjectId);

    public string? Id => Node["id"]?.GetValue<string>();
}
