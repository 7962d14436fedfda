using System.Globalization;
using System.Text.Json.Nodes;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Members;
using FocalBot.Domain.Rapporteurs;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Rapporteurs;

/// The office's "open a call for nominations" form as typed: every field a string, so the form comes back exactly as
/// it was when something is wrong. The call's id is made when the form is opened and travels with it, so a second
/// press of "Propose" finds the call the first one saved instead of proposing it twice.
public sealed record CallForm(string CallId, string Language, string Theme, string ThemeTranslation, string Terms, string TermsTranslation,
    string Posts, string Months, string Closing)
{
    public const string CallIdKey = "callId";
    public const string LanguageInput = "language";
    public const string ThemeInput = "theme";
    public const string ThemeTranslationInput = "themeTranslation";
    public const string TermsInput = "terms";
    public const string TermsTranslationInput = "termsTranslation";
    public const string PostsInput = "posts";
    public const string MonthsInput = "months";
    public const string ClosingInput = "closing";

    /// A new form in the office member's language, with one post, twelve months and the earliest closing date.
    public static CallForm New(Language language, DateOnly earliestClosing) =>
        new(Guid.NewGuid().ToString("N"), language.Code(), "", "", "", "", "1", "12", Date(earliestClosing));

    public static CallForm From(TurnContext turn)
    {
        string Str(string key) => turn.Data(key)?.Trim() ?? "";
        return new(Str(CallIdKey), Str(LanguageInput), Str(ThemeInput), Str(ThemeTranslationInput), Str(TermsInput), Str(TermsTranslationInput),
            Str(PostsInput), Str(MonthsInput), Str(ClosingInput));
    }

    /// The closing date as typed, or null when it is not a date.
    public DateOnly? ClosingDate =>
        DateOnly.TryParseExact(Closing, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// The call the form describes (a number that is not one counts as 0, which the rules refuse); null without a
    /// closing date or an id.
    public RapporteurCall? ToCall(Member office, DateOnly today, Language fallback)
    {
        if (ClosingDate is not { } closing || CallId.Length == 0) return null;
        return new RapporteurCall
        {
            Id = CallId, Theme = Theme, ThemeTranslation = Empty(ThemeTranslation), Terms = Terms, TermsTranslation = Empty(TermsTranslation),
            Language = Languages.Parse(Language) ?? fallback, Posts = Number(Posts), MandateMonths = Number(Months), ClosingDate = closing,
            CreatedBy = office.Id, CreatedOn = today,
        };
    }

    public JsonObject Data() => new() { [CallIdKey] = CallId };

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static int Number(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    static string? Empty(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
