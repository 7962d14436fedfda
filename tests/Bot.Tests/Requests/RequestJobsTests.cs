using System.Text.Json.Nodes;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Support;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Requests;

/// After sending, by the jobs: the 1:1 messages and the channel post, @mentions for those without a chat, reminders
/// before the deadline, and the compilation at the deadline.
public sealed class RequestJobsTests : IDisposable
{
    readonly BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_request_goes_once_to_each_focal_point_and_once_to_the_channel()
    {
        var request = await _app.SentWithChannelAsync();
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
        var request = await _app.SentWithChannelAsync();   // Marc never opened a chat with the bot, and it is not installed for him
        RequestApp.MarcInTheTeamWithoutTheApp(_app);

        await _app.RunJobsAsync();   // 1:1 sends; Marc's row becomes NoChat
        await _app.RunJobsAsync();   // the mention
        await _app.RunJobsAsync();

        var thread = (await _app.Deliveries().ListAsync(RequestChannelPostCampaign.Key(request.Number!.Value), default))[0].ActivityId!;
        var mention = Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == thread);
        Assert.Contains("<at>Marc Dubois</at>", mention.AllText);
        Assert.Contains(RequestApp.MarcAad, mention.Card!["msteams"]!.ToJsonString());
        var status = (await _app.PressAsync(RequestRoutes.Recipients, RequestApp.Ids(request))).CardJson();
        Assert.Contains("\"text\":\"Marc Dubois\"", status);
        Assert.Contains($" (France): {FocalBot.Bot.Deliveries.DeliveryTexts.StatusNoChat.En} · {FocalBot.Bot.Deliveries.DeliveryTexts.PathChannelMention.En}", status);
    }

    void MarcInTheTeam() =>
        _app.Connector.RosterPages[""] = new MembersPage([new ChannelAccount { Id = "29:marc", AadObjectId = RequestApp.MarcAad, Name = "Marc Dubois" }], null);

    [Fact]
    public async Task A_focal_point_who_never_opened_the_bot_gets_the_request_in_a_chat_made_for_him()
    {
        var request = await _app.SentWithChannelAsync();
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
        var request = await _app.SentWithChannelAsync();   // Marc is in no roster the bot can read

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
        var request = await _app.SentWithChannelAsync();
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
        var request = await _app.SentWithChannelAsync();
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
        var progress = (await _app.PressAsync(RequestRoutes.Recipients, RequestApp.Ids(request))).CardJson();
        Assert.Contains($"{FocalBot.Bot.Deliveries.DeliveryTexts.UncertainHeading.En} (1)", progress);
        _ = uncertain;
    }

    [Fact]
    public async Task A_429_storm_pauses_the_fan_out_and_every_focal_point_gets_it_once_afterwards()
    {
        var request = await _app.SentWithChannelAsync();
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
    public async Task Reminders_go_five_and_one_working_days_before_the_deadline_to_states_that_have_not_answered_once()
    {
        var request = await _app.SentWithChannelAsync();
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
}
