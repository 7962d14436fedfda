using FocalBot.Domain.Groups;
using FocalBot.Domain.Members;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Outcomes;

/// The network's people and thematic groups as an action's owners need them, read once per turn or job run: who an
/// owner is today (a state's focal points, a group's members), and how owners and addressees are named.
public sealed class OwnerBook
{
    readonly IReadOnlyList<Member> _everyone;
    readonly IReadOnlyDictionary<string, Member> _byId;
    readonly IReadOnlyDictionary<string, ThematicGroup> _groups;

    OwnerBook(IReadOnlyList<Member> everyone, IReadOnlyList<ThematicGroup> groups)
    {
        _everyone = everyone;
        _byId = everyone.GroupBy(m => m.Id).ToDictionary(g => g.Key, g => g.First());
        _groups = groups.ToDictionary(g => g.Id);
    }

    public static async Task<OwnerBook> LoadAsync(IMemberDirectory members, IGroupStore groups, CancellationToken ct) =>
        Of(await members.ListAsync(ct), await groups.ListAsync(ct));

    public static OwnerBook Of(IReadOnlyList<Member> everyone, IReadOnlyList<ThematicGroup> groups) => new(everyone, groups);

    public IReadOnlyList<Member> Everyone => _everyone;

    public IEnumerable<ThematicGroup> ActiveGroups => _groups.Values.Where(g => g.Status == GroupStatus.Active);

    public Member? Find(string? memberId) => memberId is not null && _byId.TryGetValue(memberId, out var m) ? m : null;

    /// A group's members today, for a group's action; null for the other owners (or a group no longer active).
    public IReadOnlyCollection<string>? GroupMembers(ActionOwner owner) =>
        owner.Kind == OwnerKind.ThematicGroup && owner.Id is { } id && _groups.TryGetValue(id, out var g) && g.Status == GroupStatus.Active ? g.MemberIds : null;

    public bool IsOwner(ActionOwner owner, Member member) => FollowUpActions.IsOwner(owner, member, GroupMembers(owner));

    public IReadOnlyList<string> Recipients(ActionOwner owner) => FollowUpActions.Recipients(owner, _everyone, GroupMembers(owner));

    public IReadOnlyList<string> Office => [.. _everyone.Where(m => m is { IsActive: true, Role: MemberRole.Office }).Select(m => m.Id)];

    /// "The office", "Germany (focal points)", "Giulia Rossi (rapporteur)", "Thematic group “Returns”".
    public string Name(ActionOwner owner, Language language) => owner.Kind switch
    {
        OwnerKind.Office => ActionTexts.Office.In(language),
        OwnerKind.MemberState => ActionTexts.StateOwner.Format(language, MemberStates.NameIn(StateCode.ParseOptional(owner.Id), language)),
        OwnerKind.Rapporteur => ActionTexts.RapporteurOwner.Format(language, PersonName(owner.Id)),
        _ => ActionTexts.GroupOwner.Format(language, GroupName(owner.Id, language)),
    };

    public string Name(Addressee addressee, Language language) => addressee.Kind switch
    {
        AddresseeKind.MemberStates => ActionTexts.MemberStates.In(language),
        AddresseeKind.CouncilOfEurope => ActionTexts.CouncilOfEurope.In(language),
        AddresseeKind.Network => ActionTexts.Network.In(language),
        AddresseeKind.Rapporteur => ActionTexts.RapporteurOwner.Format(language, PersonName(addressee.Id)),
        _ => ActionTexts.GroupOwner.Format(language, GroupName(addressee.Id, language)),
    };

    /// A member's name as the directory has it; "?" for someone no longer there.
    public string PersonName(string? memberId) => Find(memberId)?.DisplayName ?? "?";

    string GroupName(string? groupId, Language language) =>
        groupId is not null && _groups.TryGetValue(groupId, out var g) ? g.NameIn(language) : ActionTexts.Unknown.In(language);
}
