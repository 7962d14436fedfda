namespace FocalBot.Domain.Shared;

/// Where one proactive message to one recipient stands. Rows are all created Pending before the first send; the sender
/// marks a row Uncertain just before it posts, so a crash mid-send is never replayed, only shown.
public enum DeliveryStatus
{
    /// Not sent yet; the sender will try.
    Pending,
    /// Posted, but no answer came (timeout, 500, crash): it may have arrived. Shown to the office, never replayed.
    Uncertain,
    /// Teams confirmed it; ActivityId is the message.
    Sent,
    /// Teams refused it for good (blocked, not installed…); ErrorCode says why.
    Failed,
    /// The bot has no chat with the recipient yet (they never installed it); tried again when one appears.
    NoChat,
}

/// How a recipient was reached, once a row is Sent (or how the sender tried, once it is not).
public enum DeliveryPath
{
    /// The personal chat the bot already had with them.
    Chat,
    /// A personal chat the bot created for this message (POST v3/conversations from the team's roster).
    NewChat,
    /// The bot was first installed for them with Graph, then the chat created.
    InstalledApp,
    /// An @mention in the channel thread of the subject (no personal chat could be made).
    ChannelMention,
    /// An e-mail notice from the network's mailbox, saying something waits in Teams (no content).
    Email,
}

/// One proactive message to one member, in one campaign (e.g. "details-check/2026"): exactly one row per pair.
public sealed record Delivery
{
    public required string Campaign { get; init; }
    public required string MemberId { get; init; }
    public DeliveryStatus Status { get; init; } = DeliveryStatus.Pending;
    public string? ActivityId { get; init; }
    public string? ErrorCode { get; init; }
    public DeliveryPath? Path { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
    public string? Version { get; init; }
}

/// The delivery rows of every campaign.
public interface IDeliveryStore
{
    /// Creates a Pending row for each member that has none in the campaign; existing rows are left as they are.
    /// Returns how many rows were created.
    Task<int> AddPendingAsync(string campaign, IEnumerable<string> memberIds, DateTimeOffset now, CancellationToken ct);

    Task<Delivery?> GetAsync(string campaign, string memberId, CancellationToken ct);

    Task<IReadOnlyList<Delivery>> ListAsync(string campaign, CancellationToken ct);

    /// Rows waiting to be sent: Pending, and NoChat (a chat may have appeared since), across campaigns.
    Task<IReadOnlyList<Delivery>> ListWaitingAsync(CancellationToken ct);

    /// Versioned update (Conflict when the row changed since it was read).
    Task<SaveResult> SaveAsync(Delivery delivery, CancellationToken ct);
}
