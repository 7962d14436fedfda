using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Support;

/// Members for tests, defaulting what a test does not state.
public sealed record AMember
{
    public static Member Elise(Language? language = Language.Fr) => new()
    {
        Id = "m-elise", DisplayName = "Élise Moreau", Role = MemberRole.FocalPoint, StateCode = "FR",
        Email = "elise.moreau@interieur.example", PreferredLanguage = language,
        AadObjectId = Payload.EliseAad, TenantId = Payload.TenantId, IsLead = true,
    };

    public static Member Jonas(Language? language = null) => new()
    {
        Id = "m-jonas", DisplayName = "Jonas Weber", Role = MemberRole.FocalPoint, StateCode = "DE",
        Email = "jonas.weber@bmi.example", PreferredLanguage = language,
        AadObjectId = Payload.JonasAad, TenantId = Payload.TenantId,
    };

    public static Member Sophie() => new()
    {
        Id = "m-sophie", DisplayName = "Sophie Laurent", Role = MemberRole.Office, Organisation = "Office of the SRSG",
        Email = "sophie.laurent@coe.example", PreferredLanguage = Language.En,
        AadObjectId = Payload.SophieAad, TenantId = Payload.TenantId,
    };

    public static Member Ana(Language? language = Language.En) => new()
    {
        Id = "m-ana", DisplayName = "Ana Costa", Role = MemberRole.Expert, StateCode = "PT", Organisation = "University of Lisbon",
        Email = "ana.costa@ulisboa.example", PreferredLanguage = language,
        AadObjectId = AnaAad, TenantId = Payload.TenantId,
    };

    /// Another focal point, with a fresh identity.
    public static Member FocalPoint(string id, string name, string state, bool lead = false, string? organisation = null) => new()
    {
        Id = id, DisplayName = name, Role = MemberRole.FocalPoint, StateCode = state, IsLead = lead, Organisation = organisation,
        Email = $"{id}@example.org", AadObjectId = Guid.NewGuid().ToString(), TenantId = Payload.TenantId,
    };

    public const string SophieAad = Payload.SophieAad;
    public const string AnaAad = "7b9d1f3a-5c6e-4a8b-9c0d-1e2f3a4b5c6d";
}
