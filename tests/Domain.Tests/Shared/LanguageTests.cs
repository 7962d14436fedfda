using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Tests.Shared;

public sealed class LanguageTests
{
    [Theory]
    [InlineData("fr", Language.Fr)]
    [InlineData("fr-FR", Language.Fr)]
    [InlineData("FR-be", Language.Fr)]
    [InlineData("fr-CH", Language.Fr)]
    [InlineData("en-US", Language.En)]
    [InlineData("de-DE", Language.En)]
    [InlineData("fra", Language.En)]
    [InlineData("", Language.En)]
    [InlineData(null, Language.En)]
    public void A_locale_maps_to_French_only_when_it_is_French(string? locale, Language expected) =>
        Assert.Equal(expected, Languages.FromLocale(locale));

    [Theory]
    [InlineData("en", Language.En)]
    [InlineData(" FR ", Language.Fr)]
    public void Language_codes_parse_both_ways(string code, Language expected)
    {
        Assert.Equal(expected, Languages.Parse(code));
        Assert.Equal(expected, Languages.Parse(expected.Code()));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_codes_parse_to_nothing(string? code) => Assert.Null(Languages.Parse(code));

    [Fact]
    public void The_other_language_of_each_is_the_other() =>
        Assert.Equal([Language.Fr, Language.En], new[] { Language.En.Other(), Language.Fr.Other() });
}
