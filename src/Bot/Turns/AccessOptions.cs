using System.ComponentModel.DataAnnotations;

namespace FocalBot.Bot.Turns;

/// Who may reach the bot at all; section "Access".
public sealed class AccessOptions : IValidatableObject
{
    public const string Section = "Access";

    /// Tenants whose activities the bot handles (the network's host tenant, where guests appear too).
    /// Empty: every tenant, for local use. Activities from other tenants are refused before any turn logic.
    public string[] AllowedTenants { get; set; } = [];

    public bool AllowsTenant(string? tenantId) =>
        AllowedTenants.Length == 0 || (tenantId is not null && AllowedTenants.Contains(tenantId, StringComparer.OrdinalIgnoreCase));

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        foreach (var tenant in AllowedTenants)
            if (!Guid.TryParse(tenant, out _))
                yield return new ValidationResult("Access:AllowedTenants holds tenant ids (GUIDs) only.", [nameof(AllowedTenants)]);
    }
}
