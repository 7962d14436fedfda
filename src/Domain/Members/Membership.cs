namespace FocalBot.Domain.Members;

/// Why the office's change to the membership was refused; the bot turns each into a sentence.
public enum MembershipProblem
{
    /// Only a focal point can be the lead focal point of a state.
    LeadNotFocalPoint,
    /// Another active member has this Entra identity.
    IdentityTaken,
    /// Another active member has this e-mail address, which the imports use to find people.
    EmailTaken,
    /// The member is not in the directory (any more).
    NotFound,
    /// The member already left the network.
    AlreadyLeft,
    /// The office cannot retire itself: someone else must, so the network never loses its last manager by a slip.
    RetiringSelf,
    /// Only a focal point can be replaced by a new focal point.
    NotFocalPoint,
    /// The office cannot change its own role: it would lose the right to change it back.
    ChangingSelf,
}

/// A person admitted to the network: who is saved (a new record, or a retired member's record when they come back
/// with the same identity), and which members lose their lead mark; or why not.
public sealed record Admission(
    Member Member,
    bool Rejoins,
    IReadOnlyList<Member> Demoted,
    IReadOnlyList<DetailProblem> Details,
    IReadOnlyList<MembershipProblem> Problems)
{
    public bool IsAccepted => Details.Count == 0 && Problems.Count == 0;
}

/// A focal point taking over from another: the newcomer's admission and the outgoing member, retired.
public sealed record Replacement(Admission Incoming, Member Outgoing, IReadOnlyList<MembershipProblem> Problems)
{
    public bool IsAccepted => Problems.Count == 0 && Incoming.IsAccepted;
}

/// A member's new role, state or lead mark, and who loses the lead to them; or why not.
public sealed record RoleChange(Member Member, IReadOnlyList<Member> Demoted, IReadOnlyList<DetailProblem> Details, IReadOnlyList<MembershipProblem> Problems)
{
    public bool IsAccepted => Details.Count == 0 && Problems.Count == 0;
}

/// The office's rules for joining and leaving. Identity and e-mail are each unique among active members: the CSV and
/// roster imports find people by them. One lead focal point per state (Leads).
public static class Membership
{
    /// Admits someone: normalized details, checked; a retired member with the same identity comes back on their record.
    public static Admission Admit(IEnumerable<Member> everyone, Member candidate, DateOnly today)
    {
        var all = everyone.ToList();
        var m = MemberDetails.Normalized(candidate);
        if (m.Role == MemberRole.Office) m = m with { StateCode = null };   // the office serves every state
        var details = MemberDetails.Problems(m);
        var problems = new List<MembershipProblem>();
        if (m.IsLead && m.Role != MemberRole.FocalPoint) problems.Add(MembershipProblem.LeadNotFocalPoint);

        var same = m.HasIdentity ? all.FirstOrDefault(e => e.IsSamePersonAs(m.TenantId, m.AadObjectId)) : null;
        if (same is { IsActive: true }) problems.Add(MembershipProblem.IdentityTaken);
        if (m.Email is not null && all.Any(e => e.IsActive && e.Id != same?.Id && SameEmail(e.Email, m.Email)))
            problems.Add(MembershipProblem.EmailTaken);

        var admitted = same is { IsActive: false } retired
            ? m with { Id = retired.Id, Version = retired.Version, Status = MemberStatus.Active, JoinedOn = today, LeftOn = null }
            : m with { Version = null, Status = MemberStatus.Active, JoinedOn = today, LeftOn = null };
        var accepted = details.Count == 0 && problems.Count == 0;
        var demoted = accepted && admitted.IsLead ? Leads.Demoted(all.Where(e => e.IsActive), admitted) : [];
        return new Admission(admitted, same is { IsActive: false }, demoted, details, problems);
    }

    /// The member as retired today: no longer active, and no longer anyone's lead.
    public static Member Retired(Member member, DateOnly today) =>
        member with { Status = MemberStatus.Left, LeftOn = today, IsLead = false };

    /// Why the actor may not retire the member now; empty when they may.
    public static IReadOnlyList<MembershipProblem> RetireProblems(Member actor, Member? member) =>
        member is null ? [MembershipProblem.NotFound]
        : !member.IsActive ? [MembershipProblem.AlreadyLeft]
        : member.Id == actor.Id ? [MembershipProblem.RetiringSelf]
        : [];

    /// A new focal point for the outgoing one's state, lead if the outgoing one was. The outgoing member does not count
    /// against the newcomer: a functional mailbox often passes from one focal point to the next.
    public static Replacement Replace(IEnumerable<Member> everyone, Member actor, Member outgoing, Member incoming, DateOnly today)
    {
        var others = everyone.Where(e => e.Id != outgoing.Id).ToList();
        var admission = Admit(others, incoming with { Role = MemberRole.FocalPoint, StateCode = outgoing.StateCode, IsLead = outgoing.IsLead }, today);
        var problems = RetireProblems(actor, outgoing).ToList();
        if (outgoing.Role != MemberRole.FocalPoint) problems.Add(MembershipProblem.NotFocalPoint);
        return new Replacement(admission, Retired(outgoing, today), problems);
    }

    /// Gives an active member another role, state or lead mark. The office has no state; only focal points lead.
    public static RoleChange ChangeRole(IEnumerable<Member> everyone, Member actor, Member member, MemberRole role, StateCode? state, bool lead)
    {
        var changed = MemberDetails.Normalized(member with { Role = role, StateCode = role == MemberRole.Office ? null : state, IsLead = lead });
        var problems = new List<MembershipProblem>();
        if (!member.IsActive) problems.Add(MembershipProblem.AlreadyLeft);
        if (member.Id == actor.Id) problems.Add(MembershipProblem.ChangingSelf);
        if (lead && role != MemberRole.FocalPoint) problems.Add(MembershipProblem.LeadNotFocalPoint);
        var details = MemberDetails.Problems(changed);
        var demoted = details.Count == 0 && problems.Count == 0 && changed.IsLead ? Leads.Demoted(everyone.Where(e => e.IsActive), changed) : [];
        return new RoleChange(changed, demoted, details, problems);
    }

    public static bool SameEmail(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
