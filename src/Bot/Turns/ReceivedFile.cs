using FocalBot.Domain.Members;

namespace FocalBot.Bot.Turns;

/// A file a member sent to the bot in the personal chat, downloaded and checked: an allowed type (Extension, lower case,
/// without the dot), within the size limit. Name is the file's name as sent, sanitised; Content its bytes.
public sealed record ReceivedFile(string Name, string Extension, byte[] Content);

/// A feature that recognises some received files as its own before they are offered as attachments: a filled national
/// copy of a request, for instance. The first claim that handles the file answers the member; the others are not asked.
public interface IReceivedFileClaim
{
    /// True when this feature handled the file (and answered the member); false leaves it to the next claim, and at
    /// the end to the attachments.
    Task<bool> TryHandleAsync(TurnContext turn, Member member, ReceivedFile file, CancellationToken ct);
}
