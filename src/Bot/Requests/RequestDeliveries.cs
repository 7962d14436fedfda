using FocalBot.Bot.Cards;
using FocalBot.Bot.Deliveries;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// A sent request as the delivery view shows it: its 1:1 messages, its post in the channel and its mentions there.
public sealed class RequestDeliveries(IRequestStore store) : IDeliverySubjects
{
    public const string Subject = "request";

    public string Kind => Subject;

    public async Task<DeliverySubject?> FindAsync(string id, Language language, CancellationToken ct)
    {
        if (await store.GetAsync(id, ct) is not { Number: { } number } request) return null;
        var back = Card.Execute(RequestTexts.BackToStatus.In(language), RequestRoutes.Status, new System.Text.Json.Nodes.JsonObject { [RequestForm.IdKey] = request.Id }, withInputs: false);
        return new DeliverySubject(Subject, request.Id, RequestTexts.RecipientsTitle.Format(language, number), RequestCards.TitleIn(request, language),
            RequestSentCampaign.Key(number), RequestMentionCampaign.Key(number), back,
            // The channel job posts only while the request is open: once closed, its post is not offered again.
            [new DeliveryChannelPost(RequestChannelPostCampaign.Key(number), DeliveryTexts.ChannelFact.In(language), request.Status == RequestStatus.Sent)]);
    }
}
