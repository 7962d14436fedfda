using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace FocalBot.Bot.DetailsCheck;

/// "Members:DetailsCheckDay" (MM-dd): the day from which the yearly check is sent. Checked at startup, so a day that
/// does not exist every year (02-29, 04-31) stops the bot instead of failing the job on every tick.
public sealed class DetailsCheckOptions : IValidatableObject
{
    /// The key sits with the other members' settings, where operators know it.
    public const string Section = "Members";

    public string DetailsCheckDay { get; set; } = "01-15";

    /// The check day of the given year.
    public DateOnly DayIn(int year) =>
        DateOnly.ParseExact($"{year:D4}-{DetailsCheckDay}", "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        // 2023 has no 29 February: a day valid that year is valid every year.
        if (!DateOnly.TryParseExact($"2023-{DetailsCheckDay}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            yield return new ValidationResult(
                $"Members:DetailsCheckDay '{DetailsCheckDay}' is not a day of every year as MM-dd (01-15, say).", [nameof(DetailsCheckDay)]);
    }
}
