using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Members;

/// A small network for trying FocalBot locally: the office and focal points mapped to the users of the Agents
/// Playground's people (playground/network.json, one Playground each). Seeded on first run when "Demo:Seed" is true.
public static class DemoNetwork
{
    public const string TenantId = "00000000-0000-4000-8000-000000000001";

    public static IReadOnlyList<Member> Members { get; } =
    [
        Person("demo-sophie", "Sophie Laurent", MemberRole.Office, null, "Office of the SRSG on Migration and Refugees", "Programme Officer", Language.En, 1),
        Person("demo-elise", "Élise Moreau", MemberRole.FocalPoint, "FR", "Ministère de l’Intérieur", "Cheffe de bureau", Language.Fr, 2, lead: true),
        Person("demo-jonas", "Jonas Weber", MemberRole.FocalPoint, "DE", "Federal Ministry of the Interior", "Policy Officer", Language.En, 3, lead: true),
        Person("demo-giulia", "Giulia Rossi", MemberRole.FocalPoint, "IT", "Ministry of the Interior", "Senior Adviser", Language.En, 4, lead: true),
        Person("demo-luc", "Luc Peeters", MemberRole.FocalPoint, "BE", "SPF Intérieur", "Attaché", Language.Fr, 5, lead: true),
        Person("demo-ana", "Ana Costa", MemberRole.Expert, "PT", "University of Lisbon", "Researcher", Language.En, 6),
    ];

    static Member Person(string id, string name, MemberRole role, StateCode? state, string organisation, string title, Language language, int n, bool lead = false)
    {
        var (first, last) = (name.Split(' ')[0], name.Split(' ')[1]);
        return new Member
        {
            Id = id,
            DisplayName = name,
            Role = role,
            StateCode = state,
            Organisation = organisation,
            Title = title,
            Email = $"{Ascii(first)}.{Ascii(last)}@example.org".ToLowerInvariant(),
            PreferredLanguage = language,
            AadObjectId = $"a0000000-0000-4000-8000-{n:D12}",
            TenantId = TenantId,
            IsLead = lead,
        };
    }

    static string Ascii(string s) => s.Replace("É", "E").Replace("é", "e");
}

/// Seeds the demo network into an empty directory before the first request.
sealed class DemoNetworkSeeder(IMemberDirectory directory, IConfiguration configuration) : StartupTask
{
    public override async Task StartingAsync(CancellationToken ct)
    {
        if (!configuration.GetValue("Demo:Seed", false)) return;
        if ((await directory.ListAsync(ct)).Count > 0) return;
        foreach (var member in DemoNetwork.Members) await directory.SaveAsync(member, ct);
    }
}
