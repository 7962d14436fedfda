using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Groups;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Groups;

/// What the membership steps use, one service resolved once: the stores, the calendar, the audit log, and the sender
/// to wake (registered in GroupSetup).
public sealed class GroupMembershipSteps(IGroupStore groups, IMemberDirectory members, IDeliveryStore deliveries, NetworkCalendar calendar, IAuditLog audit,
    SendSoon soon)
{
    public IGroupStore Groups => groups;
    public IMemberDirectory Members => members;
    public IDeliveryStore Deliveries => deliveries;
    public NetworkCalendar Calendar => calendar;
    public IAuditLog Audit => audit;
    public SendSoon Soon => soon;
}

// Joining and leaving: each step is the domain's (ThematicGroups), saved over the version read (a change at the same
// moment is read again once), audited by ids, and answered with the list as it now stands; a refusal is a message in
// the member's language and changes nothing. A second press finds the step done and is refused, so it has one effect.
public static partial class GroupRoutes
{
    /// A member asks to join; the office is told (GroupRequestCampaign). One the office invited is in at once.
    internal static Task<InvokeResponse> AskAsync(TurnContext turn, Member member, ThematicGroup group, GroupMembershipSteps s, CancellationToken ct) =>
        ChangeAsync(turn, member, group, g => ThematicGroups.Ask(g, member, s.Calendar.Today), s, async changed =>
        {
            var name = Inert(changed.NameIn(turn.Language));
            if (changed.StatusOf(member.Id) == GroupMemberStatus.Member) return ("group.joined", GroupTexts.Joined.Format(turn.Language, name));
            var office = (await s.Members.ListAsync(ct)).Where(m => m is { IsActive: true, Role: MemberRole.Office }).Select(m => m.Id);
            if (await s.Deliveries.AddPendingAsync(GroupRequestCampaign.Key(new(changed.Id, member.Id, s.Calendar.Today)), office, s.Calendar.Now, ct) > 0) s.Soon.Nudge();
            return ("group.asked", GroupTexts.Asked.Format(turn.Language, name));
        }, ct);

    internal static Task<InvokeResponse> LeaveAsync(TurnContext turn, Member member, ThematicGroup group, GroupMembershipSteps s, CancellationToken ct) =>
        ChangeAsync(turn, member, group, g => ThematicGroups.Leave(g, member), s,
            changed => Task.FromResult(("group.left", GroupTexts.Left.Format(turn.Language, Inert(changed.NameIn(turn.Language))))), ct);

    internal static Task<InvokeResponse> AnswerInvitationAsync(TurnContext turn, Member member, ThematicGroup group, bool accept, GroupMembershipSteps s,
        CancellationToken ct) =>
        ChangeAsync(turn, member, group, g => ThematicGroups.AnswerInvitation(g, member, accept, s.Calendar.Today), s, changed =>
        {
            var name = Inert(changed.NameIn(turn.Language));
            return Task.FromResult(accept ? ("group.joined", GroupTexts.Joined.Format(turn.Language, name)) : ("group.declined", GroupTexts.Declined.Format(turn.Language, name)));
        }, ct);

    /// The office's choice of whom to invite: the active members, office aside, not already in the group or invited.
    internal static async Task<InvokeResponse> InviteFormAsync(TurnContext turn, ThematicGroup group, IMemberDirectory members, CancellationToken ct)
    {
        if (group.Status != GroupStatus.Active) return InvokeResponse.Message(GroupTexts.Describe(GroupRefusal.NotActive, turn.Language));
        var everyone = await members.ListAsync(ct);
        var candidates = everyone
            .Where(m => m is { IsActive: true } && m.Role != MemberRole.Office && group.StatusOf(m.Id) is null or GroupMemberStatus.Asked)
            .OrderBy(m => m.DisplayName, StringComparer.CurrentCulture).ToList();
        return InvokeResponse.Card(GroupCards.InviteForm(group, everyone.ToDictionary(m => m.Id), candidates, turn.Language));
    }

