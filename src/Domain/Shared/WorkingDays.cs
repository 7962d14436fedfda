using System.Globalization;

namespace FocalBot.Domain.Shared;

/// The network's working days: Monday to Friday, less its holidays. Holidays are either one date ("2026-12-24") or a
/// date every year ("12-25", "05-01"). Deadlines, the 30-working-day convocation rule and reminders all count with it.
public sealed class WorkingDays
{
    readonly HashSet<DateOnly> _dates = [];
    readonly HashSet<(int Month, int Day)> _yearly = [];

    public WorkingDays(IEnumerable<string> holidays)
    {
        foreach (var holiday in holidays)
        {
            var text = holiday.Trim();
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) _dates.Add(date);
            else if (DateOnly.TryParseExact($"2000-{text}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var yearly))
                _yearly.Add((yearly.Month, yearly.Day));   // 2000 is a leap year, so "02-29" is accepted
            else throw new FormatException($"'{holiday}' is not a holiday: write yyyy-MM-dd for one date or MM-dd for every year.");
        }
    }

    public static WorkingDays WeekdaysOnly { get; } = new([]);

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(day);

    public bool IsHoliday(DateOnly day) => _dates.Contains(day) || _yearly.Contains((day.Month, day.Day));

    /// The working day that lies <paramref name="count"/> working days after (or, negative, before) <paramref name="from"/>.
    /// <paramref name="from"/> itself is not counted, whether it is a working day or not.
    public DateOnly Add(DateOnly from, int count)
    {
        var step = count >= 0 ? 1 : -1;
        var day = from;
        for (var left = Math.Abs(count); left > 0;)
        {
            day = day.AddDays(step);
            if (IsWorkingDay(day)) left--;
        }
        return day;
    }

    /// Working days after <paramref name="from"/> up to and including <paramref name="to"/> (negative when to is earlier).
    public int Count(DateOnly from, DateOnly to)
    {
        if (to < from) return -Count(to, from);
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            if (IsWorkingDay(day)) count++;
        return count;
    }
}
