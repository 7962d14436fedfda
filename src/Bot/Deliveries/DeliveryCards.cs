using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Deliveries;

/// Pieces every campaign shows the same way: the channel post's state, how a member was reached, what Teams answered,
/// and the mention line of the channel.
public static class DeliveryCards
{
    /// The channel post's state, as the value of a status card's fact.
    public static string ChannelValue(ChannelPost post, TimeZoneInfo zone, Language language) => post.State switch
    {
        ChannelPostState.Posted => DeliveryTexts.ChannelPosted.In(language),
        ChannelPostState.Waiting => DeliveryTexts.ChannelWaiting.In(language),
        ChannelPostState.NoChannel => (post.Configured ? DeliveryTexts.ChannelNotInConfiguredTeam : DeliveryTexts.ChannelNoTeam).In(language),
        ChannelPostState.Uncertain => DeliveryTexts.ChannelUncertain.Format(language, Local(post.At, zone), Reason(post.ErrorCode, uncertain: true, language)),
        ChannelPostState.Failed => DeliveryTexts.ChannelFailed.Format(language, Reason(post.ErrorCode, uncertain: false, language)),
        _ => "",
    };

    /// The channel post's fact on a status card; none when nothing was queued for the channel.
    public static IEnumerable<(string Title, string Value)> ChannelFacts(ChannelPost post, TimeZoneInfo zone, Language language) =>
        post.State == ChannelPostState.NotQueued ? [] : [(DeliveryTexts.ChannelFact.In(language), ChannelValue(post, zone, language))];

    /// What a confirmation says of the channel post, true at that moment; null when nothing was queued for the channel.
    public static string? ChannelLine(ChannelPost post, Language language) => post.State switch
    {
        ChannelPostState.Posted => DeliveryTexts.ChannelPostedLine.In(language),
        ChannelPostState.Waiting => DeliveryTexts.ChannelWillPostLine.In(language),
        ChannelPostState.NoChannel => (post.Configured ? DeliveryTexts.ChannelNotInConfiguredTeamLine : DeliveryTexts.ChannelNoTeamLine).In(language),
        ChannelPostState.Uncertain => DeliveryTexts.ChannelUncertainLine.In(language),
        ChannelPostState.Failed => DeliveryTexts.ChannelFailedLine.Format(language, Reason(post.ErrorCode, uncertain: false, language)),
        _ => null,
    };

    /// What Teams answered, readable: a known code in words, any other as Teams gave it. An Uncertain row without a code
    /// is one the bot stopped in the middle of sending.
    public static string Reason(string? code, bool uncertain, Language language)
    {
        if (string.IsNullOrWhiteSpace(code)) return (uncertain ? DeliveryTexts.ReasonStopped : DeliveryTexts.ReasonUnknown).Format(language, "?");
        return DeliveryTexts.Reasons.TryGetValue(code.Trim(), out var text) ? text.In(language) : DeliveryTexts.ReasonUnknown.Format(language, code.Trim());
    }

    /// How a member was reached.
    public static string Path(DeliveryPath path, Language language) => (path switch
    {
        DeliveryPath.Chat => DeliveryTexts.PathChat,
        DeliveryPath.NewChat => DeliveryTexts.PathNewChat,
        DeliveryPath.InstalledApp => DeliveryTexts.PathInstalledApp,
        DeliveryPath.ChannelMention => DeliveryTexts.PathChannelMention,
        _ => DeliveryTexts.PathEmail,
    }).In(language);

    /// A mention message for the channel: "For / Pour : <at>Élise Moreau</at>, <at>Jonas Weber</at> — subject", then what
    /// it asks of them in English and in French. Addressed to a group, it speaks both languages; the names are cleaned
    /// so none breaks out of its mention.
    public static JsonObject Mention(IReadOnlyList<Member> people, string subject, Text body)
    {
        var names = people.Select(p => (Id: p.AadObjectId, Name: p.DisplayName)).ToList();
        var line = $"{Bilingual.Label(DeliveryTexts.MentionFor)}\u00a0: {string.Join(", ", names.Select(n => Card.MentionTag(n.Name)))} — {subject}";
        return Card.WithMentions(Card.New([Card.TextBlock(line, weight: "Bolder"), Bilingual.Lines(body)]), names);
    }

    static DateTime Local(DateTimeOffset? at, TimeZoneInfo zone) => at is { } t ? TimeZoneInfo.ConvertTime(t, zone).DateTime : default;
}
