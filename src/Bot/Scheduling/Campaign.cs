using FocalBot.Bot.Protocol;
using FocalBot.Domain.Members;

namespace FocalBot.Bot.Scheduling;

/// A campaign given by its prefix and a function that writes its message: features with several kinds of messages
/// register one per prefix instead of a class each.
public sealed class Campaign(string prefix, Func<string, Member, CancellationToken, Task<Activity?>> message, bool sentElsewhere = false) : ICampaign
{
    public string Prefix => prefix;

    public bool SentElsewhere => sentElsewhere;

    public Task<Activity?> MessageAsync(string campaign, Member member, CancellationToken ct) => message(campaign, member, ct);

    public static Activity CardMessage(System.Text.Json.Nodes.JsonObject card) =>
        new() { Type = ActivityTypes.Message, Attachments = [Attachment.AdaptiveCard(card)] };
}
