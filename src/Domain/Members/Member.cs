using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Members;

public enum MemberRole { FocalPoint, Office, Expert }

public enum MemberStatus { Active, Left }

/// Who someone is in the network. Identity is the Entra object id within the tenant the bot sees them in (the network's
/// tenant for guests): focal points are usually guests, so the tenant matters as much as the id. Both are empty while
/// the identity is pending: the office knew the person's e-mail but not their Entra ids, and the team roster import
/// fills them in later. A member without identity cannot reach the bot.
public sealed record Member
{
    public required string Id { get; init; }
    public required string DisplayName { get; init; }
    public required MemberRole Role { get; init; }
    public StateCode? StateCode { get; init; }
    public string? Organisation { get; init; }
    public string? Title { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public Language? PreferredLanguage { get; init; }
    public required string AadObjectId { get; init; }
    public required string TenantId { get; init; }
    public MemberStatus Status { get; init; } = MemberStatus.Active;
    public bool IsLead { get; init; }
    public DateOnly? JoinedOn { get; init; }
    public DateOnly? LeftOn { get; init; }

    /// The store's version of this record as it was read; null for a member not stored yet.
    public string? Version { get; init; }

    public bool IsActive => Status == MemberStatus.Active;

    /// False while the identity is pending (both ids empty).
    public bool HasIdentity => !string.IsNullOrWhiteSpace(AadObjectId) || !string.IsNullOrWhiteSpace(TenantId);

    /// Same person by identity: tenant and Entra object id, without case. Never true for pending identities.
    public bool IsSamePersonAs(string? tenantId, string? aadObjectId) =>
        HasIdentity && !string.IsNullOrWhiteSpace(aadObjectId) && !string.IsNullOrWhiteSpace(tenantId)
        && string.Equals(AadObjectId.Trim(), aadObjectId.Trim(), StringComparison.OrdinalIgnoreCase)
        && string.Equals(TenantId.Trim(), tenantId.Trim(), StringComparison.OrdinalIgnoreCase);
}
