namespace FocalBot.Domain.Shared;

/// The network's two official languages.
public enum Language { En, Fr }

public static class Languages
{
    /// "fr", "fr-FR", "fr-BE"… are French; anything else, or nothing, is English.
    public static Language FromLocale(string? locale) =>
        locale is not null && (locale.Equals("fr", StringComparison.OrdinalIgnoreCase)
                               || locale.StartsWith("fr-", StringComparison.OrdinalIgnoreCase))
            ? Language.Fr
            : Language.En;

    public static string Code(this Language language) => language == Language.Fr ? "fr" : "en";

    public static Language? Parse(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "en" => Language.En,
        "fr" => Language.Fr,
        _ => null,
    };

    public static Language Other(this Language language) => language == Language.Fr ? Language.En : Language.Fr;
}
