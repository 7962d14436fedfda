using FocalBot.Bot.Members;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Members;

public sealed class DemoNetworkTests
{
    [Fact]
    public async Task The_demo_network_is_seeded_on_first_run_with_office_focal_points_and_French_speakers()
    {
        using var app = new BotApp().WithMembers().Setting("Demo:Seed", "true");

        var members = await app.Members.ListAsync(default);

        Assert.Equal(DemoNetwork.Members.Count, members.Count);
        Assert.Contains(members, m => m.Role == MemberRole.Office);
        Assert.True(members.Count(m => m.Role == MemberRole.FocalPoint) >= 3);
        Assert.Contains(members, m => m.PreferredLanguage == Language.Fr);
    }

    [Fact]
    public async Task The_seeded_office_member_is_the_Playgrounds_current_user()
    {
        using var app = new BotApp().WithMembers().Setting("Demo:Seed", "true");

        var sophie = await app.Members.FindByAadAsync(DemoNetwork.TenantId, "a0000000-0000-4000-8000-000000000001", default);

        Assert.Equal(MemberRole.Office, sophie!.Role);
        Assert.Contains("29:demo-sophie", await File.ReadAllTextAsync(Repo.PathTo("playground", ".m365agentsplayground.yml")));
    }

    [Fact]
    public void Every_demo_member_has_details_the_office_could_have_entered()
    {
        // The office's forms apply these rules; a demo member that breaks them could not be re-added or replaced in kind.
        Assert.All(DemoNetwork.Members, m => Assert.Empty(MemberDetails.Problems(m)));
        Assert.Contains($"tenantId: {DemoNetwork.TenantId}", File.ReadAllText(Repo.PathTo("playground", ".m365agentsplayground.yml")));
    }

    [Fact]
    public async Task Nothing_is_seeded_unless_asked()
    {
        using var app = new BotApp().WithMembers();

        Assert.Empty(await app.Members.ListAsync(default));
    }
}
