using System.Text.Json.Nodes;
using FocalBot.Bot.Deliveries;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Tests.Cards;
using FocalBot.Bot.Tests.Meetings;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Deliveries;

/// A post in the network's channel that Teams may or may not have shown (Uncertain) is settled like a personal
/// message: the delivery view lists it, "post again" warns it may appear twice in the channel, and the confirmation puts
/// back exactly that row, audited once, so it goes once more. For a request's post and a meeting's. The clock starts on
/// Monday 23 November 2026, 09:00 UTC (10:00 in Strasbourg).
public sealed class ChannelRepostTests : IDisposable
{
    const string Channel = "19:network@thread.tacv2";
    static readonly DateTime TenInStrasbourg = new(2026, 11, 23, 10, 0, 0);

    readonly BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    static bool Says(Activity a, Text text) =>
        a.Attachments?.FirstOrDefault()?.Content is JsonObject card && CardText.Of(card).Contains(text.En);

    /// A post's line in the view, as its JSON reads: what it is in bold, then where it stands, each a text run.
    static string PostLine(string label, string state) => label + state;

    static bool IsRequestPost(FakeConnector.Sent s) => Says(s.Activity, RequestTexts.ChannelPostIntro);

    /// The first press's answer, and the data of its confirmation button.
    async Task<(string Warning, JsonObject Confirm)> WarnAsync(JsonObject subject)
    {
        var warning = await _app.PressAsync(DeliveryRoutes.Resend, subject.DeepClone().AsObject());
        var confirm = warning["value"]!["actions"]![0]!;
        Assert.Equal(DeliveryRoutes.ResendConfirmed, (string?)confirm["verb"]);
        return (warning.CardText(), (JsonObject)confirm["data"]!.DeepClone());
    }

    /// A request whose post in the channel got no answer (a timeout), a minute ago.
    async Task<InformationRequest> UncertainRequestPostAsync()
    {
        await _app.Conversations.SaveAsync(RequestApp.ChannelOf(), default);
        var request = await _app.SendAsync();
        _app.Connector.Outcome = a => Says(a, RequestTexts.ChannelPostIntro) ? new SendResult(SendStatus.Uncertain, ErrorCode: "Timeout") : null;
        await _app.RunJobsAsync();
        _app.Connector.Outcome = null;
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        return request;
    }

    [Fact]
    public async Task A_requests_uncertain_post_is_listed_posted_again_after_a_warning_once_and_audited_once()
    {
        var request = await UncertainRequestPostAsync();
        var subject = DeliveryRoutes.Data(RequestDeliveries.Subject, request.Id);

        var view = (await _app.PressAsync(DeliveryRoutes.View, subject.DeepClone().AsObject())).CardText();
        var (warning, confirm) = await WarnAsync(subject);
        var nothingYet = await _app.PostRowAsync(RequestChannelPostCampaign.Key(request.Number!.Value));
        var answer = (await _app.PressAsync(DeliveryRoutes.ResendConfirmed, confirm.DeepClone().AsObject())).CardJson();
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();
        var again = (await _app.PressAsync(DeliveryRoutes.ResendConfirmed, confirm)).CardText();

        Assert.Contains($"{DeliveryTexts.UncertainHeading.En} (1)", view);
        Assert.Contains(DeliveryTexts.InTheChannel.En, view);
        Assert.Contains(": " + DeliveryTexts.ChannelUncertain.Format(Language.En, TenInStrasbourg, "no answer from Teams in time"), view);
        Assert.Contains(DeliveryTexts.RepostButton.En, view);
        Assert.Contains(DeliveryTexts.RepostOneWarning.En, warning);
        Assert.Contains("appear there twice", warning);
        Assert.DoesNotContain("those people may receive it twice", warning);
        Assert.Contains(DeliveryTexts.RepostOneConfirmButton.En, warning);
        Assert.Equal(DeliveryStatus.Uncertain, nothingYet!.Status);
        Assert.Contains(DeliveryTexts.Requeued.Format(Language.En, 1), answer);
        Assert.Contains(DeliveryTexts.RequeuedSkipped.Format(Language.En, 1), again);
        var post = Assert.Single(_app.Connector.Sends, IsRequestPost);
        Assert.Equal(Channel, post.To.ConversationId);
        var row = (await _app.PostRowAsync(RequestChannelPostCampaign.Key(request.Number!.Value)))!;
        Assert.Equal(DeliveryStatus.Sent, row.Status);
        var audit = Assert.Single(await _app.AuditAsync(), e => e.Action == DeliveryRoutes.AuditResent);
        Assert.Equal(("m-sophie", "request", request.Id), (audit.ActorId, audit.SubjectType, audit.SubjectId));
    }

