using System.Globalization;
using System.Text;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Groups;

public enum GroupStatus
{
    /// Proposed to the network; waiting for its decision (a silence procedure).
    Proposed,
    /// Created by the network: the office invites members, members ask to join.
    Active,
    /// The office withdrew the proposal, or closed the group.
    Withdrawn,
}

public enum GroupMemberStatus
{
    /// The office invited them; they have not answered.
    Invited,
    /// They asked to join; the office has not answered.
    Asked,
    Member,
}

public sealed record GroupMembership(string MemberId, GroupMemberStatus Status, DateOnly Since);

/// A thematic group within the network (working methods 4.8): a name in English and French, a purpose, its members,
/// and optionally a rapporteur as lead. Membership is visible to every member. Texts are kept as typed.
public sealed record ThematicGroup
{
    public string Id { get; init; } = Guid.NewGuid().ToString("N");
    public required string NameEn { get; init; }
    public required string NameFr { get; init; }
    public required string Purpose { get; init; }
    public string? PurposeTranslation { get; init; }
    public required Language Language { get; init; }
    public GroupStatus Status { get; init; } = GroupStatus.Proposed;
    public string? LeadId { get; init; }
    public IReadOnlyList<GroupMembership> People { get; init; } = [];
    public string? ProcedureId { get; init; }
    public required string CreatedBy { get; init; }
    public required DateOnly CreatedOn { get; init; }

    /// The store's version of this record as it was read; null for a group not stored yet.
    public string? Version { get; init; }

    public string NameIn(Language reader) => reader == Language.Fr ? NameFr : NameEn;

    public string PurposeIn(Language reader) => reader != Language && !string.IsNullOrWhiteSpace(PurposeTranslation) ? PurposeTranslation : Purpose;

    /// The ids of those who are members (not merely invited or asking).
    public IReadOnlyList<string> MemberIds => People.Where(p => p.Status == GroupMemberStatus.Member).Select(p => p.MemberId).ToList();

    public GroupMemberStatus? StatusOf(string memberId) => People.FirstOrDefault(p => p.MemberId == memberId)?.Status;
}

public sealed record GroupSettings
{
    public int NameMaxLength { get; init; } = 120;
    public int PurposeMaxLength { get; init; } = 2000;

    public static GroupSettings Default { get; } = new();
}

public enum GroupProblem
{
    NameEnMissing,
    NameFrMissing,
    NameTooLong,
    /// Another group, proposed or active, has this name in either language.
    NameTaken,
    PurposeMissing,
    PurposeTooLong,
    /// The lead must be a current rapporteur.
    LeadNotARapporteur,
}

public enum GroupRefusal
{
    NotAllowed,
    /// The network has not created the group (yet), or it was withdrawn.
    NotActive,
    /// The person is not an active member of the network.
    NotAMember,
    AlreadyInGroup,
    AlreadyInvited,
    AlreadyAsked,
    /// There is no invitation or request to answer.
    NothingToAnswer,
    NotInGroup,
}

public static class ThematicGroups
{
    /// The problems of a group as the office writes it, every one at once. `others`: the groups already there.
    public static IReadOnlyList<GroupProblem> Problems(ThematicGroup group, IEnumerable<ThematicGroup> others, ISet<string> rapporteurIds, GroupSettings settings)
    {
        var problems = new List<GroupProblem>();
        if (group.NameEn.Trim().Length == 0) problems.Add(GroupProblem.NameEnMissing);
        if (group.NameFr.Trim().Length == 0) problems.Add(GroupProblem.NameFrMissing);
        if (group.NameEn.Trim().Length > settings.NameMaxLength || group.NameFr.Trim().Length > settings.NameMaxLength) problems.Add(GroupProblem.NameTooLong);
        var names = new[] { Key(group.NameEn), Key(group.NameFr) }.Where(k => k.Length > 0).ToHashSet();
        if (others.Any(o => o.Id != group.Id && o.Status != GroupStatus.Withdrawn && (names.Contains(Key(o.NameEn)) || names.Contains(Key(o.NameFr)))))
            problems.Add(GroupProblem.NameTaken);
        var purpose = group.Purpose.Trim().Length;
        if (purpose == 0) problems.Add(GroupProblem.PurposeMissing);
        else if (purpose > settings.PurposeMaxLength || (group.PurposeTranslation?.Trim().Length ?? 0) > settings.PurposeMaxLength) problems.Add(GroupProblem.PurposeTooLong);
        if (group.LeadId is { } lead && !rapporteurIds.Contains(lead)) problems.Add(GroupProblem.LeadNotARapporteur);
        return problems;
    }

    /// A name as two groups are compared: without case, accents or repeated spaces ("Intégration" = "integration").
    public static string Key(string name)
    {
        var decomposed = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return new string(kept.ToArray()).Normalize(NormalizationForm.FormC).ToUpperInvariant();
    }

