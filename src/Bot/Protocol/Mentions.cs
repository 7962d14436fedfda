using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FocalBot.Bot.Protocol;

/// <summary>Mention entities (<c>{type:"mention", text:"&lt;at&gt;Name&lt;/at&gt;", mentioned:{id,name}}</c>):
/// channel messages reach the bot only when it is mentioned, and the text still holds the tag.</summary>
public static partial class Mentions
{
    /// <summary>True when a mention entity names the activity's recipient (the bot).</summary>
    public static bool MentionsRecipient(this Activity activity)
    {
        var botId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(botId) || activity.Entities is null) return false;
        return activity.Entities.Any(e => IsMention(e) && string.Equals(MentionedId(e), botId, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The message text with every <c>&lt;at&gt;…&lt;/at&gt;</c> tag of the bot removed and spaces trimmed.</summary>
    public static string TextWithoutBotMention(this Activity activity)
    {
        var text = activity.Text ?? "";
        var botId = activity.Recipient?.Id;
        foreach (var entity in activity.Entities ?? [])
        {
            if (!IsMention(entity) || !string.Equals(MentionedId(entity), botId, StringComparison.OrdinalIgnoreCase)) continue;
            if (JsonText.StringOf(entity["text"]) is { Length: > 0 } tag) text = text.Replace(tag, " ", StringComparison.Ordinal);
        }
        return Spaces().Replace(text, " ").Trim();
    }

    /// <summary>A mention entity for an outbound message; <paramref name="name"/> must match the <c>&lt;at&gt;</c> text.</summary>
    public static JsonObject Entity(string id, string name) => new()
    {
        ["type"] = "mention",
        ["text"] = $"<at>{name}</at>",
        ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = name },
    };

    static bool IsMention(JsonObject entity) => string.Equals(JsonText.StringOf(entity["type"]), "mention", StringComparison.OrdinalIgnoreCase);

    static string? MentionedId(JsonObject entity) => JsonText.StringOf((entity["mentioned"] as JsonObject)?["id"]);


    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
