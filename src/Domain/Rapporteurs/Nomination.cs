using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Rapporteurs;

public enum NominationStatus
{
    /// Put forward by a colleague; the nominee has not said yes yet. It does not go forward until they do.
    AwaitingConsent,
    /// Goes forward to the office: self-nominated, or accepted by the nominee.
    Accepted,
    /// The nominee said no.
    Declined,
    /// The nominator or the nominee took it back before the closing date.
    Withdrawn,
    /// The office appointed the nominee.
    Appointed,
    /// The call closed and the nominee was not appointed.
    NotAppointed,
}

/// A member put forward for a call: themselves, or a colleague of the network with their consent. The motivation is
/// kept as written.
public sealed record Nomination
{
    /// One nomination per nominee and call, ever: a nominee who declined or withdrew is nominated again in the same record.
    public string Id => KeyOf(CallId, NomineeId);
    public required string CallId { get; init; }
    public required string NomineeId { get; init; }
    public required string NominatorId { get; init; }
    public required string Motivation { get; init; }
    public required DateOnly NominatedOn { get; init; }
    public NominationStatus Status { get; init; } = NominationStatus.AwaitingConsent;
    public DateOnly? AnsweredOn { get; init; }

    /// The store's version of this record as it was read; null for a nomination not stored yet.
    public string? Version { get; init; }

    public bool IsSelf => NomineeId == NominatorId;

    public static string KeyOf(string callId, string nomineeId) => $"{callId}/{nomineeId}";

    /// Still in the running: waiting for consent or accepted. A nominee is nominated once per call while one is live.
    public bool IsLive => Status is NominationStatus.AwaitingConsent or NominationStatus.Accepted;
}

/// Why a nomination, or a step on it, was refused; nothing changed.
public enum NominationRefusal
{
    /// Only focal points nominate (the office appoints; experts are invited for their expertise, not as the network).
    NotAllowed,
    CallNotOpen,
    ClosingDatePassed,
    /// The nominee must be an active focal point of the network.
    NomineeNotAMember,
    AlreadyNominated,
    MotivationMissing,
    MotivationTooLong,
    /// Only the nominee answers for themselves.
    NotTheNominee,
    /// Only the nominator or the nominee withdraws.
    NotYours,
    /// Answered, withdrawn or decided already.
    AlreadyAnswered,
}

public static class Nominations
{
    /// A focal point puts forward themselves (accepted at once) or a colleague (who is asked for consent).
    public static Outcome<Nomination, NominationRefusal> Nominate(RapporteurCall call, Member nominator, Member? nominee, string motivation,
        IReadOnlyList<Nomination> existing, DateOnly today, RapporteurSettings settings)
    {
        if (nominator is not { IsActive: true, Role: MemberRole.FocalPoint }) return Refuse(NominationRefusal.NotAllowed);
        if (call.Status != CallStatus.Open) return Refuse(NominationRefusal.CallNotOpen);
        if (today > call.ClosingDate) return Refuse(NominationRefusal.ClosingDatePassed);
        if (nominee is not { IsActive: true, Role: MemberRole.FocalPoint }) return Refuse(NominationRefusal.NomineeNotAMember);
        var earlier = existing.FirstOrDefault(n => n.CallId == call.Id && n.NomineeId == nominee.Id);
        if (earlier is { IsLive: true } or { Status: NominationStatus.Appointed or NominationStatus.NotAppointed }) return Refuse(NominationRefusal.AlreadyNominated);
        var text = motivation.Trim();
        if (text.Length == 0) return Refuse(NominationRefusal.MotivationMissing);
        if (text.Length > settings.MotivationMaxLength) return Refuse(NominationRefusal.MotivationTooLong);
        var self = nominee.Id == nominator.Id;
        return Accept(new Nomination
        {
            CallId = call.Id, NomineeId = nominee.Id, NominatorId = nominator.Id, Motivation = text, NominatedOn = today,
            Status = self ? NominationStatus.Accepted : NominationStatus.AwaitingConsent, AnsweredOn = self ? today : null,
            Version = earlier?.Version,
        });
    }

    /// The nominee accepts or declines, until the closing date.
    public static Outcome<Nomination, NominationRefusal> Answer(RapporteurCall call, Nomination nomination, Member nominee, bool accept, DateOnly today)
    {
        if (nominee.Id != nomination.NomineeId) return Refuse(NominationRefusal.NotTheNominee);
        if (nomination.Status != NominationStatus.AwaitingConsent) return Refuse(NominationRefusal.AlreadyAnswered);
        if (call.Status != CallStatus.Open) return Refuse(NominationRefusal.CallNotOpen);
        if (today > call.ClosingDate) return Refuse(NominationRefusal.ClosingDatePassed);
        return Accept(nomination with { Status = accept ? NominationStatus.Accepted : NominationStatus.Declined, AnsweredOn = today });
    }

    /// The nominator or the nominee takes the nomination back, until the closing date.
    public static Outcome<Nomination, NominationRefusal> Withdraw(RapporteurCall call, Nomination nomination, Member actor, DateOnly today)
    {
        if (actor.Id != nomination.NomineeId && actor.Id != nomination.NominatorId) return Refuse(NominationRefusal.NotYours);
        if (!nomination.IsLive) return Refuse(NominationRefusal.AlreadyAnswered);
        if (call.Status != CallStatus.Open) return Refuse(NominationRefusal.CallNotOpen);
        if (today > call.ClosingDate) return Refuse(NominationRefusal.ClosingDatePassed);
        return Accept(nomination with { Status = NominationStatus.Withdrawn, AnsweredOn = today });
    }

    static Outcome<Nomination, NominationRefusal> Accept(Nomination n) => Outcome<Nomination, NominationRefusal>.Accept(n);

    static Outcome<Nomination, NominationRefusal> Refuse(NominationRefusal r) => Outcome<Nomination, NominationRefusal>.Refuse(r);
}
