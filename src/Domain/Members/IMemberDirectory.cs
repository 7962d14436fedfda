using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Members;

/// The network's members: one port, an embedded store locally and SharePoint lists in production.
public interface IMemberDirectory
{
    Task<Member?> FindByAadAsync(string tenantId, string aadObjectId, CancellationToken ct);

    Task<Member?> GetAsync(string id, CancellationToken ct);

    Task<IReadOnlyList<Member>> ListAsync(CancellationToken ct);

    /// Adds a member (Version null) or updates the one with its id if nobody changed it since it was read.
    /// Identity (tenant + Entra object id) is unique.
    Task<SaveResult> SaveAsync(Member member, CancellationToken ct);
}

public static class MemberDirectoryExtensions
{
    /// Re-reads and re-applies a change until it lands on the current version (a few tries), so two edits of
    /// different fields both survive; null when the member does not exist.
    public static async Task<Member?> UpdateAsync(this IMemberDirectory directory, string id, Func<Member, Member> change, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var current = await directory.GetAsync(id, ct);
            if (current is null) return null;
            var changed = change(current);
            if (await directory.SaveAsync(changed, ct) is SaveResult.Saved saved) return changed with { Version = saved.Version };
        }
        throw new InvalidOperationException("The member kept changing while it was being updated.");
    }
}
