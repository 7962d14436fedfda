using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Members;

public enum MemberRole { FocalPoint, Office, Expert }

public enum MemberStatus { Active, Left }

/// Who someone is in the network. Identity is the Entra object id within its home tenant:
/// focal points are usually guests, so the tenant matters as much as the id.
public sealed record Member
{
    public required string Id { get; init; }
    public required string DisplayName { get; init; }
    public required MemberRole Role { get; init; }
    public string? StateCode { get; init; }
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
}
