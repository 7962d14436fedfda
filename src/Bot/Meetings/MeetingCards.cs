using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Deliveries;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// The cards of meetings: the office's form and draft with the convocation rule, the convocation with the RSVP,
/// agenda suggestions and revisions, the office's live status, the list, reminders and notices. What members typed is
/// shown with Card.Literal, never as Markdown.
public static class MeetingCards
{
    public const string ChoiceKey = "choice";
    public const string SubstituteNameKey = "subName";
    public const string SubstituteTitleKey = "subTitle";
    public const string SubstituteEmailKey = "subEmail";
    public const string SuggestionIdKey = "suggestion";
    public const string SuggestionTitleKey = "suggestionTitle";
    public const string SuggestionExplanationKey = "suggestionText";
    public const string SuggestionLanguageKey = "suggestionLanguage";
    public const string ReasonKey = "reason";
    public const string MergeIntoKey = "mergeInto";
    public const string ExternalNameKey = "extName";
    public const string ExternalTitleKey = "extTitle";
    public const string ExternalOrganisationKey = "extOrganisation";
    public const string ExternalCountryKey = "extCountry";
    public const string ExternalEmailKey = "extEmail";

    // The office's form and draft

    public static JsonObject Form(MeetingForm form, IReadOnlyList<Member> everyone, IReadOnlyList<string> problems, MeetingSettings settings, Language language)
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
            Card.RadioSet(MeetingForm.AudienceKey, MeetingTexts.AudienceLabel.In(language),
                [(MeetingTexts.AudienceAll.In(language), "all"), (MeetingTexts.AudienceChosen.In(language), "chosen")], form.Everyone ? "all" : "chosen"),
            Card.MultiChoiceSet(MeetingForm.MembersKey, MeetingTexts.MembersLabel.In(language),
                everyone.Where(m => m.IsActive).OrderBy(m => m.DisplayName, StringComparer.Create(Text.Culture(language), true))
                    .Select(m => (Label(m, language), m.Id)), form.Members),
            Card.TextBlock(MeetingTexts.AgendaHeading.In(language), weight: "Bolder", spacing: "Medium"),
        ];
        body.AddRange(AgendaInputs(form, settings, language));
        var data = Data(form);
        if (form.Slots < settings.MaxAgendaItems)
            body.Add(Card.ActionSet(Card.Execute(MeetingTexts.AddItem.In(language), MeetingRoutes.Form, With(data, (MeetingForm.SlotsKey, S(form.Slots + 1))))));
        return Card.New(body, [Card.Execute(MeetingTexts.SaveDraft.In(language), MeetingRoutes.Save, data, style: "positive")]);
    }

    /// Days, times, zone, place and link: the fields a move may change, also in the meeting form.
    static IEnumerable<JsonNode?> WhenAndWhere(MeetingForm form, MeetingSettings settings, Language language) =>
    [
        Card.InputDate(MeetingForm.OpeningKey, MeetingTexts.OpeningLabel.In(language), form.OpeningDay),
        Card.InputDate(MeetingForm.ClosingKey, MeetingTexts.ClosingLabel.In(language), form.ClosingDay),
        Card.InputTime(MeetingForm.StartsKey, MeetingTexts.StartsLabel.In(language), form.Starts),
        Card.InputTime(MeetingForm.EndsKey, MeetingTexts.EndsLabel.In(language), form.Ends),
        Card.ChoiceSet(MeetingForm.TimeZoneKey, MeetingTexts.TimeZoneLabel.In(language), MeetingForm.TimeZones.Select(z => (z, z)), form.TimeZone),
        Card.InputText(MeetingForm.PlaceKey, MeetingTexts.PlaceLabel.In(language), form.Place, maxLength: settings.PlaceMaxLength),
        Card.InputText(MeetingForm.LinkKey, MeetingTexts.LinkLabel.In(language), form.Link, maxLength: settings.LinkMaxLength, style: "Url"),
    ];

    static IEnumerable<JsonNode?> AgendaInputs(MeetingForm form, MeetingSettings settings, Language language)
    {
        for (var n = 1; n <= form.Slots; n++)
        {
            var (id, en, fr) = n <= form.Items.Count ? form.Items[n - 1] : ("", "", "");
            yield return Card.InputText(MeetingForm.ItemEnKey(n), MeetingTexts.ItemEnLabel.Format(language, n), en, maxLength: settings.AgendaItemMaxLength);
            yield return Card.InputText(MeetingForm.ItemFrKey(n), MeetingTexts.ItemFrLabel.Format(language, n), fr, maxLength: settings.AgendaItemMaxLength);
        }
    }

    /// The draft as it will go out, with the convocation rule: the latest day, or the late warning and the reason field.
    public static JsonObject Draft(Meeting meeting, int invited, ConvocationTiming timing, PlenaryYearCheck? year, IReadOnlyList<string> problems,
        string? notice, Language language)
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
            Card.Facts([(MeetingTexts.InvitedFact.In(language), MeetingTexts.InvitedCount.Format(language, invited))]),
            .. Agenda(meeting.CurrentAgenda, language),
            timing.NeedsReason ? Card.InputText(MeetingForm.LateReasonKey, MeetingTexts.LateReasonLabel.In(language), multiline: true, maxLength: 500) : null,
        ];
        var data = new JsonObject { [MeetingForm.IdKey] = meeting.Id, [MeetingForm.VersionKey] = meeting.Version };
        return Card.New(body,
        [
            Card.Execute(MeetingTexts.ConveneButton.In(language), MeetingRoutes.Convene, data, style: "positive"),
            Card.Execute(MeetingTexts.EditButton.In(language), MeetingRoutes.Edit, data, withInputs: false),
        ]);
    }

    public static JsonObject Notice(string title, string text, Language language) =>
        Card.New([Card.Title(title), Card.TextBlock(text)], [Card.Execute(MeetingTexts.ListTitle.In(language), MeetingRoutes.List, withInputs: false)]);

    // The convocation as received

    /// The convocation in a member's chat: what, when, where, the agenda, the answer form and the calendar link.
    /// The convocation in a member's chat. Suggestions are offered until their deadline, from `today` on (when given) only
    /// while it has not passed.
    public static JsonObject Convocation(Meeting meeting, Rsvp? answer, DateOnly cutOff, DateOnly suggestionsUntil, string? calendarUrl,
        string? notice, IReadOnlyList<string> problems, Language language, DateOnly? today = null)
    {
        var suggesting = today is not { } day || day <= suggestionsUntil;
        var choices = Rsvps.Choices(meeting).Select(c => (Choice(c, language), c.ToString()));
        List<JsonNode?> body =
        [
            Card.TextBlock(MeetingTexts.ConvocationHeading.In(language), subtle: true),
            Card.Literal(meeting.Title.In(language), weight: "Bolder"),
            notice is null ? null : Card.TextBlock(notice, color: "Good", weight: "Bolder"),
            Card.Problems(MeetingTexts.FixProblems.In(language), problems),
            .. Summary(meeting, language),
            .. Agenda(meeting.CurrentAgenda, language),
            Card.TextBlock((suggesting ? MeetingTexts.SuggestUntil : MeetingTexts.SuggestClosed).Format(language, suggestionsUntil), subtle: true),
            answer is null ? null : Card.TextBlock(MeetingTexts.AnsweredAs.Format(language, Answered(answer, language), cutOff), weight: "Bolder", spacing: "Medium"),
            Card.RadioSet(ChoiceKey, MeetingTexts.RsvpLabel.In(language), choices, answer?.Choice.ToString()),
            Card.InputText(SubstituteNameKey, MeetingTexts.SubstituteName.In(language), answer?.Substitute?.Name, maxLength: 200),
            Card.InputText(SubstituteTitleKey, MeetingTexts.SubstituteTitle.In(language), answer?.Substitute?.Title, maxLength: 200),
            Card.InputText(SubstituteEmailKey, MeetingTexts.SubstituteEmail.In(language), answer?.Substitute?.Email, maxLength: 254, style: "Email"),
        ];
        var data = new JsonObject { [MeetingForm.IdKey] = meeting.Id };
        var actions = new List<JsonNode?>
        {
            Card.Execute(MeetingTexts.AnswerButton.In(language), MeetingRoutes.Rsvp, data, style: "positive"),
        };
        if (calendarUrl is not null) actions.Add(Card.OpenUrl(MeetingTexts.CalendarButton.In(language), calendarUrl));
        if (suggesting) actions.Add(Card.Execute(MeetingTexts.SuggestButton.In(language), MeetingRoutes.Suggest, data, withInputs: false));
        return Card.New(body, actions);
    }

    public static JsonObject SuggestForm(Meeting meeting, string title, string text, Language written, IReadOnlyList<string> problems, MeetingSettings settings, Language language) => Card.New(
    [
        Card.Title(MeetingTexts.SuggestTitle.In(language)),
        Card.Literal(meeting.Title.In(language), subtle: true),
        Card.Problems(MeetingTexts.FixProblems.In(language), problems),
        Card.InputText(SuggestionTitleKey, MeetingTexts.SuggestionTitleLabel.In(language), title, maxLength: settings.SuggestionTitleMaxLength),
        Card.InputText(SuggestionExplanationKey, MeetingTexts.SuggestionExplanationLabel.In(language), text, multiline: true, maxLength: settings.SuggestionExplanationMaxLength),
        Card.RadioSet(SuggestionLanguageKey, MeetingTexts.SuggestionLanguageLabel.In(language),
            [(MeetingTexts.English.In(language), "en"), (MeetingTexts.French.In(language), "fr")], written.Code()),
    ],
    [
        Card.Execute(MeetingTexts.SendSuggestion.In(language), MeetingRoutes.Suggested, new JsonObject { [MeetingForm.IdKey] = meeting.Id }, style: "positive"),
        Card.Execute(MeetingTexts.BackToConvocation.In(language), MeetingRoutes.Open, new JsonObject { [MeetingForm.IdKey] = meeting.Id }, withInputs: false),
    ]);

    /// The office's decision, for the member who suggested the item.
    public static JsonObject Decision(Meeting meeting, AgendaSuggestion s, Language language)
    {
        var merged = s.MergedInto is { } id ? meeting.CurrentAgenda.Items.FirstOrDefault(i => i.Id == id)?.Title.In(language) ?? "" : "";
        return Card.New(
        [
            Card.Literal(meeting.Title.In(language), subtle: true),
            Card.TextBlock(s.Status switch
            {
                SuggestionStatus.Accepted => MeetingTexts.SuggestionAccepted.Format(language, Plain(s.Title)),
                SuggestionStatus.Merged => MeetingTexts.SuggestionMerged.Format(language, Plain(s.Title), Plain(merged)),
                _ => MeetingTexts.SuggestionDeclined.Format(language, Plain(s.Title)),
            }),
            s.DeclineReason is { } reason ? Card.LabelledLiteral(MeetingTexts.ReasonLabel.In(language), reason) : null,
        ]);
    }

    // The office's status

    public static JsonObject Status(Meeting meeting, RsvpSummary summary, IReadOnlyList<(Member Member, Rsvp Answer)> attending,
        IReadOnlyList<(AgendaSuggestion Suggestion, Member? Proposer)> suggestions, IReadOnlyList<ExternalParticipant> externals,
        IReadOnlyList<(string Title, ChannelPost State)> posts, TimeZoneInfo zone, DateTimeOffset at, IEnumerable<string> refreshFor, Language language)
    {
        List<JsonNode?> body =
        [
            Card.Title(MeetingTexts.StatusTitle.In(language)),
            Card.Literal(meeting.Title.In(language), weight: "Bolder"),
            .. Summary(meeting, language),
            Card.Facts(
            [
                (MeetingTexts.InPersonCount.In(language), S(summary.InPerson)),
                (MeetingTexts.OnlineCount.In(language), S(summary.Online)),
                (MeetingTexts.SubstituteCount.In(language), S(summary.Substitutes)),
                (MeetingTexts.NotAttendingCount.In(language), S(summary.NotAttending)),
                (MeetingTexts.UnansweredCount.In(language), S(summary.Unanswered.Count)),
                .. posts.Select(p => (p.Title, DeliveryCards.ChannelValue(p.State, zone, language))),
            ]),
        ];
        if (attending.Count > 0)
        {
            body.Add(Card.TextBlock(MeetingTexts.AttendingHeading.In(language), weight: "Bolder", spacing: "Medium"));
            body.Add(Card.TextBlock(string.Join("\r", attending.Take(60).Select(a =>
                $"- {Plain(a.Member.DisplayName)} ({StateName(a.Answer.StateCode, language)}): {Answered(a.Answer, language)}"))));
        }
        if (externals.Count > 0)
        {
            body.Add(Card.TextBlock(MeetingTexts.ExternalsHeading.In(language), weight: "Bolder", spacing: "Medium"));
            body.Add(Card.Literal(string.Join("\n", externals.Select(e => string.Join(", ", new[] { e.Name, e.Organisation, e.Country }.Where(x => !string.IsNullOrEmpty(x)))))));
        }
        if (meeting.LateReason is { } late && meeting.ConvenedOn is { } on)
            body.Add(Card.LabelledLiteral(MeetingTexts.LateConvened.Format(language, on), late));
        var data = new JsonObject { [MeetingForm.IdKey] = meeting.Id };
        var pending = suggestions.Where(s => s.Suggestion.Status == SuggestionStatus.Pending).ToList();
        if (suggestions.Count > 0) body.Add(Card.TextBlock(MeetingTexts.SuggestionsHeading.In(language), weight: "Bolder", spacing: "Medium"));
        foreach (var (s, proposer) in suggestions.Take(20))
        {
            var items = new List<JsonNode?>
            {
                Card.Literal(s.Title, weight: "Bolder"),
                Card.Literal(s.Explanation),
                Card.TextBlock(MeetingTexts.SuggestedBy.Format(language, Plain(proposer?.DisplayName ?? "?")) + " · " + SuggestionState(s, language), subtle: true, spacing: "None"),
            };
            if (s.Status == SuggestionStatus.Pending && pending.Count <= 5)
            {
                var ids = With(data, (SuggestionIdKey, s.Id));
                items.Add(Card.InputText(ReasonKey + s.Id, MeetingTexts.DeclineReasonLabel.In(language), maxLength: 500));
                items.Add(Card.ChoiceSet(MergeIntoKey + s.Id, MeetingTexts.MergeButton.In(language),
                    meeting.CurrentAgenda.Items.Select((item, i) => ($"{i + 1}. {item.Title.In(language)}", item.Id))));
                items.Add(Card.ActionSet(
                    Card.Execute(MeetingTexts.AcceptButton.In(language), MeetingRoutes.Accept, ids, style: "positive", withInputs: false),
                    Card.Execute(MeetingTexts.MergeButton.In(language), MeetingRoutes.Merge, ids),
                    Card.Execute(MeetingTexts.DeclineButton.In(language), MeetingRoutes.Decline, ids)));
            }
            body.Add(Card.Container(items, separator: true));
        }
        body.Add(Card.TextBlock(RequestsUpdated(at, zone, language), subtle: true, size: "Small"));

        // Most used first: those that do not fit go to the card's "…" menu.
        var actions = new List<JsonNode?>();
        if (meeting.Status == MeetingStatus.Convened)
        {
            actions.Add(Card.Execute(MeetingTexts.ReviseButton.In(language), MeetingRoutes.Revise, data, withInputs: false));
            actions.Add(Card.Execute(MeetingTexts.ParticipantsButton.In(language), MeetingRoutes.Participants, data, withInputs: false));
        }
        actions.Add(Card.Execute(MeetingTexts.RefreshButton.In(language), MeetingRoutes.Status, data, withInputs: false));
        if (meeting.Status == MeetingStatus.Convened)
        {
            actions.Add(Card.Execute(MeetingTexts.MoveButton.In(language), MeetingRoutes.Move, data, withInputs: false));
            actions.Add(Card.Execute(MeetingTexts.CancelButton.In(language), MeetingRoutes.Cancel, data, style: "destructive", withInputs: false));
        }
        // In the body: the card has as many buttons below as Teams shows.
        body.Add(Card.ActionSet(
        [
            Card.Execute(MeetingTexts.DeliveryButton.In(language), DeliveryRoutes.View, DeliveryRoutes.Data(MeetingDeliveries.Subject, meeting.Id), withInputs: false),
            meeting is { Status: MeetingStatus.Convened, WithExternals: true } ? Card.Execute(MeetingTexts.ExternalButton.In(language), MeetingRoutes.External, data, withInputs: false) : null,
        ], spacing: "Medium"));
        return Card.WithRefresh(Card.New(body, actions), MeetingRoutes.Status, new JsonObject { [MeetingForm.IdKey] = meeting.Id }, refreshFor);
    }

    /// The revision form: the current agenda with accepted suggestions appended, to edit and issue.
    public static JsonObject ReviseForm(Meeting meeting, MeetingForm form, IReadOnlyList<string> problems, MeetingSettings settings, Language language)
    {
        var body = new List<JsonNode?>
        {
            Card.Title(MeetingTexts.ReviseTitle.In(language)),
            Card.Literal(meeting.Title.In(language), subtle: true),
            Card.Problems(MeetingTexts.FixProblems.In(language), problems),
        };
        for (var n = 1; n <= form.Slots; n++)
        {
            var (id, en, fr) = n <= form.Items.Count ? form.Items[n - 1] : ("", "", "");
            body.Add(Card.InputText(MeetingForm.ItemEnKey(n), MeetingTexts.ItemEnLabel.Format(language, n), en, maxLength: settings.AgendaItemMaxLength));
            body.Add(Card.InputText(MeetingForm.ItemFrKey(n), MeetingTexts.ItemFrLabel.Format(language, n), fr, maxLength: settings.AgendaItemMaxLength));
        }
        var data = new JsonObject { [MeetingForm.IdKey] = meeting.Id, [MeetingForm.VersionKey] = meeting.Version, [MeetingForm.SlotsKey] = S(form.Slots) };
        for (var n = 1; n <= form.Items.Count; n++) data[MeetingForm.ItemIdKey(n)] = form.Items[n - 1].Id;
        return Card.New(body, [Card.Execute(MeetingTexts.IssueButton.In(language), MeetingRoutes.Revised, data, style: "positive")]);
    }

    /// A revised agenda as the invitees get it, with what changed; the office's copy says where its channel post stands.
    /// A revised agenda. A member's copy offers to suggest an item; the office's own (with its `notice` on the channel
    /// post) does not.
    public static JsonObject Revised(Meeting meeting, Language language, string? notice = null)
    {
        var version = meeting.CurrentAgenda;
        var changes = version.Changes.Select(c => c.Kind switch
        {
            AgendaChangeKind.Added => MeetingTexts.ChangeAdded.Format(language, c.NewNumber),
            AgendaChangeKind.Removed => MeetingTexts.ChangeRemoved.Format(language, c.OldNumber),
            AgendaChangeKind.Reworded => MeetingTexts.ChangeReworded.Format(language, c.NewNumber),
            _ => MeetingTexts.ChangeMoved.Format(language, c.OldNumber, c.NewNumber),
        }).ToList();
        return Card.New(
        [
            Card.Title(MeetingTexts.RevisedTitle.Format(language, version.Number)),
            Card.Literal(meeting.Title.In(language), weight: "Bolder"),
            changes.Count > 0 ? Card.TextBlock(MeetingTexts.ChangesHeading.In(language), weight: "Bolder") : null,
            changes.Count > 0 ? Card.Bullets(changes) : null,
            .. Agenda(version, language),
            notice is null ? null : Card.TextBlock(notice, subtle: true, spacing: "Medium"),
        ],
        notice is null ? [Card.Execute(MeetingTexts.SuggestButton.In(language), MeetingRoutes.Suggest, new JsonObject { [MeetingForm.IdKey] = meeting.Id }, withInputs: false)] : null);
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

    public static JsonObject Cancelled(Meeting meeting, string? calendarUrl, Language language) => Card.New(
        [Card.Title(MeetingTexts.CancelledTitle.In(language)), Card.Literal(meeting.Title.In(language), weight: "Bolder"), .. Summary(meeting, language),
         Card.TextBlock(MeetingTexts.CancelledBody.In(language))],
        calendarUrl is null ? null : [Card.OpenUrl(MeetingTexts.CalendarButton.In(language), calendarUrl)]);

    public static JsonObject Reminder(Meeting meeting, MeetingReminderKind kind, Language language) => Card.New(
    [
        Card.TextBlock((kind switch
        {
            MeetingReminderKind.NoAnswer => MeetingTexts.NoAnswerReminder,
            MeetingReminderKind.PracticalDetails => MeetingTexts.PracticalReminder,
            _ => MeetingTexts.LastReminder,
        }).Format(language, Plain(meeting.Title.In(language)), meeting.OpeningDay), weight: "Bolder"),
        .. Summary(meeting, language),
    ],
    [Card.Execute(MeetingTexts.OpenButton.In(language), MeetingRoutes.Open, new JsonObject { [MeetingForm.IdKey] = meeting.Id }, withInputs: false)]);

    public static JsonObject ParticipantLinks(Meeting meeting, int attending, string wordUrl, string excelUrl, Language language) => Card.New(
        [Card.Title(MeetingTexts.ParticipantsButton.In(language)), Card.Literal(meeting.Title.In(language), weight: "Bolder"),
         Card.TextBlock(MeetingTexts.ParticipantsReady.Format(language, attending))],
        [Card.OpenUrl(MeetingTexts.WordButton.In(language), wordUrl), Card.OpenUrl(MeetingTexts.ExcelButton.In(language), excelUrl)]);

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
        return Card.New(body, member.Role == MemberRole.Office ? [Card.Execute(MeetingTexts.NewMeetingButton.In(language), MeetingRoutes.New)] : null);
    }

    // Pieces

    static IEnumerable<JsonNode?> Summary(Meeting m, Language language)
    {
        var facts = new List<(string, string)>
        {
            (MeetingTexts.KindFact.In(language), (m.Kind == MeetingKind.Plenary ? MeetingTexts.Plenary : MeetingTexts.Thematic).In(language)),
            (MeetingTexts.DatesFact.In(language), Dates(m, language)),
        };
        // The place among the facts, as the office typed it but for Markdown's characters (a fact reads Markdown).
        if (m.Place is { } place) facts.Add((MeetingTexts.PlaceFact.In(language), Plain(place)));
        yield return Card.Facts(facts);
        if (m.OnlineLink is { } link) yield return Card.LabelledLiteral(MeetingTexts.OnlineFact.In(language) + (language == Language.Fr ? "\u00a0: " : ": "), link);
    }

    static IEnumerable<JsonNode?> Agenda(AgendaVersion version, Language language)
    {
        yield return Card.TextBlock(MeetingTexts.AgendaVersion.Format(language, version.Number), weight: "Bolder", spacing: "Medium");
        for (var i = 0; i < version.Items.Count; i++) yield return Card.LabelledLiteral($"{i + 1}. ", version.Items[i].Title.In(language));
    }

    /// The days and times, French times unbroken ("9\u00a0h\u00a030"), with the time zone unless `withZone` is false
    /// (a bilingual line names it once).
    public static string Dates(Meeting m, Language language, bool withZone = true)
    {
        var culture = Text.Culture(language);
        var days = m.OpeningDay == m.ClosingDay
            ? m.OpeningDay.ToString("d MMMM yyyy", culture)
            : $"{m.OpeningDay.ToString("d MMMM", culture)} – {m.ClosingDay.ToString("d MMMM yyyy", culture)}";
        var format = language == Language.Fr ? "HH'\u00a0h\u00a0'mm" : "HH:mm";
        var times = m.StartsAt is { } s && m.EndsAt is { } e
            ? $", {s.ToString(format, culture)}–{e.ToString(format, culture)}" + (withZone ? $" ({m.TimeZoneId})" : "")
            : "";
        return days + times;
    }

    /// The days and times in English and French side by side, the time zone named once.
    public static string BilingualDates(Meeting m) =>
        Cards.Bilingual.Join(Dates(m, Language.En, withZone: false), Dates(m, Language.Fr, withZone: false))
        + (m.StartsAt is not null && m.EndsAt is not null ? $" ({m.TimeZoneId})" : "");

    static string Choice(RsvpChoice c, Language language) => (c switch
    {
        RsvpChoice.InPerson => MeetingTexts.InPerson,
        RsvpChoice.Online => MeetingTexts.OnlineChoice,
        RsvpChoice.NotAttending => MeetingTexts.NotAttending,
        _ => MeetingTexts.SubstituteChoice,
    }).In(language);

    static string Answered(Rsvp r, Language language) =>
        r.Choice == RsvpChoice.Substitute && r.Substitute is { } sub ? MeetingTexts.SubstituteAs.Format(language, Plain(sub.Name)) : Choice(r.Choice, language);

    /// Where a suggestion stands, as a state (never the word of the button that put it there).
    static string SuggestionState(AgendaSuggestion s, Language language) => (s.Status switch
    {
        SuggestionStatus.Accepted => MeetingTexts.SuggestionStateAccepted,
        SuggestionStatus.Declined => MeetingTexts.SuggestionStateDeclined,
        SuggestionStatus.Merged => MeetingTexts.SuggestionStateMerged,
        _ => MeetingTexts.SuggestionStatePending,
    }).In(language);

    /// When the card was made, in the network's time zone, as every other time the office reads.
    static string RequestsUpdated(DateTimeOffset at, TimeZoneInfo zone, Language language) =>
        MeetingTexts.UpdatedAt.Format(language, TimeZoneInfo.ConvertTime(at, zone).DateTime);

    static string StateName(StateCode? code, Language language) =>
        MemberStates.Find(code) is { } s ? (language == Language.Fr ? s.NameFr : s.NameEn) : "";

    static string Label(Member m, Language language) =>
        m.StateCode is { } s ? $"{m.DisplayName} ({StateName(s, language)})" : m.DisplayName;

    static JsonObject Data(MeetingForm form)
    {
        var data = new JsonObject { [MeetingForm.IdKey] = form.Id, [MeetingForm.SlotsKey] = S(form.Slots) };
        if (form.Version is not null) data[MeetingForm.VersionKey] = form.Version;
        for (var n = 1; n <= form.Items.Count; n++) data[MeetingForm.ItemIdKey(n)] = form.Items[n - 1].Id;
        return data;
    }

    static JsonObject With(JsonObject data, params (string Key, string Value)[] extra)
    {
        var copy = data.DeepClone().AsObject();
        foreach (var (k, v) in extra) copy[k] = v;
        return copy;
    }

    /// Names inside Markdown text: the characters Markdown reads are dropped, not interpreted.
    static string Plain(string text) => Card.Plain(text);

    static string S(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
