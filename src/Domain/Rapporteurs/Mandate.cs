using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Rapporteurs;

public enum MandateStatus
{
    Active,
    /// Ran to its end date.
    Ended,
    /// The office ended it before its date.
    EndedEarly,
    /// The rapporteur stepped down.
    SteppedDown,
}

/// A rapporteur's mandate on a theme, from the appointment to its end date; renewals move the end. The roster keeps
/// ended mandates as its history.
public sealed record Mandate
{
    public string Id { get; init; } = Guid.NewGuid().ToString("N");
    public required string CallId { get; init; }
    public required string MemberId { get; init; }
    public StateCode? StateCode { get; init; }
    public required string Theme { get; init; }
    public string? ThemeTranslation { get; init; }
    public required Language Language { get; init; }
    public required DateOnly Start { get; init; }
    public required DateOnly End { get; init; }
    public MandateStatus Status { get; init; } = MandateStatus.Active;
    public DateOnly? EndedOn { get; init; }
    public int Renewals { get; init; }

    /// The store's version of this record as it was read; null for a mandate not stored yet.
    public string? Version { get; init; }

    public bool IsCurrent(DateOnly today) => Status == MandateStatus.Active && today <= End;

    public string ThemeIn(Language reader) => reader != Language && !string.IsNullOrWhiteSpace(ThemeTranslation) ? ThemeTranslation : Theme;
}

/// The office's choice at the end of a call: the call closed, every live nomination decided, the new mandates.
public sealed record Appointment(RapporteurCall Call, IReadOnlyList<Nomination> Nominations, IReadOnlyList<Mandate> Mandates);

public enum MandateRefusal
{
    NotAllowed,
    CallNotOpen,
    /// Nominations are taken until the closing date's end; the office appoints after it.
    CallNotClosedYet,
    TooManyAppointed,
    /// Only a nomination the nominee accepted (or made themselves) may be appointed.
    NotAccepted,
    UnknownNomination,
    /// The mandate ended, was ended or stepped down from.
    NotActive,
    RenewalOutOfRange,
}

public static class Mandates
{
    /// The office appoints up to the call's posts among the accepted nominations, or nobody; the call closes.
    public static Outcome<Appointment, MandateRefusal> Appoint(RapporteurCall call, Member office, IReadOnlyCollection<string> chosen,
        IReadOnlyList<Nomination> nominations, IReadOnlyDictionary<string, Member> members, DateOnly today)
    {
        if (!office.Allows(Permission.ManageMembers)) return Refuse<Appointment>(MandateRefusal.NotAllowed);
        if (call.Status != CallStatus.Open) return Refuse<Appointment>(MandateRefusal.CallNotOpen);
        if (today <= call.ClosingDate) return Refuse<Appointment>(MandateRefusal.CallNotClosedYet);
        var ours = nominations.Where(n => n.CallId == call.Id).ToDictionary(n => n.Id);
        var picked = chosen.Distinct().ToList();
        if (picked.Any(id => !ours.ContainsKey(id))) return Refuse<Appointment>(MandateRefusal.UnknownNomination);
        if (picked.Any(id => ours[id].Status != NominationStatus.Accepted)) return Refuse<Appointment>(MandateRefusal.NotAccepted);
        if (picked.Count > call.Posts) return Refuse<Appointment>(MandateRefusal.TooManyAppointed);

        var closed = call with { Status = CallStatus.Closed, ClosedOn = today, Appointed = picked };
        return Outcome<Appointment, MandateRefusal>.Accept(Follow(closed, nominations, members));
    }

    /// What a closed call's appointment means for its nominations and mandates: each live nomination decided, and one
    /// mandate per appointee, from the day the call closed. The same every time it is asked, so the bot saves the
    /// closed call first (that save decides between two office members) and completes the rest from it, even after a
    /// fault: mandate ids are the nominations', and nominations already decided are left as they are.
    public static Appointment Follow(RapporteurCall closed, IReadOnlyList<Nomination> nominations, IReadOnlyDictionary<string, Member> members)
    {
        var ours = nominations.Where(n => n.CallId == closed.Id).ToList();
        var start = closed.ClosedOn ?? closed.CreatedOn;
        var decided = ours.Where(n => n.IsLive)
            .Select(n => n with { Status = closed.Appointed.Contains(n.Id) ? NominationStatus.Appointed : NominationStatus.NotAppointed }).ToList();
        var mandates = ours.Where(n => closed.Appointed.Contains(n.Id)).Select(n => new Mandate
        {
            Id = n.Id,   // one mandate per call and nominee: a second press cannot appoint twice
            CallId = closed.Id, MemberId = n.NomineeId, StateCode = members.GetValueOrDefault(n.NomineeId)?.StateCode,
            Theme = closed.Theme, ThemeTranslation = closed.ThemeTranslation, Language = closed.Language,
            Start = start, End = start.AddMonths(closed.MandateMonths).AddDays(-1),
        }).ToList();
        return new Appointment(closed, decided, mandates);
    }

    /// The office extends a current mandate by some months from its present end.
    public static Outcome<Mandate, MandateRefusal> Renew(Mandate mandate, Member office, int months, DateOnly today, RapporteurSettings settings)
    {
        if (!office.Allows(Permission.ManageMembers)) return Refuse<Mandate>(MandateRefusal.NotAllowed);
        if (!mandate.IsCurrent(today)) return Refuse<Mandate>(MandateRefusal.NotActive);
        if (months < 1 || months > settings.MaxMandateMonths) return Refuse<Mandate>(MandateRefusal.RenewalOutOfRange);
        return Outcome<Mandate, MandateRefusal>.Accept(mandate with { End = mandate.End.AddMonths(months), Renewals = mandate.Renewals + 1 });
    }

    /// The office ends a current mandate today.
    public static Outcome<Mandate, MandateRefusal> EndEarly(Mandate mandate, Member office, DateOnly today)
    {
        if (!office.Allows(Permission.ManageMembers)) return Refuse<Mandate>(MandateRefusal.NotAllowed);
        if (!mandate.IsCurrent(today)) return Refuse<Mandate>(MandateRefusal.NotActive);
        return Outcome<Mandate, MandateRefusal>.Accept(mandate with { Status = MandateStatus.EndedEarly, EndedOn = today });
    }

    /// The rapporteur steps down from their own current mandate.
    public static Outcome<Mandate, MandateRefusal> StepDown(Mandate mandate, Member rapporteur, DateOnly today)
    {
        if (rapporteur.Id != mandate.MemberId || !rapporteur.IsActive) return Refuse<Mandate>(MandateRefusal.NotAllowed);
        if (!mandate.IsCurrent(today)) return Refuse<Mandate>(MandateRefusal.NotActive);
        return Outcome<Mandate, MandateRefusal>.Accept(mandate with { Status = MandateStatus.SteppedDown, EndedOn = today });
    }

    /// A mandate whose end date has passed, as the roster records it; null while it runs or once it was ended.
    public static Mandate? Expire(Mandate mandate, DateOnly today) =>
        mandate.Status == MandateStatus.Active && today > mandate.End ? mandate with { Status = MandateStatus.Ended, EndedOn = mandate.End } : null;

    /// The day the office is reminded that the mandate ends: some working days before the end.
    public static DateOnly ReminderDay(Mandate mandate, WorkingDays calendar, RapporteurSettings settings) =>
        calendar.Add(mandate.End, -settings.MandateReminderWorkingDays);

    static Outcome<T, MandateRefusal> Refuse<T>(MandateRefusal r) where T : class => Outcome<T, MandateRefusal>.Refuse(r);
}
