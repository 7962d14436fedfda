using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Decisions;

/// What the network is asked to decide. Releasing a document to the public will be one more kind.
public enum ProposalKind
{
    /// Creating a thematic group (working methods 4.8).
    ThematicGroup,
    /// Opening a call for nominations of thematic rapporteurs (working methods 4.8).
    RapporteurCall,
}

public enum SilenceStatus
{
    /// Sent to the focal points; objections are taken until the deadline.
    Open,
    /// The deadline passed without objection: the decision stands.
    Adopted,
    /// The deadline passed with at least one objection: the office decides what next.
    Objected,
    /// The office withdrew the proposal.
    Withdrawn,
}

/// A focal point's objection, with the reason the office reads. Kept as written.
public sealed record Objection(string MemberId, StateCode? StateCode, string Reason, DateOnly On);

/// A decision of the network taken on the office's proposal by silence: the proposal goes to every focal point; any of
/// them may object, with a reason, until a deadline counted in working days; without objection the decision stands.
/// With one, the office may withdraw, or amend and ask again: a new round, with a new deadline and no objection yet
/// (the earlier rounds' objections stay in `Earlier`).
public sealed record SilenceProcedure
{
    public string Id { get; init; } = Guid.NewGuid().ToString("N");
    public required ProposalKind Kind { get; init; }
    /// The id of what is proposed (the group, the call).
    public required string SubjectId { get; init; }
    public required string ProposedBy { get; init; }
    public required DateOnly ProposedOn { get; init; }
    /// The last day objections are taken, whole.
    public required DateOnly Deadline { get; init; }
    public SilenceStatus Status { get; init; } = SilenceStatus.Open;
    /// 1 for the first time the network is asked, 2 for the next…
    public int Round { get; init; } = 1;
    public IReadOnlyList<Objection> Objections { get; init; } = [];
    /// Objections of earlier rounds, for the record.
    public IReadOnlyList<Objection> Earlier { get; init; } = [];
    public DateOnly? DecidedOn { get; init; }

    /// The store's version of this record as it was read; null for a procedure not stored yet.
    public string? Version { get; init; }

    public bool IsOpen => Status == SilenceStatus.Open;
}

public sealed record SilenceSettings
{
    /// How long focal points have to object, in working days after the day the proposal is sent.
    public int WorkingDays { get; init; } = 10;

    public int ReasonMaxLength { get; init; } = 1000;

    public static SilenceSettings Default { get; } = new();
}

/// Why an objection, or the office's step, was refused; nothing changed.
public enum SilenceRefusal
{
    /// Only focal points take part in the network's decisions; the office proposes.
    NotAFocalPoint,
    /// Only the office proposes, withdraws and asks again.
    NotAllowed,
    /// The procedure is decided or withdrawn.
    NotOpen,
    /// Past the deadline: silence is kept or broken already.
    DeadlinePassed,
    ReasonMissing,
    ReasonTooLong,
    /// This member objected already in this round; their first objection stands.
    AlreadyObjected,
    /// Only a proposal the network objected to is asked again.
    NotObjected,
}

public static class Silence
{
    /// The office proposes; the deadline is counted from the day it is sent.
    public static Outcome<SilenceProcedure, SilenceRefusal> Propose(
        Member office, ProposalKind kind, string subjectId, DateOnly today, WorkingDays calendar, SilenceSettings settings)
    {
        if (!office.Allows(Permission.ManageMembers)) return Refuse(SilenceRefusal.NotAllowed);
        return Accept(new SilenceProcedure
        {
            Kind = kind, SubjectId = subjectId, ProposedBy = office.Id, ProposedOn = today,
            Deadline = calendar.Add(today, settings.WorkingDays),
        });
    }

    /// A focal point objects, with a reason, until the deadline's end. One objection per member and round.
    public static Outcome<SilenceProcedure, SilenceRefusal> Object(
        SilenceProcedure procedure, Member member, string reason, DateOnly today, SilenceSettings settings)
    {
        if (member is not { IsActive: true, Role: MemberRole.FocalPoint }) return Refuse(SilenceRefusal.NotAFocalPoint);
        if (!procedure.IsOpen) return Refuse(SilenceRefusal.NotOpen);
        if (today > procedure.Deadline) return Refuse(SilenceRefusal.DeadlinePassed);
        if (procedure.Objections.Any(o => o.MemberId == member.Id)) return Refuse(SilenceRefusal.AlreadyObjected);
        var text = reason.Trim();
        if (text.Length == 0) return Refuse(SilenceRefusal.ReasonMissing);
        if (text.Length > settings.ReasonMaxLength) return Refuse(SilenceRefusal.ReasonTooLong);
        return Accept(procedure with { Objections = [.. procedure.Objections, new Objection(member.Id, member.StateCode, text, today)] });
    }

    /// The procedure as it stands once the deadline's day has ended: adopted without objection, objected otherwise;
    /// null while objections are still taken, or when it was decided already.
    public static SilenceProcedure? Conclude(SilenceProcedure procedure, DateOnly today)
    {
        if (!procedure.IsOpen || today <= procedure.Deadline) return null;
        return procedure with
        {
            Status = procedure.Objections.Count == 0 ? SilenceStatus.Adopted : SilenceStatus.Objected,
            DecidedOn = today,
        };
    }

    /// The office withdraws the proposal, open or objected; an adopted decision stands.
    public static Outcome<SilenceProcedure, SilenceRefusal> Withdraw(SilenceProcedure procedure, Member office, DateOnly today)
    {
        if (!office.Allows(Permission.ManageMembers)) return Refuse(SilenceRefusal.NotAllowed);
        if (procedure.Status is not (SilenceStatus.Open or SilenceStatus.Objected)) return Refuse(SilenceRefusal.NotOpen);
        return Accept(procedure with { Status = SilenceStatus.Withdrawn, DecidedOn = today });
    }

    /// Once a focal point objected (silence is broken, even before the deadline), the office may ask the network again,
    /// amended or not: a new round with a new deadline.
    public static Outcome<SilenceProcedure, SilenceRefusal> AskAgain(
        SilenceProcedure procedure, Member office, DateOnly today, WorkingDays calendar, SilenceSettings settings)
    {
        if (!office.Allows(Permission.ManageMembers)) return Refuse(SilenceRefusal.NotAllowed);
        if (!IsBroken(procedure)) return Refuse(SilenceRefusal.NotObjected);
        return Accept(procedure with
        {
            Status = SilenceStatus.Open, Round = procedure.Round + 1, ProposedOn = today, Deadline = calendar.Add(today, settings.WorkingDays),
            Earlier = [.. procedure.Earlier, .. procedure.Objections], Objections = [], DecidedOn = null,
        });
    }

    /// A focal point objected in this round: the decision cannot stand as proposed.
    public static bool IsBroken(SilenceProcedure procedure) =>
        procedure.Status == SilenceStatus.Objected || procedure is { IsOpen: true, Objections.Count: > 0 };

    static Outcome<SilenceProcedure, SilenceRefusal> Accept(SilenceProcedure p) => Outcome<SilenceProcedure, SilenceRefusal>.Accept(p);

    static Outcome<SilenceProcedure, SilenceRefusal> Refuse(SilenceRefusal r) => Outcome<SilenceProcedure, SilenceRefusal>.Refuse(r);
}
