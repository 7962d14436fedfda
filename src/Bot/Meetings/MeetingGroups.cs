using FocalBot.Domain.Groups;
using FocalBot.Domain.Meetings;

namespace FocalBot.Bot.Meetings;

/// A thematic session's audience when it is a thematic group: the group as the store holds it now. Only a group the
/// network created (Active) may be invited; one still proposed, withdrawn or unknown is not.
public sealed record GroupAudience(ThematicGroup? Group, bool Unavailable)
{
    public static GroupAudience None { get; } = new(null, false);

    /// The group's members today, for Convocation and the draft's count; null for the other audiences.
    public IReadOnlyCollection<string>? MemberIds => Group?.MemberIds;
}

/// The thematic groups a session may be for, read through the domain's port only.
public sealed class MeetingGroups(IGroupStore groups)
{
    /// The groups the network created, for the meeting form.
    public async Task<IReadOnlyList<ThematicGroup>> ActiveAsync(CancellationToken ct) =>
        [.. (await groups.ListAsync(ct)).Where(g => g.Status == GroupStatus.Active)];

    /// The group an audience names, read now. A group's members are read when the office looks at the draft and when
    /// it convenes: the convocation then fixes the invitee list, so a member who joins the group afterwards is not
    /// sent it (nor its notices and reminders), and one who leaves still is.
    public async Task<GroupAudience> OfAsync(MeetingAudience audience, CancellationToken ct)
    {
        if (audience.Kind != AudienceKind.ThematicGroup || string.IsNullOrWhiteSpace(audience.GroupId)) return GroupAudience.None;
        var group = await groups.GetAsync(audience.GroupId, ct);
        return group is { Status: GroupStatus.Active } ? new GroupAudience(group, false) : new GroupAudience(null, true);
    }
}
