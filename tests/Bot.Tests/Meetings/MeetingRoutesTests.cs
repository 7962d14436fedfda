using System.Text.Json.Nodes;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace FocalBot.Bot.Tests.Meetings;

/// The office drafts and convenes a meeting under the 30-working-day rule; members answer and suggest items; the office
/// decides, revises the agenda and may cancel. The clock starts on Monday 23 November 2026.
public sealed class MeetingRoutesTests : IDisposable
{
    readonly BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    static JsonObject Form(string opening = "2027-03-15", string closing = "2027-03-16", string kind = "Plenary", params string[] items)
    {
        var data = new JsonObject
        {
            [MeetingForm.IdKey] = "mt-1", [MeetingForm.KindKey] = kind, [MeetingForm.TitleEnKey] = "10th plenary meeting",
            [MeetingForm.TitleFrKey] = "10e réunion plénière", [MeetingForm.OpeningKey] = opening, [MeetingForm.ClosingKey] = closing,
            [MeetingForm.TimeZoneKey] = "Europe/Paris", [MeetingForm.PlaceKey] = "Palais de l’Europe, Strasbourg", [MeetingForm.LinkKey] = "https://meet.example.org/p10",
            [MeetingForm.ExternalsKey] = "false", [MeetingForm.AudienceKey] = "all",
        };
        var agenda = items.Length > 0 ? items : ["Opening", "Return policies"];
        data[MeetingForm.SlotsKey] = Math.Max(3, agenda.Length).ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < agenda.Length; i++) data[MeetingForm.ItemEnKey(i + 1)] = agenda[i];
        return data;
    }

    async Task<Meeting> DraftAsync(JsonObject? form = null)
    {
        var card = (await _app.PressAsync(MeetingRoutes.Save, form ?? Form())).Shown();
        Assert.Contains(MeetingTexts.DraftTitle.En, card);
        return (await _app.Service<IMeetingStore>().GetAsync("mt-1", default))!;
    }

    async Task<Meeting> ConvenedAsync(JsonObject? form = null, string? reason = null)
    {
        var draft = await DraftAsync(form);
        var data = new JsonObject { [MeetingForm.IdKey] = draft.Id, [MeetingForm.VersionKey] = draft.Version };
        if (reason is not null) data[MeetingForm.LateReasonKey] = reason;
        await _app.PressAsync(MeetingRoutes.Convene, data);
        return (await _app.Service<IMeetingStore>().GetAsync(draft.Id, default))!;
    }

    [Fact]
    public async Task The_draft_shows_the_latest_convocation_day_counted_in_working_days()
    {
        var card = (await _app.PressAsync(MeetingRoutes.Save, Form())).Shown();

        // 30 working days before Monday 15 March 2027 is Monday 1 February 2027; from Monday 23 November 2026 that is
        // 46 working days, the year-end closure (24, 25 and 31 December, 1 January) not counted.
        Assert.Contains(MeetingTexts.LatestDay.Format(Language.En, new DateOnly(2027, 2, 1), 46), card);
        Assert.Contains(MeetingTexts.PlenaryYearOne.Format(Language.En, 1, 2027, 2), card);
    }

    [Fact]
    public async Task Bad_input_comes_back_in_the_form_and_nothing_is_convened()
    {
        var bad = Form(opening: "2027-03-16", closing: "2027-03-15", items: []).With(MeetingForm.ItemEnKey(1), "").With(MeetingForm.ItemEnKey(2), "");

        var card = (await _app.PressAsync(MeetingRoutes.Save, bad)).Shown();
        var draft = (await _app.Service<IMeetingStore>().GetAsync("mt-1", default))!;
        var convene = (await _app.PressAsync(MeetingRoutes.Convene, new JsonObject { [MeetingForm.IdKey] = "mt-1", [MeetingForm.VersionKey] = draft.Version })).Shown();

        Assert.Contains(MeetingTexts.Describe(new MeetingIssue(MeetingProblem.ClosingBeforeOpening), Language.En), card);
        Assert.Contains(MeetingTexts.Describe(new MeetingIssue(MeetingProblem.AgendaEmpty), Language.En), card);
        Assert.Contains(MeetingTexts.Describe(MeetingRefusal.Invalid, Language.En), convene);
        Assert.Equal(MeetingStatus.Draft, (await _app.Service<IMeetingStore>().GetAsync("mt-1", default))!.Status);
    }

    [Fact]
    public async Task A_late_plenary_needs_a_reason_which_the_audit_log_records()
    {
        // Opening Monday 21 December 2026: the latest day to convene was 9 November.
        var draft = await DraftAsync(Form(opening: "2026-12-21", closing: "2026-12-22"));
        var data = new JsonObject { [MeetingForm.IdKey] = draft.Id, [MeetingForm.VersionKey] = draft.Version };

        var refused = (await _app.PressAsync(MeetingRoutes.Convene, data.DeepClone().AsObject())).Shown();
        Assert.True(refused.Contains(MeetingTexts.Describe(MeetingRefusal.LateReasonMissing, Language.En)), refused);
        Assert.Equal(MeetingStatus.Draft, (await _app.Service<IMeetingStore>().GetAsync(draft.Id, default))!.Status);

        data[MeetingForm.LateReasonKey] = "The venue was confirmed only now.";
        await _app.PressAsync(MeetingRoutes.Convene, data);

        var convened = (await _app.Service<IMeetingStore>().GetAsync(draft.Id, default))!;
        Assert.Equal(MeetingStatus.Convened, convened.Status);
        Assert.Equal("The venue was confirmed only now.", convened.LateReason);
        Assert.Contains(await _app.AuditAsync(), e => e is { Action: "meeting.convened.late", SubjectId: "mt-1" });
    }

    [Fact]
    public async Task Convening_sends_the_convocation_once_to_every_focal_point_with_a_calendar_link()
    {
        await _app.OpenChatAsync(Payload.EliseAad);
        var meeting = await ConvenedAsync();

        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        Assert.Equal(["m-elise", "m-jonas", "m-marc"], meeting.InviteeIds.Order());
        var sent = Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.EliseAad) && s.AllText.Contains(MeetingTexts.ConvocationHeading.Fr));
        Assert.Contains(MeetingTexts.CalendarButton.Fr, sent.AllText);
        Assert.Contains("/exports/", sent.AllText);
        var rows = await _app.Deliveries().ListAsync(ConvocationCampaign.Key(meeting.Id), default);
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public async Task A_member_answers_changes_the_answer_and_a_double_click_records_it_once()
    {
        var meeting = await ConvenedAsync();
        var answer = new JsonObject { [MeetingForm.IdKey] = meeting.Id, [MeetingCards.ChoiceKey] = "Online" };

        await _app.PressAsync(MeetingRoutes.Rsvp, answer.DeepClone().AsObject(), fromAad: Payload.EliseAad);
        var again = (await _app.PressAsync(MeetingRoutes.Rsvp, answer.DeepClone().AsObject(), fromAad: Payload.EliseAad)).Shown();
        var substitute = answer.With(MeetingCards.ChoiceKey, "Substitute").With(MeetingCards.SubstituteNameKey, "Marie Curie")
            .With(MeetingCards.SubstituteEmailKey, "marie.curie@interieur.example");
        await _app.PressAsync(MeetingRoutes.Rsvp, substitute, fromAad: Payload.EliseAad);

        Assert.Contains(MeetingTexts.RsvpSaved.Fr, again);
        var rsvp = (await _app.Service<IMeetingStore>().GetRsvpAsync(meeting.Id, "m-elise", default))!;
        Assert.Equal(RsvpChoice.Substitute, rsvp.Choice);
        Assert.Equal("Marie Curie", rsvp.Substitute!.Name);
        Assert.Equal("FR", rsvp.StateCode);
        Assert.Single(await _app.Service<IMeetingStore>().ListRsvpsAsync(meeting.Id, default));
    }

    [Fact]
    public async Task A_substitute_without_an_email_is_refused_and_nothing_changes()
    {
        var meeting = await ConvenedAsync();

        var card = (await _app.PressAsync(MeetingRoutes.Rsvp, new JsonObject
        {
            [MeetingForm.IdKey] = meeting.Id, [MeetingCards.ChoiceKey] = "Substitute", [MeetingCards.SubstituteNameKey] = "Marie Curie",
        }, fromAad: Payload.JonasAad)).Shown();

        Assert.Contains(MeetingTexts.Describe(RsvpRefusal.SubstituteInvalid, Language.En), card);
        Assert.Null(await _app.Service<IMeetingStore>().GetRsvpAsync(meeting.Id, "m-jonas", default));
    }

    [Fact]
    public async Task Answers_close_at_the_cut_off()
    {
        var meeting = await ConvenedAsync();
        _app.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 15, 8, 0, 0, TimeSpan.Zero));

        var card = (await _app.PressAsync(MeetingRoutes.Rsvp, new JsonObject { [MeetingForm.IdKey] = meeting.Id, [MeetingCards.ChoiceKey] = "InPerson" }, fromAad: Payload.JonasAad)).Shown();

        Assert.Contains(MeetingTexts.Describe(RsvpRefusal.CutOffPassed, Language.En, new DateOnly(2027, 3, 12)), card);
        Assert.Null(await _app.Service<IMeetingStore>().GetRsvpAsync(meeting.Id, "m-jonas", default));
    }

    [Fact]
    public async Task A_suggested_item_accepted_by_the_office_goes_into_the_revised_agenda_sent_to_everyone_with_what_changed()
    {
        await _app.OpenChatAsync(Payload.JonasAad);
        await _app.OpenChatAsync(Payload.EliseAad);
        var meeting = await ConvenedAsync();
        var sent = await _app.PressAsync(MeetingRoutes.Suggested, new JsonObject
        {
            [MeetingForm.IdKey] = meeting.Id, [MeetingCards.SuggestionTitleKey] = "Mineurs non accompagnés",
            [MeetingCards.SuggestionExplanationKey] = "Échanger sur l’évaluation de l’âge.", [MeetingCards.SuggestionLanguageKey] = "fr",
        }, fromAad: Payload.EliseAad);
        var suggestion = Assert.Single(await _app.Service<IMeetingStore>().ListSuggestionsAsync(meeting.Id, default));
        // Élise is back on her convocation, her answer form and all, with the news on top.
        var back = sent.Shown();
        Assert.Contains(MeetingTexts.SuggestionSent.Fr, back);
        Assert.Contains(MeetingRoutes.Rsvp, back);

        await _app.PressAsync(MeetingRoutes.Accept, new JsonObject { [MeetingForm.IdKey] = meeting.Id, [MeetingCards.SuggestionIdKey] = suggestion.Id });
        var revise = await _app.PressAsync(MeetingRoutes.Revise, new JsonObject { [MeetingForm.IdKey] = meeting.Id });
        var issue = (JsonObject)revise["value"]!["actions"]![0]!["data"]!.DeepClone();
        issue[MeetingForm.ItemEnKey(1)] = "Opening";
        issue[MeetingForm.ItemEnKey(2)] = "Return policies";
        issue[MeetingForm.ItemFrKey(3)] = "Mineurs non accompagnés";
        await _app.PressAsync(MeetingRoutes.Revised, issue);
        await _app.RunJobsAsync();

        var revised = (await _app.Service<IMeetingStore>().GetAsync(meeting.Id, default))!;
        Assert.Equal(2, revised.CurrentAgenda.Number);
        Assert.Equal(["Opening", "Return policies", "Mineurs non accompagnés"], revised.CurrentAgenda.Items.Select(i => i.Title.In(Language.Fr)));
        var toJonas = Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.JonasAad) && s.AllText.Contains(MeetingTexts.RevisedTitle.Format(Language.En, 2)));
        Assert.Contains(MeetingTexts.ChangeAdded.Format(Language.En, 3), toJonas.AllText);
        Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.EliseAad) && s.AllText.Contains("Mineurs non accompagnés") && s.AllText.Contains("retenu"));
    }

    [Fact]
    public async Task Declining_a_suggestion_needs_a_reason()
    {
        var meeting = await ConvenedAsync();
        await _app.PressAsync(MeetingRoutes.Suggested, new JsonObject
        {
            [MeetingForm.IdKey] = meeting.Id, [MeetingCards.SuggestionTitleKey] = "Item", [MeetingCards.SuggestionExplanationKey] = "Why.", [MeetingCards.SuggestionLanguageKey] = "en",
        }, fromAad: Payload.JonasAad);
        var suggestion = Assert.Single(await _app.Service<IMeetingStore>().ListSuggestionsAsync(meeting.Id, default));

        var refused = await _app.PressAsync(MeetingRoutes.Decline, new JsonObject { [MeetingForm.IdKey] = meeting.Id, [MeetingCards.SuggestionIdKey] = suggestion.Id });

        Assert.Equal(MeetingTexts.Describe(SuggestionRefusal.ReasonMissing, Language.En), refused.MessageText());
        Assert.Equal(SuggestionStatus.Pending, (await _app.Service<IMeetingStore>().GetSuggestionAsync(suggestion.Id, default))!.Status);
    }

    [Fact]
    public async Task The_status_counts_the_answers()
    {
        var meeting = await ConvenedAsync();
        await _app.PressAsync(MeetingRoutes.Rsvp, new JsonObject { [MeetingForm.IdKey] = meeting.Id, [MeetingCards.ChoiceKey] = "InPerson" }, fromAad: Payload.JonasAad);

        var card = (await _app.PressAsync(MeetingRoutes.Status, new JsonObject { [MeetingForm.IdKey] = meeting.Id })).Shown();

        Assert.Contains("\"title\":\"In person\",\"value\":\"1\"", card);
        Assert.Contains("\"title\":\"No answer yet\",\"value\":\"2\"", card);
        Assert.Contains("Jonas Weber (Germany)", card);
    }

    [Fact]
    public async Task Cancelling_tells_everyone_invited_once_with_a_calendar_cancellation()
    {
        await _app.OpenChatAsync(Payload.JonasAad);
        var meeting = await ConvenedAsync();
        await _app.RunJobsAsync();

        await _app.PressAsync(MeetingRoutes.Cancel, new JsonObject { [MeetingForm.IdKey] = meeting.Id });
        await _app.PressAsync(MeetingRoutes.Cancel, new JsonObject { [MeetingForm.IdKey] = meeting.Id });
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.JonasAad) && s.AllText.Contains(MeetingTexts.CancelledTitle.En));
        Assert.Equal(MeetingStatus.Cancelled, (await _app.Service<IMeetingStore>().GetAsync(meeting.Id, default))!.Status);
    }

    [Fact]
    public async Task Reminders_follow_the_ladder_and_go_once()
    {
        await _app.OpenChatAsync(Payload.JonasAad);
        var meeting = await ConvenedAsync();
        await _app.RunJobsAsync();

        // Ten working days after Monday 23 November: Monday 7 December. Jonas has not answered.
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.JonasAad)
            && s.AllText.Contains(MeetingTexts.NoAnswerReminder.Format(Language.En, "10th plenary meeting", new DateOnly(2027, 3, 15))));
        _ = meeting;
    }

    [Fact]
    public async Task The_office_gets_the_list_of_participants_as_word_and_excel()
    {
        var meeting = await ConvenedAsync();
        await _app.PressAsync(MeetingRoutes.Rsvp, new JsonObject { [MeetingForm.IdKey] = meeting.Id, [MeetingCards.ChoiceKey] = "InPerson" }, fromAad: Payload.JonasAad);

        var card = await _app.PressAsync(MeetingRoutes.Participants, new JsonObject { [MeetingForm.IdKey] = meeting.Id });

        var links = card["value"]!["actions"]!.AsArray().Select(a => (string)a!["url"]!).ToList();
        var word = await _app.CreateClient().GetAsync(new Uri(links[0]).PathAndQuery);
        Assert.Equal(System.Net.HttpStatusCode.OK, word.StatusCode);
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await word.Content.ReadAsByteArrayAsync()), false);
        Assert.Contains("Jonas Weber", doc.MainDocumentPart!.Document.InnerText);
    }

    [Fact]
    public async Task A_focal_point_cannot_draft_or_convene()
    {
        var body = await _app.PressAsync(MeetingRoutes.Save, Form(), fromAad: Payload.EliseAad);

        Assert.Equal(MeetingTexts.OfficeOnly.Fr, body.MessageText());
        Assert.Empty(await _app.Service<IMeetingStore>().ListAsync(default));
    }

    [Fact]
    public async Task A_suggestion_merged_into_an_item_tells_the_member_which_one()
    {
        await _app.OpenChatAsync(Payload.JonasAad);
        var meeting = await ConvenedAsync();
        await _app.PressAsync(MeetingRoutes.Suggested, new JsonObject
        {
            [MeetingForm.IdKey] = meeting.Id, [MeetingCards.SuggestionTitleKey] = "Readmission agreements", [MeetingCards.SuggestionExplanationKey] = "Part of returns.",
            [MeetingCards.SuggestionLanguageKey] = "en",
        }, fromAad: Payload.JonasAad);
        var suggestion = Assert.Single(await _app.Service<IMeetingStore>().ListSuggestionsAsync(meeting.Id, default));
        var item = meeting.CurrentAgenda.Items[1];

        await _app.PressAsync(MeetingRoutes.Merge, new JsonObject
        {
            [MeetingForm.IdKey] = meeting.Id, [MeetingCards.SuggestionIdKey] = suggestion.Id, [MeetingCards.MergeIntoKey + suggestion.Id] = item.Id,
        });
        await _app.RunJobsAsync();

        var merged = (await _app.Service<IMeetingStore>().GetSuggestionAsync(suggestion.Id, default))!;
        Assert.Equal((SuggestionStatus.Merged, item.Id), (merged.Status, merged.MergedInto));
        Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.JonasAad)
            && s.AllText.Contains(MeetingTexts.SuggestionMerged.Format(Language.En, "Readmission agreements", "Return policies")));
    }

    [Fact]
    public async Task Moving_a_meeting_sends_one_notice_with_an_updated_calendar_file()
    {
        await _app.OpenChatAsync(Payload.JonasAad);
        var meeting = await ConvenedAsync();
        await _app.RunJobsAsync();

        await _app.PressAsync(MeetingRoutes.Moved, new JsonObject
        {
            [MeetingForm.IdKey] = meeting.Id, [MeetingForm.VersionKey] = meeting.Version, [MeetingForm.OpeningKey] = "2027-03-22", [MeetingForm.ClosingKey] = "2027-03-23",
            [MeetingForm.TimeZoneKey] = "Europe/Paris", [MeetingForm.PlaceKey] = "Palais de l’Europe, Strasbourg", [MeetingForm.LinkKey] = "https://meet.example.org/p10",
        });
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        var moved = (await _app.Service<IMeetingStore>().GetAsync(meeting.Id, default))!;
        Assert.Equal((new DateOnly(2027, 3, 22), 1), (moved.OpeningDay, moved.Sequence));
        var notice = Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.JonasAad) && s.AllText.Contains(MeetingTexts.Updated.En));
        Assert.Contains("/exports/", notice.AllText);
    }

    [Fact]
    public async Task An_opening_day_in_the_past_is_refused()
    {
        var card = (await _app.PressAsync(MeetingRoutes.Save, Form(opening: "2026-11-20", closing: "2026-11-20"))).Shown();

        Assert.Contains(MeetingTexts.Describe(new MeetingIssue(MeetingProblem.OpeningInPast), Language.En), card);
    }

    [Fact]
    public async Task Nothing_of_a_meeting_or_an_answer_reaches_the_logs()
    {
        const string sentinel = "SENTINEL-9c2e";
        await _app.OpenChatAsync(Payload.JonasAad);
        var meeting = await ConvenedAsync(Form(items: ["Item " + sentinel]).With(MeetingForm.TitleEnKey, "Title " + sentinel));
        await _app.RunJobsAsync();

        await _app.PressAsync(MeetingRoutes.Rsvp, new JsonObject
        {
            [MeetingForm.IdKey] = meeting.Id, [MeetingCards.ChoiceKey] = "Substitute", [MeetingCards.SubstituteNameKey] = "Name " + sentinel,
            [MeetingCards.SubstituteEmailKey] = "sentinel-9c2e@example.org",
        }, fromAad: Payload.JonasAad);

        Assert.Equal(RsvpChoice.Substitute, (await _app.Service<IMeetingStore>().GetRsvpAsync(meeting.Id, "m-jonas", default))!.Choice);
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains(sentinel, StringComparison.OrdinalIgnoreCase) || l.Contains("Jonas Weber") || l.Contains("jonas.weber"));
    }

    [Fact]
    public async Task An_answer_that_keeps_losing_to_other_saves_is_not_confirmed()
    {
        var meeting = await ConvenedAsync();
        var store = _app.Service<IMeetingStore>();
        _losing.Inner = store;   // a second host on the same meetings whose answer saves always lose

        using var losing = RequestApp.New().WithServices(s => s.AddSingleton<IMeetingStore>(_losing));
        var card = (await losing.PressAsync(MeetingRoutes.Rsvp, new JsonObject { [MeetingForm.IdKey] = meeting.Id, [MeetingCards.ChoiceKey] = "Online" }, fromAad: Payload.JonasAad)).Shown();

        Assert.Contains(MeetingTexts.NotSaved.En, card);
        Assert.DoesNotContain(MeetingTexts.RsvpSaved.En, card);
        Assert.Null(await store.GetRsvpAsync(meeting.Id, "m-jonas", default));
    }

    readonly LosingRsvps _losing = new();

    /// A store whose answer saves always lose to someone else's (reads and other saves go to the real store).
    sealed class LosingRsvps : IMeetingStore
    {
        public IMeetingStore Inner { get; set; } = null!;
        public Task<Meeting?> GetAsync(string id, CancellationToken ct) => Inner.GetAsync(id, ct);
        public Task<IReadOnlyList<Meeting>> ListAsync(CancellationToken ct) => Inner.ListAsync(ct);
        public Task<SaveResult> SaveAsync(Meeting meeting, CancellationToken ct) => Inner.SaveAsync(meeting, ct);
        public Task<Rsvp?> GetRsvpAsync(string meetingId, string memberId, CancellationToken ct) => Inner.GetRsvpAsync(meetingId, memberId, ct);
        public Task<IReadOnlyList<Rsvp>> ListRsvpsAsync(string meetingId, CancellationToken ct) => Inner.ListRsvpsAsync(meetingId, ct);
        public Task<SaveResult> SaveRsvpAsync(Rsvp rsvp, CancellationToken ct) => Task.FromResult(SaveResult.Conflicted);
        public Task<AgendaSuggestion?> GetSuggestionAsync(string id, CancellationToken ct) => Inner.GetSuggestionAsync(id, ct);
        public Task<IReadOnlyList<AgendaSuggestion>> ListSuggestionsAsync(string meetingId, CancellationToken ct) => Inner.ListSuggestionsAsync(meetingId, ct);
        public Task<SaveResult> SaveSuggestionAsync(AgendaSuggestion suggestion, CancellationToken ct) => Inner.SaveSuggestionAsync(suggestion, ct);
        public Task<IReadOnlyList<ExternalParticipant>> ListExternalsAsync(string meetingId, CancellationToken ct) => Inner.ListExternalsAsync(meetingId, ct);
        public Task<SaveResult> SaveExternalAsync(ExternalParticipant external, CancellationToken ct) => Inner.SaveExternalAsync(external, ct);
        public Task<SaveResult> RemoveExternalAsync(ExternalParticipant external, CancellationToken ct) => Inner.RemoveExternalAsync(external, ct);
    }
}
