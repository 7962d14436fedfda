namespace FocalBot.Domain.Meetings;

/// How many plenaries open in a year, against how many the network wants.
public sealed record PlenaryYearCheck(int Year, int Scheduled, int Expected)
{
    public bool IsShort => Scheduled < Expected;
}

public static class PlenaryYear
{
    /// Working methods 4.1: a plenary at least once a year; the network decided on twice (configurable). Drafts count
    /// as scheduled, so the warning stops once the office has planned the meeting; cancelled ones do not.
    public static PlenaryYearCheck Check(IEnumerable<Meeting> meetings, int year, MeetingSettings settings) =>
        new(year,
            meetings.Count(m => m is { Kind: MeetingKind.Plenary, Status: not MeetingStatus.Cancelled } && m.OpeningDay.Year == year),
            settings.PlenariesPerYear);
}
