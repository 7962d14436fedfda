using FocalBot.Bot.Deliveries;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Tests.Cards;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Scheduling;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Kiota.Abstractions.Authentication;

namespace FocalBot.Bot.Tests.Meetings;

/// Issue 11, finding 2: the network's channel is every member's, so only a meeting for the whole network is posted
/// there. A session for some members (here one focal point) reaches its invitees 1:1 only, and the office is told so.
/// The clock starts on Monday 23 November 2026, 09:00 UTC.
public sealed class MeetingAudienceChannelTests : IDisposable
{
    const string Channel = "19:network@thread.tacv2";
    const string Title = "Returns of **Élise's** unit";

    BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    static bool InChannel(FakeConnector.Sent s) => s.To.ConversationId.StartsWith(Channel, StringComparison.Ordinal);

    static string NotForNetwork(Language language) =>
        DeliveryTexts.ChannelNotPosted.Format(language, DeliveryTexts.NotPostedReasons[NetworkChannel.NotForNetwork].In(language));

    [Fact]
    public async Task A_session_for_one_focal_point_is_never_posted_and_the_status_says_why_in_both_languages()
    {
        await _app.Conversations.SaveAsync(RequestApp.ChannelOf(), default);
        await _app.OpenChatAsync(Payload.EliseAad);

        var (meeting, confirmation) = await _app.ConveneAsync(MeetingSteps.Form(Title, "Retours", forMembers: ["m-elise"]));
        await _app.RunJobsAsync();
        var revised = await _app.ReviseAsync(("Opening", "Ouverture"), ("Return policies", "Politiques de retour"));
        var moved = await _app.MoveAsync("2027-03-22");
        await _app.RunJobsAsync();
        var english = await _app.StatusAsync();
        await _app.Given(AMember.Sophie() with { PreferredLanguage = Language.Fr });
        var french = await _app.StatusAsync();
        var cancelled = await _app.CancelAsync();
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        Assert.Equal(["m-elise"], meeting.InviteeIds);
        Assert.DoesNotContain(_app.Connector.Sends, InChannel);
        Assert.DoesNotContain(_app.Connector.Sends, s => s.AllText.Contains("Returns of"));
        Assert.Contains(DeliveryTexts.ChannelNotPostedLine.Format(Language.En, DeliveryTexts.NotPostedReasons[NetworkChannel.NotForNetwork].En), confirmation);
        Assert.Contains(MeetingChannelTexts.NotForNetworkLine.En, revised);
        Assert.Contains(MeetingChannelTexts.NotForNetworkLine.En, moved);
        Assert.Contains(MeetingChannelTexts.NotForNetworkLine.Fr, cancelled);
        Assert.Contains(MeetingSteps.Fact(DeliveryTexts.ChannelFact.En, NotForNetwork(Language.En)), english);
        Assert.Contains(MeetingSteps.Fact(DeliveryTexts.ChannelFact.Fr, NotForNetwork(Language.Fr)), french);
        Assert.Contains("ne concerne pas tout le réseau", french);
        Assert.Empty(FrenchTypography.PlainSpacesBeforeDoublePunctuation(french));
        Assert.DoesNotContain(english, "Channel post:");
        // No row was queued for the channel, for any of its posts; Élise heard of each change in her chat.
        foreach (var post in MeetingPosts.Of(await _app.MeetingAsync())) Assert.Null(await _app.PostRowAsync(post.Campaign));
        Assert.Equal(4, _app.Connector.Sends.Count(s => s.To.ConversationId == RequestApp.ChatOf(Payload.EliseAad) && s.AllText.Contains("Retours")));
    }

    [Fact]
    public async Task An_invitee_of_a_session_for_some_members_whom_no_chat_reaches_is_not_mentioned_in_the_channel()
    {
        await _app.Conversations.SaveAsync(RequestApp.ChannelOf(), default);
        RequestApp.MarcInTheTeamWithoutTheApp(_app);

        await _app.ConveneAsync(MeetingSteps.Form(forMembers: ["m-marc", "m-elise"]));
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        Assert.DoesNotContain(_app.Connector.Sends, InChannel);
        var marc = Assert.Single(await _app.Deliveries().ListAsync(ConvocationCampaign.Key(MeetingSteps.Id), default), d => d.MemberId == "m-marc");
        Assert.Equal(DeliveryStatus.NoChat, marc.Status);
        Assert.Empty(await _app.Deliveries().ListAsync(MeetingMentionCampaign.Key(MeetingSteps.Id), default));
    }

    [Fact]
    public async Task With_e_mail_notices_on_such_an_invitee_gets_the_notice_a_mention_would_have_replaced()
    {
        _app.Dispose();
        var graph = new GraphReachEmulator().WithUser(RequestApp.MarcAad);
        _app = RequestApp.New()
            .Setting("Delivery:GraphBaseUrl", GraphReachEmulator.BaseUrl)
            .Setting("Delivery:Mail:Enabled", "true").Setting("Delivery:Mail:Mailbox", GraphReachEmulator.Mailbox)
            .Setting("Delivery:Mail:AppLink", "https://teams.microsoft.com/l/entity/b1c5353a-7aca-41b3-830f-27d5218fe0e5/conversations")
            .WithServices(s => s
                .AddKeyedSingleton<HttpMessageHandler>(ReachSetup.GraphKey, graph)
                .AddKeyedSingleton<IAuthenticationProvider>(ReachSetup.GraphKey, new AnonymousAuthenticationProvider()));
        await _app.Conversations.SaveAsync(RequestApp.ChannelOf(), default);
        RequestApp.MarcInTheTeamWithoutTheApp(_app);

        await _app.ConveneAsync(MeetingSteps.Form(forMembers: ["m-marc"]));
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        var marc = Assert.Single(await _app.Deliveries().ListAsync(ConvocationCampaign.Key(MeetingSteps.Id), default));
        Assert.Equal((DeliveryStatus.Sent, DeliveryPath.Email), (marc.Status, marc.Path));
        Assert.Single(graph.Mails);
        Assert.DoesNotContain(_app.Connector.Sends, InChannel);
    }

    [Fact]
    public async Task A_post_an_earlier_version_queued_for_such_a_session_is_closed_unposted()
    {
        await _app.Conversations.SaveAsync(RequestApp.ChannelOf(), default);
        await _app.ConveneAsync(MeetingSteps.Form(forMembers: ["m-elise"]));
        await _app.Deliveries().AddPendingAsync(MeetingChannelPostCampaign.Key(MeetingSteps.Id), [NetworkChannel.Recipient], _app.Clock.GetUtcNow(), default);

        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        Assert.DoesNotContain(_app.Connector.Sends, InChannel);
        var row = (await _app.PostRowAsync(MeetingChannelPostCampaign.Key(MeetingSteps.Id)))!;
        Assert.Equal((DeliveryStatus.Failed, NetworkChannel.NotForNetwork), (row.Status, row.ErrorCode));
        Assert.Contains(MeetingSteps.Fact(DeliveryTexts.ChannelFact.En, NotForNetwork(Language.En)), await _app.StatusAsync());
    }
}
