using System.Text.Json.Nodes;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Outcomes;

// The follow-up on the next plenary's draft agenda: the office sees, for each plenary being prepared, the item
// "Follow-up to the previous meeting" as it would read today (FollowUpAgenda), and puts it on that draft agenda. The
// item keeps one id per previous meeting, so putting it there again brings its title up to date instead of adding a
// second one. Only a draft's agenda changes this way: a convened meeting's agenda is revised, and announced, from the
// meeting itself.
public static partial class ActionRoutes
{
    static async Task<JsonObject> AgendaCardAsync(TurnContext turn, ActionSteps s, string? notice, CancellationToken ct)
    {
        var meetings = await s.Meetings.ListAsync(ct);
        var actions = await s.Outcomes.ListActionsAsync(null, ct);
        var book = await s.BookAsync(ct);
        var drafts = meetings.Where(IsDraftPlenary).OrderBy(m => m.OpeningDay)
            .Select(d => new AgendaChoice(d, FollowUpAgenda.Previous(d, meetings) is { } previous
                ? FollowUpAgenda.Item(previous, actions, book.Name, s.Calendar.Today) : null))
            .ToList();
        return ActionCards.Agenda(drafts, turn.Language, notice);
    }

    /// Puts the item on the draft plenary the card names, or brings it up to date there.
    internal static async Task<InvokeResponse> PutOnAgendaAsync(TurnContext turn, Member office, ActionSteps s, CancellationToken ct)
    {
        var language = turn.Language;
        if (turn.Data(ActionForm.DraftKey) is not { Length: > 0 } id || await s.Meetings.GetAsync(id, ct) is not { } draft)
            return InvokeResponse.Message(ActionTexts.MeetingNotFound.In(language));
        if (!IsDraftPlenary(draft)) return InvokeResponse.Message(ActionTexts.MeetingNotDraft.In(language));
        if (FollowUpAgenda.Previous(draft, await s.Meetings.ListAsync(ct)) is not { } previous) return InvokeResponse.Message(ActionTexts.NoPrevious.In(language));
        var item = FollowUpAgenda.Item(previous, await s.Outcomes.ListActionsAsync(previous.Id, ct), (await s.BookAsync(ct)).Name, s.Calendar.Today);

        var agenda = draft.CurrentAgenda;
        var there = agenda.Items.Any(i => i.Id == item.AgendaItemId);
        if (!there && agenda.Items.Count >= MeetingSettings.Default.MaxAgendaItems) return InvokeResponse.Message(ActionTexts.AgendaFull.In(language));
        IReadOnlyList<AgendaItem> items = there
            ? [.. agenda.Items.Select(i => i.Id == item.AgendaItemId ? i with { Title = item.Title } : i)]
            : [.. agenda.Items, new AgendaItem(item.AgendaItemId, item.Title)];
        var changed = draft with { AgendaVersions = [.. draft.AgendaVersions.SkipLast(1), agenda with { Items = items }] };
        if (await s.Meetings.SaveAsync(changed, ct) is not SaveResult.Saved) return InvokeResponse.Message(ActionTexts.ChangedMeanwhile.In(language));
        await s.AuditAsync(office, "action.follow-up.on-agenda", "meeting", draft.Id, ct);
        LogOnAgenda(Log(turn), draft.Id, previous.Id);
        return InvokeResponse.Card(await AgendaCardAsync(turn, s, (there ? ActionTexts.OnAgendaUpdated : ActionTexts.OnAgenda).In(language), ct));
    }

    static bool IsDraftPlenary(Meeting m) => m is { Status: MeetingStatus.Draft, Kind: MeetingKind.Plenary };

    [LoggerMessage(LogLevel.Information, "Follow-up of meeting {PreviousId} put on the draft agenda of meeting {MeetingId}")]
    static partial void LogOnAgenda(ILogger logger, string meetingId, string previousId);
}
