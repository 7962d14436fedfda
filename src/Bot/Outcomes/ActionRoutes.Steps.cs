using System.Globalization;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Members;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Outcomes;

// An owner's steps and the office's answers: each is the domain's (FollowUpActions), saved over the version read (a
// change at the same moment is read again once), audited by ids, and answered with the list as it now stands; a
// refusal is a message in the member's language and changes nothing. A second press finds the step done and is
// refused, so it has one effect. Who must hear of a step gets a delivery row, so it goes once.
public static partial class ActionRoutes
{
    /// The form to mark the action done (a note) or to ask for more time (a reason).
    static async Task<InvokeResponse> NoteFormAsync(TurnContext turn, ActionInHand a, bool done, ActionSteps s, CancellationToken ct)
    {
        var language = turn.Language;
        if (a.Action.Status == ActionStatus.Done) return InvokeResponse.Message(ActionTexts.Describe(ActionRefusal.AlreadyDone, language));
        if (!done && a.Action.Status == ActionStatus.MoreTimeAsked) return InvokeResponse.Message(ActionTexts.Describe(ActionRefusal.AlreadyAsked, language));
        return InvokeResponse.Card(ActionCards.NoteForm(await s.ViewAsync(a.Action, ct), done, a.Book, s.Calendar.Today, s.Settings, language));
    }

    /// Done, with the note; the office hears of it (ActionDoneCampaign) unless it marked it itself.
    internal static Task<InvokeResponse> MarkDoneAsync(TurnContext turn, Member member, ActionInHand a, ActionSteps s, CancellationToken ct)
    {
        var note = turn.Data(ActionForm.NoteKey) ?? "";
        var isOwner = a.Book.IsOwner(a.Action.Owner, member);
        return ChangeAsync(turn, member, a, action => FollowUpActions.MarkDone(action, member, isOwner, note, s.Calendar.Today, s.Settings), done: true, s, async changed =>
        {
            if (member.Role == MemberRole.Office) return ("action.done", ActionTexts.MarkedDoneByOffice.In(turn.Language));
            if (await s.Deliveries.AddPendingAsync(ActionDoneCampaign.Key(changed.Id), a.Book.Office, s.Calendar.Now, ct) > 0) s.Soon.Nudge();
            return ("action.done", ActionTexts.MarkedDone.In(turn.Language));
        }, ct);
    }

    /// More time asked, with the reason; the office hears of it once per request (ActionMoreTimeCampaign).
    internal static Task<InvokeResponse> AskMoreTimeAsync(TurnContext turn, Member member, ActionInHand a, ActionSteps s, CancellationToken ct)
    {
        var reason = turn.Data(ActionForm.NoteKey) ?? "";
        var isOwner = a.Book.IsOwner(a.Action.Owner, member);
        return ChangeAsync(turn, member, a, action => FollowUpActions.AskMoreTime(action, member, isOwner, reason, s.Calendar.Today, s.Settings), done: false, s, async changed =>
        {
            var request = changed.PendingExtension!;
            if (await s.Deliveries.AddPendingAsync(ActionMoreTimeCampaign.Key(new(changed.Id, request.Number)), a.Book.Office, s.Calendar.Now, ct) > 0) s.Soon.Nudge();
            return ("action.more-time", ActionTexts.Asked.In(turn.Language));
        }, ct);
    }

    /// The office grants (a new due date) or refuses the request the card names; the owners hear the answer once
    /// (ActionAnswerCampaign). A card for a request answered already, or an older one, is refused.
    internal static Task<InvokeResponse> AnswerAsync(TurnContext turn, Member office, ActionInHand a, bool grant, ActionSteps s, CancellationToken ct)
    {
        var number = int.TryParse(turn.Data(ActionForm.NumberKey), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        var newDue = ActionForm.Day(turn.Data(ActionForm.NewDueKey));
        var today = s.Calendar.Today;
        return ChangeAsync(turn, office, a, action => action.PendingExtension?.Number != number
                ? Outcome<FollowUpAction, ActionRefusal>.Refuse(ActionRefusal.NothingToAnswer)
                : grant ? FollowUpActions.GrantMoreTime(action, office, newDue, today) : FollowUpActions.RefuseMoreTime(action, office, today),
            done: null, s, async changed =>
            {
                if (await s.Deliveries.AddPendingAsync(ActionAnswerCampaign.Key(new(changed.Id, number)), a.Book.Recipients(changed.Owner), s.Calendar.Now, ct) > 0)
                    s.Soon.Nudge();
                return grant
                    ? ("action.granted", ActionTexts.Granted.Format(turn.Language, changed.Due))
                    : ("action.refused", ActionTexts.Refused.In(turn.Language));
            }, ct);
    }

    /// Applies the step to the action as loaded, saves it over that version (re-reading once if it changed meanwhile),
    /// then lets `after` queue what the step sends and name its audit action and notice. A note or reason missing or too
    /// long shows its form again (`done`: which one) with the problem.
    static async Task<InvokeResponse> ChangeAsync(TurnContext turn, Member actor, ActionInHand a, Func<FollowUpAction, Outcome<FollowUpAction, ActionRefusal>> step,
        bool? done, ActionSteps s, Func<FollowUpAction, Task<(string Action, string Notice)>> after, CancellationToken ct)
    {
        var language = turn.Language;
        var action = a.Action;
        for (var attempt = 0; ; attempt++)
        {
            var outcome = step(action);
            if (!outcome.IsAccepted)
            {
                var refusal = outcome.Refusal!.Value;
                if (done is { } form && refusal is ActionRefusal.NoteMissing or ActionRefusal.NoteTooLong)
                    return InvokeResponse.Card(ActionCards.NoteForm(await s.ViewAsync(action, ct), form, a.Book, s.Calendar.Today, s.Settings, language,
                        [ActionTexts.Describe(refusal, language)]));
                return InvokeResponse.Message(ActionTexts.Describe(refusal, language));
            }
            if (await s.Outcomes.SaveActionAsync(outcome.Value!, ct) is SaveResult.Saved saved)
            {
                var changed = outcome.Value! with { Version = saved.Version };
                var (audit, notice) = await after(changed);
                await s.AuditAsync(actor, audit, AuditSubject, changed.Id, ct);
                LogChanged(Log(turn), changed.Id, audit);
                return InvokeResponse.Card(await ListCardAsync(turn, actor, s, notice, ct));
            }
            if (attempt > 0 || await s.Outcomes.GetActionAsync(action.Id, ct) is not { } current)
                return InvokeResponse.Card(await ListCardAsync(turn, actor, s, ActionTexts.ChangedMeanwhile.In(language), ct));
            action = current;
        }
    }

    [LoggerMessage(LogLevel.Information, "Action {ActionId}: {Step}")]
    static partial void LogChanged(ILogger logger, string actionId, string step);
}
