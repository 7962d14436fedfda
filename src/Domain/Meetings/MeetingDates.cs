using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Meetings;

/// A meeting's days and times as a reader sees them: "15 March 2027, 09:30–17:00 (Europe/Paris)", « 15 mars – 16 mars
/// 2027, 09 h 30–17 h 00 », French times unbroken.
public static class MeetingDates
{
    /// The moment the meeting starts where it is held: StartsAt on the opening day, or the opening day's midnight.
    public static DateTimeOffset StartOf(Meeting meeting) => At(meeting, meeting.OpeningDay.ToDateTime(meeting.StartsAt ?? TimeOnly.MinValue));

    /// The moment the meeting ends where it is held: EndsAt on the closing day, or, for whole days, the midnight after
    /// the closing day (a calendar's exclusive end).
    public static DateTimeOffset EndOf(Meeting meeting) => At(meeting,
        meeting.EndsAt is { } end ? meeting.ClosingDay.ToDateTime(end) : meeting.ClosingDay.AddDays(1).ToDateTime(TimeOnly.MinValue));

    /// A local time of the meeting's zone as a moment. A time a clock change skips or repeats takes the zone's standard
    /// offset, an hour at most off.
    static DateTimeOffset At(Meeting meeting, DateTime local) =>
        new(local, TimeZoneInfo.FindSystemTimeZoneById(meeting.TimeZoneId).GetUtcOffset(local));

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
