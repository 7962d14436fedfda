using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// The agenda (working methods 4.4): invitees suggest items until the suggestion deadline; the office accepts, merges
/// or declines each (the proposer is told once), and issues revised agendas sent to every invitee with what changed.
public static class AgendaRoutes
{
    public static void Map(TurnRouter routes)
    {
        Task<InvokeResponse> Decide(TurnContext turn, Member office, MeetingSuggestion proposed, SuggestionStatus decision, CancellationToken ct) =>
            DecideAsync(turn, office, proposed, decision, turn.Get<IMeetingStore>(), turn.Get<MeetingViews>(), turn.Get<MeetingOutbox>(),
                turn.Get<NetworkCalendar>(), MeetingRoutes.Settings(turn), turn.Get<IAuditLog>(), ct);

        routes
            .OnExecute(MeetingRoutes.Suggest, MeetingRoutes.Invited, (turn, _, meeting, _) => Task.FromResult(InvokeResponse.Card(
                MeetingCards.SuggestForm(meeting, "", "", turn.Language, [], MeetingRoutes.Settings(turn), turn.Language))))
            .OnExecute(MeetingRoutes.Suggested, MeetingRoutes.Invited, (turn, member, meeting, ct) => SuggestedAsync(turn, member, meeting,
                turn.Get<IMeetingStore>(), turn.Get<MeetingViews>(), turn.Get<NetworkCalendar>(), MeetingRoutes.Settings(turn), turn.Get<IAuditLog>(), ct))
            .OnExecute(MeetingRoutes.Accept, MeetingRoutes.OfficeSuggestion, (turn, office, proposed, ct) => Decide(turn, office, proposed, SuggestionStatus.Accepted, ct))
            .OnExecute(MeetingRoutes.Merge, MeetingRoutes.OfficeSuggestion, (turn, office, proposed, ct) => Decide(turn, office, proposed, SuggestionStatus.Merged, ct))
            .OnExecute(MeetingRoutes.Decline, MeetingRoutes.OfficeSuggestion, (turn, office, proposed, ct) => Decide(turn, office, proposed, SuggestionStatus.Declined, ct))
            .OnExecute(MeetingRoutes.Revise, MeetingRoutes.OfficeMeeting, (turn, _, meeting, ct) =>
                ReviseAsync(turn, meeting, turn.Get<IMeetingStore>(), MeetingRoutes.Settings(turn), ct))
            .OnExecute(MeetingRoutes.Revised, MeetingRoutes.OfficeMeeting, (turn, office, meeting, ct) => RevisedAsync(turn, office, meeting,
                turn.Get<IMeetingStore>(), turn.Get<MeetingOutbox>(), turn.Get<AgendaFileLinks>(), turn.Get<NetworkCalendar>(), MeetingRoutes.Settings(turn),
                turn.Get<IAuditLog>(), ct))
            .OnExecute(MeetingRoutes.AgendaFile, MeetingRoutes.OfficeMeeting, (turn, office, meeting, ct) =>
                AgendaFileAsync(turn, office, meeting, turn.Get<MeetingFileStore>(), turn.Get<NetworkCalendar>(), turn.Get<IAuditLog>(), ct));
    }

    /// Takes a member's agenda suggestion until the suggestion deadline; the office sees it in the meeting's status.
    internal static async Task<InvokeResponse> SuggestedAsync(TurnContext turn, Member member, Meeting meeting, IMeetingStore meetings, MeetingViews views,
        NetworkCalendar calendar, MeetingSettings settings, IAuditLog audit, CancellationToken ct)
    {
        var language = turn.Language;
        var title = turn.Data(MeetingCards.SuggestionTitleKey) ?? "";
        var text = turn.Data(MeetingCards.SuggestionExplanationKey) ?? "";
        var written = Languages.Parse(turn.Data(MeetingCards.SuggestionLanguageKey)) ?? language;
        InvokeResponse Again(string problem) => InvokeResponse.Card(MeetingCards.SuggestForm(meeting, title, text, written, [problem], settings, language));
        var suggested = AgendaSuggestions.Suggest(member, meeting, title, text, written, calendar.Today, calendar.Days, settings);
        if (!suggested.IsAccepted) return Again(MeetingTexts.Describe(suggested.Refusal!.Value, language));
        if (await meetings.SaveSuggestionAsync(suggested.Value!, ct) is not SaveResult.Saved) return Again(MeetingTexts.NotSaved.In(language));

        await MeetingRoutes.AuditAsync(audit, calendar, member, "meeting.suggested", meeting.Id, ct);
        // Back to the member's convocation (their answer and calendar button), with the news on top.
        return InvokeResponse.Card(await views.ConvocationAsync(member, meeting, MeetingTexts.SuggestionSent.In(language), [], language, ct));
    }

