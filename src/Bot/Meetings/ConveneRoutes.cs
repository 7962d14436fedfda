using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// Convening (working methods 4.1–4.2): the list of meetings; the office drafts a meeting and sees the 30-working-day
/// rule, convenes it, moves or cancels it, adds external participants and draws up the list of participants.
public static class ConveneRoutes
{
    public static void Map(TurnRouter routes) => routes
        .OnCommand(MeetingTexts.Command, MeetingTexts.CommandDescription, Guard.AnyMember,
            (turn, member, ct) => ListCommandAsync(turn, member, turn.Get<MeetingViews>(), ct))
        .OnCommand(MeetingTexts.NewCommand, MeetingTexts.NewCommandDescription, MeetingRoutes.OfficeOnly,
            (turn, _, ct) => NewCommandAsync(turn, turn.Get<IMemberDirectory>(), turn.Get<MeetingGroups>(), MeetingRoutes.Settings(turn), turn.Get<NetworkCalendar>(), ct))
        .OnExecute(MeetingRoutes.List, Guard.AnyMember,
            async (turn, member, ct) => InvokeResponse.Card(await turn.Get<MeetingViews>().ListAsync(member, turn.Language, ct)))
        .OnExecute(MeetingRoutes.New, MeetingRoutes.OfficeOnly,
            (turn, _, ct) => FormAsync(turn, fresh: true, turn.Get<IMemberDirectory>(), turn.Get<MeetingGroups>(), MeetingRoutes.Settings(turn), turn.Get<NetworkCalendar>(), ct))
        .OnExecute(MeetingRoutes.Form, MeetingRoutes.OfficeOnly,
            (turn, _, ct) => FormAsync(turn, fresh: false, turn.Get<IMemberDirectory>(), turn.Get<MeetingGroups>(), MeetingRoutes.Settings(turn), turn.Get<NetworkCalendar>(), ct))
        .OnExecute(MeetingRoutes.Save, MeetingRoutes.OfficeOnly, (turn, office, ct) => SaveAsync(turn, office, turn.Get<IMeetingStore>(),
            turn.Get<IMemberDirectory>(), turn.Get<MeetingGroups>(), turn.Get<MeetingViews>(), turn.Get<NetworkCalendar>(), MeetingRoutes.Settings(turn), turn.Get<IAuditLog>(), ct))
        .OnExecute(MeetingRoutes.Edit, MeetingRoutes.OfficeMeeting, (turn, _, meeting, ct) =>
            EditAsync(turn, meeting, turn.Get<IMemberDirectory>(), turn.Get<MeetingGroups>(), turn.Get<MeetingViews>(), MeetingRoutes.Settings(turn), ct))
        .OnExecute(MeetingRoutes.Convene, MeetingRoutes.OfficeMeeting, (turn, office, meeting, ct) => ConveneAsync(turn, office, meeting,
            turn.Get<IMeetingStore>(), turn.Get<IMemberDirectory>(), turn.Get<MeetingGroups>(), turn.Get<MeetingViews>(), turn.Get<MeetingOutbox>(), turn.Get<NetworkCalendar>(),
            MeetingRoutes.Settings(turn), turn.Get<IAuditLog>(), ct))
        .OnExecute(MeetingRoutes.Cancel, MeetingRoutes.OfficeMeeting, (turn, office, meeting, ct) => CancelAsync(turn, office, meeting,
            turn.Get<IMeetingStore>(), turn.Get<MeetingViews>(), turn.Get<MeetingOutbox>(), turn.Get<NetworkCalendar>(), turn.Get<IAuditLog>(), ct))
        .OnExecute(MeetingRoutes.Move, MeetingRoutes.OfficeMeeting, (turn, _, meeting, _) =>
            Task.FromResult(InvokeResponse.Card(MeetingCards.MoveForm(meeting, MeetingForm.Of(meeting), [], MeetingRoutes.Settings(turn), turn.Language))))
        .OnExecute(MeetingRoutes.Moved, MeetingRoutes.OfficeMeeting, (turn, office, meeting, ct) => MovedAsync(turn, office, meeting,
            turn.Get<IMeetingStore>(), turn.Get<MeetingOutbox>(), turn.Get<NetworkCalendar>(), MeetingRoutes.Settings(turn), turn.Get<IAuditLog>(), ct))
        .OnExecute(MeetingRoutes.External, MeetingRoutes.OfficeMeeting, (turn, _, meeting, _) =>
            Task.FromResult(InvokeResponse.Card(MeetingCards.ExternalForm(meeting, null, [], turn.Language))))
        .OnExecute(MeetingRoutes.ExternalAdded, MeetingRoutes.OfficeMeeting, (turn, office, meeting, ct) =>
            ExternalAddedAsync(turn, office, meeting, turn.Get<IMeetingStore>(), turn.Get<NetworkCalendar>(), turn.Get<IAuditLog>(), ct))
        .OnExecute(MeetingRoutes.Participants, MeetingRoutes.OfficeMeeting, (turn, office, meeting, ct) =>
            ParticipantsAsync(turn, office, meeting, turn.Get<MeetingFileStore>(), turn.Get<NetworkCalendar>(), turn.Get<IAuditLog>(), ct));

