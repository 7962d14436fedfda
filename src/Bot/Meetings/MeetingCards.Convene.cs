using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Groups;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// Convening: the office's form and draft with the convocation rule, the move and external-participant forms, the
/// list of participants' links, the notice of a cancellation and the list of meetings.
public static partial class MeetingCards
{
    /// The office's meeting form, new or a draft, with the problems that sent it back. `groups`: the thematic groups the
    /// network created, which a thematic session may be for.
    public static JsonObject Form(MeetingForm form, IReadOnlyList<Member> everyone, IReadOnlyList<ThematicGroup> groups, IReadOnlyList<string> problems,
        MeetingSettings settings, Language language)
    {
        List<JsonNode?> body =
        [
            Card.Title((form.Version is null ? MeetingTexts.NewTitle : MeetingTexts.DraftTitle).In(language)),
            Card.Problems(MeetingTexts.FixProblems.In(language), problems),
            Card.RadioSet(MeetingForm.KindKey, MeetingTexts.KindLabel.In(language),
                [(MeetingTexts.Plenary.In(language), nameof(MeetingKind.Plenary)), (MeetingTexts.Thematic.In(language), nameof(MeetingKind.ThematicSession))], form.Kind.ToString()),
            Card.InputText(MeetingForm.TitleEnKey, MeetingTexts.TitleEnLabel.In(language), form.TitleEn, maxLength: settings.TitleMaxLength),
            Card.InputText(MeetingForm.TitleFrKey, MeetingTexts.TitleFrLabel.In(language), form.TitleFr, maxLength: settings.TitleMaxLength),
            .. WhenAndWhere(form, settings, language),
            Card.Toggle(MeetingForm.ExternalsKey, MeetingTexts.ExternalsLabel.In(language), form.Externals),
            .. AudienceInputs(form, everyone, groups, language),
            Card.TextBlock(MeetingTexts.AgendaHeading.In(language), weight: "Bolder", spacing: "Medium"),
        ];
        var data = FormData(form);
        body.AddRange(AgendaInputs(form, form.ToMeeting(), MeetingForm.DraftFormValue, data, settings, language));
        if (form.Slots < settings.MaxAgendaItems)
            body.Add(Card.ActionSet(Card.Execute(MeetingTexts.AddItem.In(language), MeetingRoutes.Form, WithValues(data, (MeetingForm.SlotsKey, Number(form.Slots + 1))))));
        return Card.New(body, [Card.Execute(MeetingTexts.SaveDraft.In(language), MeetingRoutes.Save, data, style: "positive")]);
    }

    /// Whom to invite: every focal point, the members chosen, or (when the network has groups, or the form names one) a
    /// thematic group's members. Names are the group's in the office's language.
    static IEnumerable<JsonNode?> AudienceInputs(MeetingForm form, IReadOnlyList<Member> everyone, IReadOnlyList<ThematicGroup> groups, Language language)
    {
        var byName = StringComparer.Create(Text.Culture(language), true);
        var withGroups = groups.Count > 0 || form.Audience == AudienceKind.ThematicGroup;
        List<(string, string)> audiences = [(MeetingTexts.AudienceAll.In(language), MeetingForm.AudienceAllValue), (MeetingTexts.AudienceChosen.In(language), MeetingForm.AudienceChosenValue)];
        if (withGroups) audiences.Add((MeetingTexts.AudienceGroup.In(language), MeetingForm.AudienceGroupValue));
        yield return Card.RadioSet(MeetingForm.AudienceKey, MeetingTexts.AudienceLabel.In(language), audiences, form.AudienceValue);
        yield return Card.MultiChoiceSet(MeetingForm.MembersKey, MeetingTexts.MembersLabel.In(language),
            everyone.Where(m => m.IsActive).OrderBy(m => m.DisplayName, byName).Select(m => (Label(m, language), m.Id)), form.Members);
        if (withGroups)
            yield return Card.ChoiceSet(MeetingForm.GroupKey, MeetingTexts.GroupLabel.In(language),
                groups.Select(g => (Name: g.NameIn(language), g.Id)).OrderBy(g => g.Name, byName), form.Group, placeholder: MeetingTexts.GroupPlaceholder.In(language));
    }

