using System.Text;
using System.Text.Json.Nodes;

namespace FocalBot.EndToEnd.Playground;

/// The Playground's HTTP API, as its web UI uses it, plus its mock Bot Connector: what a user does in Teams.
/// Every call fails with what was sent and what came back.
public sealed class PlaygroundClient(HttpClient http)
{
    /// A message typed by the current user (the Playground always sends as the current user; `from` is only checked
    /// for membership). The bot is called only in the personal chat or when mentioned. In a channel it opens a
    /// thread: the bot sees "<channel>;messageid=<MessageId>".
    public async Task<SentMessage> PostMessageAsync(string conversationId, string text, DemoUser from, bool mentionBot = false)
    {
        var body = new JsonObject
        {
            ["from"] = new JsonObject { ["id"] = from.Id },
            ["text"] = text,
            ["textFormat"] = "plain",
        };
        if (mentionBot)
            body["mentions"] = new JsonArray(new JsonObject
            {
                ["mentioned"] = new JsonObject { ["id"] = Demo.BotId, ["name"] = Demo.BotName },
                ["text"] = $"<at>{Demo.BotName}</at>",
            });
        var answer = await SendAsync(HttpMethod.Post, $"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", body);
        return new SentMessage(
            answer?["messageId"]?.GetValue<string>() ?? throw new InvalidOperationException($"No messageId in {answer?.ToJsonString()}"),
            answer?["postConversationId"]?.GetValue<string>());
    }

    /// A file `from` sends in the chat, as Teams gives it to the bot: Teams uploads it to their OneDrive and passes a
    /// file download info attachment with a short-lived URL to read it from. The Playground's own message API takes
    /// only card attachments from a user, so the file comes as a custom activity: read the bot's answer from the log
    /// stream.
    public async Task SendFileAsync(string conversationId, DemoUser from, string locale, string name, Uri downloadUrl)
    {
        var message = await ActivityTemplateAsync(conversationId);
        message["type"] = "message";
        message["id"] = Guid.NewGuid().ToString();
        message["locale"] = locale;
        message["from"] = new JsonObject { ["id"] = from.Id, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId };
        message["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Demo.TenantId } };
        message["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["name"] = name,
            ["content"] = new JsonObject
            {
                ["downloadUrl"] = downloadUrl.AbsoluteUri, ["uniqueId"] = Guid.NewGuid().ToString(),
                ["fileType"] = Path.GetExtension(name).TrimStart('.').ToLowerInvariant(),
            },
        });
        await SendCustomActivityAsync(message);
    }

    /// What Teams sends when the user installs the app: installationUpdate(add) then conversationUpdate(membersAdded).
    public Task InstallAsync(string conversationId) =>
        SendAsync(HttpMethod.Post, $"_debug/conversation/{Uri.EscapeDataString(conversationId)}/installation", new JsonObject());

    /// A click on an Action.Execute button: the Playground waits for the bot and returns its invoke answer's type and value.
    public async Task<JsonNode> ExecuteAsync(DemoUser from, string conversationId, string replyToId, string verb, JsonNode? data) =>
        await SendAsync(HttpMethod.Post, "_conversation/v1/invoke", new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["from"] = new JsonObject { ["id"] = from.Id },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["replyToId"] = replyToId,
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data?.DeepClone() },
                ["trigger"] = "manual",
            },
        }) ?? throw new InvalidOperationException("The invoke returned no body.");

    /// Opens `user`'s own 1:1 chat with the bot through the mock connector, as a bot would before writing to them.
    public async Task<string> CreatePersonalChatAsync(DemoUser user)
    {
        var answer = await SendAsync(HttpMethod.Post, "_connector/v3/conversations", new JsonObject
        {
            ["isGroup"] = false,
            ["bot"] = new JsonObject { ["id"] = Demo.BotId, ["name"] = Demo.BotName },
            ["members"] = new JsonArray(new JsonObject { ["id"] = user.Id }),
            ["tenantId"] = Demo.TenantId,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Demo.TenantId } },
        });
        return answer?["id"]?.GetValue<string>() ?? throw new InvalidOperationException($"No conversation id in {answer?.ToJsonString()}");
    }

    /// An activity skeleton for a conversation (ids, serviceUrl, recipient, conversation; from = the current user): a
    /// message, or with `type` one of the Playground's event templates (install, userAdded, channelCreated, …).
    public async Task<JsonObject> ActivityTemplateAsync(string conversationId, string? type = null)
    {
        var query = $"conversationId={Uri.EscapeDataString(conversationId)}" + (type is null ? "" : $"&type={Uri.EscapeDataString(type)}");
        return await SendAsync(HttpMethod.Get, $"_internal/v1/customActivities/template?{query}", null) as JsonObject
               ?? throw new InvalidOperationException("The template is not an object.");
    }

    /// Posts any activity to the bot, unvalidated and fire-and-forget: read the bot's answer from the log stream.
    public Task SendCustomActivityAsync(JsonObject activity) => SendAsync(HttpMethod.Post, "_internal/v1/customActivities", activity);

    public async Task<JsonNode> TestConfigAsync() =>
        await SendAsync(HttpMethod.Get, "_internal/v1/testConfig", null) ?? throw new InvalidOperationException("No test config.");

    async Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonNode? body)
    {
        using var request = new HttpRequestMessage(method, path);
        var sent = body?.ToJsonString(Json.Readable);
        if (sent is not null) request.Content = new StringContent(sent, Encoding.UTF8, "application/json");
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new PlaygroundCallException($"{method} /{path} → {(int)response.StatusCode} {response.StatusCode}\nsent: {sent}\nanswer: {text}");
        return text.Length == 0 || response.Content.Headers.ContentType?.MediaType != "application/json" ? null : JsonNode.Parse(text);
    }
}

public sealed record SentMessage(string MessageId, string? PostConversationId);

public sealed class PlaygroundCallException(string message) : Exception(message);
