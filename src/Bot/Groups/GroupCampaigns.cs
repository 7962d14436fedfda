using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Groups;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Groups;

// The campaigns of thematic groups, each a delivery row per recipient, so each goes once. Messages are written when
// the sender gets to each row: an invitation answered, a request decided or a group closed meanwhile writes nothing
// (the row is closed, never sent).

/// The network created a group: to every active focal point and the office, "group-created/{group id}".
public sealed class GroupCreatedCampaign(IGroupStore groups, IMemberDirectory members) : ICampaign<string>
{
    public static string Prefix => "group-created/";

    public static string Key(string groupId) => Prefix + groupId;

    public static bool TryParse(string key, [MaybeNullWhen(false)] out string groupId) => (groupId = CampaignKey.Rest(key, Prefix)) is not null;

    public async Task<Activity?> MessageAsync(string groupId, Member member, CancellationToken ct)
    {
        if (await groups.GetAsync(groupId, ct) is not { Status: GroupStatus.Active } group) return null;
        var people = (await members.ListAsync(ct)).ToDictionary(m => m.Id);
        return ProactiveMessage.Card(GroupCards.Created(group, people, member, member.PreferredLanguage ?? Language.En));
    }
}

/// The office's invitations to a group on one day, one row per invitee: "group-invitation/{group id}/2026-12-14".
public sealed class GroupInvitationCampaign(IGroupStore groups, IMemberDirectory members) : ICampaign<GroupInvitationCampaign.Subject>
{
    public sealed record Subject(string GroupId, DateOnly Day);

    public static string Prefix => "group-invitation/";

    public static string Key(Subject s) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{s.GroupId}/{s.Day:yyyy-MM-dd}");

    public static bool TryParse(string key, [MaybeNullWhen(false)] out Subject subject)
    {
        subject = null;
        if (CampaignKey.Segments(key, Prefix) is not [{ Length: > 0 } id, var day] || !GroupKey.TryDay(day, out var on)) return false;
        subject = new Subject(id, on);
        return true;
    }

    /// The invitation, while the member is still invited (not answered, nor in by asking meanwhile).
    public async Task<Activity?> MessageAsync(Subject s, Member member, CancellationToken ct)
    {
        if (await groups.GetAsync(s.GroupId, ct) is not { Status: GroupStatus.Active } group || group.StatusOf(member.Id) != GroupMemberStatus.Invited) return null;
        var people = (await members.ListAsync(ct)).ToDictionary(m => m.Id);
        return ProactiveMessage.Card(GroupCards.Invitation(group, people, member.PreferredLanguage ?? Language.En));
    }
}

/// A member's request to join, to each office member: "group-request/{group id}/{member id}/2026-12-14".
public sealed class GroupRequestCampaign(IGroupStore groups, IMemberDirectory members) : ICampaign<GroupRequestCampaign.Subject>
{
    public sealed record Subject(string GroupId, string MemberId, DateOnly Day);

    public static string Prefix => "group-request/";

    public static string Key(Subject s) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{s.GroupId}/{s.MemberId}/{s.Day:yyyy-MM-dd}");

    public static bool TryParse(string key, [MaybeNullWhen(false)] out Subject subject)
    {
        subject = null;
        if (CampaignKey.Segments(key, Prefix) is not [{ Length: > 0 } id, { Length: > 0 } member, var day] || !GroupKey.TryDay(day, out var on)) return false;
        subject = new Subject(id, member, on);
        return true;
    }

    /// The request, while it waits for the office's answer.
    public async Task<Activity?> MessageAsync(Subject s, Member member, CancellationToken ct)
    {
        if (await groups.GetAsync(s.GroupId, ct) is not { Status: GroupStatus.Active } group || group.StatusOf(s.MemberId) != GroupMemberStatus.Asked) return null;
        var people = (await members.ListAsync(ct)).ToDictionary(m => m.Id);
        return ProactiveMessage.Card(GroupCards.Request(group, s.MemberId, people, member.PreferredLanguage ?? Language.En));
    }
}

/// The office's answer to a member's request to join, to that member: "group-answer/{group id}/{member id}/2026-12-14".
/// Written when it is sent, from the group as it then stands: a member since approved reads that they are in; one
/// whose request was refused, that it was; one who asked again meanwhile gets nothing yet.
public sealed class GroupAnswerCampaign(IGroupStore groups) : ICampaign<GroupRequestCampaign.Subject>
{
    public static string Prefix => "group-answer/";

    public static string Key(GroupRequestCampaign.Subject s) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{s.GroupId}/{s.MemberId}/{s.Day:yyyy-MM-dd}");

    public static bool TryParse(string key, [MaybeNullWhen(false)] out GroupRequestCampaign.Subject subject)
    {
        subject = null;
        if (CampaignKey.Segments(key, Prefix) is not [{ Length: > 0 } id, { Length: > 0 } member, var day] || !GroupKey.TryDay(day, out var on)) return false;
        subject = new GroupRequestCampaign.Subject(id, member, on);
        return true;
    }

    public async Task<Activity?> MessageAsync(GroupRequestCampaign.Subject s, Member member, CancellationToken ct)
    {
        if (await groups.GetAsync(s.GroupId, ct) is not { Status: GroupStatus.Active } group) return null;
        var language = member.PreferredLanguage ?? Language.En;
        var text = group.StatusOf(member.Id) switch
        {
            GroupMemberStatus.Member => GroupTexts.RequestApproved,
            null => GroupTexts.RequestRefused,
            _ => null,
        };
        return text is null ? null : ProactiveMessage.Card(GroupCards.Answer(group, text, language));
    }
}

/// A new group's post in the network channel: "group-channel/{group id}", one row for NetworkChannel.Recipient. Posted
/// by GroupChannelJob, not by the sender.
public sealed class GroupChannelPostCampaign : ICampaignKey<string>
{
    GroupChannelPostCampaign() { }

    public static string Prefix => "group-channel/";

    public static string Key(string groupId) => Prefix + groupId;

    public static bool TryParse(string key, [MaybeNullWhen(false)] out string groupId) => (groupId = CampaignKey.Rest(key, Prefix)) is not null;
}

static class GroupKey
{
    public static bool TryDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
