using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Groups;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Rapporteurs;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Outcomes;

/// An action with the owners as they stand, loaded by a route's guard: who may see it depends on both.
public sealed record ActionInHand(FollowUpAction Action, OwnerBook Book);

/// What the action steps use, one service resolved once per turn (registered in OutcomeSetup): the stores, the
/// calendar, the audit log, the sender to wake, and the settings.
public sealed class ActionSteps(IOutcomeStore outcomes, IMeetingStore meetings, IMemberDirectory members, IGroupStore groups, IRapporteurStore rapporteurs,
    IDeliveryStore deliveries, NetworkCalendar calendar, IAuditLog audit, SendSoon soon, IOptions<OutcomeOptions> options)
{
    public IOutcomeStore Outcomes => outcomes;
    public IMeetingStore Meetings => meetings;
    public IRapporteurStore Rapporteurs => rapporteurs;
    public IDeliveryStore Deliveries => deliveries;
    public NetworkCalendar Calendar => calendar;
    public SendSoon Soon => soon;
    public OutcomeSettings Settings => options.Value.Settings;

    public Task<OwnerBook> BookAsync(CancellationToken ct) => OwnerBook.LoadAsync(members, groups, ct);

    /// Each action with its meeting and recommendation, as they stand.
    public async Task<IReadOnlyList<ActionView>> ViewsAsync(IEnumerable<FollowUpAction> actions, CancellationToken ct)
    {
        var meetingsById = (await meetings.ListAsync(ct)).ToDictionary(m => m.Id);
        var reports = (await outcomes.ListReportsAsync(ct)).ToDictionary(r => r.MeetingId);
        return [.. actions.Select(a => new ActionView(a, meetingsById.GetValueOrDefault(a.MeetingId), reports.GetValueOrDefault(a.MeetingId)?.Find(a.RecommendationId)))];
    }

    public async Task<ActionView> ViewAsync(FollowUpAction action, CancellationToken ct) => (await ViewsAsync([action], ct))[0];

    /// One line of the audit log: who did what to which action or meeting, by id only.
    public Task AuditAsync(Member actor, string action, string subjectType, string subjectId, CancellationToken ct) =>
        audit.AppendAsync(new AuditEntry(calendar.Now, actor.Id, action, subjectType, subjectId), ct);
}

/// Sends an action to its owners once its report is issued: a delivery row for each owner active today (pending, so
/// the sender takes it and a restart repeats nothing), then the day it was sent on the action. A fault between the two
/// finds the rows there the next time and adds none.
public static class ActionRelease
{
    /// The action as saved with its day sent, or null when a colleague's change meanwhile left it for the next run.
    public static async Task<FollowUpAction?> ReleaseAsync(FollowUpAction action, OwnerBook book, IOutcomeStore store, IDeliveryStore deliveries,
        DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        if (action.SentOn is not null) return action;
        if (action.IsOpen) await deliveries.AddPendingAsync(ActionSentCampaign.Key(action.Id), book.Recipients(action.Owner), now, ct);
        var sent = action with { SentOn = today };
        return await store.SaveActionAsync(sent, ct) is SaveResult.Saved saved ? sent with { Version = saved.Version } : null;
    }
}
