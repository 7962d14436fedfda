using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using FocalBot.Bot.Members;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Members;

namespace FocalBot.Bot.Tests.Members;

/// "Compare with the team": the network team's roster, every page of it, against the directory. Pending identities are
/// linked by e-mail; nobody is added.
public sealed class RosterRoutesTests : IDisposable
{
    const string Team = "19:2b7d4e6f8a0c4e1b9d3f5a7c9e1b3d5f@thread.tacv2";
    const string GiuliaAad = "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    readonly BotApp _app = OfficeApp.New();

    public void Dispose() => _app.Dispose();

    static ChannelAccount Account(string id, string aad, string name, string upn, string? email = null)
    {
        var extra = new Dictionary<string, JsonElement>
        {
            ["userPrincipalName"] = JsonSerializer.SerializeToElement(upn),
            ["tenantId"] = JsonSerializer.SerializeToElement(Payload.TenantId),
        };
        if (email is not null) extra["email"] = JsonSerializer.SerializeToElement(email);
        return new ChannelAccount { Id = id, AadObjectId = aad, Name = name, Extra = extra };
    }

    async Task GivenTheTeamAsync() => await _app.Conversations.SaveAsync(new ConversationReference
    {
        ConversationId = "19:8c1f0b2e6d4a4f3c9b7a5e2d1c0f9e8d@thread.tacv2", ConversationType = "channel", ServiceUrl = Payload.TeamsServiceUrl,
        ChannelId = "msteams", TenantId = Payload.TenantId, TeamId = Team,
    }, default);

    [Fact]
    public async Task Two_pages_with_a_guest_link_her_pending_identity_and_report_both_sides()
    {
        await GivenTheTeamAsync();
        var giulia = await _app.Given(new Member
        {
            Id = "m-giulia", DisplayName = "Giulia Rossi", Role = MemberRole.FocalPoint, StateCode = "IT", Email = "giulia.rossi@interno.example",
            AadObjectId = "", TenantId = "",
        });
        _app.Connector.RosterPages[""] = new MembersPage(
        [
            Account("29:elise", Payload.EliseAad, "Élise Moreau", "elise.moreau@coe.example", "elise.moreau@interieur.example"),
            Account("29:giulia", GiuliaAad, "Giulia Rossi (guest)", "giulia.rossi_interno.example#EXT#@coe.onmicrosoft.com"),
            new ChannelAccount { Id = "28:bot", Name = "FocalBot" },
        ], "page-2");
        _app.Connector.RosterPages["page-2"] = new MembersPage(
        [
            Account("29:sophie", Payload.SophieAad, "Sophie Laurent", "sophie.laurent@coe.example"),
            Account("29:marta", "1f2e3d4c-5b6a-4789-8a9b-0c1d2e3f4a5b", "Marta Kowalska", "marta.k_gov.example#EXT#@coe.onmicrosoft.com"),
        ], null);

        var card = (await _app.PressAsync(MemberRoutes.Roster, new JsonObject())).CardText();

        Assert.Equal([(Team, (string?)null), (Team, "page-2")], _app.Connector.RosterReads);
        var linked = (await _app.Members.GetAsync("m-giulia", default))!;
        Assert.Equal((GiuliaAad, Payload.TenantId), (linked.AadObjectId, linked.TenantId));
        Assert.Contains(MemberTexts.Linked.En, card);
        Assert.Contains("Giulia Rossi — Focal point, Italy", card);
        Assert.Contains("Marta Kowalska (marta.k@gov.example, guest)", card);   // in the team, not in the directory
        Assert.Contains(MemberTexts.NotInTeam.En, card);
        Assert.Contains("Jonas Weber — Focal point, Germany", card);
        Assert.Contains(MemberTexts.RosterSummary.Format(FocalBot.Domain.Shared.Language.En, 4, 3), card);
        Assert.Equal(4, (await _app.EveryoneAsync()).Count);   // nobody added
        var entry = Assert.Single(await _app.AuditAsync());
        Assert.Equal((MemberRoutes.AuditLinked, giulia.Id), (entry.Action, entry.SubjectId));
    }

