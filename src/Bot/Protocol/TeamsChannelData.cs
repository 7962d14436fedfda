using System.Text.Json.Nodes;

namespace FocalBot.Bot.Protocol;

/// <summary>Teams' <c>channelData</c>: tenant, team, channel, event type and install settings
/// (Bot Builder's TeamsChannelData). Read-only view over the JSON, so unknown fields stay in the activity.</summary>
public sealed class TeamsChannelData
{
    readonly JsonObject _data;

    TeamsChannelData(JsonObject data) => _data = data;

    /// <summary>Wraps an activity's channel data (an empty view when there is none).</summary>
    public static TeamsChannelData From(JsonObject? channelData) => new(channelData ?? new JsonObject());

    /// <summary>Tenant of the activity: <c>channelData.tenant.id</c>.</summary>
    public string? TenantId => Str("tenant", "id");

    /// <summary>Team id (<c>19:…@thread.tacv2</c>), present in team scope.</summary>
    public string? TeamId => Str("team", "id");

    /// <summary>Team's Entra group id.</summary>
    public string? TeamAadGroupId => Str("team", "aadGroupId");

    /// <summary>Channel id, present for channel messages.</summary>
    public string? ChannelId => Str("channel", "id");

    /// <summary>conversationUpdate event: teamMemberAdded, channelCreated, teamRenamed…</summary>
    public string? EventType => Str("eventType");

    /// <summary>Channel chosen when the app was installed in a team.</summary>
    public string? SelectedChannelId => Str("settings", "selectedChannel", "id");

    /// <summary>Where a card action came from (<c>message</c> for cards in messages).</summary>
    public string? SourceName => Str("source", "name");

    string? Str(params string[] path)
    {
        JsonNode? node = _data;
        foreach (var key in path)
        {
            if (node is not JsonObject obj || !obj.TryGetPropertyValue(key, out node)) return null;
        }
        return node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
    }
}
