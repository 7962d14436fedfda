using System.Text.Json.Nodes;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Support;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Requests;

/// After sending: the 1:1 messages and the channel post, @mentions for those without a chat, the office's status,
/// reminders and "chase now", proposals and the list.
public sealed class RequestFollowUpTests : IDisposable
{
    readonly BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    async Task<InformationRequest> SentWithChannelAsync()
    {
        await _app.Conversations.SaveAsync(RequestApp.ChannelOf(), default);
        await _app.OpenChatAsync(Payload.EliseAad);
        await _app.OpenChatAsync(Payload.JonasAad);
        return await _app.SendAsync();
    }

    [Fact]
    public async Task The_request_goes_once_to_each_focal_point_and_once_to_the_channel()
    {
        var request = await SentWithChannelAsync();
        var before = _app.Connector.Sends.Count;

        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        // (The yearly details check goes out on the same ticks: only request messages count here.)
        var sends = _app.Connector.Sends.Skip(before).Where(s => s.AllText.Contains("2026/01")).ToList();
        Assert.Single(sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.EliseAad));
        Assert.Single(sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.JonasAad));
        var post = Assert.Single(sends, s => s.To.ConversationId == "19:network@thread.tacv2");
        Assert.Contains(RequestTexts.ChannelPostIntro.En, post.AllText);
        Assert.Contains(RequestTexts.RequestHeading.Format(Language.Fr, "2026/01"), sends.First(s => s.To.ConversationId == RequestApp.ChatOf(Payload.EliseAad)).AllText);
        var channelRow = Assert.Single(await _app.Deliveries().ListAsync(RequestChannelPostCampaign.Key(request.Number!.Value), default));
        Assert.Equal(DeliveryStatus.Sent, channelRow.Status);
        Assert.StartsWith("19:network@thread.tacv2;messageid=", channelRow.ActivityId);
    }

    [Fact]
    public async Task A_focal_point_without_a_chat_is_mentioned_once_in_the_requests_thread_and_shown_so()
    {
        var request = await SentWithChannelAsync();   // Marc never opened a chat with the bot, and it is not installed for him
        RequestApp.MarcInTheTeamWithoutTheApp(_app);

        await _app.RunJobsAsync();   // 1:1 sends; Marc's row becomes NoChat
        await _app.RunJobsAsync();   // the mention
        await _app.RunJobsAsync();

        var thread = (await _app.Deliveries().ListAsync(RequestChannelPostCampaign.Key(request.Number!.Value), default))[0].ActivityId!;
        var mention = Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == thread);
        Assert.Contains("<at>Marc Dubois</at>", mention.AllText);
        Assert.Contains(RequestApp.MarcAad, mention.Card!["msteams"]!.ToJsonString());
        var status = (await _app.PressAsync(RequestRoutes.Recipients, RequestApp.Ids(request))).Shown();
        Assert.Contains("\"text\":\"Marc Dubois\"", status);
        Assert.Contains($" (France): {FocalBot.Bot.Deliveries.DeliveryTexts.StatusNoChat.En} · {FocalBot.Bot.Deliveries.DeliveryTexts.PathChannelMention.En}", status);
    }

    void MarcInTheTeam() =>
        _app.Connector.RosterPages[""] = new MembersPage([new ChannelAccount { Id = "29:marc", AadObjectId = RequestApp.MarcAad, Name = "Marc Dubois" }], null);

    [Fact]
    public async Task A_focal_point_who_never_opened_the_bot_gets_the_request_in_a_chat_made_for_him()
    {
        var request = await SentWithChannelAsync();
        MarcInTheTeam();

        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        Assert.Equal(["29:marc"], _app.Connector.Creates);
        var toMarc = Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == "a:29:marc" && s.AllText.Contains(request.Number!.Value.ToString()));
        Assert.Contains(RequestTexts.RequestHeading.Format(Language.Fr, request.Number!.Value.ToString()), toMarc.AllText);
        var row = await _app.Deliveries().GetAsync(RequestSentCampaign.Key(request.Number!.Value), "m-marc", default);
        Assert.Equal(DeliveryStatus.Sent, row!.Status);   // in the chat made for him (made once, for whichever message came first)
        var thread = (await _app.Deliveries().ListAsync(RequestChannelPostCampaign.Key(request.Number!.Value), default))[0].ActivityId!;
        Assert.DoesNotContain(_app.Connector.Sends, s => s.To.ConversationId == thread);   // reached 1:1, so not mentioned
    }

    [Fact]
    public async Task A_focal_point_outside_the_team_is_not_mentioned_where_he_cannot_see_it()
    {
        var request = await SentWithChannelAsync();   // Marc is in no roster the bot can read

        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        var row = await _app.Deliveries().GetAsync(RequestSentCampaign.Key(request.Number!.Value), "m-marc", default);
        Assert.Equal((DeliveryStatus.NoChat, "NotInTeam"), (row!.Status, row.ErrorCode));
        var thread = (await _app.Deliveries().ListAsync(RequestChannelPostCampaign.Key(request.Number!.Value), default))[0].ActivityId!;
        Assert.DoesNotContain(_app.Connector.Sends, s => s.To.ConversationId == thread);
    }

    [Fact]
    public async Task A_member_who_installs_later_still_gets_the_request_in_their_chat()
    {
        var request = await SentWithChannelAsync();
        await _app.RunJobsAsync();

        await _app.OpenChatAsync(RequestApp.MarcAad);
        await _app.RunJobsAsync();

        Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(RequestApp.MarcAad) && s.AllText.Contains("2026/01"));
        var row = await _app.Deliveries().GetAsync(RequestSentCampaign.Key(request.Number!.Value), "m-marc", default);
        Assert.Equal(DeliveryStatus.Sent, row!.Status);
    }

    [Fact]
    public async Task A_crash_mid_fan_out_sends_nobody_twice_and_loses_nobody()
    {
        var request = await SentWithChannelAsync();
        var calls = 0;
        _app.Connector.Outcome = a => a.Attachments is not null && ++calls == 2 ? throw new HttpRequestException("connection reset") : null;

        await Assert.ThrowsAnyAsync<Exception>(() => _app.Service<FocalBot.Bot.Scheduling.ProactiveSender>().SendWaitingAsync(default));
        _app.Connector.Outcome = null;
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        var rows = await _app.Deliveries().ListAsync(RequestSentCampaign.Key(request.Number!.Value), default);
        var uncertain = Assert.Single(rows, r => r.Status == DeliveryStatus.Uncertain);
        foreach (var aad in new[] { Payload.EliseAad, Payload.JonasAad })
            Assert.True(_app.Connector.Sends.Count(s => s.To.ConversationId == RequestApp.ChatOf(aad) && s.AllText.Contains("2026/01")) <= 1);
        Assert.Contains(rows, r => r.Status == DeliveryStatus.Sent);
        var progress = (await _app.PressAsync(RequestRoutes.Recipients, RequestApp.Ids(request))).Shown();
        Assert.Contains($"{FocalBot.Bot.Deliveries.DeliveryTexts.UncertainHeading.En} (1)", progress);
        _ = uncertain;
    }

    [Fact]
    public async Task A_429_storm_pauses_the_fan_out_and_every_focal_point_gets_it_once_afterwards()
    {
        var request = await SentWithChannelAsync();
        _app.Connector.Outcome = _ => new SendResult(SendStatus.Throttled, HttpStatus: 429, RetryAfter: TimeSpan.FromSeconds(30));

        await _app.RunJobsAsync();
        Assert.DoesNotContain(await _app.Deliveries().ListAsync(RequestSentCampaign.Key(request.Number!.Value), default), r => r.Status == DeliveryStatus.Sent);
        _app.Connector.Outcome = null;
        _app.Clock.Advance(TimeSpan.FromSeconds(31));
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        var rows = await _app.Deliveries().ListAsync(RequestSentCampaign.Key(request.Number.Value), default);
        Assert.Equal(2, rows.Count(r => r.Status == DeliveryStatus.Sent));
        Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.EliseAad) && !s.Activity.Attachments!.Any(a => a.Content!.ToJsonString().Contains("\"id\":\"a1\"")) && s.AllText.Contains("2026/01"));
    }

    [Fact]
    public async Task The_status_counts_answers_receipts_and_who_was_not_reached()
    {
        var request = await SentWithChannelAsync();
        await _app.RunJobsAsync();
        await _app.PressAsync(RequestRoutes.Submit, RequestApp.Answers(request, 0, "fr", (1, "a"), (2, "b"), (3, "c")), fromAad: Payload.EliseAad);
        await _app.PressAsync(RequestRoutes.Acknowledge, RequestApp.Ids(request), fromAad: Payload.JonasAad);

        var body = await _app.PressAsync(RequestRoutes.Status, RequestApp.Ids(request));

        var card = body.Shown();
        Assert.Contains("\"title\":\"States asked\",\"value\":\"46\"", card);
        Assert.Contains("\"title\":\"Answered\",\"value\":\"1\"", card);
        Assert.Contains("\"title\":\"Acknowledged receipt\",\"value\":\"1\"", card);
        // Both states with focal points were reached; the 44 with none are summed up on a line of their own.
        Assert.Contains("\"title\":\"Not reached\",\"value\":\"0\"", card);
        Assert.Contains("44 states without a focal point", card);
        Assert.Contains("France: ✅ answered 3/3", card);
        Assert.Equal(RequestRoutes.Status, (string?)body["value"]!["refresh"]!["action"]!["verb"]);
    }

    [Fact]
    public async Task A_focal_point_refreshing_a_forwarded_status_sees_only_the_request()
    {
        var request = await _app.SendAsync();

        var card = (await _app.PressAsync(RequestRoutes.Status, RequestApp.Ids(request), fromAad: Payload.EliseAad)).Shown();

        Assert.DoesNotContain(RequestTexts.StatesAsked.Fr, card);
        Assert.Contains(RequestTexts.AnswerButton.Fr, card);
    }

    [Fact]
    public async Task Reminders_go_five_and_one_working_days_before_the_deadline_to_states_that_have_not_answered_once()
    {
        var request = await SentWithChannelAsync();
        await _app.OpenChatAsync(RequestApp.MarcAad);
        await _app.RunJobsAsync();
        await _app.PressAsync(RequestRoutes.Submit, RequestApp.Answers(request, 0, "en", (1, "a"), (2, "b"), (3, "c")), fromAad: Payload.JonasAad);

        // Deadline Monday 14 December: five working days before is Monday 7 December.
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();
        var first = Reminders();
        Assert.Equal([RequestApp.ChatOf(Payload.EliseAad)], first.Select(s => s.To.ConversationId));   // the lead only; Germany answered

        // One working day before: Friday 11 December, the last reminder, to the alternates too.
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 11, 9, 0, 0, TimeSpan.Zero));
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();
        var all = Reminders();
        Assert.Equal(3, all.Count);
        Assert.Contains(all, s => s.To.ConversationId == RequestApp.ChatOf(RequestApp.MarcAad) && s.AllText.Contains(RequestTexts.LastReminderBody.Format(Language.Fr, RequestTexts.OfState("FR", Language.Fr))));

        List<FakeConnector.Sent> Reminders() => [.. _app.Connector.Sends.Where(s => s.AllText.Contains(RequestTexts.ReminderTitle.Format(Language.Fr, "2026/01", new DateOnly(2026, 12, 14)))
                                                                          || s.AllText.Contains(RequestTexts.ReminderTitle.Format(Language.En, "2026/01", new DateOnly(2026, 12, 14))))];
    }

    [Fact]
    public async Task Chase_now_reminds_the_states_that_have_not_answered_once_a_day()
    {
        var request = await SentWithChannelAsync();
        await _app.RunJobsAsync();

        var first = await _app.PressAsync(RequestRoutes.Chase, RequestApp.Ids(request));
        var second = await _app.PressAsync(RequestRoutes.Chase, RequestApp.Ids(request));
        await _app.RunJobsAsync();

        Assert.Equal(RequestTexts.Chased.Format(Language.En, 2, 3), first.MessageText());
        Assert.Equal(RequestTexts.ChasedAlready.En, second.MessageText());
        Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.JonasAad) && s.AllText.Contains("Reminder"));
    }

    [Fact]
    public async Task A_second_chase_the_same_day_says_only_what_it_queued()
    {
        var request = await SentWithChannelAsync();
        await _app.RunJobsAsync();
        await _app.PressAsync(RequestRoutes.Chase, RequestApp.Ids(request));

        // A focal point for Italy joins the network after the first chase: a second press reminds only her.
        await _app.Given(AMember.FocalPoint("m-giulia", "Giulia Rossi", "IT"));
        var second = await _app.PressAsync(RequestRoutes.Chase, RequestApp.Ids(request));

        Assert.Equal(RequestTexts.Chased.Format(Language.En, 1, 1), second.MessageText());
        var rows = await _app.Deliveries().ListAsync(RequestChaseCampaign.Key(request.Number!.Value, new DateOnly(2026, 11, 23)), default);
        Assert.Equal(4, rows.Count);
        Assert.Equal(2, (await _app.AuditAsync()).Count(e => e.Action == "request.chased" && e.SubjectId == request.Id));   // one per press that queued
    }

    [Fact]
    public async Task A_proposal_goes_to_the_office_and_a_decline_needs_a_reason_that_the_proposer_gets()
    {
        await _app.OpenChatAsync(Payload.SophieAad);
        await _app.OpenChatAsync(Payload.EliseAad);
        var proposed = await _app.PressAsync(RequestRoutes.Propose, RequestApp.Form("p-1"), fromAad: Payload.EliseAad);
        Assert.Contains(RequestTexts.ProposedTitle.Fr, proposed.Shown());
        await _app.RunJobsAsync();
        Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.SophieAad) && s.AllText.Contains(RequestTexts.NewProposalNotice.En));

        var noReason = await _app.PressAsync(RequestRoutes.Decline, new JsonObject { [RequestForm.IdKey] = "p-1" });
        Assert.Contains(RequestTexts.ReasonMissing.En, noReason.Shown());
        Assert.Equal(RequestStatus.Proposed, (await _app.Requests().GetAsync("p-1", default))!.Status);

        await _app.PressAsync(RequestRoutes.Decline, new JsonObject { [RequestForm.IdKey] = "p-1", [RequestRoutes.ReasonKey] = "Covered by 2026/05." });
        await _app.RunJobsAsync();

        Assert.Equal(RequestStatus.Declined, (await _app.Requests().GetAsync("p-1", default))!.Status);
        var told = Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.EliseAad) && s.AllText.Contains(RequestTexts.DeclinedTitle.Fr));
        Assert.Contains("Covered by 2026/05.", told.AllText);
    }

    [Fact]
    public async Task The_office_is_told_of_a_decline_with_the_proposers_name_as_text()
    {
        using var app = new BotApp().WithMembers(AMember.Elise() with { DisplayName = "Élise [Re-verify](https://example.invalid/login) **x**" },
            AMember.Sophie());
        await app.PressAsync(RequestRoutes.Propose, RequestApp.Form("p-3"), fromAad: Payload.EliseAad);

        var declined = await app.PressAsync(RequestRoutes.Decline, new JsonObject { [RequestForm.IdKey] = "p-3", [RequestRoutes.ReasonKey] = "Covered." });

        Assert.Contains("Élise Re-verify(https://example.invalid/login) x", declined.Shown());
        Assert.DoesNotContain("](https://example.invalid", declined.Shown());
    }

    [Fact]
    public async Task An_approved_proposal_is_previewed_and_sent_by_the_office()
    {
        await _app.PressAsync(RequestRoutes.Propose, RequestApp.Form("p-2"), fromAad: Payload.EliseAad);

        var preview = await _app.PressAsync(RequestRoutes.Approve, new JsonObject { [RequestForm.IdKey] = "p-2" });
        Assert.Contains(RequestTexts.ApprovedBody.En, preview.Shown());
        var approved = (await _app.Requests().GetAsync("p-2", default))!;
        await _app.PressAsync(RequestRoutes.Send, RequestApp.Ids(approved));

        var sent = (await _app.Requests().GetAsync("p-2", default))!;
        Assert.Equal(RequestStatus.Sent, sent.Status);
        Assert.Equal("m-elise", sent.RequesterId);
    }

    [Fact]
    public async Task The_list_shows_each_focal_point_their_states_status_and_the_office_drafts()
    {
        var request = await _app.SendAsync();
        await _app.PressAsync(RequestRoutes.Preview, RequestApp.Form("r-draft", title: "A draft for later"));
        await _app.PressAsync(RequestRoutes.Save, RequestApp.Answers(request, 0, "fr", (1, "312")), fromAad: Payload.EliseAad);

        await _app.PostAsync(Payload.PersonalMessage("demandes"));
        await _app.PostAsync(Payload.PersonalMessage("requests").From(Payload.SophieAad));

        var elise = _app.Connector.Sends[^2].AllText;
        var office = _app.Connector.Sends[^1].AllText;
        Assert.Contains("votre État\u00a0: brouillon, non soumis", elise);
        Assert.DoesNotContain("A draft for later", elise);
        Assert.Contains("A draft for later", office);
        Assert.Contains(RequestTexts.AnsweredCount.Format(Language.En, 0, 46), office);
    }

    [Fact]
    public async Task Closing_stops_answers()
    {
        var request = await _app.SendAsync();

        await _app.PressAsync(RequestRoutes.Close, RequestApp.Ids(request));
        var refused = await _app.PressAsync(RequestRoutes.Save, RequestApp.Answers(request, 0, "fr", (1, "trop tard")), fromAad: Payload.EliseAad);

        Assert.Contains(RequestTexts.AnswerClosed.Fr, refused.Shown());
        Assert.Null(await _app.AnswerOfAsync(request, "FR"));
    }

    [Fact]
    public async Task The_office_compiles_on_demand_and_downloads_the_word_document_through_its_personal_link()
    {
        var request = await _app.SendAsync();
        await _app.PressAsync(RequestRoutes.Submit, RequestApp.Answers(request, 0, "fr", (1, "312 mineurs"), (2, "L’OFPRA"), (3, "Oui")), fromAad: Payload.EliseAad);

        var card = await _app.PressAsync(RequestRoutes.Compile, RequestApp.Ids(request));

        var links = card["value"]!["actions"]!.AsArray().Where(a => (string?)a!["type"] == "Action.OpenUrl").Select(a => (string)a!["url"]!).ToList();
        Assert.Equal(2, links.Count);
        Assert.Contains(RequestTexts.CompilationBody.Format(Language.En, 1, 46), card.Shown());
        var word = await _app.CreateClient().GetAsync(new Uri(links[0]).PathAndQuery);
        Assert.Equal(System.Net.HttpStatusCode.OK, word.StatusCode);
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await word.Content.ReadAsByteArrayAsync()), false);
        Assert.Contains("312 mineurs", doc.MainDocumentPart!.Document.InnerText);
        Assert.Contains(await _app.AuditAsync(), e => e.Action == "request.compiled");
    }

    [Fact]
    public async Task After_the_deadline_the_answers_are_compiled_once_and_the_office_gets_the_links()
    {
        await _app.OpenChatAsync(Payload.SophieAad);
        var request = await _app.SendAsync();
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 15, 8, 0, 0, TimeSpan.Zero));

        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        var sent = Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.SophieAad) && s.AllText.Contains(RequestTexts.CompilationAtDeadline.En));
        Assert.Contains("/exports/", sent.AllText);
        Assert.Single(await _app.Deliveries().ListAsync(RequestCompiledCampaign.Key(request.Number!.Value), default));
    }

    [Fact]
    public async Task Compiling_from_the_channel_sends_the_personal_links_to_the_office_members_chat()
    {
        await _app.OpenChatAsync(Payload.SophieAad);
        var request = await _app.SendAsync();

        var response = await _app.PostAsync(Payload.Execute(RequestRoutes.Compile, RequestApp.Ids(request)).From(Payload.SophieAad)
            .Set("conversation.conversationType", "channel").Set("conversation.id", "19:network@thread.tacv2;messageid=1"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(TurnTexts.LinksSentToChat.En, body.MessageText());
        Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.SophieAad) && s.AllText.Contains("/exports/"));
    }
}
