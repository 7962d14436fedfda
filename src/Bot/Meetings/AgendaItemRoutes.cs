using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// An agenda item's details, from the meeting form (a draft) or the revision form: the office opens one item's
/// time, chair, speakers and documents, and goes back to the form with them. Nothing is saved on the way: the draft
/// is saved, or the revised agenda issued, from the form as before, and both check the whole agenda again.
public static class AgendaItemRoutes
{
    public static void Map(TurnRouter routes) => routes
        .OnExecute(MeetingRoutes.Item, MeetingRoutes.OfficeOnly, (turn, office, ct) => OpenAsync(turn, office, turn.Get<IMeetingStore>(), turn.Get<IMemberDirectory>(),
            turn.Get<MeetingGroups>(), turn.Get<AgendaFileLinks>(), turn.Get<NetworkCalendar>(), MeetingRoutes.Settings(turn), ct))
        .OnExecute(MeetingRoutes.ItemDone, MeetingRoutes.OfficeOnly, (turn, office, ct) => DoneAsync(turn, office, turn.Get<IMeetingStore>(),
            turn.Get<IMemberDirectory>(), turn.Get<MeetingGroups>(), turn.Get<AgendaFileLinks>(), turn.Get<NetworkCalendar>(), MeetingRoutes.Settings(turn), ct));

    /// The form a details card came from and returns to, the meeting behind it, and the item's number.
    sealed record Origin(MeetingForm Form, string Kind, Meeting? Stored, int Number)
    {
        public bool IsRevision => Kind == MeetingForm.ReviseFormValue;

        /// Whose days the item's time is on: the convened meeting's, or the draft's as typed (null when unreadable).
        public Meeting? Schedule => IsRevision ? Stored : Form.ToMeeting();

        /// The office member's links to the item's stored files, which only a stored meeting holds.
        public FileLink? Files(AgendaFileLinks links, Member office) => Stored is { } meeting ? links.For(meeting, office) : null;
    }

    /// The chosen item's details card; a choice naming no written item shows the form again.
    internal static async Task<InvokeResponse> OpenAsync(TurnContext turn, Member office, IMeetingStore meetings, IMemberDirectory members, MeetingGroups groups,
        AgendaFileLinks links, NetworkCalendar calendar, MeetingSettings settings, CancellationToken ct)
    {
        if (await OriginAsync(turn, meetings, calendar, ct) is not { } origin) return InvokeResponse.Message(MeetingTexts.NotFound.In(turn.Language));
        if (origin.Number < 1) return await FormAsync(turn, origin, origin.Form, members, groups, settings, ct);
        var details = origin.Form.Items[origin.Number - 1].Details ?? ItemDetails.None;
        var people = await PeopleAsync(origin, details, meetings, members, turn.Language, ct);
        return InvokeResponse.Card(MeetingCards.ItemForm(origin.Form, origin.Kind, origin.Number, AgendaItemForm.Of(details), people, origin.Schedule, [], settings,
            turn.Language, origin.Files(links, office)));
    }

    /// Back to the form with the item's details as typed, or (with problems) the details card again as typed; the
    /// "back without changes" button returns the form as it was.
    internal static async Task<InvokeResponse> DoneAsync(TurnContext turn, Member office, IMeetingStore meetings, IMemberDirectory members, MeetingGroups groups,
        AgendaFileLinks links, NetworkCalendar calendar, MeetingSettings settings, CancellationToken ct)
    {
        var language = turn.Language;
        if (await OriginAsync(turn, meetings, calendar, ct) is not { } origin) return InvokeResponse.Message(MeetingTexts.NotFound.In(language));
        if (origin.Number < 1 || turn.Data(AgendaItemForm.DiscardKey) == "true") return await FormAsync(turn, origin, origin.Form, members, groups, settings, ct);

        var line = origin.Form.Items[origin.Number - 1];
        var typed = AgendaItemForm.From(turn.ActionData, settings);
        var people = await PeopleAsync(origin, line.Details ?? ItemDetails.None, meetings, members, language, ct);
        var (details, problems) = typed.Read(line.ToItem(line.Id), origin.Number, people, origin.Schedule, settings, language);
        if (details is null)
            return InvokeResponse.Card(MeetingCards.ItemForm(origin.Form, origin.Kind, origin.Number, typed, people, origin.Schedule, problems, settings, language,
                origin.Files(links, office)));

        var form = origin.Form with { Items = [.. origin.Form.Items.Select((l, i) => i == origin.Number - 1 ? l with { Details = details } : l)] };
        return await FormAsync(turn, origin, form, members, groups, settings, ct);
    }

    static async Task<Origin?> OriginAsync(TurnContext turn, IMeetingStore meetings, NetworkCalendar calendar, CancellationToken ct)
    {
        var kind = turn.Data(MeetingForm.FormKindKey) == MeetingForm.ReviseFormValue ? MeetingForm.ReviseFormValue : MeetingForm.DraftFormValue;
        var typed = MeetingForm.From(turn.ActionData, calendar.Zone.Id);
        var stored = await meetings.GetAsync(typed.Id, ct);
        if (kind == MeetingForm.ReviseFormValue && stored is null) return null;
        // A line without details on the card keeps the stored item's, as saving it would.
        var form = typed.WithStoredDetails(stored?.CurrentAgenda.Items);
        var number = int.TryParse(turn.Data(MeetingForm.DetailsItemKey), out var n) && n >= 1 && n <= form.Items.Count && !form.Items[n - 1].IsEmpty ? n : 0;
        return new Origin(form, kind, stored, number);
    }

    static async Task<AgendaPeople> PeopleAsync(Origin origin, ItemDetails current, IMeetingStore meetings, IMemberDirectory members, Language language,
        CancellationToken ct) =>
        AgendaPeople.Of(await members.ListAsync(ct), await meetings.ListExternalsAsync(origin.Form.Id, ct), current, language);

    static async Task<InvokeResponse> FormAsync(TurnContext turn, Origin origin, MeetingForm form, IMemberDirectory members, MeetingGroups groups,
        MeetingSettings settings, CancellationToken ct) =>
        InvokeResponse.Card(origin.IsRevision
            // The version the office started the revision from, so issuing it still sees a colleague's change meanwhile.
            ? MeetingCards.ReviseForm(origin.Stored! with { Version = form.Version ?? origin.Stored!.Version }, form, [], settings, turn.Language)
            : MeetingCards.Form(form, await members.ListAsync(ct), await groups.ActiveAsync(ct), [], settings, turn.Language));
}