    /// Accepts, merges (into an item of the current agenda) or declines a suggestion; the proposer is told once (a
    /// delivery row per decision). A suggestion decided already shows the status as it is.
    internal static async Task<InvokeResponse> DecideAsync(TurnContext turn, Member office, MeetingSuggestion proposed, SuggestionStatus decision,
        IMeetingStore meetings, MeetingViews views, MeetingOutbox outbox, NetworkCalendar calendar, MeetingSettings settings, IAuditLog audit, CancellationToken ct)
    {
        var (meeting, suggestion) = proposed;
        async Task<InvokeResponse> StatusAsync() => InvokeResponse.Card(await views.StatusAsync(meeting, turn.Activity.From?.Id ?? "", turn.Language, ct));
        if (suggestion.Status != SuggestionStatus.Pending) return await StatusAsync();

        var decided = decision switch
        {
            SuggestionStatus.Accepted => AgendaSuggestions.Accept(office, meeting, suggestion, calendar.Today),
            SuggestionStatus.Merged => AgendaSuggestions.Merge(office, meeting, suggestion, turn.Data(MeetingCards.MergeIntoKey + suggestion.Id) ?? "", calendar.Today),
            _ => AgendaSuggestions.Decline(office, meeting, suggestion, turn.Data(MeetingCards.ReasonKey + suggestion.Id), calendar.Today, settings),
        };
        if (!decided.IsAccepted) return InvokeResponse.Message(MeetingTexts.Describe(decided.Refusal!.Value, turn.Language));
        if (await meetings.SaveSuggestionAsync(decided.Value!, ct) is SaveResult.Saved)
        {
            await outbox.DecisionAsync(decided.Value!, ct);
            await MeetingRoutes.AuditAsync(audit, calendar, office, $"meeting.suggestion.{decision.ToString().ToLowerInvariant()}", meeting.Id, ct);
        }
        return await StatusAsync();
    }

    /// The revision form: the current agenda, with accepted suggestions not yet on it appended.
    internal static async Task<InvokeResponse> ReviseAsync(TurnContext turn, Meeting meeting, IMeetingStore meetings, MeetingSettings settings, CancellationToken ct)
    {
        var current = meeting.CurrentAgenda.Items.ToList();
        var accepted = (await meetings.ListSuggestionsAsync(meeting.Id, ct)).Where(x => x.Status == SuggestionStatus.Accepted)
            .Select(AgendaSuggestions.ItemFor).Where(i => current.All(c => c.Id != i.Id));
        var items = current.Concat(accepted).ToList();
        var form = MeetingForm.Of(meeting) with { Items = [.. items.Select(MeetingForm.LineOf)], Slots = Math.Max(MeetingForm.FirstSlots, items.Count + 1) };
        return InvokeResponse.Card(MeetingCards.ReviseForm(meeting, form, [], settings, turn.Language));
    }

    /// The current agenda as a Word document in the annex layout, with a link for the office's own chat only.
    internal static async Task<InvokeResponse> AgendaFileAsync(TurnContext turn, Member office, Meeting meeting, MeetingFileStore files,
        NetworkCalendar calendar, IAuditLog audit, CancellationToken ct)
    {
        var url = await files.AgendaLinkAsync(meeting, office, turn.Language, ct);
        await MeetingRoutes.AuditAsync(audit, calendar, office, "meeting.agenda.exported", meeting.Id, ct);
        return await PersonalChat.AnswerAsync(turn, MeetingCards.AgendaLink(meeting, url, turn.Language), TurnTexts.LinksSentToChat, TurnTexts.OpenPersonalChat, ct);
    }

    /// Issues the revised agenda: a new version with what changed, sent once to every invitee.
    internal static async Task<InvokeResponse> RevisedAsync(TurnContext turn, Member office, Meeting meeting, IMeetingStore meetings, MeetingOutbox outbox,
        AgendaFileLinks links, NetworkCalendar calendar, MeetingSettings settings, IAuditLog audit, CancellationToken ct)
    {
        var language = turn.Language;
        // A form sent before items had details carries none: the current agenda's stay.
        var form = MeetingForm.From(turn.ActionData, calendar.Zone.Id).WithStoredDetails(meeting.CurrentAgenda.Items);
        InvokeResponse Again(IReadOnlyList<string> problems) => InvokeResponse.Card(MeetingCards.ReviseForm(meeting, form, problems, settings, language));
        if (turn.Data(MeetingForm.VersionKey) is { } version && version != meeting.Version) return Again([MeetingTexts.ChangedMeanwhile.In(language)]);
        var revised = AgendaRevision.Issue(office, meeting, form.AgendaItems(), calendar.Today, settings);
        if (!revised.IsAccepted)
            return Again(revised.Refusal == MeetingRefusal.Invalid
                ? [.. MeetingValidation.AgendaProblems(form.AgendaItems(), meeting, settings).Select(i => MeetingTexts.Describe(i, language))]
                : [MeetingTexts.Describe(revised.Refusal!.Value, language)]);
        var issued = revised.Value!;
        if (await meetings.SaveAsync(issued, ct) is not SaveResult.Saved) return Again([MeetingTexts.ChangedMeanwhile.In(language)]);

        var line = await outbox.RevisedAgendaAsync(issued, language, ct);
        await MeetingRoutes.AuditAsync(audit, calendar, office, "meeting.agenda.revised", issued.Id, ct);
        return InvokeResponse.Card(MeetingCards.Revised(issued, language, line, links.For(issued, office)));
    }
}
