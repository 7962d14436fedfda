using System.Text.RegularExpressions;

namespace FocalBot.Bot.Tests.Cards;

/// French puts a no-break space (U+00A0, or the narrow U+202F) before `:`, `;`, `?` and `!`;
/// a plain space there lets the punctuation wrap onto a line of its own.
public static partial class FrenchTypography
{
    /// Each place in the text where a plain space stands before `:`, `;`, `?` or `!`, with some
    /// text around it. Times ("10:30") and addresses ("https://…?a=1") have no space there.
    public static IReadOnlyList<string> PlainSpacesBeforeDoublePunctuation(string text) =>
        PlainSpaceBeforeDoublePunctuation().Matches(text)
            .Select(match => Excerpt(text, match.Index))
            .ToList();

    static string Excerpt(string text, int index)
    {
        var start = Math.Max(0, index - 30);
        var end = Math.Min(text.Length, index + 10);
        return "…" + text[start..end].ReplaceLineEndings(" ") + "…";
    }

    [GeneratedRegex(" [:;?!]")]
    private static partial Regex PlainSpaceBeforeDoublePunctuation();
}
