using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;

namespace FocalBot.Bot.Outcomes;

/// Who took part in a meeting, as its report needs them: the names the Chatham House check looks for, and the members
/// the draft goes to for comments. Once the office recorded attendance, those recorded present (a member whose
/// substitute attended counts through them: the substitute has no chat with the bot); before that, the invitees who
/// said they would attend or send a substitute. The draft goes to invitees only, since only invitees comment on it
/// (SummaryReports.Comment), and never to the office, which wrote it.
public sealed record ReportPeople(IReadOnlyList<string> Names, IReadOnlyList<string> Recipients)
{
    public static async Task<ReportPeople> LoadAsync(Meeting meeting, IMeetingStore meetings, IReadOnlyList<Member> everyone, CancellationToken ct)
    {
        var byId = everyone.GroupBy(m => m.Id).ToDictionary(g => g.Key, g => g.First());
        bool Receives(string? id) => id is not null && byId.TryGetValue(id, out var m) && m.Role != MemberRole.Office && meeting.IsInvited(m);

        if (await meetings.GetAttendanceAsync(meeting.Id, ct) is { } attendance)
        {
            var present = attendance.Present.ToList();
            return new([.. present.Select(p => p.Name)], [.. present.Select(p => p.MemberId).Where(Receives).Distinct()!]);
        }
        var rsvps = await meetings.ListRsvpsAsync(meeting.Id, ct);
        var rows = ParticipantList.Of(meeting, rsvps, everyone, await meetings.ListExternalsAsync(meeting.Id, ct));
        var accepted = Rsvps.Latest(meeting, rsvps).Values.Where(r => r.IsAttending || r.Choice == RsvpChoice.Substitute).Select(r => r.MemberId);
        return new([.. rows.Select(r => r.Name)], [.. accepted.Where(Receives).Distinct()]);
    }
}
