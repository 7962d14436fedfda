using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace FocalBot.Bot.Protocol;

/// <summary>The activity types a Teams bot receives or sends (Activity spec, "type").</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string MessageReaction = "messageReaction";
    public const string Typing = "typing";
    public const string Event = "event";
}

/// <summary>A Bot Framework activity: the fields FocalBot reads, plus every other field kept as received,
/// so nothing Teams sends is lost when an activity is stored or sent back.</summary>
public sealed class Activity
{
    /// <summary>Activity type (spec A2001); unknown types are tolerated and ignored.</summary>
    [JsonPropertyName("type")] public string? Type { get; set; }

    /// <summary>Channel-assigned id; used to de-duplicate redeliveries (spec A2030).</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }

    /// <summary>UTC time the channel sent it; never set on outbound activities (spec A2041).</summary>
    [JsonPropertyName("timestamp")] public DateTimeOffset? Timestamp { get; set; }

    /// <summary>Base URL for outbound calls about this conversation; trusted only once the token vouched for it.</summary>
    [JsonPropertyName("serviceUrl")] public string? ServiceUrl { get; set; }

    /// <summary>Channel id, <c>msteams</c> for Teams; compared ordinally.</summary>
    [JsonPropertyName("channelId")] public string? ChannelId { get; set; }

    /// <summary>The sender: user MRI in <c>id</c>, Entra object id in <c>aadObjectId</c>.</summary>
    [JsonPropertyName("from")] public ChannelAccount? From { get; set; }

    /// <summary>The conversation: personal, groupChat or channel (thread ids carry <c>;messageid=</c>).</summary>
    [JsonPropertyName("conversation")] public ConversationAccount? Conversation { get; set; }

    /// <summary>The bot itself (<c>28:&lt;appId&gt;</c>) on inbound activities.</summary>
    [JsonPropertyName("recipient")] public ChannelAccount? Recipient { get; set; }

    /// <summary>plain, markdown or xml.</summary>
    [JsonPropertyName("textFormat")] public string? TextFormat { get; set; }

    /// <summary>Message text; in channels it still holds the <c>&lt;at&gt;Bot&lt;/at&gt;</c> mention.</summary>
    [JsonPropertyName("text")] public string? Text { get; set; }

    /// <summary>BCP-47 locale of the sender's client.</summary>
    [JsonPropertyName("locale")] public string? Locale { get; set; }

    /// <summary>Cards and files; an Adaptive Card has content type <c>application/vnd.microsoft.card.adaptive</c>.</summary>
    [JsonPropertyName("attachments")] public List<Attachment>? Attachments { get; set; }

    /// <summary>Mentions, clientInfo and others; kept as JSON because new entity types appear without notice.</summary>
    [JsonPropertyName("entities")] public List<JsonObject>? Entities { get; set; }

    /// <summary>Teams channel data (tenant, team, channel, eventType…); read through <see cref="TeamsChannelData"/>.</summary>
    [JsonPropertyName("channelData")] public JsonObject? ChannelData { get; set; }

    /// <summary>The activity this one answers (the card's message for invokes and submits).</summary>
    [JsonPropertyName("replyToId")] public string? ReplyToId { get; set; }

    /// <summary>Invoke payload or Action.Submit data.</summary>
    [JsonPropertyName("value")] public JsonNode? Value { get; set; }

    /// <summary>Invoke name, e.g. <c>adaptiveCard/action</c>.</summary>
    [JsonPropertyName("name")] public string? Name { get; set; }

    /// <summary>installationUpdate action: add, remove, add-upgrade, remove-upgrade.</summary>
    [JsonPropertyName("action")] public string? Action { get; set; }

    /// <summary>conversationUpdate: accounts added to the conversation (the bot itself when it is installed).</summary>
    [JsonPropertyName("membersAdded")] public List<ChannelAccount>? MembersAdded { get; set; }

    /// <summary>conversationUpdate: accounts removed from the conversation.</summary>
    [JsonPropertyName("membersRemoved")] public List<ChannelAccount>? MembersRemoved { get; set; }

    /// <summary>Every field not modelled above, round-tripped untouched.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>Teams-specific channel data of this activity, never null.</summary>
    [JsonIgnore] public TeamsChannelData Teams => TeamsChannelData.From(ChannelData);
}

/// <summary>A user or bot account (Activity spec "Channel account").</summary>
public sealed class ChannelAccount
{
    /// <summary>Teams MRI: <c>29:…</c> for users, <c>28:…</c> for bots.</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }

    /// <summary>Display name; personal data, never logged.</summary>
    [JsonPropertyName("name")] public string? Name { get; set; }

    /// <summary>Entra object id of the user.</summary>
    [JsonPropertyName("aadObjectId")] public string? AadObjectId { get; set; }

    /// <summary>user or bot.</summary>
    [JsonPropertyName("role")] public string? Role { get; set; }

    /// <summary>Fields not modelled above (email, userPrincipalName… on member lookups).</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>The conversation an activity belongs to.</summary>
public sealed class ConversationAccount
{
    /// <summary>Conversation id; URL-encode it in connector paths.</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }

    /// <summary>Conversation name, if any.</summary>
    [JsonPropertyName("name")] public string? Name { get; set; }

    /// <summary>personal, groupChat or channel.</summary>
    [JsonPropertyName("conversationType")] public string? ConversationType { get; set; }

    /// <summary>Tenant of the conversation.</summary>
    [JsonPropertyName("tenantId")] public string? TenantId { get; set; }

    /// <summary>True in group chats and channels.</summary>
    [JsonPropertyName("isGroup")] public bool? IsGroup { get; set; }

    /// <summary>Fields not modelled above.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>An attachment; cards are <c>{contentType, content}</c>.</summary>
public sealed class Attachment
{
    /// <summary>MIME type of the attachment.</summary>
    [JsonPropertyName("contentType")] public string? ContentType { get; set; }

    /// <summary>Inline content (the card JSON).</summary>
    [JsonPropertyName("content")] public JsonNode? Content { get; set; }

    /// <summary>Link to the content, for files.</summary>
    [JsonPropertyName("contentUrl")] public string? ContentUrl { get; set; }

    /// <summary>File name, for files.</summary>
    [JsonPropertyName("name")] public string? Name { get; set; }

    /// <summary>Fields not modelled above.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>The content type of an Adaptive Card attachment.</summary>
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Wraps a card for sending.</summary>
    public static Attachment AdaptiveCard(JsonObject card) => new() { ContentType = AdaptiveCardType, Content = card };
}

/// <summary>How activities are read and written: web defaults (camelCase), nulls left out on the wire.</summary>
public static class ProtocolJson
{
    /// <summary>Serializer options for every activity FocalBot reads or sends.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