    internal static async Task ListCommandAsync(TurnContext turn, Member member, MeetingViews views, CancellationToken ct) =>
        await turn.SendCardAsync(await views.ListAsync(member, turn.Language, ct), ct);

    internal static async Task NewCommandAsync(TurnContext turn, IMemberDirectory members, MeetingGroups groups, MeetingSettings settings, NetworkCalendar calendar,
        CancellationToken ct) =>
        // A meeting drafted in a channel would show the office's draft to everyone there.
        await PersonalChat.ReplyAsync(turn,
            MeetingCards.Form(MeetingForm.New(calendar.Zone.Id), await members.ListAsync(ct), await groups.ActiveAsync(ct), [], settings, turn.Language),
            TurnTexts.DraftInPersonalChat, TurnTexts.OpenPersonalChatToDraft, ct);

    /// The empty form, or ("Add an agenda item") the same form with one more item field; nothing saved.
    internal static async Task<InvokeResponse> FormAsync(TurnContext turn, bool fresh, IMemberDirectory members, MeetingGroups groups,
        MeetingSettings settings, NetworkCalendar calendar, CancellationToken ct)
    {
        var form = fresh ? MeetingForm.New(calendar.Zone.Id) : MeetingForm.From(turn.ActionData, calendar.Zone.Id);
        return InvokeResponse.Card(MeetingCards.Form(form, await members.ListAsync(ct), await groups.ActiveAsync(ct), [], settings, turn.Language));
    }

