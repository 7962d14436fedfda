using System.Text.Json.Nodes;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Members;

namespace FocalBot.Bot.Tests.Members;

/// The bot with the office (Sophie, English), Élise (French, lead for France) and Jonas (Germany), and the steps the
/// membership tests take.
public static class OfficeApp
{
    public static BotApp New() => new BotApp().WithMembers(AMember.Elise(language: null), AMember.Jonas(), AMember.Sophie());

    /// The Entra object id of the newcomer the forms describe.
    public const string NewcomerAad = "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d";

    /// The add form filled in for a new Austrian focal point.
    public static JsonObject Austria(string aad = NewcomerAad, bool lead = false, string state = "AT") => new()
    {
        ["name"] = "Anna Gruber", ["role"] = "FocalPoint", ["state"] = state, ["lead"] = lead ? "true" : "false",
        ["organisation"] = "Bundesministerium für Inneres", ["title"] = "Referentin", ["email"] = "anna.gruber@bmi.example",
        ["phone"] = "+43 1 531 26", ["language"] = "teams", ["aadObjectId"] = aad, ["tenantId"] = Payload.TenantId,
    };

    public static async Task<IReadOnlyList<AuditEntry>> AuditAsync(this BotApp app) => await app.Service<IAuditLog>().ListAsync(100, default);

    public static async Task<IReadOnlyList<Member>> EveryoneAsync(this BotApp app) => await app.Members.ListAsync(default);
}
