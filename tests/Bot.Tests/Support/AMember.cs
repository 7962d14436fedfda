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

    /// The SRSG office, English-speaking: the one who may manage members.
    public static Member Sophie() => new()
    {
        Id = "m-sophie", DisplayName = "Sophie Laurent", Role = MemberRole.Office, Email = "sophie.laurent@coe.example",
        PreferredLanguage = Language.En, AadObjectId = Payload.SophieAad, TenantId = Payload.TenantId,
    };
}
