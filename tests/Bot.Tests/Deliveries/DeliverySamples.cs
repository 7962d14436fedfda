using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Deliveries;
using FocalBot.Bot.Members;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Deliveries;

/// Every delivery card filled with sample data, for AllCards: rendered in both languages, and walked for verbs. It lives
/// with the tests because its sample subjects borrow the requests' and meetings' texts.
public static class DeliverySamples
{
    public static IEnumerable<(string Name, JsonObject Card)> Cards(Language language, SampleText typed)
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var at = new DateTimeOffset(2026, 11, 23, 9, 5, 0, TimeSpan.Zero);
        var everyone = typed.Members(DemoNetwork.Members).ToDictionary(m => m.Id);
        // A request's deliveries, as RequestDeliveries gives them; the title is typed by the office, so literal.
        var subject = new DeliverySubject(RequestDeliveries.Subject, "sample-request", RequestTexts.RecipientsTitle.Format(language, "2026/07"),
            typed.Text("Reception of **unaccompanied** minors"), "request/2026/07", "request-mention/2026/07",
            Card.Execute(RequestTexts.BackToStatus.In(language), RequestRoutes.Status, new JsonObject { [RequestForm.IdKey] = "sample-request" }, withInputs: false));
        DeliveryLine Line(string id, DeliveryStatus status, DeliveryPath? path = null, string? code = null, Delivery? mention = null) =>
            new(everyone.GetValueOrDefault(id), new Delivery { Campaign = subject.Campaign, MemberId = id, Status = status, Path = path, ErrorCode = code, UpdatedAt = at }, mention);
        var sends = new List<DeliveryLine>
        {
            Line("demo-elise", DeliveryStatus.Sent, DeliveryPath.Chat),
            Line("demo-jonas", DeliveryStatus.NoChat, mention: new Delivery { Campaign = "request-mention/2026/07", MemberId = "demo-jonas", Status = DeliveryStatus.Sent, Path = DeliveryPath.ChannelMention }),
            Line("demo-giulia", DeliveryStatus.Failed, code: "ConversationBlockedByUser"),
            Line("demo-luc", DeliveryStatus.Uncertain, code: "HTTP 504"),
            Line("demo-sophie", DeliveryStatus.Uncertain),
            Line("removed-member", DeliveryStatus.Sent, DeliveryPath.Email),
        };
        var mentions = new List<DeliveryLine> { new(everyone.GetValueOrDefault("demo-jonas"), new Delivery { Campaign = "request-mention/2026/07", MemberId = "demo-jonas", Status = DeliveryStatus.Uncertain, ErrorCode = "NoAnswer", UpdatedAt = at }, null) };

        // Its post in the channel, Uncertain; and a meeting's later posts, one posted, one closed unposted.
        DeliveryPostLine Post(string label, DeliveryStatus status, ChannelPost state) =>
            new(label, new Delivery { Campaign = "request-channel/2026/07", MemberId = NetworkChannel.Recipient, Status = status, UpdatedAt = at }, state);
        var posts = new List<DeliveryPostLine>
        {
            Post(DeliveryTexts.ChannelFact.In(language), DeliveryStatus.Uncertain, new ChannelPost(ChannelPostState.Uncertain, "Timeout", at)),
            Post(FocalBot.Bot.Meetings.MeetingChannelTexts.AgendaPost.Format(language, 2), DeliveryStatus.Sent, new ChannelPost(ChannelPostState.Posted, null, at)),
            Post(FocalBot.Bot.Meetings.MeetingChannelTexts.MovePost.Format(language, 1), DeliveryStatus.Failed, new ChannelPost(ChannelPostState.NotPosted, NetworkChannel.Superseded, at)),
        };

        yield return ("deliveries.view", DeliveryCards.View(new DeliveryView(subject, sends, mentions, [], posts), paris, at, language));
        yield return ("deliveries.view-requeued", DeliveryCards.View(new DeliveryView(subject, sends.Take(3).ToList(), [],
            [DeliveryTexts.Requeued.Format(language, 2), DeliveryTexts.RequeuedSkipped.Format(language, 1)], []), paris, at, language));
        yield return ("deliveries.view-post-only", DeliveryCards.View(new DeliveryView(subject, sends.Take(1).ToList(), [], [], posts.Take(1).ToList()), paris, at, language));
        yield return ("deliveries.confirm-resend", DeliveryCards.ConfirmResend(subject, 3, 0, at, language));
        yield return ("deliveries.confirm-repost", DeliveryCards.ConfirmResend(subject, 0, 1, at, language));
        yield return ("deliveries.confirm-resend-and-repost", DeliveryCards.ConfirmResend(subject, 2, 2, at, language));
    }
}
