using System.Text.Json.Nodes;
using FocalBot.Bot.Help;
using FocalBot.Bot.Members;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Cards;

/// One card the bot can send, filled with sample data, in one language.
public sealed record CardSample(string Name, Language Language, JsonObject Card);

/// Every card the bot can send, with sample data, in both languages: rendered by Microsoft's
/// renderer in tests, and walked to check each card verb has a route.
public static class AllCards
{
    public static IEnumerable<CardSample> Samples()
    {
        var routes = Features.Routes();
        foreach (var language in Enum.GetValues<Language>())
        {
            yield return new("help.welcome", language, HelpCards.Welcome(language));
            yield return new("help.help", language, HelpCards.Help(routes.Described, language));
            foreach (var (name, card) in MemberSamples.Cards(language)) yield return new(name, language, card);
        }
    }
}
