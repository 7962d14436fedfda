using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Meetings;

/// The office records who attended, during or after the meeting: the list starts from the answers (those attending
/// in person or online, the substitutes they named) and the external participants, each ticked present or absent, and
/// takes walk-ins. Nobody else can be recorded present: the rule for someone neither invited nor a walk-in.
public static class AttendanceRegister
{
    /// Who the office may record yet: the office, for a convened meeting, from its start on.
    public static AttendanceRefusal? Check(Member actor, Meeting meeting, DateTimeOffset now) =>
        !MeetingWorkflow.IsOffice(actor) ? AttendanceRefusal.NotAllowed
        : meeting.Status == MeetingStatus.Cancelled ? AttendanceRefusal.Cancelled
        : meeting.Status != MeetingStatus.Convened ? AttendanceRefusal.NotConvened
        : now < MeetingDates.StartOf(meeting) ? AttendanceRefusal.NotStarted
        : null;

    /// Everyone expected, ticked present: invitees who answered in person or online, the substitutes named in answers
    /// (with their member's organisation and state), then the external participants; in the order of ParticipantList.
    public static IReadOnlyList<Attendee> Expected(Meeting meeting, IEnumerable<Rsvp> rsvps, IEnumerable<Member> everyone, IEnumerable<ExternalParticipant> externals)
    {
        var members = everyone.GroupBy(m => m.Id).ToDictionary(g => g.Key, g => g.First());
        var answers = Rsvps.Latest(meeting, rsvps);
        return [.. ParticipantList.Of(meeting, rsvps, members.Values, externals).Select(row => row.Kind switch
        {
            ParticipantKind.Member => new Attendee
            {
                Id = Attendee.MemberKey(row.MemberId!), Kind = AttendeeKind.Member, MemberId = row.MemberId, Name = row.Name, Title = row.Title,
                Organisation = row.Organisation, OrganisationKind = KindOf(members[row.MemberId!].Role), StateCode = row.StateCode,
                Announced = row.Attendance, Present = true,
            },
            ParticipantKind.Substitute => new Attendee
            {
                Id = Attendee.SubstituteKey(row.MemberId!), Kind = AttendeeKind.Substitute, MemberId = row.MemberId, Name = row.Name, Title = row.Title,
                Organisation = row.Organisation, OrganisationKind = KindOf(answers[row.MemberId!].Role), StateCode = row.StateCode,
                Announced = RsvpChoice.Substitute, Present = true,
            },
            _ => new Attendee
            {
                Id = Attendee.ExternalKey(row.ExternalId!), Kind = AttendeeKind.External, Name = row.Name, Title = row.Title,
                Organisation = row.Organisation, Country = row.Country, Present = true,
            },
        })];
    }

    /// The list the office works on: what was recorded, then anyone expected since (an external participant entered
    /// during the meeting), ticked present as expected people are.
    public static Attendance Opened(Meeting meeting, Attendance? stored, IReadOnlyList<Attendee> expected)
    {
        var list = stored ?? new Attendance { MeetingId = meeting.Id };
        var known = list.People.Select(p => p.Id).ToHashSet();
        return list with { People = [.. list.People, .. expected.Where(e => !known.Contains(e.Id))] };
    }

    /// Applies the office's ticks. A mark for someone not on the list is refused (not invited and not a walk-in); a
    /// gender is kept only with the person's consent. The same marks again change nothing (the list comes back as it
    /// was, recorder and time included), so a double click has one effect.
    public static Outcome<Attendance, AttendanceRefusal> Record(
        Member actor, Meeting meeting, Attendance opened, IReadOnlyDictionary<string, AttendanceMark> marks, DateTimeOffset now)
    {
        if (Check(actor, meeting, now) is { } refused) return Refuse(refused);
        var ids = opened.People.Select(p => p.Id).ToHashSet();
        if (marks.Keys.Any(id => !ids.Contains(id))) return Refuse(AttendanceRefusal.NotExpected);
        if (marks.Values.Any(m => m.Gender is not null && !m.Consent)) return Refuse(AttendanceRefusal.GenderWithoutConsent);

        var people = opened.People.Select(p => marks.TryGetValue(p.Id, out var m)
            ? p with { Present = m.Present, Gender = m.Gender, GenderConsent = m.Gender is not null }
            : p).ToList();
        if (opened.Version is not null && people.SequenceEqual(opened.People)) return Accept(opened);
        return Accept(opened with { People = people, RecordedBy = actor.Id, RecordedAt = now });
    }

