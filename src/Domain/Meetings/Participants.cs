using FocalBot.Domain.Members;

namespace FocalBot.Domain.Meetings;

public enum ParticipantKind { Member, Substitute, External }

/// One line of the list of participants the office exports. StateCode is the member state represented (the bot
/// names it in the reader's language); Country is an external participant's own text. A substitute stands in the
/// member's place: their name and title, the member's organisation and state, and MemberId says on whose behalf.
/// An outside person may represent a member state (StateCode) or give a country of their own.
public sealed record ParticipantRow(
    ParticipantKind Kind, string Name, string? Title, string? Organisation, StateCode? StateCode, string? Country,
    RsvpChoice? Attendance, string? MemberId)
{
    /// The external participant's id, for one the office entered before the meeting.
    public string? ExternalId { get; init; }
}

public static class ParticipantList
{
    /// Everyone expected at the meeting: invitees attending in person or online, substitutes in place of their
    /// member, then external participants. Members are in the council's order of states, those without a state
    /// (the office, experts) after them, each group by name. Members missing from the directory are left out.
    public static IReadOnlyList<ParticipantRow> Of(Meeting meeting, IEnumerable<Rsvp> rsvps, IEnumerable<Member> everyone, IEnumerable<ExternalParticipant> externals)
    {
        var members = everyone.GroupBy(m => m.Id).ToDictionary(g => g.Key, g => g.First());
        var rows = new List<ParticipantRow>();
        foreach (var rsvp in Rsvps.Latest(meeting, rsvps).Values)
        {
            if (!members.TryGetValue(rsvp.MemberId, out var member)) continue;
            if (rsvp.IsAttending)
                rows.Add(new(ParticipantKind.Member, member.DisplayName, member.Title, member.Organisation, rsvp.StateCode, null, rsvp.Choice, member.Id));
            else if (rsvp is { Choice: RsvpChoice.Substitute, Substitute: { } s })
                rows.Add(new(ParticipantKind.Substitute, s.Name, s.Title, member.Organisation, rsvp.StateCode, null, rsvp.Choice, member.Id));
        }

        var states = MemberStates.All.Select((s, i) => (s.Code, i)).ToDictionary(x => x.Code, x => x.i);
        var ordered = rows
            .OrderBy(r => r.StateCode is not null && states.TryGetValue(r.StateCode, out var i) ? i : int.MaxValue)
            .ThenBy(r => r.Name, StringComparer.InvariantCultureIgnoreCase)
            .ToList();
        ordered.AddRange(externals.Where(e => e.MeetingId == meeting.Id)
            .OrderBy(e => e.Name, StringComparer.InvariantCultureIgnoreCase)
            .Select(e => new ParticipantRow(ParticipantKind.External, e.Name, e.Title, e.Organisation, null, e.Country, null, null) { ExternalId = e.Id }));
        return ordered;
    }

    /// Those who attended, as the office recorded them (AttendanceRegister): the participants annex. Members and their
    /// substitutes as before, a member walking in as a member, an outside person (external participant or walk-in) as
    /// external; no answer says how a walk-in attended, so none is given.
    public static IReadOnlyList<ParticipantRow> Attended(Attendance attendance) =>
    [
        .. attendance.Present.Select(p => new ParticipantRow(
            p.Kind switch
            {
                AttendeeKind.Substitute => ParticipantKind.Substitute,
                AttendeeKind.Member => ParticipantKind.Member,
                AttendeeKind.WalkIn when p.MemberId is not null => ParticipantKind.Member,
                _ => ParticipantKind.External,
            },
            p.Name, p.Title, p.Organisation, p.StateCode, p.Country, p.Announced is RsvpChoice.InPerson or RsvpChoice.Online ? p.Announced : null, p.MemberId)),
    ];
}
