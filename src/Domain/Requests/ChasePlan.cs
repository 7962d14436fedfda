using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Requests;

/// One reminder to one state's focal points. Request, state and offset name it uniquely: the bot keeps a delivery row
/// per recipient under that name, so it never sends the same reminder twice, even after a restart.
public sealed record Reminder(RequestNumber Request, StateCode StateCode, int Offset, bool IsLast, IReadOnlyList<string> MemberIds);

/// When and whom to chase for a sent request's answers.
public static class ChasePlan
{
    /// The reminders due today. Each offset's day is that many working days before the deadline. If the job missed a day
    /// (an outage), the latest reminder whose day has come is still due, but not the earlier ones: one reminder a day
    /// is enough. Earlier reminders go to the state's lead focal point; the last also to the alternates; a state with
    /// no active lead gets every reminder to all its focal points. States that submitted get none.
    public static IReadOnlyList<Reminder> Due(
        InformationRequest request, WorkingDays calendar, IReadOnlyList<int> offsets, DateOnly today,
        IEnumerable<StateCode> submittedStates, IEnumerable<Member> everyone)
    {
        if (request is not { Status: RequestStatus.Sent, Number: { } number }) return [];
        if (RequestDeadline.IsPassed(request.Deadline, today)) return [];
        var positive = offsets.Where(o => o > 0).Distinct().ToList();
        if (positive.Count == 0) return [];

        var reached = positive.Where(o => calendar.Add(request.Deadline, -o) <= today).ToList();
        if (reached.Count == 0) return [];
        var offset = reached.Min();
        var isLast = offset == positive.Min();

        var answered = submittedStates.ToHashSet();
        var focalPoints = everyone.Where(m => m.StateCode is not null && request.Audience.Reaches(m)).ToLookup(m => m.StateCode!);

        var reminders = new List<Reminder>();
        foreach (var state in request.Audience.States().Where(s => !answered.Contains(s)))
        {
            var all = focalPoints[state].ToList();
            var leads = all.Where(m => m.IsLead).ToList();
            var to = isLast || leads.Count == 0 ? all : leads;
            // A state without focal points has nobody to remind; the office sees it in the answer status instead.
            if (to.Count > 0) reminders.Add(new Reminder(number, state, offset, isLast, to.Select(m => m.Id).ToList()));
        }
        return reminders;
    }
}
