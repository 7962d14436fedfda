using System.Text.Json.Nodes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Deliveries;

/// One thing sent to many, whose deliveries the office follows and settles: a request, a meeting's convocation.
/// Campaign holds the personal messages; MentionCampaign the @mentions in the channel for those without a chat;
/// ChannelPosts its posts in the network's channel (the convocation's, then a meeting's later announcements).
/// Heading and Title are in the reader's language; Title is what the office typed, shown literally.
public sealed record DeliverySubject(string Kind, string Id, string Heading, string Title, string Campaign, string? MentionCampaign, JsonObject Back,
    IReadOnlyList<DeliveryChannelPost>? ChannelPosts = null)
{
    public IReadOnlyList<DeliveryChannelPost> Posts => ChannelPosts ?? [];
}

/// One post of a subject in the network's channel: the campaign of its one row (NetworkChannel.Recipient), and what it
/// is, in the reader's language ("Channel post: revised agenda, version 2").
/// CanPostAgain is false for a post its feature would not post any more (made obsolete by a later change): the office
/// is not offered to send it again.
public sealed record DeliveryChannelPost(string Campaign, string Label, bool CanPostAgain = true);

/// A feature's subjects, found by the id on a card. Requests and meetings each register one, by their Kind.
public interface IDeliverySubjects
{
    /// The value of the card's "subject" data: "request", "meeting".
    string Kind { get; }

    /// The subject with this id, once sent (a draft has no deliveries); null otherwise.
    Task<DeliverySubject?> FindAsync(string id, Language language, CancellationToken ct);
}
