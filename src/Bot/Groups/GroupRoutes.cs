using FocalBot.Bot.Decisions;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Decisions;
using FocalBot.Domain.Groups;
using FocalBot.Domain.Members;
using FocalBot.Domain.Rapporteurs;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Groups;

/// Thematic groups (working methods 4.8): every member sees the groups and who is in them (`groups`); the office
/// proposes a group to the network, which decides by silence (Decisions), then invites members; a member asks to join,
/// which the office approves or refuses, answers an invitation, or leaves. Here: the verbs, who may press what, the
/// list and the proposal; joining and leaving are in GroupRoutes.Membership.cs.
public static partial class GroupRoutes
{
    // Cards already sent carry these verbs: never rename one.
    public const string List = "group.list";
    public const string New = "group.new";
    public const string Propose = "group.propose";
    public const string Ask = "group.ask";
    public const string Leave = "group.leave";
    public const string Join = "group.join";
    public const string Decline = "group.decline";
    public const string Inviting = "group.inviting";
    public const string Invite = "group.invite";
    public const string Approve = "group.approve";
    public const string Refuse = "group.refuse";

    // Audit actions on subject type "group" (its id): ids only, never a name or a purpose.
    public const string AuditSubject = "group";

    /// Membership is the members' business, shown in the personal chat only (a channel is not only the network's).
    static readonly Guard Members = Guard.AnyMember.InPersonalChat(GroupTexts.OnlyInPersonalChat);

    static readonly Guard Office = Guard.Office(GroupTexts.OfficeOnly).InPersonalChat(GroupTexts.OnlyInPersonalChat);

    /// The group the card names: withdrawn ones are the office's only.
    static readonly Guard<ThematicGroup> Group = Members.Loading("group", LoadAsync, Sees, GroupTexts.NotFound);

    static readonly Guard<ThematicGroup> OfficeGroup = Office.Loading("group", LoadAsync, Sees, GroupTexts.NotFound);

    static bool Sees(Member caller, ThematicGroup group) => group.Status != GroupStatus.Withdrawn || caller.Role == MemberRole.Office;

    static Task<ThematicGroup?> LoadAsync(TurnContext turn, CancellationToken ct) =>
        turn.Data(GroupForm.IdKey) is { Length: > 0 } id ? turn.Get<IGroupStore>().GetAsync(id, ct) : Task.FromResult<ThematicGroup?>(null);

    public static void Map(TurnRouter routes) => routes
        .OnCommand(GroupTexts.Command, GroupTexts.CommandDescription, Members, async (turn, member, ct) =>
            await turn.SendCardAsync(await ListCardAsync(turn, member, turn.Get<IGroupStore>(), turn.Get<IMemberDirectory>(), null, ct), ct))
        .OnExecute(List, Members, async (turn, member, ct) =>
            InvokeResponse.Card(await ListCardAsync(turn, member, turn.Get<IGroupStore>(), turn.Get<IMemberDirectory>(), null, ct)))
        .OnExecute(New, Office, async (turn, _, ct) =>
            InvokeResponse.Card(await FormAsync(turn, GroupForm.New(turn.Language), [], turn.Get<IRapporteurStore>(), turn.Get<IMemberDirectory>(),
                turn.Get<Proposals>(), turn.Get<NetworkCalendar>(), ct)))
        .OnExecute(Propose, Office, (turn, office, ct) =>
            ProposeAsync(turn, office, turn.Get<IGroupStore>(), turn.Get<IRapporteurStore>(), turn.Get<IMemberDirectory>(), turn.Get<Proposals>(),
                turn.Get<NetworkCalendar>(), turn.Get<IAuditLog>(), ct))
        .OnExecute(Ask, Group, (turn, member, group, ct) => AskAsync(turn, member, group, turn.Get<GroupMembershipSteps>(), ct))
        .OnExecute(Leave, Group, (turn, member, group, ct) => LeaveAsync(turn, member, group, turn.Get<GroupMembershipSteps>(), ct))
        .OnExecute(Join, Group, (turn, member, group, ct) => AnswerInvitationAsync(turn, member, group, accept: true, turn.Get<GroupMembershipSteps>(), ct))
        .OnExecute(Decline, Group, (turn, member, group, ct) => AnswerInvitationAsync(turn, member, group, accept: false, turn.Get<GroupMembershipSteps>(), ct))
        .OnExecute(Inviting, OfficeGroup, (turn, _, group, ct) => InviteFormAsync(turn, group, turn.Get<IMemberDirectory>(), ct))
        .OnExecute(Invite, OfficeGroup, (turn, office, group, ct) => InviteAsync(turn, office, group, turn.Get<GroupMembershipSteps>(), ct))
        .OnExecute(Approve, OfficeGroup, (turn, office, group, ct) => AnswerRequestAsync(turn, office, group, approve: true, turn.Get<GroupMembershipSteps>(), ct))
        .OnExecute(Refuse, OfficeGroup, (turn, office, group, ct) => AnswerRequestAsync(turn, office, group, approve: false, turn.Get<GroupMembershipSteps>(), ct));

    /// The list as this member sees it, with a notice on top when a step of theirs just happened.
    internal static async Task<System.Text.Json.Nodes.JsonObject> ListCardAsync(TurnContext turn, Member viewer, IGroupStore groups, IMemberDirectory members,
        string? notice, CancellationToken ct)
    {
        var all = await groups.ListAsync(ct);
        var people = (await members.ListAsync(ct)).ToDictionary(m => m.Id);
        return GroupCards.List(all, people, viewer, turn.Language, notice);
    }

