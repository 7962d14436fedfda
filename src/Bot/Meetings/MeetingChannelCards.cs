using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Deliveries;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// What the network's channel shows of a meeting. The channel is everyone's, so it speaks both languages: fixed labels in
/// English and French, and the title, agenda (with each item's time, chair, speakers and documents) and place as the office
/// entered them. What the office typed stays literal.
public static class MeetingChannelCards
{
    /// The convocation without the answer form, which is personal.
    public static JsonObject Post(Meeting meeting)
    {
        var body = Head(meeting, Bilingual.Label(MeetingTexts.ConvocationHeading), online: true);
        body.Add(Card.TextBlock(Bilingual.Format(MeetingTexts.AgendaVersion, meeting.CurrentAgenda.Number), weight: "Bolder", spacing: "Medium"));
        body.AddRange(Items(meeting, meeting.CurrentAgenda));
        body.Add(Bilingual.Lines(MeetingTexts.ChannelIntro, subtle: true, spacing: "Medium"));
        return Card.New(body);
    }

    /// A revised agenda: the version given (a later one may exist by the time it is posted), with what changed.
    public static JsonObject Revised(Meeting meeting, AgendaVersion version)
    {
        var body = Head(meeting, Bilingual.Format(MeetingTexts.RevisedTitle, version.Number), online: false);
        if (version.Changes.Count > 0)
        {
            body.Add(Card.TextBlock(Bilingual.Label(MeetingTexts.ChangesHeading), weight: "Bolder", spacing: "Medium"));
            body.Add(Card.Bullets(version.Changes.Select(c => Bilingual.Join(AgendaView.Change(c, Language.En), AgendaView.Change(c, Language.Fr)))));
        }
        body.Add(Card.TextBlock(Bilingual.Format(MeetingTexts.AgendaVersion, version.Number), weight: "Bolder", spacing: "Medium"));
        body.AddRange(Items(meeting, version));
        body.Add(Bilingual.Lines(MeetingChannelTexts.RevisedIntro, subtle: true, spacing: "Medium"));
        return Card.New(body);
    }

    /// A move: the meeting's days, times, place and link as they are now.
    public static JsonObject Moved(Meeting meeting)
    {
        var body = Head(meeting, Bilingual.Label(MeetingChannelTexts.MovedHeading), online: true);
        body.Add(Bilingual.Lines(MeetingChannelTexts.MovedIntro, subtle: true, spacing: "Medium"));
        return Card.New(body);
    }

    /// A cancellation: which meeting will not take place.
    public static JsonObject Cancelled(Meeting meeting)
    {
        var body = Head(meeting, Bilingual.Label(MeetingChannelTexts.CancelledHeading), online: false);
        body.Add(Bilingual.Lines(MeetingChannelTexts.CancelledIntro, subtle: true, spacing: "Medium"));
        return Card.New(body);
    }

    /// Invitees the bot cannot write to in a personal chat, @mentioned in the convocation's thread. The line names the
    /// meeting by its kind and dates, never by the typed title, which must not share a Markdown line with the mentions.
    public static JsonObject Mention(Meeting meeting, IReadOnlyList<Member> people)
    {
        var kind = meeting.Kind == MeetingKind.Plenary ? MeetingTexts.Plenary : MeetingTexts.Thematic;
        var subject = Bilingual.Join($"{kind.En}, {MeetingCards.Dates(meeting, Language.En)}", $"{kind.Fr}, {MeetingCards.Dates(meeting, Language.Fr)}");
        return DeliveryCards.Mention(people, subject, MeetingTexts.MentionBody);
    }

    /// What every post opens with: what it is, the title in both languages, the kind, the dates, the place and (while the
    /// meeting is on) its online link. Place and link are typed, so literal.
    static List<JsonNode?> Head(Meeting meeting, string heading, bool online) =>
    [
        Card.TextBlock(heading, subtle: true),
        Bilingual.SideBySide(meeting.Title.En, meeting.Title.Fr, bold: true, size: "Large"),
        Card.Facts(
        [
            (Bilingual.Label(MeetingTexts.KindFact), Bilingual.Label(meeting.Kind == MeetingKind.Plenary ? MeetingTexts.Plenary : MeetingTexts.Thematic)),
            (Bilingual.Label(MeetingTexts.DatesFact), MeetingCards.BilingualDates(meeting)),
        ]),
        meeting.Place is { } place ? Card.LabelledLiteral(Bilingual.Label(MeetingTexts.PlaceFact) + "\u00a0: ", place) : null,
        online && meeting.OnlineLink is { } link ? Card.LabelledLiteral(Bilingual.Label(MeetingTexts.OnlineFact) + "\u00a0: ", link) : null,
    ];

    static IEnumerable<JsonNode> Items(Meeting meeting, AgendaVersion agenda) =>
        agenda.Items.SelectMany((item, i) => AgendaView.BilingualItem(meeting, item, i + 1));
}
