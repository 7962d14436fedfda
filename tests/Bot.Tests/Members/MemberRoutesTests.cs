using System.Text.Json.Nodes;
using FocalBot.Bot.Members;
using FocalBot.Bot.Tests.Support;

namespace FocalBot.Bot.Tests.Members;

/// The members' routing table: the `members` command and its card are the office's, in its personal chat; nobody else
/// gets anything, whatever they send, and what the office types never reaches the logs.
public sealed class MemberRoutesTests : IDisposable
{
    readonly BotApp _app = OfficeApp.New();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_office_gets_the_management_card_with_the_networks_counts()
    {
        await _app.PostAsync(Payload.PersonalMessage("members").From(Payload.SophieAad));

        var card = Assert.Single(_app.Connector.Sends).Shown;
        Assert.Contains(MemberTexts.HomeTitle.En, card);
        Assert.Contains("Focal points\n2", card);
        Assert.Contains("(45)", card);   // every state but France lacks a lead
        Assert.Equal([MemberRoutes.Add, MemberRoutes.Replace, MemberRoutes.Retire, MemberRoutes.Change, MemberRoutes.Import, MemberRoutes.Roster],
            FocalBot.Bot.Cards.Card.Verbs(Assert.Single(_app.Connector.Sends).Card));
    }

    [Fact]
    public async Task A_focal_point_asking_for_members_is_refused_in_her_language()
    {
        await _app.PostAsync(Payload.PersonalMessage("membres"));

        Assert.Equal(MemberTexts.OfficeOnly.Fr, Assert.Single(_app.Connector.Sends).Activity.Text);
    }

    [Fact]
    public async Task The_office_manages_members_in_the_personal_chat_only()
    {
        await _app.PostAsync(Payload.ChannelMention("members").From(Payload.SophieAad));

        Assert.Equal(MemberTexts.PersonalChatOnly.En, Assert.Single(_app.Connector.Sends).Activity.Text);
    }

    [Fact]
    public async Task A_forged_create_from_a_focal_point_is_refused_and_changes_nothing()
    {
        var body = await _app.PressAsync(MemberRoutes.Create, OfficeApp.Austria(), fromAad: Payload.EliseAad);

        Assert.Equal(MemberTexts.OfficeOnly.Fr, body.Message);
        Assert.Equal(3, (await _app.EveryoneAsync()).Count);
        Assert.Empty(await _app.AuditAsync());
    }

    [Fact]
    public async Task Every_management_button_is_refused_to_a_focal_point()
    {
        string[] verbs = [MemberRoutes.Home, MemberRoutes.Add, MemberRoutes.Create, MemberRoutes.Retire, MemberRoutes.Retired, MemberRoutes.Change,
            MemberRoutes.Changed, MemberRoutes.Replace, MemberRoutes.Replaced, MemberRoutes.Import, MemberRoutes.Roster];
        Assert.Equal(verbs.Order(), Features.Routes().Verbs.Where(v => v.StartsWith("members.", StringComparison.Ordinal)).Order());

        foreach (var verb in verbs)
        {
            var body = await _app.PressAsync(verb, new JsonObject { ["memberId"] = "m-jonas", ["submit"] = "1", ["csv"] = "name,role,email\nX,office,x@x.org" }, fromAad: Payload.JonasAad);
            Assert.True(body.Message == MemberTexts.OfficeOnly.Fr, $"{verb}: {body.ToJsonString()}");
        }
        Assert.True((await _app.EveryoneAsync()).All(m => m.IsActive));
        Assert.Equal(3, (await _app.EveryoneAsync()).Count);
        Assert.Empty(await _app.AuditAsync());
    }

    [Fact]
    public async Task Names_and_emails_of_new_members_never_reach_the_logs()
    {
        var data = OfficeApp.Austria();
        data["name"] = "Zelda SENTINEL-4c1e";
        data["email"] = "sentinel-4c1e@bmi.example";

        await _app.PressAsync(MemberRoutes.Create, data);
        await _app.PressAsync(MemberRoutes.Import, new JsonObject { ["submit"] = "1", ["csv"] = "name,role,email\nYorick SENTINEL-4c1e,office,yorick-sentinel-4c1e@coe.example\n" });

        Assert.Equal(["Yorick SENTINEL-4c1e", "Zelda SENTINEL-4c1e"],
            (await _app.EveryoneAsync()).Where(m => m.DisplayName.Contains("SENTINEL")).Select(m => m.DisplayName).Order());   // both saved, so both were logged about
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains("SENTINEL-4c1e", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_management_button_pressed_outside_the_personal_chat_points_there_and_changes_nothing()
    {
        var payload = Payload.Execute(MemberRoutes.Retired, new JsonObject { ["memberId"] = "m-elise" }).From(Payload.SophieAad)
            .Set("conversation.conversationType", "groupChat");

        var pressed = await _app.PressAsync(payload);

        Assert.Equal(MemberTexts.PersonalChatOnly.En, pressed.Message);
        Assert.True((await _app.Members.GetAsync("m-elise", default))!.IsActive);
        Assert.Empty(await _app.AuditAsync());
    }
}
