namespace FocalBot.Domain.Members;

/// One person in the network's team, as Teams lists them. TenantId is the tenant the bot sees them in.
public sealed record RosterPerson(string AadObjectId, string TenantId, string Name, string? Email, bool IsGuest);

/// How the team's roster and the directory compare. Linked members had a pending identity and were found by e-mail:
/// they carry their identity now and are to be saved. Nobody is added: people not in the directory are only listed.
public sealed record RosterReport(
    IReadOnlyList<Member> Matched,
    IReadOnlyList<Member> Linked,
    IReadOnlyList<RosterPerson> NotInDirectory,
    IReadOnlyList<(RosterPerson Person, Member Member)> Retired,
    IReadOnlyList<(RosterPerson Person, Member Member)> OtherIdentity,
    IReadOnlyList<Member> NotInTeam);

public static class Roster
{
    /// Teams marks guests by "#EXT#" in their user principal name.
    public static bool IsGuest(string? userPrincipalName) =>
        userPrincipalName?.Contains("#EXT#", StringComparison.OrdinalIgnoreCase) == true;

    /// A guest's home address, from the UPN Entra gives them: "jane.doe_interior.gov.fr#EXT#@host.onmicrosoft.com"
    /// is jane.doe@interior.gov.fr (the last "_" before "#EXT#" stood for "@"). Null when the UPN is not a guest's.
    public static string? GuestEmail(string? userPrincipalName)
    {
        if (userPrincipalName is null || !IsGuest(userPrincipalName)) return null;
        var local = userPrincipalName[..userPrincipalName.IndexOf("#EXT#", StringComparison.OrdinalIgnoreCase)];
        var at = local.LastIndexOf('_');
        return at <= 0 || at == local.Length - 1 ? null : $"{local[..at]}@{local[(at + 1)..]}".ToLowerInvariant();
    }

    public static RosterReport Compare(IReadOnlyList<Member> everyone, IReadOnlyList<RosterPerson> people)
    {
        var matched = new List<Member>();
        var linked = new Dictionary<string, Member>();
        var strangers = new List<RosterPerson>();
        var retired = new List<(RosterPerson, Member)>();
        var otherIdentity = new List<(RosterPerson, Member)>();
        var found = new HashSet<string>();

        foreach (var person in people.Where(p => !string.IsNullOrWhiteSpace(p.AadObjectId)))
        {
            var member = everyone.FirstOrDefault(m => m.IsSamePersonAs(person.TenantId, person.AadObjectId));
            if (member is { IsActive: true }) { matched.Add(member); found.Add(member.Id); continue; }
            if (member is not null) { retired.Add((person, member)); continue; }

            var byEmail = everyone.Where(m => m.IsActive && Membership.SameEmail(m.Email, person.Email)).ToList();
            if (byEmail is [{ HasIdentity: false } pending] && !linked.ContainsKey(pending.Id))
            {
                linked[pending.Id] = pending with { AadObjectId = person.AadObjectId.Trim().ToLowerInvariant(), TenantId = person.TenantId.Trim().ToLowerInvariant() };
                found.Add(pending.Id);
            }
            else if (byEmail is [{ HasIdentity: true } other])
            {
                otherIdentity.Add((person, other));
                found.Add(other.Id);
            }
            else strangers.Add(person);
        }

        var notInTeam = everyone.Where(m => m.IsActive && !found.Contains(m.Id)).ToList();
        return new RosterReport(matched, [.. linked.Values], strangers, retired, otherIdentity, notInTeam);
    }
}
