using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Members;

/// The network's members: one port, an embedded store locally and SharePoint lists in production.
public interface IMemberDirectory
{
    Task<Member?> FindByAadAsync(string tenantId, string aadObjectId, CancellationToken ct);

    Task<IReadOnlyList<Member>> ListAsync(CancellationToken ct);

    /// Adds the member, or replaces the one with the same id.
    Task SaveAsync(Member member, CancellationToken ct);

    Task SetLanguageAsync(string memberId, Language language, CancellationToken ct);
}
