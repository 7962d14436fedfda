using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Requests;

public static class RequestDeadline
{
    /// A new request's deadline: the default number of working days after today, so never on a weekend or holiday.
    public static DateOnly Default(DateOnly today, WorkingDays calendar, RequestSettings settings) =>
        calendar.Add(today, settings.DefaultWorkingDays);

    /// Answers are on time through the whole deadline day.
    public static bool IsPassed(DateOnly deadline, DateOnly today) => today > deadline;
}
