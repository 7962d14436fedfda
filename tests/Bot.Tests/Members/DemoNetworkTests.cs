using System.Text.Json.Nodes;
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
        Assert.Equal("sophie", (string?)Playground()["people"]![0]!["key"]);   // run-local.sh's first Playground, the E2E tests' one
    }

    [Fact]
    public void Every_Playground_person_is_a_seeded_member_with_the_same_identity_role_state_and_language()
    {
        // run-local.sh starts one Playground per person of playground/network.json, and prints their role and language.
        var people = Playground()["people"]!.AsArray();

        Assert.Equal(DemoNetwork.Members.Count, people.Count);
        for (var i = 0; i < people.Count; i++)
        {
            var (person, member) = (people[i]!, DemoNetwork.Members[i]);
            Assert.Equal($"29:{member.Id}", (string?)person["id"]);
            Assert.Equal(member.DisplayName, (string?)person["name"]);
            Assert.Equal(member.AadObjectId, (string?)person["aadObjectId"]);
            Assert.Equal(member.Email, (string?)person["email"]);
            Assert.Equal(member.Role.ToString(), (string?)person["role"]);
            Assert.Equal(member.StateCode?.Value, (string?)person["state"]);
            Assert.Equal(member.PreferredLanguage?.Code(), (string?)person["language"]);
        }
    }

    static JsonNode Playground() => JsonNode.Parse(File.ReadAllText(Repo.PathTo("playground", "network.json")))!;

    [Fact]
    public void Every_demo_member_has_details_the_office_could_have_entered()
    {
        // The office's forms apply these rules; a demo member that breaks them could not be re-added or replaced in kind.
        Assert.All(DemoNetwork.Members, m => Assert.Empty(MemberDetails.Problems(m)));
        Assert.Equal(DemoNetwork.TenantId, (string?)Playground()["tenantId"]);
    }

    [Fact]
    public async Task Nothing_is_seeded_unless_asked()
    {
        using var app = new BotApp().WithMembers();

        Assert.Empty(await app.Members.ListAsync(default));
    }
}
