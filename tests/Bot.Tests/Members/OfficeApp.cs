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

    public static async Task<IReadOnlyList<AuditEntry>> AuditAsync(this BotApp app) => await app.Service<IAuditLog>().ListAsync(100, default);

    public static async Task<IReadOnlyList<Member>> EveryoneAsync(this BotApp app) => await app.Members.ListAsync(default);
}