    /// Saves the draft as typed (a half-written draft is fine) and shows it with its problems and the convocation
    /// rule; unreadable days, or a thematic group the network has not created, send the form back unsaved.
    internal static async Task<InvokeResponse> SaveAsync(TurnContext turn, Member office, IMeetingStore meetings, IMemberDirectory members,
        MeetingGroups groups, MeetingViews views, NetworkCalendar calendar, MeetingSettings settings, IAuditLog audit, CancellationToken ct)
    {
        var language = turn.Language;
        var typed = MeetingForm.From(turn.ActionData, calendar.Zone.Id);
        var current = await meetings.GetAsync(typed.Id, ct);
        // A form sent before items had details carries none: the draft's stay.
        var form = typed.WithStoredDetails(current?.CurrentAgenda.Items);
        async Task<InvokeResponse> Again(Text problem) =>
            InvokeResponse.Card(MeetingCards.Form(form, await members.ListAsync(ct), await groups.ActiveAsync(ct), [problem.In(language)], settings, language));
        if (form.ToMeeting() is not { } edited) return await Again(MeetingTexts.DaysMissing);
        if ((await groups.OfAsync(edited.Audience, ct)).Unavailable) return await Again(MeetingTexts.GroupUnavailable);

        var drafted = MeetingWorkflow.Draft(office, current, edited, calendar.Today);
        if (!drafted.IsAccepted) return InvokeResponse.Message(MeetingTexts.Describe(drafted.Refusal!.Value, language));
        var draft = drafted.Value!;
        if (current is not null && form.Version != current.Version)
            return InvokeResponse.Card(await views.DraftAsync(current, office, MeetingTexts.ChangedMeanwhile.In(language), language, ct));

        if (await meetings.SaveAsync(draft, ct) is not SaveResult.Saved saved)
        {
            var now = await meetings.GetAsync(form.Id, ct);
            return now is null
                ? InvokeResponse.Message(MeetingTexts.NotFound.In(language))
                : InvokeResponse.Card(await views.DraftAsync(now, office, MeetingTexts.ChangedMeanwhile.In(language), language, ct));
        }
        if (current is null) await MeetingRoutes.AuditAsync(audit, calendar, office, "meeting.drafted", draft.Id, ct);
        return InvokeResponse.Card(await views.DraftAsync(draft with { Version = saved.Version }, office, null, language, ct));
    }

    /// A draft opens in the form; a meeting convened since shows its status instead.
    internal static async Task<InvokeResponse> EditAsync(TurnContext turn, Meeting meeting, IMemberDirectory members, MeetingGroups groups,
        MeetingViews views, MeetingSettings settings, CancellationToken ct) =>
        InvokeResponse.Card(meeting.Status != MeetingStatus.Draft
            ? await views.StatusAsync(meeting, turn.Activity.From?.Id ?? "", turn.Language, ct)
            : MeetingCards.Form(MeetingForm.Of(meeting), await members.ListAsync(ct), await groups.ActiveAsync(ct), [], settings, turn.Language));

    /// Convenes the previewed draft: checked again today (a plenary past its latest day needs the reason typed on the
    /// card), saved as convened with its invitees fixed, then queued for each invitee and the channel. A second click
    /// finds it convened and changes nothing. A thematic group's session goes to the group's members as they are now,
    /// and is refused when the group is no longer active.
    internal static async Task<InvokeResponse> ConveneAsync(TurnContext turn, Member office, Meeting meeting, IMeetingStore meetings,
        IMemberDirectory members, MeetingGroups groups, MeetingViews views, MeetingOutbox outbox, NetworkCalendar calendar, MeetingSettings settings, IAuditLog audit,
        CancellationToken ct)
    {
        var language = turn.Language;
        if (meeting.Status == MeetingStatus.Convened) return InvokeResponse.Card(await views.StatusAsync(meeting, turn.Activity.From?.Id ?? "", language, ct));
        if (turn.Data(MeetingForm.VersionKey) is { } version && version != meeting.Version)
            return InvokeResponse.Card(await views.DraftAsync(meeting, office, MeetingTexts.ChangedMeanwhile.In(language), language, ct));

        var reason = turn.Data(MeetingForm.LateReasonKey);
        var group = await groups.OfAsync(meeting.Audience, ct);
        if (group.Unavailable) return InvokeResponse.Card(await views.DraftAsync(meeting, office, null, language, ct));   // the draft lists the problem
        var convened = Convocation.Convene(office, meeting, await members.ListAsync(ct), group.MemberIds, reason, calendar.Today, calendar.Days, settings);
        if (!convened.IsAccepted)
            return InvokeResponse.Card(await views.DraftAsync(meeting, office, null, language, ct, [MeetingTexts.Describe(convened.Refusal!.Value, language)]));
        var sent = convened.Value!;
        if (await meetings.SaveAsync(sent, ct) is not SaveResult.Saved)
            return InvokeResponse.Card(await views.DraftAsync(await meetings.GetAsync(meeting.Id, ct) ?? meeting, office, MeetingTexts.ChangedMeanwhile.In(language), language, ct));

        var channel = await outbox.ConvocationAsync(sent, language, ct);
        await MeetingRoutes.AuditAsync(audit, calendar, office, sent.LateReason is null ? "meeting.convened" : "meeting.convened.late", sent.Id, ct);
        return InvokeResponse.Card(MeetingCards.Notice(MeetingTexts.ConvenedTitle.In(language),
            $"{MeetingTexts.ConvenedBody.Format(language, sent.InviteeIds.Count)} {channel}".TrimEnd(), language));
    }