    /// Adds a walk-in, ticked present: a member of the network (copied from the directory) not on the list yet, or an
    /// outside person with a name and an organisation kind. A walk-in added already (the same form sent twice) changes
    /// nothing.
    public static Outcome<Attendance, AttendanceRefusal> AddWalkIn(
        Member actor, Meeting meeting, Attendance opened, WalkIn walkIn, IEnumerable<Member> everyone, DateTimeOffset now, MeetingSettings settings)
    {
        if (Check(actor, meeting, now) is { } refused) return Refuse(refused);
        var id = Attendee.WalkInKey(walkIn.Id);
        if (opened.People.Any(p => p.Id == id)) return Accept(opened);
        var (memberId, name) = (MemberDetails.Blank(walkIn.MemberId), MemberDetails.Blank(walkIn.Name));
        if (memberId is not null && name is not null) return Refuse(AttendanceRefusal.WalkInTwice);
        if (memberId is null && name is null) return Refuse(AttendanceRefusal.WalkInMissing);
        if (walkIn.Gender is not null && !walkIn.Consent) return Refuse(AttendanceRefusal.GenderWithoutConsent);
        if (opened.People.Count >= settings.MaxAttendees) return Refuse(AttendanceRefusal.TooMany);

        Attendee person;
        if (memberId is not null)
        {
            if (everyone.FirstOrDefault(m => m.Id == memberId && m.IsActive) is not { } member) return Refuse(AttendanceRefusal.UnknownMember);
            if (opened.People.Any(p => p.MemberId == member.Id && p.Kind is AttendeeKind.Member or AttendeeKind.WalkIn)) return Refuse(AttendanceRefusal.AlreadyListed);
            person = new Attendee
            {
                Id = id, Kind = AttendeeKind.WalkIn, MemberId = member.Id, Name = member.DisplayName.Trim(), Title = member.Title,
                Organisation = member.Organisation, OrganisationKind = KindOf(member.Role), StateCode = member.StateCode, Present = true,
            };
        }
        else
        {
            if (PersonDetails.Problems(name, walkIn.Title, walkIn.Organisation, walkIn.Country, null, emailRequired: false).Count > 0
                || walkIn.StateCode is { IsMemberState: false }) return Refuse(AttendanceRefusal.Invalid);
            if (walkIn.OrganisationKind is null) return Refuse(AttendanceRefusal.OrganisationKindMissing);
            person = new Attendee
            {
                Id = id, Kind = AttendeeKind.WalkIn, Name = name!, Title = MemberDetails.Blank(walkIn.Title), Organisation = MemberDetails.Blank(walkIn.Organisation),
                OrganisationKind = walkIn.OrganisationKind, StateCode = walkIn.StateCode, Country = walkIn.StateCode is null ? MemberDetails.Blank(walkIn.Country) : null,
                Present = true,
            };
        }
        person = person with { Gender = walkIn.Gender, GenderConsent = walkIn.Gender is not null };
        return Accept(opened with { People = [.. opened.People, person], RecordedBy = actor.Id, RecordedAt = now });
    }

    /// A member's organisation kind by role: a focal point speaks for their state's authorities, the office is the
    /// Council of Europe's; an expert's body is not known.
    public static OrganisationKind? KindOf(MemberRole role) => role switch
    {
        MemberRole.FocalPoint => OrganisationKind.NationalAuthority,
        MemberRole.Office => OrganisationKind.CouncilOfEurope,
        _ => null,
    };

    static Outcome<Attendance, AttendanceRefusal> Accept(Attendance a) => Outcome<Attendance, AttendanceRefusal>.Accept(a);

    static Outcome<Attendance, AttendanceRefusal> Refuse(AttendanceRefusal r) => Outcome<Attendance, AttendanceRefusal>.Refuse(r);
}
