using System.Reflection;
using System.Text.RegularExpressions;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Cards;

public sealed partial class TextsTests
{
    public static IEnumerable<object[]> AllTexts() =>
        typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(Text))
            .Select(f => new object[] { $"{f.DeclaringType!.Name}.{f.Name}" });

    [Fact]
    public void The_bot_has_texts() => Assert.NotEmpty(AllTexts());

    [Theory]
    [MemberData(nameof(AllTexts))]
    public void Every_text_exists_in_both_languages_with_French_typography(string name)
    {
        var text = Find(name);

        Assert.False(string.IsNullOrWhiteSpace(text.En), $"{name} has no English");
        Assert.False(string.IsNullOrWhiteSpace(text.Fr), $"{name} has no French");
        Assert.False(SpaceBeforeHighPunctuation().IsMatch(text.Fr), $"{name}: French wants a non-breaking space, not a space, before : ; ? !");
        Assert.False(GluedHighPunctuation().IsMatch(text.Fr), $"{name}: French wants a non-breaking space before : ; ? !");
        Assert.Equal(Placeholders(text.En), Placeholders(text.Fr));
    }

    [Theory]
    [MemberData(nameof(AllTexts))]
    public void French_times_keep_hours_h_and_minutes_on_one_line(string name) =>
        // "18 h 34" with plain spaces may wrap between "h" and "34": a time format writes no-break spaces around "h".
        Assert.False(FrenchTimeWithPlainSpaces().IsMatch(Find(name).Fr), $"{name}: write HH'\u00a0h\u00a0'mm, not HH' h 'mm");

    static Text Find(string name)
    {
        var (type, field) = (name.Split('.')[0], name.Split('.')[1]);
        return (Text)typeof(Program).Assembly.GetTypes().First(t => t.Name == type).GetField(field)!.GetValue(null)!;
    }

    static string[] Placeholders(string s) => Placeholder().Matches(s).Select(m => m.Groups[1].Value).Order().ToArray();

    [GeneratedRegex(@" [:;?!]")]
    private static partial Regex SpaceBeforeHighPunctuation();

    // A word or closing mark glued to : ; ? ! — but not "10:30", "https://" or a format like "{0:d MMMM}".
    [GeneratedRegex(@"[\p{L}\)»*][;?!]|[\p{L}\)»*]:(?!//)")]
    private static partial Regex GluedHighPunctuation();

    [GeneratedRegex(@"HH' h 'mm|\d h \d")]
    private static partial Regex FrenchTimeWithPlainSpaces();

    [GeneratedRegex(@"\{(\d+)")]
    private static partial Regex Placeholder();
}
