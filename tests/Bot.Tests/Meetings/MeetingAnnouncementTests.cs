using System.Text.Json.Nodes;
using FocalBot.Bot.Deliveries;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Tests.Cards;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Meetings;

/// A meeting of the whole network tells the channel of each later change once, in English and French, as a reply in
/// the convocation's thread: a revised agenda, a move, a cancellation. The office is told where each post stands, and
/// never of a post that did not happen. The clock starts on Monday 23 November 2026, 09:00 UTC.
public sealed class MeetingAnnouncementTests : IDisposable
{
    const string Channel = "19:network@thread.tacv2";

    readonly BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    static bool Says(FakeConnector.Sent s, Text text) => s.AllText.Contains(text.En);

    /// A post of the meeting in the channel: the convocation, or a later change.
    static bool IsPost(FakeConnector.Sent s) =>
        new[] { MeetingTexts.ChannelIntro, MeetingChannelTexts.RevisedIntro, MeetingChannelTexts.MovedIntro, MeetingChannelTexts.CancelledIntro }.Any(t => Says(s, t));

    static bool Says(Activity a, Text text) =>
        a.Attachments?.FirstOrDefault()?.Content is JsonObject card && CardText.Of(card).Contains(text.En);

    /// Convened with the channel known, and its convocation posted.
    async Task<string> PostedAsync(JsonObject? form = null)
    {
        await _app.Conversations.SaveAsync(RequestApp.ChannelOf(), default);
        await _app.ConveneAsync(form);
        await _app.RunJobsAsync();
        return await _app.ThreadAsync();
    }

