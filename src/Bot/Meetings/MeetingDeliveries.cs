using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Deliveries;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// A convened meeting as the delivery view shows it: the convocation's 1:1 messages, its mentions in the channel, and
/// its posts there (the convocation's and each later announcement's).
public sealed class MeetingDeliveries(IMeetingStore store, NetworkCalendar calendar) : IDeliverySubjects
{
    public const string Subject = "meeting";

    public string Kind => Subject;

    public async Task<DeliverySubject?> FindAsync(string id, Language language, CancellationToken ct)
    {
        if (await store.GetAsync(id, ct) is not { Status: not MeetingStatus.Draft } meeting) return null;
        var back = Card.Execute(MeetingTexts.BackToStatus.In(language), MeetingRoutes.Status, new JsonObject { [MeetingForm.IdKey] = meeting.Id }, withInputs: false);
        return new DeliverySubject(Subject, meeting.Id, MeetingTexts.DeliveryTitle.In(language), meeting.Title.In(language),
            ConvocationCampaign.Key(meeting.Id), MeetingMentionCampaign.Key(meeting.Id), back,
            // A meeting for some members has no post in the channel to settle.
            meeting.IsForWholeNetwork
                ? [.. MeetingPosts.Of(meeting).Select(p => new DeliveryChannelPost(p.Campaign, MeetingPosts.Label(p, language), MeetingPosts.IsCurrent(p, meeting, calendar.Today)))]
                : []);
    }
}
