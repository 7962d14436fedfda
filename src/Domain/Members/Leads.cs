namespace FocalBot.Domain.Members;

/// One lead focal point per member state; the others are alternates.
public static class Leads
{
    /// The members whose lead mark must change so that <paramref name="lead"/> is the only active lead of its state.
    /// Saving them all (and <paramref name="lead"/> itself, marked lead) keeps the rule.
    public static IReadOnlyList<Member> Demoted(IEnumerable<Member> everyone, Member lead) =>
        lead.Role != MemberRole.FocalPoint || lead.StateCode is null
            ? []
            : everyone.Where(m => m.Id != lead.Id && m.IsLead && m.Role == MemberRole.FocalPoint
                                  && m.StateCode == lead.StateCode)
                .Select(m => m with { IsLead = false })
                .ToList();

    /// States that have more than one active lead: none, when the rule holds.
    public static IEnumerable<StateCode> StatesWithSeveralLeads(IEnumerable<Member> everyone) =>
        everyone.Where(m => m.IsActive && m.IsLead && m.Role == MemberRole.FocalPoint && m.StateCode is not null)
            .GroupBy(m => m.StateCode!)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);

    /// Member states with no active lead focal point, in the council's order.
    public static IEnumerable<MemberState> StatesWithoutLead(IEnumerable<Member> everyone)
    {
        var led = everyone.Where(m => m.IsActive && m.IsLead && m.Role == MemberRole.FocalPoint && m.StateCode is not null)
            .Select(m => m.StateCode!).ToHashSet();
        return MemberStates.All.Where(s => !led.Contains(s.Code));
    }
}
