using System.Text.Json.Nodes;
using FocalBot.Bot.Protocol;

namespace FocalBot.Bot.Scheduling;

/// The activity a campaign or a channel post sends: one Adaptive Card.
public static class ProactiveMessage
{
    public static Activity Card(JsonObject card) =>
        new() { Type = ActivityTypes.Message, Attachments = [Attachment.AdaptiveCard(card)] };
}