    static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Objects(p.Value))),
        JsonArray a => a.SelectMany(Objects),
        _ => [],
    };

    [Fact]
    public async Task A_revised_agenda_is_replied_once_in_the_convocations_thread_in_both_languages_with_typed_items_literal()
    {
        var thread = await PostedAsync();
        const string Typed = "**Return** [policies](https://example.invalid/login)";

        var confirmation = await _app.ReviseAsync(("Opening", "Ouverture"), (Typed, "Politiques de retour"));
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        Assert.Contains(MeetingChannelTexts.WillPostLine.En, confirmation);
        var reply = Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == thread);
        Assert.StartsWith(Channel + ";messageid=", thread);
        Assert.Contains("Revised agenda (version 2) / Ordre du jour révisé (version 2)", reply.AllText);
        Assert.Contains("added: item 2 / ajouté\u00a0: point 2", reply.AllText);
        Assert.Contains("Retours", reply.AllText);
        Assert.Contains("Politiques de retour", reply.AllText);
        Assert.Contains(MeetingChannelTexts.RevisedIntro.En, reply.AllText);
        Assert.Contains(MeetingChannelTexts.RevisedIntro.Fr, reply.AllText);
        Assert.Empty(FrenchTypography.PlainSpacesBeforeDoublePunctuation(reply.AllText));
        // The typed item is a text run of its own, never Markdown.
        Assert.Contains(Objects(reply.Card), o => (string?)o["type"] == "TextRun" && (string?)o["text"] == Typed);
        Assert.DoesNotContain(Objects(reply.Card), o => (string?)o["type"] == "TextBlock" && ((string?)o["text"])!.Contains("**Return**"));
        Assert.Contains(MeetingSteps.Fact(MeetingChannelTexts.AgendaPost.Format(Language.En, 2), DeliveryTexts.ChannelPosted.En), await _app.StatusAsync());
    }

    [Fact]
    public async Task A_move_and_then_the_cancellation_are_each_replied_once_with_the_new_date_and_place()
    {
        var thread = await PostedAsync();

        var moved = await _app.MoveAsync("2027-03-22", "Agora, **Room** G03");
        await _app.RunJobsAsync();
        var cancelled = await _app.CancelAsync();
        await _app.CancelAsync();
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        Assert.Contains(MeetingChannelTexts.WillPostLine.En, moved);
        Assert.Contains(MeetingChannelTexts.WillPostLine.En, cancelled);
        var replies = _app.Connector.Sends.Where(s => s.To.ConversationId == thread).ToList();
        Assert.Equal(2, replies.Count);
        Assert.Contains("Meeting moved / Réunion déplacée", replies[0].AllText);
        Assert.Contains("22 March 2027 / 22 mars 2027", replies[0].AllText);
        Assert.Contains(Objects(replies[0].Card), o => (string?)o["type"] == "TextRun" && (string?)o["text"] == "Agora, **Room** G03");
        Assert.Contains(MeetingChannelTexts.MovedIntro.Fr, replies[0].AllText);
        Assert.Contains("Meeting cancelled / Réunion annulée", replies[1].AllText);
        Assert.Contains(MeetingChannelTexts.CancelledIntro.Fr, replies[1].AllText);
        Assert.DoesNotContain("meet.example.org", replies[1].AllText);
        var status = await _app.StatusAsync();
        Assert.Contains(MeetingSteps.Fact(MeetingChannelTexts.MovePost.Format(Language.En, 1), DeliveryTexts.ChannelPosted.En), status);
        Assert.Contains(MeetingSteps.Fact(MeetingChannelTexts.CancellationPost.En, DeliveryTexts.ChannelPosted.En), status);
    }

    [Fact]
    public async Task With_no_thread_from_an_uncertain_convocation_post_the_change_is_a_post_of_its_own()
    {
        await _app.Conversations.SaveAsync(RequestApp.ChannelOf(), default);
        await _app.ConveneAsync();
        _app.Connector.Outcome = a => Says(a, MeetingTexts.ChannelIntro) ? new SendResult(SendStatus.Uncertain, ErrorCode: "Timeout") : null;
        await _app.RunJobsAsync();

        await _app.MoveAsync("2027-03-22");
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        var post = Assert.Single(_app.Connector.Sends, s => Says(s, MeetingChannelTexts.MovedIntro));
        Assert.Equal(Channel, post.To.ConversationId);
        Assert.DoesNotContain(_app.Connector.Sends, s => Says(s, MeetingTexts.ChannelIntro));   // the uncertain one is not posted again
        Assert.Equal(Channel + ";messageid=" + post.Id, (await _app.PostRowAsync(MeetingChannelPostCampaign.NoticeKey(MeetingSteps.Id, 1)))!.ActivityId);
    }

    [Fact]
    public async Task Changes_made_before_the_bot_is_in_a_team_wait_for_the_convocation_and_only_the_latest_move_goes()
    {
        await _app.ConveneAsync();
        var first = await _app.MoveAsync("2027-03-22");
        await _app.ReviseAsync(("Opening", "Ouverture"), ("Return policies", "Politiques de retour"));
        await _app.MoveAsync("2027-03-29");
        await _app.RunJobsAsync();

        Assert.Contains(MeetingChannelTexts.NoTeamLine.En, first);
        Assert.DoesNotContain(_app.Connector.Sends, IsPost);
        Assert.Contains(MeetingSteps.Fact(MeetingChannelTexts.MovePost.Format(Language.En, 2), DeliveryTexts.ChannelNoTeam.En), await _app.StatusAsync());

        await _app.PostAsync(Payload.Load("team-install"));
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        var inChannel = _app.Connector.Sends.Where(IsPost).ToList();
        Assert.Equal(3, inChannel.Count);
        Assert.True(Says(inChannel[0], MeetingTexts.ChannelIntro));
        var thread = await _app.ThreadAsync();
        Assert.All(inChannel.Skip(1), s => Assert.Equal(thread, s.To.ConversationId));
        Assert.Single(inChannel, s => Says(s, MeetingChannelTexts.RevisedIntro));
        var move = Assert.Single(inChannel, s => Says(s, MeetingChannelTexts.MovedIntro));
        Assert.Contains("29 March 2027", move.AllText);
        var status = await _app.StatusAsync();
        var superseded = DeliveryTexts.ChannelNotPosted.Format(Language.En, DeliveryTexts.NotPostedReasons[NetworkChannel.Superseded].En);
        Assert.Contains(MeetingSteps.Fact(MeetingChannelTexts.MovePost.Format(Language.En, 1), superseded), status);
        Assert.Contains(MeetingSteps.Fact(MeetingChannelTexts.MovePost.Format(Language.En, 2), DeliveryTexts.ChannelPosted.En), status);
    }

    [Fact]
    public async Task A_meeting_cancelled_before_its_convocation_was_posted_is_never_posted_and_the_status_says_why()
    {
        await _app.ConveneAsync();
        await _app.CancelAsync();
        await _app.PostAsync(Payload.Load("team-install"));
        await _app.Given(AMember.Sophie() with { PreferredLanguage = Language.Fr });

        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        Assert.DoesNotContain(_app.Connector.Sends, IsPost);
        var status = await _app.StatusAsync();
        Assert.Contains(MeetingSteps.Fact(DeliveryTexts.ChannelFact.Fr,
            DeliveryTexts.ChannelNotPosted.Format(Language.Fr, DeliveryTexts.NotPostedReasons[NetworkChannel.Withdrawn].Fr)), status);
        Assert.Contains(MeetingSteps.Fact(MeetingChannelTexts.CancellationPost.Fr,
            DeliveryTexts.ChannelNotPosted.Format(Language.Fr, DeliveryTexts.NotPostedReasons[NetworkChannel.NoFirstPost].Fr)), status);
        Assert.Empty(FrenchTypography.PlainSpacesBeforeDoublePunctuation(status));
    }

    [Fact]
    public async Task Posts_still_waiting_when_the_meeting_is_over_are_closed_unposted()
    {
        await _app.ConveneAsync();
        await _app.MoveAsync("2027-03-22");
        _app.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 23, 9, 0, 0, TimeSpan.Zero));
        await _app.PostAsync(Payload.Load("team-install"));

        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        Assert.DoesNotContain(_app.Connector.Sends, IsPost);
        var over = DeliveryTexts.ChannelNotPosted.Format(Language.En, DeliveryTexts.NotPostedReasons[NetworkChannel.Over].En);
        var status = await _app.StatusAsync();
        Assert.Contains(MeetingSteps.Fact(DeliveryTexts.ChannelFact.En, over), status);
        Assert.Contains(MeetingSteps.Fact(MeetingChannelTexts.MovePost.Format(Language.En, 1), over), status);
    }

    [Fact]
    public async Task A_change_post_without_an_answer_is_shown_uncertain_and_never_posted_again_by_itself()
    {
        var thread = await PostedAsync();
        await _app.ReviseAsync(("Opening", "Ouverture"), ("Return policies", "Politiques de retour"));
        _app.Connector.Outcome = a => Says(a, MeetingChannelTexts.RevisedIntro) ? new SendResult(SendStatus.Uncertain, HttpStatus: 504, ErrorCode: "HTTP 504") : null;

        await _app.RunJobsAsync();
        _app.Connector.Outcome = null;
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        Assert.DoesNotContain(_app.Connector.Sends, s => s.To.ConversationId == thread);
        var row = (await _app.PostRowAsync(MeetingChannelPostCampaign.AgendaKey(MeetingSteps.Id, 2)))!;
        Assert.Equal((DeliveryStatus.Uncertain, "HTTP 504"), (row.Status, row.ErrorCode));
        Assert.Contains(MeetingSteps.Fact(MeetingChannelTexts.AgendaPost.Format(Language.En, 2),
            DeliveryTexts.ChannelUncertain.Format(Language.En, new DateTime(2026, 11, 23, 10, 0, 0), "Teams timed out (504) after the message left")), await _app.StatusAsync());
    }

    [Fact]
    public async Task A_change_post_held_back_by_Teams_waits_and_goes_once_after_the_pause()
    {
        var thread = await PostedAsync();
        await _app.MoveAsync("2027-03-22");
        var attempts = 0;
        _app.Connector.Outcome = a => Says(a, MeetingChannelTexts.MovedIntro) && ++attempts == 1
            ? new SendResult(SendStatus.Throttled, HttpStatus: 429, RetryAfter: TimeSpan.FromSeconds(20)) : null;

        await _app.RunJobsAsync();
        Assert.Contains(MeetingSteps.Fact(MeetingChannelTexts.MovePost.Format(Language.En, 1), DeliveryTexts.ChannelWaiting.En), await _app.StatusAsync());
        _app.Clock.Advance(TimeSpan.FromSeconds(21));
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        Assert.Equal(2, attempts);
        Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == thread && Says(s, MeetingChannelTexts.MovedIntro));
    }
}
