using System.Text.Json.Nodes;
using FocalBot.EndToEnd.Playground;
using Xunit.Abstractions;

namespace FocalBot.EndToEnd.Help;

/// Welcome, help and the language switch, as the office and a French-speaking focal point see them in Teams.
/// Sophie Laurent (the Playground's user, SRSG office) is stored as English-speaking, Élise Moreau as French-speaking.
public sealed class HelpTests(PlaygroundFixture network, ITestOutputHelper output) : EndToEndTest(network, output)
{
    const string LanguageVerb = "help.language";
    const string HelpEn = "What FocalBot can do";
    const string HelpFr = "Ce que FocalBot sait faire";

    [Fact]
    public async Task Installing_in_the_personal_chat_sends_the_welcome_card()
    {
        // The fixture installed the bot in every person's personal chat at their own Playground, as run-local.sh does
        // (an install sends the welcome once): each welcome is on that Playground's chat stream from its start.
        await BotMessageAsync("welcome card", Demo.PersonalChat, 0, card => Cards.Says(card, "Welcome to FocalBot"));
        await Network.PlaygroundOf("elise").BotMessageAsync("welcome card in Élise's Playground", 0, card => Cards.Says(card, "Bienvenue dans FocalBot"));
    }

    [Fact]
    public async Task Help_in_English_answers_with_the_help_card_and_a_French_button()
    {
        var mark = Network.Chat.Mark();

        await Playground.PostMessageAsync(Demo.PersonalChat, "help", Demo.Sophie);

        var reply = await BotMessageAsync("English help card", Demo.PersonalChat, mark, card => Cards.Says(card, HelpEn));
        var button = Cards.Execute(Cards.In(reply["message"]), LanguageVerb);
        Assert.NotNull(button);
        Assert.Equal("fr", (string?)button["data"]?["language"]);
    }

    [Fact]
    public async Task Aide_from_a_French_speaking_focal_point_answers_in_French_in_her_chat()
    {
        var chat = await Playground.CreatePersonalChatAsync(Demo.Elise);
        var aide = await Playground.ActivityTemplateAsync(chat);
        aide["type"] = "message";
        aide["id"] = Guid.NewGuid().ToString();
        aide["text"] = "aide";
        aide["textFormat"] = "plain";
        aide["locale"] = "fr-FR";
        aide["from"] = new JsonObject { ["id"] = Demo.Elise.Id, ["name"] = Demo.Elise.Name, ["aadObjectId"] = Demo.Elise.AadObjectId };
        aide["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "fr-FR", ["country"] = "FR", ["platform"] = "Web", ["timezone"] = "Europe/Paris" });
        aide["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Demo.TenantId } };
        var mark = Network.Log.Mark();

        await Playground.SendCustomActivityAsync(aide);

        // Other users' chats are not on the chat stream: the bot's post is read from the log stream.
        await BotPostAsync("French help card in Élise's chat", chat, mark, card => Cards.Says(card, HelpFr));
    }

    [Fact]
    public async Task Language_button_switches_to_French_and_back_and_is_remembered()
    {
        var mark = Network.Chat.Mark();
        await Playground.PostMessageAsync(Demo.PersonalChat, "help", Demo.Sophie);
        var help = await BotMessageAsync("English help card", Demo.PersonalChat, mark, card => Cards.Says(card, HelpEn));
        var messageId = (string)help["message"]!["messageId"]!;
        var toFrench = Cards.Execute(Cards.In(help["message"]), LanguageVerb);
        Assert.NotNull(toFrench);

        try
        {
            var french = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, messageId, LanguageVerb, toFrench["data"]);

            Assert.Equal(Cards.ContentType, (string?)french["type"]);
            Assert.True(Cards.Says(french["value"], HelpFr), $"Not the French help card: {french.ToJsonString(Json.Readable)}");
            await AssertHelpComesInAsync(HelpFr);   // stored: it wins over her Teams locale (en-US)

            // Back to English from the French card's own button, so the other tests meet Sophie in English again.
            var toEnglish = Cards.Execute(french["value"], LanguageVerb);
            Assert.NotNull(toEnglish);
            var english = await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, messageId, LanguageVerb, toEnglish["data"]);

            Assert.Equal(Cards.ContentType, (string?)english["type"]);
            Assert.True(Cards.Says(english["value"], HelpEn), $"Not the English help card: {english.ToJsonString(Json.Readable)}");
            await AssertHelpComesInAsync(HelpEn);
        }
        catch
        {
            await RestoreEnglishAsync(messageId);
            throw;
        }
    }

    async Task AssertHelpComesInAsync(string title)
    {
        var mark = Network.Chat.Mark();
        await Playground.PostMessageAsync(Demo.PersonalChat, "help", Demo.Sophie);
        await BotMessageAsync($"help card saying \"{title}\"", Demo.PersonalChat, mark, card => Cards.Says(card, title));
    }

    /// Best effort after a failure: leave Sophie English-speaking for the tests that run next.
    async Task RestoreEnglishAsync(string messageId)
    {
        try { await Playground.ExecuteAsync(Demo.Sophie, Demo.PersonalChat, messageId, LanguageVerb, new JsonObject { ["language"] = "en" }); }
        catch (Exception) { }
    }
}
