using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Meetings;

public enum RsvpChoice { InPerson, Online, NotAttending, Substitute }

/// Who attends in the member's place. The substitute receives nothing from the bot: the member passes on what they
/// need, and the office writes to the e-mail address if it must.
public sealed record Substitute(string Name, string? Title, string Email)
{
    public IReadOnlyList<PersonProblem> Problems() => PersonDetails.Problems(Name, Title, null, null, Email, emailRequired: true);

    public Substitute Normalized() => new(Name.Trim(), MemberDetails.Blank(Title), Email.Trim().ToLowerInvariant());
}

/// Why an answer was not recorded; nothing changed.
public enum RsvpRefusal
{
    /// Only an active member the convocation went to answers.
    NotInvited,
    /// The meeting is a draft: nobody was convened yet.
    NotConvened,
    Cancelled,
    /// After the cut-off, answers are given to the office directly.
    CutOffPassed,
    /// In person for a meeting held only online, or online for one without a link.
    ChoiceNotOffered,
    SubstituteMissing,
    /// The substitute's details have problems (Substitute.Problems says which).
    SubstituteInvalid,
}

/// One member's answer to a convocation. The member's state and role are copied in when they answer, so the list
/// of participants still says whom they represented if their record changes later.
public sealed record Rsvp
{
    public required string MeetingId { get; init; }
    public required string MemberId { get; init; }
    public required RsvpChoice Choice { get; init; }
    public Substitute? Substitute { get; init; }
    public StateCode? StateCode { get; init; }
    public required MemberRole Role { get; init; }
    public required DateTimeOffset AnsweredAt { get; init; }

    /// The store's version of this record as it was read; null for an answer not stored yet.
    public string? Version { get; init; }

    public bool IsAttending => Choice is RsvpChoice.InPerson or RsvpChoice.Online;
}

public static class Rsvps
{
    /// The last day answers are taken or changed, through the whole day.
    public static DateOnly CutOff(Meeting meeting, WorkingDays calendar, MeetingSettings settings) =>
        calendar.Add(meeting.OpeningDay, -settings.RsvpCutOffWorkingDays);

    /// The answers a meeting offers: in person only with a place, online only with a link.
    public static IReadOnlyList<RsvpChoice> Choices(Meeting meeting) =>
        Enum.GetValues<RsvpChoice>().Where(c => c switch
        {
            RsvpChoice.InPerson => meeting.Place is not null,
            RsvpChoice.Online => meeting.OnlineLink is not null,
            _ => true,
        }).ToList();

    /// Records or changes the member's answer until the cut-off. Clicking the same answer again (a double click, or
    /// an old card) changes nothing and is not refused, even after the cut-off: it is already what was recorded.
    public static Outcome<Rsvp, RsvpRefusal> Answer(
        Member actor, Meeting meeting, Rsvp? current, RsvpChoice choice, Substitute? substitute,
        DateTimeOffset now, DateOnly today, WorkingDays calendar, MeetingSettings settings)
    {
        if (meeting.Status == MeetingStatus.Draft) return Refuse(RsvpRefusal.NotConvened);
        if (meeting.Status == MeetingStatus.Cancelled) return Refuse(RsvpRefusal.Cancelled);
        if (!meeting.IsInvited(actor)) return Refuse(RsvpRefusal.NotInvited);

        if (!Choices(meeting).Contains(choice)) return Refuse(RsvpRefusal.ChoiceNotOffered);
        var sent = choice == RsvpChoice.Substitute ? substitute?.Normalized() : null;
        if (choice == RsvpChoice.Substitute && sent is null) return Refuse(RsvpRefusal.SubstituteMissing);
        if (sent is not null && sent.Problems().Count > 0) return Refuse(RsvpRefusal.SubstituteInvalid);

        if (current is not null && current.Choice == choice && current.Substitute == sent) return Accept(current);
        if (today > CutOff(meeting, calendar, settings)) return Refuse(RsvpRefusal.CutOffPassed);

        return Accept(new Rsvp
        {
            MeetingId = meeting.Id,
            MemberId = actor.Id,
            Choice = choice,
            Substitute = sent,
            StateCode = actor.StateCode,
            Role = actor.Role,
            AnsweredAt = now,
            Version = current?.Version,
        });
    }

    /// Each invitee's answer, the latest if a store holds more than one; answers of people the convocation did not
    /// go to, or to another meeting, are ignored.
    public static IReadOnlyDictionary<string, Rsvp> Latest(Meeting meeting, IEnumerable<Rsvp> rsvps)
    {
        var invited = meeting.InviteeIds.ToHashSet();
        return rsvps.Where(r => r.MeetingId == meeting.Id && invited.Contains(r.MemberId))
            .GroupBy(r => r.MemberId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.AnsweredAt)!);
    }

    static Outcome<Rsvp, RsvpRefusal> Accept(Rsvp r) => Outcome<Rsvp, RsvpRefusal>.Accept(r);

    static Outcome<Rsvp, RsvpRefusal> Refuse(RsvpRefusal r) => Outcome<Rsvp, RsvpRefusal>.Refuse(r);
}

/// The live counts the office sees.
public sealed record RsvpSummary(int InPerson, int Online, int Substitutes, int NotAttending, IReadOnlyList<string> Unanswered)
{
    public int Attending => InPerson + Online + Substitutes;

    public static RsvpSummary Of(Meeting meeting, IEnumerable<Rsvp> rsvps)
    {
        var answers = Rsvps.Latest(meeting, rsvps);
        int Count(RsvpChoice c) => answers.Values.Count(v => v.Choice == c);
        return new RsvpSummary(Count(RsvpChoice.InPerson), Count(RsvpChoice.Online), Count(RsvpChoice.Substitute),
            Count(RsvpChoice.NotAttending), meeting.InviteeIds.Where(id => !answers.ContainsKey(id)).ToList());
    }
}