    /// The network decided for the group.
    public static ThematicGroup? Create(ThematicGroup group) => group.Status == GroupStatus.Proposed ? group with { Status = GroupStatus.Active } : null;

    /// The office withdraws a proposed group, or closes an active one.
    public static ThematicGroup? Withdraw(ThematicGroup group) => group.Status != GroupStatus.Withdrawn ? group with { Status = GroupStatus.Withdrawn } : null;

    /// The office invites a member; one who asked to join is in at once.
    public static Outcome<ThematicGroup, GroupRefusal> Invite(ThematicGroup group, Member office, Member? invitee, DateOnly today)
    {
        if (!office.Allows(Permission.ManageMembers)) return Refuse(GroupRefusal.NotAllowed);
        if (group.Status != GroupStatus.Active) return Refuse(GroupRefusal.NotActive);
        if (invitee is not { IsActive: true } || invitee.Role == MemberRole.Office) return Refuse(GroupRefusal.NotAMember);
        return group.StatusOf(invitee.Id) switch
        {
            GroupMemberStatus.Member => Refuse(GroupRefusal.AlreadyInGroup),
            GroupMemberStatus.Invited => Refuse(GroupRefusal.AlreadyInvited),
            GroupMemberStatus.Asked => Accept(Set(group, invitee.Id, GroupMemberStatus.Member, today)),
            _ => Accept(Set(group, invitee.Id, GroupMemberStatus.Invited, today)),
        };
    }

    /// A member asks to join; one who was invited is in at once.
    public static Outcome<ThematicGroup, GroupRefusal> Ask(ThematicGroup group, Member member, DateOnly today)
    {
        if (group.Status != GroupStatus.Active) return Refuse(GroupRefusal.NotActive);
        if (member is not { IsActive: true } || member.Role == MemberRole.Office) return Refuse(GroupRefusal.NotAMember);
        return group.StatusOf(member.Id) switch
        {
            GroupMemberStatus.Member => Refuse(GroupRefusal.AlreadyInGroup),
            GroupMemberStatus.Asked => Refuse(GroupRefusal.AlreadyAsked),
            GroupMemberStatus.Invited => Accept(Set(group, member.Id, GroupMemberStatus.Member, today)),
            _ => Accept(Set(group, member.Id, GroupMemberStatus.Asked, today)),
        };
    }

    /// The invitee answers the office's invitation.
    public static Outcome<ThematicGroup, GroupRefusal> AnswerInvitation(ThematicGroup group, Member invitee, bool accept, DateOnly today)
    {
        if (group.Status != GroupStatus.Active) return Refuse(GroupRefusal.NotActive);
        if (group.StatusOf(invitee.Id) != GroupMemberStatus.Invited) return Refuse(GroupRefusal.NothingToAnswer);
        return Accept(accept ? Set(group, invitee.Id, GroupMemberStatus.Member, today) : Remove(group, invitee.Id));
    }

    /// The office answers a member's request to join.
    public static Outcome<ThematicGroup, GroupRefusal> AnswerRequest(ThematicGroup group, Member office, string memberId, bool approve, DateOnly today)
    {
        if (!office.Allows(Permission.ManageMembers)) return Refuse(GroupRefusal.NotAllowed);
        if (group.Status != GroupStatus.Active) return Refuse(GroupRefusal.NotActive);
        if (group.StatusOf(memberId) != GroupMemberStatus.Asked) return Refuse(GroupRefusal.NothingToAnswer);
        return Accept(approve ? Set(group, memberId, GroupMemberStatus.Member, today) : Remove(group, memberId));
    }

    /// A member leaves the group.
    public static Outcome<ThematicGroup, GroupRefusal> Leave(ThematicGroup group, Member member)
    {
        if (group.StatusOf(member.Id) != GroupMemberStatus.Member) return Refuse(GroupRefusal.NotInGroup);
        return Accept(Remove(group, member.Id) with { LeadId = group.LeadId == member.Id ? null : group.LeadId });
    }

    static ThematicGroup Set(ThematicGroup group, string memberId, GroupMemberStatus status, DateOnly today) =>
        group with { People = [.. group.People.Where(p => p.MemberId != memberId), new GroupMembership(memberId, status, today)] };

    static ThematicGroup Remove(ThematicGroup group, string memberId) => group with { People = [.. group.People.Where(p => p.MemberId != memberId)] };

    static Outcome<ThematicGroup, GroupRefusal> Accept(ThematicGroup g) => Outcome<ThematicGroup, GroupRefusal>.Accept(g);

    static Outcome<ThematicGroup, GroupRefusal> Refuse(GroupRefusal r) => Outcome<ThematicGroup, GroupRefusal>.Refuse(r);
}
