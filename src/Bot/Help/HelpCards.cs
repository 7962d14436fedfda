using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Help;

public static class HelpCards
{
    public static JsonObject Welcome(Language language) => Card.New(
    [
        Card.Title(HelpTexts.WelcomeTitle.In(language)),
        Card.TextBlock(HelpTexts.WelcomeIntro.In(language)),
        Card.TextBlock(HelpTexts.WelcomeConfidential.In(language), subtle: true),
        Card.TextBlock(HelpTexts.WelcomeNext.In(language)),
        Card.TextBlock(HelpTexts.WelcomeChannel.In(language), subtle: true),
    ]);

    /// The commands the bot knows, and a button that switches the member's language and answers with this card again.
    public static JsonObject Help(IEnumerable<CommandInfo> commands, Language language) => Card.New(
    [
        Card.Title(HelpTexts.HelpTitle.In(language)),
        Card.TextBlock(HelpTexts.HelpIntro.In(language)),
        Card.Facts(commands.Select(c => (c.Name.In(language), c.Description.In(language)))),
        Card.TextBlock(HelpTexts.LanguageNow.In(language), subtle: true),
    ],
    [
        Card.Execute(HelpTexts.SwitchLanguage.In(language), HelpRoutes.Language,
            new JsonObject { ["language"] = language.Other().Code() }),
    ]);
}
