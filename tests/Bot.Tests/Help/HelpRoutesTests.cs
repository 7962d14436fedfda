using System.Net;
using System.Text.Json.Nodes;
using FocalBot.Bot.Help;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Help;

public sealed class HelpRoutesTests : IDisposable
{
    readonly BotApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Install_in_personal_chat_sends_the_welcome_card_once_for_both_install_events()
    {
        await _app.PostAsync(Payload.Load("installation-update"));
        await _app.PostAsync(Payload.Load("conversation-update"));

        var sent = Assert.Single(_app.Connector.Sends);
        Assert.Contains(HelpTexts.WelcomeTitle.Fr, sent.AllText);   // no member yet: the fr-FR locale decides
        Assert.Null(sent.Activity.Text);                             // a card travels alone, so it can be updated later
    }

    [Fact]
    public async Task Install_stores_the_conversation_reference_for_later_messages()
    {
        await _app.PostAsync(Payload.Load("installation-update"));

        var reference = await _app.Conversations.FindPersonalAsync(Payload.TenantId, Payload.EliseAad, default);
        Assert.NotNull(reference);
        Assert.Equal(Payload.LocalServiceUrl, reference.ServiceUrl);
        Assert.StartsWith("29:", reference.UserId);
    }

    [Fact]
    public async Task Reinstall_after_removal_welcomes_again()
    {
        await _app.PostAsync(Payload.Load("installation-update"));
        await _app.PostAsync(Payload.Load("installation-update").NewId().Set("action", "remove"));
        var dead = await _app.Conversations.FindPersonalAsync(Payload.TenantId, Payload.EliseAad, default);
        await _app.PostAsync(Payload.Load("installation-update").NewId());

        Assert.Null(dead);
        Assert.Equal(2, _app.Connector.Sends.Count);
    }

    [Fact]
    public async Task Added_to_a_team_the_bot_welcomes_the_channel_once_and_remembers_the_team()
    {
        await _app.PostAsync(Payload.Load("team-install"));
        await _app.PostAsync(Payload.Load("team-install").NewId());

        var sent = Assert.Single(_app.Connector.Sends);
        Assert.Equal("19:2b7d4e6f8a0c4e1b9d3f5a7c9e1b3d5f@thread.tacv2", sent.To.ConversationId);
        Assert.Contains(HelpTexts.WelcomeTitle.En, sent.AllText);
        var team = await _app.Conversations.GetAsync(sent.To.ConversationId, default);
        Assert.Equal("channel", team!.ConversationType);
    }

