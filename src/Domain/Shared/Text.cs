using System.Globalization;

namespace FocalBot.Domain.Shared;

/// A user-facing text in both official languages, kept side by side so a translator sees the pair.
/// French strings use a non-breaking space (U+00A0) before : ; ? ! as French typography requires.
public sealed record Text(string En, string Fr)
{
    static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public string In(Language language) => language == Language.Fr ? Fr : En;

    public string Format(Language language, params object?[] args) =>
        string.Format(Culture(language), In(language), args);

    public static CultureInfo Culture(Language language) => language == Language.Fr ? French : English;
}
