using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Members;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Outcomes;

// The campaigns of follow-up actions, each a delivery row per recipient, so each goes once. Messages are written when
// the sender gets to each row, from the action as it then stands: one done meanwhile, or whose due date or request
// changed, writes nothing (the row is closed, never sent).

/// What the action campaigns share: the action with its meeting and recommendation, and the owners, as they stand.
public sealed class ActionMessages(ActionSteps steps)
{
    public async Task<(ActionView View, OwnerBook Book)?> LoadAsync(string actionId, CancellationToken ct) =>
        await steps.Outcomes.GetActionAsync(actionId, ct) is { } action ? (await steps.ViewAsync(action, ct), await steps.BookAsync(ct)) : null;

    public DateOnly Today => steps.Calendar.Today;

    public static Language In(Member m) => m.PreferredLanguage ?? Language.En;
}

/// An action, to each of its owners once its report is issued: "action/{action id}".
public sealed class ActionSentCampaign(ActionMessages messages) : ICampaign<string>
{
    public static string Prefix => "action/";

    public static string Key(string actionId) => Prefix + actionId;

    public static bool TryParse(string key, [MaybeNullWhen(false)] out string actionId) => (actionId = CampaignKey.Rest(key, Prefix)) is not null;

    public async Task<Activity?> MessageAsync(string actionId, Member member, CancellationToken ct) =>
        await messages.LoadAsync(actionId, ct) is ({ Action.IsOpen: true } view, var book)
            ? ProactiveMessage.Card(ActionCards.Sent(view, book, messages.Today, ActionMessages.In(member)))
            : null;

    public MailNoticeKind? MailNotice => MailNoticeKind.OfficeMessage;
}

/// A step of the reminder ladder for one due date, to the owners: "action-reminder/{action id}/2026-06-30/2" (2 working
/// days before), ".../-1" (the first working day overdue).
public sealed class ActionReminderCampaign(ActionMessages messages) : ICampaign<ActionReminder>
{
    public static string Prefix => "action-reminder/";

    public static string Key(ActionReminder r) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{r.ActionId}/{r.Due:yyyy-MM-dd}/{r.Step}");

    public static bool TryParse(string key, [MaybeNullWhen(false)] out ActionReminder reminder)
    {
        reminder = null;
        if (CampaignKey.Segments(key, Prefix) is not [{ Length: > 0 } id, var day, var step] || !ActionKey.TryDay(day, out var due)
            || !int.TryParse(step, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return false;
        reminder = new ActionReminder(id, due, n);
        return true;
    }

    /// Still open, not waiting for more time, and still due that day; otherwise nothing.
    public async Task<Activity?> MessageAsync(ActionReminder r, Member member, CancellationToken ct) =>
        await messages.LoadAsync(r.ActionId, ct) is ({ Action: { Status: ActionStatus.Open } action } view, var book) && action.Due == r.Due
            ? ProactiveMessage.Card(ActionCards.Reminder(view, book, messages.Today, ActionMessages.In(member)))
            : null;

    public MailNoticeKind? MailNotice => MailNoticeKind.OfficeMessage;
}

/// An owner marked the action done, to each office member: "action-done/{action id}".
public sealed class ActionDoneCampaign(ActionMessages messages) : ICampaign<string>
{
    public static string Prefix => "action-done/";

    public static string Key(string actionId) => Prefix + actionId;

    public static bool TryParse(string key, [MaybeNullWhen(false)] out string actionId) => (actionId = CampaignKey.Rest(key, Prefix)) is not null;

    public async Task<Activity?> MessageAsync(string actionId, Member member, CancellationToken ct) =>
        await messages.LoadAsync(actionId, ct) is ({ Action.Status: ActionStatus.Done } view, var book)
            ? ProactiveMessage.Card(ActionCards.DoneNotice(view, book, ActionMessages.In(member)))
            : null;
}

/// An owner's request for more time, to each office member: "action-more-time/{action id}/1", by request number.
public sealed class ActionMoreTimeCampaign(ActionMessages messages) : ICampaign<ActionMoreTimeCampaign.Subject>
{
    public sealed record Subject(string ActionId, int Request);

    public static string Prefix => "action-more-time/";

    public static string Key(Subject s) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{s.ActionId}/{s.Request}");

    public static bool TryParse(string key, [MaybeNullWhen(false)] out Subject subject) => ActionKey.TryRequest(key, Prefix, out subject);

    /// While the request waits for the office's answer.
    public async Task<Activity?> MessageAsync(Subject s, Member member, CancellationToken ct) =>
        await messages.LoadAsync(s.ActionId, ct) is ({ Action.PendingExtension: { } request } view, var book) && request.Number == s.Request
            ? ProactiveMessage.Card(ActionCards.MoreTimeNotice(view, request, book, messages.Today, ActionMessages.In(member)))
            : null;
}

/// The office's answer to a request for more time, to the owners: "action-answer/{action id}/1", by request number.
public sealed class ActionAnswerCampaign(ActionMessages messages) : ICampaign<ActionMoreTimeCampaign.Subject>
{
    public static string Prefix => "action-answer/";

    public static string Key(ActionMoreTimeCampaign.Subject s) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{s.ActionId}/{s.Request}");

    public static bool TryParse(string key, [MaybeNullWhen(false)] out ActionMoreTimeCampaign.Subject subject) => ActionKey.TryRequest(key, Prefix, out subject);

    public async Task<Activity?> MessageAsync(ActionMoreTimeCampaign.Subject s, Member member, CancellationToken ct)
    {
        if (await messages.LoadAsync(s.ActionId, ct) is not ({ } view, var book)) return null;
        var request = view.Action.Extensions.FirstOrDefault(e => e.Number == s.Request);
        return request?.Decision is null ? null : ProactiveMessage.Card(ActionCards.Answer(view, request, book, ActionMessages.In(member)));
    }

    public MailNoticeKind? MailNotice => MailNoticeKind.OfficeMessage;
}

static class ActionKey
{
    public static bool TryDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    public static bool TryRequest(string key, string prefix, [MaybeNullWhen(false)] out ActionMoreTimeCampaign.Subject subject)
    {
        subject = null;
        if (CampaignKey.Segments(key, prefix) is not [{ Length: > 0 } id, var number]
            || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1) return false;
        subject = new ActionMoreTimeCampaign.Subject(id, n);
        return true;
    }
}