    [Fact]
    public async Task A_meetings_uncertain_change_post_and_a_personal_message_go_again_together_each_once()
    {
        await _app.Conversations.SaveAsync(RequestApp.ChannelOf(), default);
        await _app.OpenChatAsync(Payload.JonasAad);
        await _app.ConveneAsync();
        await _app.RunJobsAsync();
        var thread = await _app.ThreadAsync();
        await _app.ReviseAsync(("Opening", "Ouverture"), ("Return policies", "Politiques de retour"));
        _app.Connector.Outcome = a => Says(a, MeetingChannelTexts.RevisedIntro) ? new SendResult(SendStatus.Uncertain, HttpStatus: 502, ErrorCode: "HTTP 502") : null;
        await _app.RunJobsAsync();
        _app.Connector.Outcome = null;
        // Jonas's convocation got no answer either.
        var jonas = Assert.Single(await _app.Deliveries().ListAsync(ConvocationCampaign.Key(MeetingSteps.Id), default), d => d.MemberId == "m-jonas");
        await _app.Deliveries().SaveAsync(jonas with { Status = DeliveryStatus.Uncertain, ErrorCode = "NoAnswer" }, default);
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        var subject = DeliveryRoutes.Data(MeetingDeliveries.Subject, MeetingSteps.Id);
        var sentBefore = _app.Connector.Sends.Count(s => s.To.ConversationId == RequestApp.ChatOf(Payload.JonasAad));

        var view = (await _app.PressAsync(DeliveryRoutes.View, subject.DeepClone().AsObject())).CardText();
        var (warning, confirm) = await WarnAsync(subject);
        var answer = (await _app.PressAsync(DeliveryRoutes.ResendConfirmed, confirm)).CardText();
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        Assert.Contains(MeetingChannelTexts.AgendaPost.Format(Language.En, 2), view);
        Assert.Contains(PostLine(MeetingChannelTexts.ConvocationPost.En, ": " + DeliveryTexts.ChannelPosted.En), view);
        Assert.Contains(DeliveryTexts.ResendAllButton.Format(Language.En, 2), view);
        Assert.Contains(DeliveryTexts.ResendWarning.Format(Language.En, 1), warning);
        Assert.Contains(DeliveryTexts.RepostOneWarning.En, warning);
        Assert.Contains(DeliveryTexts.ResendAllConfirmButton.Format(Language.En, 2), warning);
        Assert.Contains(DeliveryTexts.Requeued.Format(Language.En, 2), answer);
        Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == thread && Says(s.Activity, MeetingChannelTexts.RevisedIntro));
        Assert.Equal(sentBefore + 1, _app.Connector.Sends.Count(s => s.To.ConversationId == RequestApp.ChatOf(Payload.JonasAad)));
        Assert.Equal(DeliveryStatus.Sent, (await _app.PostRowAsync(MeetingChannelPostCampaign.AgendaKey(MeetingSteps.Id, 2)))!.Status);
        Assert.Single(await _app.AuditAsync(), e => e is { Action: DeliveryRoutes.AuditResent, SubjectType: "meeting", SubjectId: MeetingSteps.Id });
    }

    [Fact]
    public async Task An_uncertain_post_a_later_change_made_obsolete_is_shown_but_not_offered_again()
    {
        await _app.Conversations.SaveAsync(RequestApp.ChannelOf(), default);
        await _app.ConveneAsync();
        await _app.RunJobsAsync();
        await _app.MoveAsync("2027-03-22");
        _app.Connector.Outcome = a => Says(a, MeetingChannelTexts.MovedIntro) ? new SendResult(SendStatus.Uncertain, ErrorCode: "NoAnswer") : null;
        await _app.RunJobsAsync();
        _app.Connector.Outcome = null;
        await _app.MoveAsync("2027-03-29");
        await _app.RunJobsAsync();
        var subject = DeliveryRoutes.Data(MeetingDeliveries.Subject, MeetingSteps.Id);

        var view = (await _app.PressAsync(DeliveryRoutes.View, subject.DeepClone().AsObject())).CardText();
        var warning = (await _app.PressAsync(DeliveryRoutes.Resend, subject.DeepClone().AsObject())).CardText();

        Assert.Contains(MeetingChannelTexts.MovePost.Format(Language.En, 1), view);
        Assert.Contains(DeliveryTexts.ChannelUncertain.Format(Language.En, TenInStrasbourg, "the connection dropped before Teams answered"), view);
        Assert.DoesNotContain(DeliveryTexts.RepostButton.En, view);
        Assert.DoesNotContain(DeliveryTexts.UncertainHeading.En, view);
        Assert.Contains(DeliveryTexts.NothingUncertain.En, warning);
        Assert.Equal(DeliveryStatus.Uncertain, (await _app.PostRowAsync(MeetingChannelPostCampaign.NoticeKey(MeetingSteps.Id, 1)))!.Status);
    }

    [Fact]
    public async Task The_office_reads_the_post_and_its_warning_in_French()
    {
        var request = await UncertainRequestPostAsync();
        await _app.Given(AMember.Sophie() with { PreferredLanguage = Language.Fr });
        var subject = DeliveryRoutes.Data(RequestDeliveries.Subject, request.Id);

        var view = (await _app.PressAsync(DeliveryRoutes.View, subject.DeepClone().AsObject())).CardText();
        var (warning, _) = await WarnAsync(subject);

        Assert.Contains(PostLine(DeliveryTexts.ChannelFact.Fr, "\u00a0: " + DeliveryTexts.ChannelUncertain.Format(Language.Fr, TenInStrasbourg, "pas de réponse de Teams dans le délai")), view);
        Assert.Contains(DeliveryTexts.RepostButton.Fr, view);
        Assert.Contains(DeliveryTexts.RepostOneWarning.Fr, warning);
        Assert.Empty(FrenchTypography.PlainSpacesBeforeDoublePunctuation(view));
        Assert.Empty(FrenchTypography.PlainSpacesBeforeDoublePunctuation(warning));
    }

    [Fact]
    public async Task A_focal_point_cannot_post_it_again()
    {
        var request = await UncertainRequestPostAsync();
        var subject = DeliveryRoutes.Data(RequestDeliveries.Subject, request.Id);
        var (_, confirm) = await WarnAsync(subject);

        var answer = await _app.PressAsync(DeliveryRoutes.ResendConfirmed, confirm, fromAad: Payload.EliseAad);
        await _app.RunJobsAsync();

        Assert.Equal(DeliveryTexts.OfficeOnly.Fr, answer.Message);
        Assert.Equal(DeliveryStatus.Uncertain, (await _app.PostRowAsync(RequestChannelPostCampaign.Key(request.Number!.Value)))!.Status);
        Assert.DoesNotContain(_app.Connector.Sends, IsRequestPost);
    }
}