    [Fact]
    public async Task A_member_joining_a_team_is_not_a_bot_install()
    {
        var joined = Payload.Load("team-install").Set("membersAdded", new JsonArray(new JsonObject { ["id"] = "29:someone-else" }));

        var response = await _app.PostAsync(joined);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_app.Connector.Sends);
        // The event did reach the bot, which met the team's channel, and welcomed no one.
        Assert.NotNull(await _app.Conversations.GetAsync("19:2b7d4e6f8a0c4e1b9d3f5a7c9e1b3d5f@thread.tacv2", default));
    }

    [Fact]
    public async Task Help_in_English_lists_the_commands()
    {
        await _app.Given(AMember.Jonas(Language.En));

        await _app.PostAsync(Payload.PersonalMessage("help").From(Payload.JonasAad).Locale("en-GB"));

        var card = Assert.Single(_app.Connector.Sends).Card!;
        Assert.Contains(HelpTexts.HelpTitle.En, card.ToJsonString());
        Assert.Contains("\"help\"", card.ToJsonString());
    }

    [Fact]
    public async Task Aide_from_a_fr_FR_user_without_preference_gets_the_French_card()
    {
        await _app.PostAsync(Payload.PersonalMessage("aide").Locale("fr-FR"));

        var json = Assert.Single(_app.Connector.Sends).Card!.ToJsonString();
        Assert.Contains(HelpTexts.HelpTitle.Fr, json);
        Assert.Contains("\"aide\"", json);
    }

    [Fact]
    public async Task The_stored_preference_wins_over_the_locale()
    {
        await _app.Given(AMember.Elise(Language.En));

        await _app.PostAsync(Payload.PersonalMessage("aide").Locale("fr-FR"));

        Assert.Contains(HelpTexts.HelpTitle.En, Assert.Single(_app.Connector.Sends).AllText);
    }

    [Fact]
    public async Task Without_preference_or_locale_the_bot_answers_in_English()
    {
        await _app.PostAsync(Payload.PersonalMessage("help").Set("locale", (string?)null));

        Assert.Contains(HelpTexts.HelpTitle.En, Assert.Single(_app.Connector.Sends).AllText);
    }

    [Fact]
    public async Task Switching_language_stores_it_and_returns_the_updated_card()
    {
        await _app.Given(AMember.Elise(Language.Fr));

        var response = await _app.PostAsync(Payload.Execute(HelpRoutes.Language, new JsonObject { ["language"] = "en" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Contains(HelpTexts.HelpTitle.En, body["value"]!.ToJsonString());
        var stored = await _app.Members.FindByAadAsync(Payload.TenantId, Payload.EliseAad, default);
        Assert.Equal(Language.En, stored!.PreferredLanguage);
        Assert.Empty(_app.Connector.Sends);   // the invoke answer replaces the card; nothing else is posted
        var audit = Assert.Single(await _app.Service<FocalBot.Domain.Audit.IAuditLog>().ListAsync(10, default));
        Assert.Equal(("m-elise", HelpRoutes.AuditLanguageChanged), (audit.ActorId, audit.Action));
    }

    [Fact]
    public async Task A_language_switch_with_unexpected_data_switches_to_the_other_language()
    {
        await _app.Given(AMember.Elise(Language.Fr));

        var response = await _app.PostAsync(Payload.Execute(HelpRoutes.Language, new JsonObject { ["language"] = new JsonArray(1, 2) }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(HelpTexts.HelpTitle.En, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task In_a_channel_the_bot_answers_an_at_mention_in_the_thread()
    {
        await _app.PostAsync(Payload.ChannelMention("help"));

        var sent = Assert.Single(_app.Connector.Sends);
        Assert.Equal("19:8c1f0b2e6d4a4f3c9b7a5e2d1c0f9e8d@thread.tacv2;messageid=1795375112445", sent.To.ConversationId);
        Assert.Contains(HelpTexts.HelpTitle.En, sent.AllText);
    }

    [Fact]
    public async Task In_a_channel_the_bot_ignores_messages_that_do_not_mention_it()
    {
        var payload = Payload.ChannelMention("help").Set("text", "help").Set("entities", new JsonArray());

        var response = await _app.PostAsync(payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_app.Connector.Sends);
        // The message did reach the bot, which met the channel, and stayed silent.
        Assert.NotNull(await _app.Conversations.GetAsync("19:8c1f0b2e6d4a4f3c9b7a5e2d1c0f9e8d@thread.tacv2", default));
    }

    [Fact]
    public async Task The_channel_is_remembered_without_its_thread()
    {
        await _app.PostAsync(Payload.ChannelMention("help"));

        var channel = await _app.Conversations.GetAsync("19:8c1f0b2e6d4a4f3c9b7a5e2d1c0f9e8d@thread.tacv2", default);
        Assert.NotNull(channel);
        Assert.Equal("19:2b7d4e6f8a0c4e1b9d3f5a7c9e1b3d5f@thread.tacv2", channel.TeamId);
    }

    [Fact]
    public async Task An_unknown_command_gets_a_pointer_to_help_in_the_users_language()
    {
        await _app.PostAsync(Payload.PersonalMessage("bonjour").Locale("fr-FR"));

        Assert.Equal(HelpTexts.NotUnderstood.Fr, Assert.Single(_app.Connector.Sends).Activity.Text);
    }

    [Theory]
    [InlineData("fr-FR", "«\u00a0aide\u00a0»")]
    [InlineData("en-GB", "“help”")]
    public async Task The_unknown_command_reply_is_plain_text_with_the_command_in_quotes(string locale, string command)
    {
        await _app.PostAsync(Payload.PersonalMessage("bonjour").Locale(locale));

        var text = Assert.Single(_app.Connector.Sends).Activity.Text!;
        Assert.Contains(command, text);
        Assert.DoesNotContain("*", text);   // sent as plain text: Markdown marks would show as typed
    }
}