    /// The form as typed, with its problems, the current rapporteurs to choose a lead from, and the deadline a proposal
    /// sent today would have.
    static async Task<System.Text.Json.Nodes.JsonObject> FormAsync(TurnContext turn, GroupForm form, IReadOnlyList<string> problems, IRapporteurStore rapporteurs,
        IMemberDirectory members, Proposals proposals, NetworkCalendar calendar, CancellationToken ct)
    {
        var leads = await CurrentRapporteursAsync(rapporteurs, members, calendar.Today, turn.Language, ct);
        return GroupCards.Form(form, leads, problems, proposals.DeadlineIfSentToday, turn.Language);
    }

    /// Those whose mandate runs today, once each: the leads a group may have.
    static async Task<IReadOnlyList<(string Id, string Title)>> CurrentRapporteursAsync(IRapporteurStore rapporteurs, IMemberDirectory members, DateOnly today,
        Language language, CancellationToken ct)
    {
        var people = (await members.ListAsync(ct)).ToDictionary(m => m.Id);
        return [.. (await rapporteurs.ListMandatesAsync(ct)).Where(m => m.IsCurrent(today)).DistinctBy(m => m.MemberId)
            .Select(m => (m.MemberId, $"{GroupCards.Person(m.MemberId, people, language)} — {m.ThemeIn(language)}"))];
    }

    /// Checks the form (every problem at once, in the office member's language, nothing saved), saves the group as
    /// proposed, puts it to the network and keeps the procedure's id on the group. A second press finds the group the
    /// first one saved (the form's id) and proposes nothing more.
    internal static async Task<InvokeResponse> ProposeAsync(TurnContext turn, Member office, IGroupStore groups, IRapporteurStore rapporteurs,
        IMemberDirectory members, Proposals proposals, NetworkCalendar calendar, IAuditLog audit, CancellationToken ct)
    {
        var language = turn.Language;
        var form = GroupForm.From(turn.ActionData, language);
        var all = await groups.ListAsync(ct);
        if (all.FirstOrDefault(g => g.Id == form.Id) is { } earlier)
            return earlier is { Status: GroupStatus.Proposed, ProcedureId: null }
                ? await PutToNetworkAsync(turn, office, earlier, groups, members, proposals, calendar, audit, ct)   // a fault stopped the first press
                : await AlreadyProposedAsync(turn, office, groups, members, ct);

        var leads = await CurrentRapporteursAsync(rapporteurs, members, calendar.Today, language, ct);
        var group = form.ToGroup(office, calendar.Today);
        var problems = ThematicGroups.Problems(group, all, leads.Select(l => l.Id).ToHashSet(), GroupSettings.Default);
        if (problems.Count > 0)
        {
            LogInvalid(Log(turn), group.Id, problems.Count);
            return InvokeResponse.Card(GroupCards.Form(form, leads, [.. problems.Select(p => GroupTexts.Describe(p, language))], proposals.DeadlineIfSentToday, language));
        }
        if (await groups.SaveAsync(group, ct) is not SaveResult.Saved saved) return await AlreadyProposedAsync(turn, office, groups, members, ct);
        return await PutToNetworkAsync(turn, office, group with { Version = saved.Version }, groups, members, proposals, calendar, audit, ct);
    }

    /// Puts the saved group to the network and keeps the procedure's id on it; after a fault, the same procedure is
    /// found again (Proposals gives one per subject), so nothing goes out twice.
    static async Task<InvokeResponse> PutToNetworkAsync(TurnContext turn, Member office, ThematicGroup group, IGroupStore groups, IMemberDirectory members,
        Proposals proposals, NetworkCalendar calendar, IAuditLog audit, CancellationToken ct)
    {
        var proposed = await proposals.ProposeAsync(office, ProposalKind.ThematicGroup, group.Id, ct);
        if (!proposed.IsAccepted)
        {
            await groups.SaveAsync(group with { Status = GroupStatus.Withdrawn }, ct);
            return InvokeResponse.Message(DecisionTexts.Describe(proposed.Refusal!.Value, turn.Language));
        }
        var procedure = proposed.Value!;
        await KeepProcedureAsync(groups, group, procedure.Id, ct);
        await audit.AppendAsync(new AuditEntry(calendar.Now, office.Id, "group.proposed", AuditSubject, group.Id), ct);
        LogProposed(Log(turn), group.Id, procedure.Id);
        return InvokeResponse.Card(await ListCardAsync(turn, office, groups, members, GroupTexts.ProposedDone.Format(turn.Language, procedure.Deadline), ct));
    }

    /// The group keeps the id of the procedure that decides it; a change meanwhile is read again once.
    static async Task KeepProcedureAsync(IGroupStore groups, ThematicGroup group, string procedureId, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            if (await groups.SaveAsync(group with { ProcedureId = procedureId }, ct) is SaveResult.Saved) return;
            if (await groups.GetAsync(group.Id, ct) is not { } current) return;
            group = current;
        }
    }

    static async Task<InvokeResponse> AlreadyProposedAsync(TurnContext turn, Member office, IGroupStore groups, IMemberDirectory members, CancellationToken ct) =>
        InvokeResponse.Card(await ListCardAsync(turn, office, groups, members, GroupTexts.AlreadyProposed.In(turn.Language), ct));

    static ILogger Log(TurnContext turn) => turn.Get<ILoggerFactory>().CreateLogger(typeof(GroupRoutes).FullName!);

    [LoggerMessage(LogLevel.Information, "Group {GroupId} not proposed: {Problems} problems")]
    static partial void LogInvalid(ILogger logger, string groupId, int problems);

    [LoggerMessage(LogLevel.Information, "Group {GroupId} proposed to the network: procedure {ProcedureId}")]
    static partial void LogProposed(ILogger logger, string groupId, string procedureId);
}