    /// Days, times, zone, place and link: the fields a move may change, also in the meeting form.
    static IEnumerable<JsonNode?> WhenAndWhere(MeetingForm form, MeetingSettings settings, Language language) =>
    [
        Card.InputDate(MeetingForm.OpeningKey, MeetingTexts.OpeningLabel.In(language), form.OpeningDay),
        Card.InputDate(MeetingForm.ClosingKey, MeetingTexts.ClosingLabel.In(language), form.ClosingDay),
        Card.InputTime(MeetingForm.StartsKey, MeetingTexts.StartsLabel.In(language), form.Starts),
        Card.InputTime(MeetingForm.EndsKey, MeetingTexts.EndsLabel.In(language), form.Ends),
        Card.ChoiceSet(MeetingForm.TimeZoneKey, MeetingTexts.TimeZoneLabel.In(language), MeetingForm.ZoneChoices(form.TimeZone).Select(z => (z, z)), form.TimeZone),
        Card.InputText(MeetingForm.PlaceKey, MeetingTexts.PlaceLabel.In(language), form.Place, maxLength: settings.PlaceMaxLength),
        Card.InputText(MeetingForm.LinkKey, MeetingTexts.LinkLabel.In(language), form.Link, maxLength: settings.LinkMaxLength, style: "Url"),
    ];

    /// The draft as it will go out, with the convocation rule: the latest day, or the late warning and the reason field.
    public static JsonObject Draft(Meeting meeting, int invited, ConvocationTiming timing, PlenaryYearCheck? year, IReadOnlyList<string> problems,
        string? notice, Language language, ThematicGroup? group = null, FileLink? files = null)
    {
        List<JsonNode?> body =
        [
            Card.Title(MeetingTexts.DraftTitle.In(language)),
            Card.Literal(meeting.Title.In(language), weight: "Bolder"),
            notice is null ? null : Card.TextBlock(notice, color: "Warning"),
            Card.Problems(MeetingTexts.FixProblems.In(language), problems),
            timing.IsLate
                ? Card.TextBlock((meeting.Kind == MeetingKind.Plenary ? MeetingTexts.LatePlenary : MeetingTexts.LateThematic).Format(language, timing.LatestDay), color: "Warning")
                : Card.TextBlock(MeetingTexts.LatestDay.Format(language, timing.LatestDay, timing.WorkingDaysLeft), weight: "Bolder"),
            year is { IsShort: true } ? Card.TextBlock((year.Scheduled switch
            {
                0 => MeetingTexts.PlenaryYearNone,
                1 => MeetingTexts.PlenaryYearOne,
                _ => MeetingTexts.PlenaryYear,
            }).Format(language, year.Scheduled, year.Year, year.Expected), color: "Warning") : null,
            .. Summary(meeting, language),
            Card.Facts([
                .. group is null ? [] : new[] { (MeetingTexts.GroupFact.In(language), Plain(group.NameIn(language))) },
                (MeetingTexts.InvitedFact.In(language), MeetingTexts.InvitedCount.Format(language, invited))]),
            .. Agenda(meeting, meeting.CurrentAgenda, language, files),
            timing.NeedsReason ? Card.InputText(MeetingForm.LateReasonKey, MeetingTexts.LateReasonLabel.In(language), multiline: true, maxLength: 500) : null,
        ];
        var data = new JsonObject { [MeetingForm.IdKey] = meeting.Id, [MeetingForm.VersionKey] = meeting.Version };
        return Card.New(body,
        [
            Card.Execute(MeetingTexts.ConveneButton.In(language), MeetingRoutes.Convene, data, style: "positive"),
            Card.Execute(MeetingTexts.EditButton.In(language), MeetingRoutes.Edit, data, withInputs: false),
        ]);
    }

    /// The move form: days, times, place and link only (the rest stays), with the reason field a late plenary needs.
    public static JsonObject MoveForm(Meeting meeting, MeetingForm form, IReadOnlyList<string> problems, MeetingSettings settings, Language language) => Card.New(
    [
        Card.Title(MeetingTexts.MoveTitle.In(language)),
        Card.Literal(meeting.Title.In(language), weight: "Bolder"),
        Card.TextBlock(MeetingTexts.MoveBody.In(language), subtle: true),
        Card.Problems(MeetingTexts.FixProblems.In(language), problems),
        .. WhenAndWhere(form, settings, language),
        Card.InputText(MeetingForm.LateReasonKey, MeetingTexts.LateReasonLabel.In(language), multiline: true, maxLength: settings.ReasonMaxLength),
    ],
    [Card.Execute(MeetingTexts.MoveSubmit.In(language), MeetingRoutes.Moved, new JsonObject { [MeetingForm.IdKey] = meeting.Id, [MeetingForm.VersionKey] = meeting.Version }, style: "positive")]);

