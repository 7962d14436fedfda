using System.ComponentModel.DataAnnotations;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Scheduling;

/// Section "Calendar": the network's holidays (yyyy-MM-dd for one date, MM-dd for every year) and its time zone.
public sealed class CalendarOptions : IValidatableObject
{
    public const string Section = "Calendar";

    /// The days the secretariat is closed every year, whatever the year: New Year's Day and the year's end. Without them
    /// a request composed on 18 December would be due on Christmas Eve or New Year's Day.
    public static readonly IReadOnlyList<string> UsualHolidays = ["01-01", "12-24", "12-25", "12-26", "12-31"];

    /// Null until configured. A configured list replaces UsualHolidays rather than adding to it, as any setting replaces
    /// its default: an operator who lists the year's moveable feasts repeats the usual days they keep, and may drop one.
    public List<string>? Holidays { get; set; }

    /// The holidays the network counts with: the configured ones, or the usual ones when none are configured.
    public IReadOnlyList<string> HolidaysInForce => Holidays ?? UsualHolidays;

    /// The secretariat sits in Strasbourg: "today", deadlines and reminder days are counted there.
    public string TimeZone { get; set; } = "Europe/Paris";

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        string? problem = null;
        try { _ = new WorkingDays(HolidaysInForce); }
        catch (FormatException e) { problem = e.Message; }
        if (problem is not null) yield return new ValidationResult($"Calendar:Holidays: {problem}", [nameof(Holidays)]);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
            yield return new ValidationResult($"Calendar:TimeZone '{TimeZone}' is not a known time zone id.", [nameof(TimeZone)]);
    }
}

/// The network's days: today where the secretariat works, and which days are working days.
public sealed class NetworkCalendar(TimeProvider clock, IOptions<CalendarOptions> options)
{
    readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public WorkingDays Days { get; } = new(options.Value.HolidaysInForce);

    public DateTimeOffset Now => clock.GetUtcNow();

    /// A request sent at 00:30 in Strasbourg is sent "today" there, not yesterday as in UTC.
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), _zone).DateTime);

    public DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, _zone).DateTime);

    /// The network's time zone (Calendar:TimeZone): when something happened, as the secretariat's clock showed it.
    public TimeZoneInfo Zone => _zone;
}
