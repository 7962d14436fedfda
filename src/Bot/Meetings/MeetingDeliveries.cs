using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Deliveries;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// A convened meeting as the delivery view shows it: the convocation's 1:1 messages and its mentions in the channel.
public sealed class MeetingDeliveries(IMeetingStore store) : IDeliverySubjects
{
    public const string Subject = "meeting";

    public string Kind => Subject;

    public async Task<DeliverySubject?> FindAsync(string id, Language language, CancellationToken ct)
    {
        if (await store.GetAsync(id, ct) is not { Status: not MeetingStatus.Draft } meeting) return null;
        var back = Card.Execute(MeetingTexts.BackToStatus.In(language), MeetingRoutes.Status, new JsonObject { [MeetingForm.IdKey] = meeting.Id }, withInputs: false);
        return new DeliverySubject(Subject, meeting.Id, MeetingTexts.DeliveryTitle.In(language), meeting.Title.In(language),
            MeetingCampaigns.Convocation(meeting.Id), MeetingJobs.MentionCampaign(meeting.Id), back);
    }
}
