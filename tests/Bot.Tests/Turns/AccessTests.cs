using System.Net;
using System.Text.Json.Nodes;
using FocalBot.Bot.Help;
using FocalBot.Bot.Tests.Support;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Members;

namespace FocalBot.Bot.Tests.Turns;

/// Only members may use the bot; nothing about anyone else is kept.
public sealed class AccessTests : IDisposable
{
    const string StrangerAad = "0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a";
    readonly BotApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_non_member_gets_one_polite_answer_in_their_language_and_nothing_is_stored_or_logged()
    {
        var payload = Payload.PersonalMessage("help SENTINEL-9d1e").From(StrangerAad).Set("from.name", "Zoltan Stranger").Locale("fr-FR");

        await _app.PostAsync(payload);

        Assert.Equal(TurnTexts.NotAMember.Fr, Assert.Single(_app.Connector.Sends).Activity.Text);
        Assert.Null(await _app.Conversations.GetAsync(payload.Node["conversation"]!["id"]!.GetValue<string>(), default));
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains("SENTINEL-9d1e") || l.Contains("Zoltan"));
    }

    [Fact]
    public async Task A_member_of_another_tenant_not_in_the_directory_is_refused_like_a_stranger()
    {
        var payload = Payload.PersonalMessage("help").Locale("en-GB")
            .Set("conversation.tenantId", "11111111-2222-4333-8444-555555555555").Set("channelData.tenant.id", "11111111-2222-4333-8444-555555555555");

        await _app.PostAsync(payload);

        Assert.Equal(TurnTexts.NotAMember.En, Assert.Single(_app.Connector.Sends).Activity.Text);
    }

    [Fact]
    public async Task A_retired_member_is_refused_and_not_remembered()
    {
        await _app.Given(AMember.Elise() with { Status = MemberStatus.Left });

        await _app.PostAsync(Payload.Load("installation-update"));

        Assert.Equal(TurnTexts.NotAMember.Fr, Assert.Single(_app.Connector.Sends).Activity.Text);
        Assert.Null(await _app.Conversations.FindPersonalAsync(Payload.TenantId, Payload.EliseAad, default));
    }

    [Fact]
    public async Task A_non_member_pressing_a_card_button_gets_the_polite_answer_and_changes_nothing()
    {
        var payload = Payload.Execute(HelpRoutes.Language, new JsonObject { ["language"] = "en" }).From(StrangerAad);

        var body = JsonNode.Parse(await (await _app.PostAsync(payload)).Content.ReadAsStringAsync())!;

        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
        Assert.Equal(TurnTexts.NotAMember.Fr, body["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_non_member_in_a_channel_is_answered_only_when_mentioning_the_bot()
    {
        await _app.PostAsync(Payload.ChannelMention("help").From(StrangerAad).Set("entities", new JsonArray()));
        await _app.PostAsync(Payload.ChannelMention("help").From(StrangerAad));

        var sent = Assert.Single(_app.Connector.Sends);
        Assert.EndsWith(";messageid=1795375112445", sent.To.ConversationId);
    }

    [Fact]
    public async Task Activities_from_a_tenant_outside_the_allow_list_are_refused_before_any_turn()
    {
        using var app = new BotApp().Setting("Access:AllowedTenants:0", "11111111-2222-4333-8444-555555555555");

        var message = await app.PostAsync(Payload.PersonalMessage("help"));
        var invoke = await app.PostAsync(Payload.Execute(HelpRoutes.Language, new JsonObject()));

        Assert.Equal(HttpStatusCode.OK, message.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, invoke.StatusCode);
        Assert.Empty(app.Connector.Sends);
        Assert.Null(await app.Conversations.FindPersonalAsync(Payload.TenantId, Payload.EliseAad, default));
    }

    [Fact]
    public async Task Activities_from_an_allowed_tenant_are_handled()
    {
        using var app = new BotApp().Setting("Access:AllowedTenants:0", Payload.TenantId.ToUpperInvariant());

        await app.PostAsync(Payload.PersonalMessage("help"));

        Assert.Single(app.Connector.Sends);
    }

    [Fact]
    public void A_malformed_tenant_allow_list_stops_the_bot_at_startup()
    {
        using var app = new BotApp().Setting("Access:AllowedTenants:0", "contoso.example");

        Assert.ThrowsAny<Exception>(() => app.CreateClient());
    }
}
