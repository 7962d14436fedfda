using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Tests.Support;

namespace FocalBot.Bot.Tests.Cards;

/// A mention's name comes from the directory: whatever it holds, it stays inside its own <at>…</at>.
public sealed class CardMentionTests
{
    [Theory]
    [InlineData("Jonas Weber", "Jonas Weber")]
    [InlineData("Jonas </at>**Weber**<at>", "Jonas /atWeberat")]
    [InlineData("  Élise\r\n\tMoreau  ", "Élise Moreau")]
    [InlineData("[click](https://evil.example) & co", "click(https://evil.example) co")]
    [InlineData("<>", "?")]
    public void A_name_is_cleaned_of_what_could_close_the_tag_or_format_the_line(string name, string expected) =>
        Assert.Equal(expected, Card.MentionName(name));

    [Fact]
    public void The_card_text_and_the_entities_name_each_person_once_with_the_same_cleaned_name()
    {
        var people = new[] { AMember.Elise(), AMember.Jonas() with { DisplayName = "Jonas </at><at>Sophie</at> Weber" } };

        var card = RequestChannelCards.Mention(RequestSamples.Request, people);

        var line = (string)card["body"]![0]!["text"]!;
        var entities = card["msteams"]!["entities"]!.AsArray().Select(e => (string)e!["text"]!).ToList();
        Assert.Equal(["<at>Élise Moreau</at>", "<at>Jonas /atatSophie/at Weber</at>"], entities);
        Assert.All(entities, e => Assert.Contains(e, line));
        Assert.Equal(2, line.Split("<at>").Length - 1);
        Assert.Equal(2, line.Split("</at>").Length - 1);
        Assert.Equal(people.Select(p => p.AadObjectId), card["msteams"]!["entities"]!.AsArray().Select(e => (string)e!["mentioned"]!["id"]!));
    }
}
