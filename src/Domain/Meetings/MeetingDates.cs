using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Meetings;

/// A meeting's days and times as a reader sees them: "15 March 2027, 09:30–17:00 (Europe/Paris)", « 15 mars – 16 mars
/// 2027, 09 h 30–17 h 00 », French times unbroken.
public static class MeetingDates
{
    /// With the time zone unless `withZone` is false (a bilingual line names it once).
    public static string Of(Meeting m, Language language, bool withZone = true)
    {
        var culture = Text.Culture(language);
        var days = m.OpeningDay == m.ClosingDay
            ? Text.Date(m.OpeningDay, "d MMMM yyyy", language)
            : $"{Text.Date(m.OpeningDay, "d MMMM", language)} – {Text.Date(m.ClosingDay, "d MMMM yyyy", language)}";
        var format = language == Language.Fr ? "HH'\u00a0h\u00a0'mm" : "HH:mm";
        var times = m.StartsAt is { } s && m.EndsAt is { } e
            ? $", {s.ToString(format, culture)}–{e.ToString(format, culture)}" + (withZone ? $" ({m.TimeZoneId})" : "")
            : "";
        return days + times;
    }
}
