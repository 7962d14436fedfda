using FocalBot.Bot.Protocol;
using FocalBot.Domain.Members;

namespace FocalBot.Bot.Scheduling;

/// A campaign given by its prefix and a function that writes its message: features with several kinds of messages
/// register one per prefix instead of a class each.
public sealed class Campaign(string prefix, Func<string, Member, CancellationToken, Task<Activity?>> message, bool sentElsewhere = false,
    bool mentionsInChannel = false, MailNoticeKind? mailNotice = null, Func<string, CancellationToken, Task<bool>>? mentionsFor = null) : ICampaign
{
    public string Prefix => prefix;

    public bool SentElsewhere => sentElsewhere;

    public bool MentionsInChannel => mentionsInChannel;

    public Task<bool> MentionsInChannelAsync(string campaign, CancellationToken ct) =>
        mentionsInChannel && mentionsFor is not null ? mentionsFor(campaign, ct) : Task.FromResult(mentionsInChannel);

    public MailNoticeKind? MailNotice => mailNotice;

    public Task<Activity?> MessageAsync(string campaign, Member member, CancellationToken ct) => message(campaign, member, ct);

    public static Activity CardMessage(System.Text.Json.Nodes.JsonObject card) =>
        new() { Type = ActivityTypes.Message, Attachments = [Attachment.AdaptiveCard(card)] };
}

public static class CampaignRegistration
{
    /// Registers one campaign whose messages a feature's service writes (resolved when the sender first needs it).
    /// `mentionsInChannel`: the feature's channel job @mentions the members no personal chat reaches (`mentionsFor`: only
    /// for the subjects it says, e.g. a meeting posted in the channel); `mailNotice`: what the e-mail notice says waits
    /// for a member no chat and no mention reaches (when Delivery:Mail is on).
    public static IServiceCollection AddCampaign<TMessages>(this IServiceCollection services, string prefix,
        Func<TMessages, Func<string, Member, CancellationToken, Task<Activity?>>> message, bool mentionsInChannel = false,
        MailNoticeKind? mailNotice = null, Func<TMessages, Func<string, CancellationToken, Task<bool>>>? mentionsFor = null) where TMessages : notnull =>
        services.AddSingleton<ICampaign>(sp =>
        {
            var messages = sp.GetRequiredService<TMessages>();
            return new Campaign(prefix, message(messages), false, mentionsInChannel, mailNotice, mentionsFor?.Invoke(messages));
        });

    /// A campaign whose rows a feature's own job sends (a channel post): the sender leaves them alone.
    public static IServiceCollection AddCampaignSentElsewhere(this IServiceCollection services, string prefix) =>
        services.AddSingleton<ICampaign>(new Campaign(prefix, (_, _, _) => Task.FromResult<Activity?>(null), sentElsewhere: true));
}