    [Fact]
    public async Task A_team_member_not_in_the_directory_is_added_from_the_report_with_their_identity_filled_in()
    {
        await GivenTheTeamAsync();
        const string MartaAad = "1f2e3d4c-5b6a-4789-8a9b-0c1d2e3f4a5b";
        _app.Connector.RosterPages[""] = new MembersPage(
            [Account("29:marta", MartaAad, "Marta Kowalska", "marta.k_gov.example#EXT#@coe.onmicrosoft.com", "marta.k@gov.example")], null);

        var report = await _app.PressAsync(MemberRoutes.Roster, new JsonObject());
        var add = report["value"]!.ToJsonString().Contains(MemberRoutes.Add) ? FindAction(report["value"]!, MemberRoutes.Add) : null;
        var form = await _app.PressAsync(MemberRoutes.Add, (JsonObject)add!["data"]!.DeepClone());

        var formJson = form["value"]!.ToJsonString();
        Assert.Contains(MartaAad, formJson);
        Assert.Contains("marta.k@gov.example", formJson);
        Assert.Contains(Payload.TenantId, formJson);
        Assert.Equal(3, (await _app.EveryoneAsync()).Count);   // opening the form adds nobody
    }

    static JsonObject? FindAction(JsonNode node, string verb) => node switch
    {
        JsonObject o when (string?)o["verb"] == verb => o,
        JsonObject o => o.Select(p => p.Value is null ? null : FindAction(p.Value, verb)).FirstOrDefault(a => a is not null),
        JsonArray a => a.Select(n => n is null ? null : FindAction(n, verb)).FirstOrDefault(x => x is not null),
        _ => null,
    };

    [Fact]
    public async Task The_linked_member_can_then_use_the_bot()
    {
        await GivenTheTeamAsync();
        await _app.Given(new Member
        {
            Id = "m-giulia", DisplayName = "Giulia Rossi", Role = MemberRole.FocalPoint, StateCode = "IT", Email = "giulia.rossi@interno.example",
            PreferredLanguage = FocalBot.Domain.Shared.Language.En, AadObjectId = "", TenantId = "",
        });
        _app.Connector.RosterPages[""] = new MembersPage([Account("29:giulia", GiuliaAad, "Giulia", "giulia.rossi_interno.example#EXT#@coe.onmicrosoft.com")], null);

        await _app.PostAsync(Payload.PersonalMessage("help").From(GiuliaAad));
        await _app.PressAsync(MemberRoutes.Roster, new JsonObject());
        await _app.PostAsync(Payload.PersonalMessage("help").From(GiuliaAad));

        Assert.Equal(FocalBot.Bot.Turns.TurnTexts.NotAMember.Fr, _app.Connector.Sends[0].Activity.Text);
        Assert.Contains(FocalBot.Bot.Help.HelpTexts.HelpTitle.En, _app.Connector.Sends[1].Shown);
    }

    [Fact]
    public async Task The_configured_team_is_read_and_without_any_team_the_office_is_told()
    {
        var none = (await _app.PressAsync(MemberRoutes.Roster, new JsonObject())).CardText();
        await GivenTheTeamAsync();
        using var configured = OfficeApp.New().Setting("Members:TeamId", "19:another-team@thread.tacv2");
        await configured.Conversations.SaveAsync(new ConversationReference
        {
            ConversationId = "19:another-team@thread.tacv2", ConversationType = "channel", ServiceUrl = Payload.TeamsServiceUrl,
            ChannelId = "msteams", TenantId = Payload.TenantId, TeamId = "19:another-team@thread.tacv2",
        }, default);
        await configured.Conversations.SaveAsync(new ConversationReference
        {
            ConversationId = "19:later@thread.tacv2", ConversationType = "channel", ServiceUrl = Payload.TeamsServiceUrl,
            ChannelId = "msteams", TenantId = Payload.TenantId, TeamId = "19:later@thread.tacv2",
        }, default);

        await configured.PressAsync(MemberRoutes.Roster, new JsonObject());

        Assert.Contains(MemberTexts.NoTeam.En, none);
        Assert.Empty(_app.Connector.RosterReads);
        Assert.Equal("19:another-team@thread.tacv2", Assert.Single(configured.Connector.RosterReads).ConversationId);
    }

    [Fact]
    public async Task When_teams_does_not_answer_nothing_changes_and_the_office_is_told()
    {
        await GivenTheTeamAsync();
        _app.Connector.RosterFailure = new HttpRequestException("503", null, HttpStatusCode.ServiceUnavailable);

        var card = (await _app.PressAsync(MemberRoutes.Roster, new JsonObject())).CardText();

        Assert.Contains(MemberTexts.RosterUnavailable.En, card);
        Assert.Empty(await _app.AuditAsync());
    }
}