    /// Cancels the meeting; everyone invited gets one notice with the calendar cancellation.
    internal static async Task<InvokeResponse> CancelAsync(TurnContext turn, Member office, Meeting meeting, IMeetingStore meetings, MeetingViews views,
        MeetingOutbox outbox, NetworkCalendar calendar, IAuditLog audit, CancellationToken ct)
    {
        var language = turn.Language;
        var cancelled = MeetingWorkflow.Cancel(office, meeting, calendar.Today);
        if (!cancelled.IsAccepted) return InvokeResponse.Message(MeetingTexts.Describe(cancelled.Refusal!.Value, language));
        var title = MeetingTexts.CancelledTitle.In(language);
        if (cancelled.Value == meeting) return InvokeResponse.Card(MeetingCards.Notice(title, MeetingTexts.CancelledOffice.In(language), language));
        if (await meetings.SaveAsync(cancelled.Value!, ct) is not SaveResult.Saved)
            return InvokeResponse.Card(await views.StatusAsync(await meetings.GetAsync(meeting.Id, ct) ?? meeting, turn.Activity.From?.Id ?? "", language, ct));

        var line = await outbox.NoticeAsync(cancelled.Value!, language, ct);
        await MeetingRoutes.AuditAsync(audit, calendar, office, "meeting.cancelled", meeting.Id, ct);
        return InvokeResponse.Card(MeetingCards.Notice(title, $"{MeetingTexts.CancelledOffice.In(language)} {line}".TrimEnd(), language));
    }

    /// Moves the meeting (days, times, place, link); the calendar sequence goes up and everyone invited gets one notice
    /// with an updated calendar file. Moving a plenary's opening to within the notice period needs a reason.
    internal static async Task<InvokeResponse> MovedAsync(TurnContext turn, Member office, Meeting meeting, IMeetingStore meetings, MeetingOutbox outbox,
        NetworkCalendar calendar, MeetingSettings settings, IAuditLog audit, CancellationToken ct)
    {
        var language = turn.Language;
        var form = MoveForm(meeting, MeetingForm.From(turn.ActionData, calendar.Zone.Id));
        InvokeResponse Again(IReadOnlyList<string> problems) => InvokeResponse.Card(MeetingCards.MoveForm(meeting, form, problems, settings, language));
        if (turn.Data(MeetingForm.VersionKey) is { } version && version != meeting.Version) return Again([MeetingTexts.ChangedMeanwhile.In(language)]);
        if (form.ToMeeting() is not { } edited) return Again([MeetingTexts.DaysMissing.In(language)]);

        var moved = MeetingWorkflow.Move(office, meeting, edited, turn.Data(MeetingForm.LateReasonKey), calendar.Today, calendar.Days, settings);
        if (!moved.IsAccepted)
            return Again(moved.Refusal == MeetingRefusal.Invalid
                ? [.. MeetingValidation.Problems(MovedTo(meeting, edited), calendar.Today, settings).Select(i => MeetingTexts.Describe(i, language))]
                : [MeetingTexts.Describe(moved.Refusal!.Value, language)]);
        if (await meetings.SaveAsync(moved.Value!, ct) is not SaveResult.Saved) return Again([MeetingTexts.ChangedMeanwhile.In(language)]);

        var line = await outbox.NoticeAsync(moved.Value!, language, ct);
        await MeetingRoutes.AuditAsync(audit, calendar, office, moved.Value!.LateReason != meeting.LateReason ? "meeting.moved.late" : "meeting.moved", meeting.Id, ct);
        return InvokeResponse.Card(MeetingCards.Notice(MeetingTexts.MoveTitle.In(language), $"{MeetingTexts.MovedOffice.In(language)} {line}".TrimEnd(), language));
    }

