using FocalBot.Bot.Protocol;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Files;

/// One place a stored upload may go, as the offer lists it: what the member reads, and the value Attach sends back,
/// the feature's prefix, ':' and the feature's own key ("request:r-1:2", "meeting:m-1:a1b2c3"). Group names the one
/// thing the place belongs to (a request): when every place offered is of one group, the first is chosen already;
/// null never preselects (an agenda item must be chosen).
public sealed record FileDestination(string Title, string Value, string? Group = null);

/// A feature that takes the files members send. The offer (FileRoutes) lists every feature's places for the sender and
/// hands the chosen one to the feature whose prefix it carries, so no feature knows another's places. Registered
/// once per feature as a singleton; one feature per prefix.
public interface IFileDestinations
{
    /// The prefix of this feature's values, without the ':' ("request", "meeting").
    string Prefix { get; }

    /// Whether a value without a prefix is a key this feature gave before values carried prefixes: an offer sent then
    /// carries the key alone, and is still honoured.
    bool TakesUnprefixed(string value) => false;

    /// Whether the member is someone this feature takes files from at all (by role), so a member with nowhere to put a
    /// file today hears why from each feature that would take one (Nowhere).
    bool Serves(Member member);

    /// Why this feature has nowhere for the member's file now: one sentence, in the member's language when formatted.
    Text Nowhere(Member member);

    /// The places the member may put a file now, each value starting with Prefix and ':'.
    Task<IReadOnlyList<FileDestination>> ListAsync(Member member, Language language, CancellationToken ct);

    /// Where to keep an upload offered only for these places of this feature: a folder of the export store that the
    /// places share (a request's annexes), or null for the common Uploads folder.
    string? Folder(IReadOnlyList<FileDestination> places);

    /// Attaches the upload to the place `key` names (the value without the prefix and ':') by the feature's own rules,
    /// and says what became of it. A key naming no place the member may use now is refused in their language with
    /// nothing changed; the same upload attached twice is recorded once (its Id).
    Task<InvokeResponse> AttachAsync(TurnContext turn, Member member, StoredUpload upload, string key, CancellationToken ct);
}