    /// The form for an external participant of a thematic session open to them.
    public static JsonObject ExternalForm(Meeting meeting, ExternalParticipant? typed, IReadOnlyList<string> problems, Language language) => Card.New(
    [
        Card.Title(MeetingTexts.ExternalTitle.In(language)),
        Card.Literal(meeting.Title.In(language), weight: "Bolder"),
        Card.TextBlock(MeetingTexts.ExternalBody.In(language), subtle: true),
        Card.Problems(MeetingTexts.FixProblems.In(language), problems),
        Card.InputText(ExternalNameKey, MeetingTexts.ExternalName.In(language), typed?.Name, maxLength: 200),
        Card.InputText(ExternalTitleKey, MeetingTexts.ExternalJobTitle.In(language), typed?.Title, maxLength: 200),
        Card.InputText(ExternalOrganisationKey, MeetingTexts.ExternalOrganisation.In(language), typed?.Organisation, maxLength: 200),
        Card.InputText(ExternalCountryKey, MeetingTexts.ExternalCountry.In(language), typed?.Country, maxLength: 100),
        Card.InputText(ExternalEmailKey, MeetingTexts.ExternalEmail.In(language), typed?.Email, maxLength: 254, style: "Email"),
    ],
    [Card.Execute(MeetingTexts.ExternalSave.In(language), MeetingRoutes.ExternalAdded, new JsonObject { [MeetingForm.IdKey] = meeting.Id }, style: "positive")]);

    /// The notice of a cancellation, with the calendar file that removes the event.
    public static JsonObject Cancelled(Meeting meeting, string? calendarUrl, Language language) => Card.New(
        [Card.Title(MeetingTexts.CancelledTitle.In(language)), Card.Literal(meeting.Title.In(language), weight: "Bolder"), .. Summary(meeting, language),
         Card.TextBlock(MeetingTexts.CancelledBody.In(language))],
        calendarUrl is null ? null : [Card.OpenUrl(MeetingTexts.CalendarButton.In(language), calendarUrl)]);

    /// The office's links to the list of participants, Word and Excel: those expected, or those who attended.
    public static JsonObject ParticipantLinks(Meeting meeting, int count, string wordUrl, string excelUrl, Language language, bool attended = false) => Card.New(
        [Card.Title(MeetingTexts.ParticipantsButton.In(language)), Card.Literal(meeting.Title.In(language), weight: "Bolder"),
         Card.TextBlock((attended ? AttendanceTexts.AnnexReady : MeetingTexts.ParticipantsReady).Format(language, count))],
        [Card.OpenUrl(MeetingTexts.WordButton.In(language), wordUrl), Card.OpenUrl(MeetingTexts.ExcelButton.In(language), excelUrl)]);

    /// The meetings the caller may see, each with where it stands (for a member, their own answer).
    public static JsonObject List(IReadOnlyList<Meeting> meetings, IReadOnlyDictionary<string, Rsvp> own, Member member, Language language)
    {
        var body = new List<JsonNode?> { Card.Title(MeetingTexts.ListTitle.In(language)) };
        foreach (var m in meetings.Take(25))
        {
            var state = m.Status switch
            {
                MeetingStatus.Draft => MeetingTexts.StatusDraft.In(language),
                MeetingStatus.Cancelled => MeetingTexts.StatusCancelled.In(language),
                _ => own.TryGetValue(m.Id, out var r) ? Answered(r, language) : MeetingTexts.StatusConvened.In(language),
            };
            // The office's list doubles as the monitoring report: a plenary convened late shows when and why.
            var late = member.Role == MemberRole.Office && m is { LateReason: { } reason, ConvenedOn: { } on }
                ? Card.LabelledLiteral(MeetingTexts.LateConvened.Format(language, on), reason, subtle: true) : null;
            body.Add(Card.Container(
                [Card.Literal(m.Title.In(language), weight: "Bolder"), Card.TextBlock($"{Dates(m, language)} · {state}", subtle: true, spacing: "None"), late],
                selectAction: Card.Execute(MeetingTexts.OpenButton.In(language), MeetingRoutes.Open, new JsonObject { [MeetingForm.IdKey] = m.Id }, withInputs: false),
                separator: true));
        }
        if (body.Count == 1) body.Add(Card.TextBlock(MeetingTexts.NoMeetings.In(language)));
        return Card.New(body, member.Role == MemberRole.Office
            ? [Card.Execute(MeetingTexts.NewMeetingButton.In(language), MeetingRoutes.New), Card.Execute(FiguresTexts.Button.In(language), MeetingRoutes.Figures, withInputs: false)]
            : null);
    }

    /// A member as the form lists them: name and state.
    static string Label(Member m, Language language) =>
        m.StateCode is { } s ? $"{m.DisplayName} ({MemberStates.NameIn(s, language)})" : m.DisplayName;

    /// The form's button data: its id, version, number of item fields and the ids and details of the items it holds.
    static JsonObject FormData(MeetingForm form)
    {
        var data = new JsonObject { [MeetingForm.IdKey] = form.Id, [MeetingForm.SlotsKey] = Number(form.Slots) };
        if (form.Version is not null) data[MeetingForm.VersionKey] = form.Version;
        return form.WithLines(data);
    }
}