    /// The meeting's form with what a move may change taken from the typed one: days, times, zone, place and link.
    static MeetingForm MoveForm(Meeting meeting, MeetingForm typed) => MeetingForm.Of(meeting) with
    {
        Opening = typed.Opening, Closing = typed.Closing, Starts = typed.Starts, Ends = typed.Ends, TimeZone = typed.TimeZone, Place = typed.Place, Link = typed.Link,
    };

    /// The meeting as the move would leave it, to list its problems.
    static Meeting MovedTo(Meeting meeting, Meeting edited) => meeting with
    {
        OpeningDay = edited.OpeningDay, ClosingDay = edited.ClosingDay, StartsAt = edited.StartsAt, EndsAt = edited.EndsAt,
        TimeZoneId = edited.TimeZoneId, Place = edited.Place, OnlineLink = edited.OnlineLink,
    };

    /// Adds an external participant to a thematic session open to them; they receive nothing from the bot.
    internal static async Task<InvokeResponse> ExternalAddedAsync(TurnContext turn, Member office, Meeting meeting, IMeetingStore meetings,
        NetworkCalendar calendar, IAuditLog audit, CancellationToken ct)
    {
        var language = turn.Language;
        var typed = new ExternalParticipant
        {
            MeetingId = meeting.Id, Name = turn.Data(MeetingCards.ExternalNameKey) ?? "", Title = turn.Data(MeetingCards.ExternalTitleKey),
            Organisation = turn.Data(MeetingCards.ExternalOrganisationKey), Country = turn.Data(MeetingCards.ExternalCountryKey), Email = turn.Data(MeetingCards.ExternalEmailKey),
        };
        var entered = ExternalParticipants.Enter(office, meeting, typed, calendar.Today);
        if (!entered.IsAccepted)
            return InvokeResponse.Card(MeetingCards.ExternalForm(meeting, typed, [MeetingTexts.Describe(entered.Refusal!.Value, language)], language));
        if (await meetings.SaveExternalAsync(entered.Value!, ct) is not SaveResult.Saved)
            return InvokeResponse.Card(MeetingCards.ExternalForm(meeting, typed, [MeetingTexts.NotSaved.In(language)], language));
        await MeetingRoutes.AuditAsync(audit, calendar, office, "meeting.external.added", meeting.Id, ct);
        return InvokeResponse.Card(MeetingCards.Notice(MeetingTexts.ExternalTitle.In(language),
            MeetingTexts.ExternalAdded.Format(language, Cards.Card.Plain(entered.Value!.Name)), language));
    }

    /// The list of participants (or, once attendance is recorded, the participants annex) as Word and Excel, with links
    /// for the office's own chat only.
    internal static async Task<InvokeResponse> ParticipantsAsync(TurnContext turn, Member office, Meeting meeting, MeetingFileStore files,
        NetworkCalendar calendar, IAuditLog audit, CancellationToken ct)
    {
        var (count, attended, word, excel) = await files.ParticipantListsAsync(meeting, office, turn.Language, ct);
        await MeetingRoutes.AuditAsync(audit, calendar, office, "meeting.participants.exported", meeting.Id, ct);
        var card = MeetingCards.ParticipantLinks(meeting, count, word, excel, turn.Language, attended);
        return await PersonalChat.AnswerAsync(turn, card, TurnTexts.LinksSentToChat, TurnTexts.OpenPersonalChat, ct);
    }
}
