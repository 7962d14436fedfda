using System.Globalization;
using System.Text.RegularExpressions;

namespace FocalBot.Domain.Shared;

/// A user-facing text in both official languages, kept side by side so a translator sees the pair.
/// French strings use a non-breaking space (U+00A0) before : ; ? ! as French typography requires.
public sealed partial record Text(string En, string Fr)
{
    static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public string In(Language language) => language == Language.Fr ? Fr : En;

    public string Format(Language language, params object?[] args) =>
        string.Format(Formats(language), In(language), args);

    public static CultureInfo Culture(Language language) => language == Language.Fr ? French : English;

    /// A date written out for a reader ("d MMMM yyyy", "dddd d MMMM"), as Format writes it: in French the first of the
    /// month is "1er".
    public static string Date(DateOnly date, string format, Language language) =>
        language == Language.Fr ? date.ToString(FrenchFormat.FirstOfMonth(format, date.Day), French) : date.ToString(format, English);

    static IFormatProvider Formats(Language language) => language == Language.Fr ? FrenchFormat.Instance : English;

    /// The French culture, except that a date whose day is written as a number before the month's name reads
    /// « le 1er décembre », as French typography writes the first day of a month.
    sealed partial class FrenchFormat : IFormatProvider, ICustomFormatter
    {
        public static readonly FrenchFormat Instance = new();

        public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : French.GetFormat(formatType);

        public string Format(string? format, object? arg, IFormatProvider? formatProvider) => arg switch
        {
            null => "",
            DateOnly d when format is not null => d.ToString(FirstOfMonth(format, d.Day), French),
            DateTime d when format is not null => d.ToString(FirstOfMonth(format, d.Day), French),
            DateTimeOffset d when format is not null => d.ToString(FirstOfMonth(format, d.Day), French),
            IFormattable formattable => formattable.ToString(format, French),
            _ => arg.ToString() ?? "",
        };

        /// The format with the day-of-month "d" that precedes the month's name made the literal "1er" on the 1st.
        internal static string FirstOfMonth(string format, int day) => day == 1 ? DayBeforeMonth().Replace(format, "'1er'") : format;

        [GeneratedRegex(@"(?<![d'\\])d(?!d)(?=\s*MMM)")]
        private static partial Regex DayBeforeMonth();
    }
}