    /// The office invites a member, who gets a card to join (GroupInvitationCampaign), once a day at most; one who had
    /// asked to join is in at once.
    internal static async Task<InvokeResponse> InviteAsync(TurnContext turn, Member office, ThematicGroup group, GroupMembershipSteps s, CancellationToken ct)
    {
        var invitee = turn.Data(GroupForm.InviteeKey) is { Length: > 0 } id ? await s.Members.GetAsync(id, ct) : null;
        return await ChangeAsync(turn, office, group, g => ThematicGroups.Invite(g, office, invitee, s.Calendar.Today), s, async changed =>
        {
            var who = Inert(invitee!.DisplayName);
            if (changed.StatusOf(invitee.Id) == GroupMemberStatus.Member)
                return ("group.approved", GroupTexts.JoinedOnInvite.Format(turn.Language, who, Inert(changed.NameIn(turn.Language))));
            var queued = await s.Deliveries.AddPendingAsync(GroupInvitationCampaign.Key(new(changed.Id, s.Calendar.Today)), [invitee.Id], s.Calendar.Now, ct);
            if (queued > 0) s.Soon.Nudge();
            return ("group.invited", (queued > 0 ? GroupTexts.Invited : GroupTexts.InvitedAgain).Format(turn.Language, who));
        }, ct);
    }

    /// The office approves or refuses a member's request to join (the card's memberId).
    internal static Task<InvokeResponse> AnswerRequestAsync(TurnContext turn, Member office, ThematicGroup group, bool approve, GroupMembershipSteps s,
        CancellationToken ct)
    {
        var memberId = turn.Data(GroupForm.MemberKey) ?? "";
        return ChangeAsync(turn, office, group, g => ThematicGroups.AnswerRequest(g, office, memberId, approve, s.Calendar.Today), s, async changed =>
        {
            // The member hears the answer in their chat (GroupAnswerCampaign), as the office hears of the request.
            if (await s.Deliveries.AddPendingAsync(GroupAnswerCampaign.Key(new(changed.Id, memberId, s.Calendar.Today)), [memberId], s.Calendar.Now, ct) > 0) s.Soon.Nudge();
            var who = Inert((await s.Members.GetAsync(memberId, ct))?.DisplayName ?? "?");
            var name = Inert(changed.NameIn(turn.Language));
            return approve ? ("group.approved", GroupTexts.Approved.Format(turn.Language, who, name)) : ("group.refused", GroupTexts.Refused.Format(turn.Language, who, name));
        }, ct);
    }

    /// Applies the step to the group as read, saves it over that version (re-reading once if it changed meanwhile),
    /// then lets `done` queue what the step sends and name its audit action and notice.
    static async Task<InvokeResponse> ChangeAsync(TurnContext turn, Member actor, ThematicGroup group, Func<ThematicGroup, Outcome<ThematicGroup, GroupRefusal>> step,
        GroupMembershipSteps s, Func<ThematicGroup, Task<(string Action, string Notice)>> done, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var outcome = step(group);
            if (!outcome.IsAccepted) return InvokeResponse.Message(GroupTexts.Describe(outcome.Refusal!.Value, turn.Language));
            if (await s.Groups.SaveAsync(outcome.Value!, ct) is SaveResult.Saved saved)
            {
                var changed = outcome.Value! with { Version = saved.Version };
                var (action, notice) = await done(changed);
                await s.Audit.AppendAsync(new AuditEntry(s.Calendar.Now, actor.Id, action, AuditSubject, group.Id), ct);
                LogChanged(Log(turn), group.Id, action);
                return InvokeResponse.Card(await ListCardAsync(turn, actor, s.Groups, s.Members, notice, ct));
            }
            if (attempt > 0 || await s.Groups.GetAsync(group.Id, ct) is not { } current)
                return InvokeResponse.Card(await ListCardAsync(turn, actor, s.Groups, s.Members, GroupTexts.ChangedMeanwhile.In(turn.Language), ct));
            group = current;
        }
    }

    /// What a member typed, inside one of the bot's sentences (a Markdown TextBlock): inert.
    static string Inert(string text) => FocalBot.Bot.Cards.Card.Plain(text);

    [LoggerMessage(LogLevel.Information, "Group {GroupId}: {Action}")]
    static partial void LogChanged(ILogger logger, string groupId, string action);
}
