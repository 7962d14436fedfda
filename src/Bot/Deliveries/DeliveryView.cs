using System.Text.Json.Nodes;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Deliveries;

/// Reads a subject's delivery rows and builds the office's view of them: each personal message with the member it went
/// to, the uncertain mentions, and the subject's posts in the network's channel.
public sealed record DeliveryViewReader(IDeliveryStore Deliveries, IMemberDirectory Members, NetworkChannel Channel, NetworkCalendar Calendar)
{
    /// Every row the office may send again: the personal messages, the mentions, and the posts that may go again.
    public async Task<List<Delivery>> RowsAsync(DeliverySubject subject, CancellationToken ct)
    {
        var rows = (await Deliveries.ListAsync(subject.Campaign, ct)).ToList();
        if (subject.MentionCampaign is { } mentions) rows.AddRange(await Deliveries.ListAsync(mentions, ct));
        foreach (var post in subject.Posts.Where(p => p.CanPostAgain))
            if (await Deliveries.GetAsync(post.Campaign, NetworkChannel.Recipient, ct) is { } row) rows.Add(row);
        return rows;
    }

    /// The view card, with notices on top (what a press just did).
    public async Task<JsonObject> CardAsync(DeliverySubject subject, IReadOnlyList<string> notices, Language language, CancellationToken ct)
    {
        var members = (await Members.ListAsync(ct)).ToDictionary(m => m.Id);
        var sends = await Deliveries.ListAsync(subject.Campaign, ct);
        var mentions = subject.MentionCampaign is { } campaign ? (await Deliveries.ListAsync(campaign, ct)).ToDictionary(d => d.MemberId) : [];
        var view = new DeliveryView(subject,
            [.. sends.Select(d => new DeliveryLine(members.GetValueOrDefault(d.MemberId), d, mentions.GetValueOrDefault(d.MemberId)))],
            [.. mentions.Values.Where(m => m.Status == DeliveryStatus.Uncertain).Select(m => new DeliveryLine(members.GetValueOrDefault(m.MemberId), m, null))],
            notices, await PostsAsync(subject, ct));
        return DeliveryCards.View(view, Calendar.Zone, Calendar.Now, language);
    }

    /// Each post queued for the channel, as NetworkChannel tells its state (a waiting post knows whether a channel is known).
    async Task<IReadOnlyList<DeliveryPostLine>> PostsAsync(DeliverySubject subject, CancellationToken ct)
    {
        var lines = new List<DeliveryPostLine>();
        foreach (var post in subject.Posts)
            if (await Deliveries.GetAsync(post.Campaign, NetworkChannel.Recipient, ct) is { } row)
                lines.Add(new DeliveryPostLine(post.Label, row, await Channel.StateAsync(post.Campaign, ct), post.CanPostAgain));
        return lines;
    }
}

/// One recipient's row of a subject, with their mention in the channel when there is one.
public sealed record DeliveryLine(Member? Member, Delivery Row, Delivery? Mention);

/// One post of a subject in the network's channel: what it is, its row, its state as the office is told it, and
/// whether it may be posted again.
public sealed record DeliveryPostLine(string Label, Delivery Row, ChannelPost State, bool CanPostAgain = true);

/// What the office sees of a subject's deliveries: each personal message, the mentions whose post is uncertain, and the
/// subject's posts in the network's channel.
public sealed record DeliveryView(DeliverySubject Subject, IReadOnlyList<DeliveryLine> Sends, IReadOnlyList<DeliveryLine> UncertainMentions, IReadOnlyList<string> Notices,
    IReadOnlyList<DeliveryPostLine> Posts)
{
    public IEnumerable<DeliveryLine> Uncertain => Sends.Where(l => l.Row.Status == DeliveryStatus.Uncertain).Concat(UncertainMentions);

    public IEnumerable<DeliveryPostLine> UncertainPosts => Posts.Where(p => p.Row.Status == DeliveryStatus.Uncertain && p.CanPostAgain);
}
