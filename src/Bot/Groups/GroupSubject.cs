using FocalBot.Bot.Decisions;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Decisions;
using FocalBot.Domain.Groups;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Groups;

/// A proposed thematic group as the network decides it (Decisions): how the proposal reads, and what the decision does.
/// The job calls AdoptedAsync and WithdrawnAsync on every tick while the procedure stands so: each acts once.
public sealed partial class GroupSubject(IGroupStore groups, IMemberDirectory members, IDeliveryStore deliveries, NetworkCalendar calendar,
    SendSoon soon, IAuditLog audit, ILogger<GroupSubject> log) : IProposalSubject
{
    public ProposalKind Kind => ProposalKind.ThematicGroup;

    /// Both names (the reader's first) as the title, the lead as a fact, the purpose in the reader's language.
    public async Task<ProposalView?> DescribeAsync(string subjectId, Language language, CancellationToken ct)
    {
        if (await groups.GetAsync(subjectId, ct) is not { } group) return null;
        var (first, second) = (group.NameIn(language), group.NameIn(language.Other()));
        var facts = new List<(string, string)>();
        if (group.LeadId is { } lead) facts.Add((GroupTexts.Lead.In(language), GroupCards.Person(lead, (await members.ListAsync(ct)).ToDictionary(m => m.Id), language)));
        return new ProposalView(first == second ? first : $"{first} / {second}", facts, group.PurposeIn(language));
    }

    /// The group becomes active, once; then, once, every active focal point and the office are told (GroupCreatedCampaign)
    /// and the channel post is queued (GroupChannelJob). The channel's row is queued last: its presence says it is done,
    /// so a crash in between queues the rest again (the rows already there are kept) and nothing twice.
    public async Task AdoptedAsync(SilenceProcedure procedure, DateOnly today, CancellationToken ct)
    {
        if (await groups.GetAsync(procedure.SubjectId, ct) is not { } group) return;
        if (ThematicGroups.Create(group) is { } created)
        {
            if (await groups.SaveAsync(created, ct) is not SaveResult.Saved saved) return;   // changed meanwhile: next tick
            group = created with { Version = saved.Version };
            await audit.AppendAsync(new AuditEntry(calendar.Now, ProposalSubjects.NetworkActor, "group.created", GroupRoutes.AuditSubject, group.Id), ct);
            LogCreated(log, group.Id, procedure.Id);
        }
        if (group.Status != GroupStatus.Active) return;
        var channel = GroupChannelPostCampaign.Key(group.Id);
        if (await deliveries.GetAsync(channel, NetworkChannel.Recipient, ct) is not null) return;

        var told = (await members.ListAsync(ct)).Where(m => m is { IsActive: true, Role: MemberRole.FocalPoint or MemberRole.Office }).Select(m => m.Id);
        await deliveries.AddPendingAsync(GroupCreatedCampaign.Key(group.Id), told, calendar.Now, ct);
        await deliveries.AddPendingAsync(channel, [NetworkChannel.Recipient], calendar.Now, ct);
        soon.Nudge();
    }

    /// The office withdrew the proposal: the proposed group is withdrawn too, once (its names are free again).
    public async Task WithdrawnAsync(SilenceProcedure procedure, DateOnly today, CancellationToken ct)
    {
        if (await groups.GetAsync(procedure.SubjectId, ct) is not { Status: GroupStatus.Proposed } group || ThematicGroups.Withdraw(group) is not { } withdrawn) return;
        if (await groups.SaveAsync(withdrawn, ct) is not SaveResult.Saved) return;
        await audit.AppendAsync(new AuditEntry(calendar.Now, procedure.ProposedBy, "group.withdrawn", GroupRoutes.AuditSubject, group.Id), ct);
        LogWithdrawn(log, group.Id, procedure.Id);
    }

    [LoggerMessage(LogLevel.Information, "Group {GroupId} created by the network's decision {ProcedureId}")]
    static partial void LogCreated(ILogger logger, string groupId, string procedureId);

    [LoggerMessage(LogLevel.Information, "Group {GroupId} withdrawn with its proposal {ProcedureId}")]
    static partial void LogWithdrawn(ILogger logger, string groupId, string procedureId);
}
