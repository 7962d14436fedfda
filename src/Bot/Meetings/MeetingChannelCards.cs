using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Deliveries;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// What the network's channel shows of a meeting. The channel is everyone's, so it speaks both languages: fixed labels in
/// English and French, and the title and agenda as the office entered them in each. What the office typed stays literal.
public static class MeetingChannelCards
{
    /// The convocation without the answer form, which is personal.
    public static JsonObject Post(Meeting meeting)
    {
        var agenda = meeting.CurrentAgenda;
        var body = new List<JsonNode?>
        {
            Card.TextBlock(Bilingual.Label(MeetingTexts.ConvocationHeading), subtle: true),
            Bilingual.SideBySide(meeting.Title.En, meeting.Title.Fr, bold: true, size: "Large"),
            Card.Facts(
            [
                (Bilingual.Label(MeetingTexts.KindFact), Bilingual.Label(meeting.Kind == MeetingKind.Plenary ? MeetingTexts.Plenary : MeetingTexts.Thematic)),
                (Bilingual.Label(MeetingTexts.DatesFact), Bilingual.Join(MeetingCards.Dates(meeting, Language.En), MeetingCards.Dates(meeting, Language.Fr))),
            ]),
            meeting.Place is { } place ? Card.LabelledLiteral(Bilingual.Label(MeetingTexts.PlaceFact) + "\u00a0: ", place) : null,
            meeting.OnlineLink is { } link ? Card.LabelledLiteral(Bilingual.Label(MeetingTexts.OnlineFact) + "\u00a0: ", link) : null,
            Card.TextBlock(Bilingual.Format(MeetingTexts.AgendaVersion, agenda.Number), weight: "Bolder", spacing: "Medium"),
        };
        for (var i = 0; i < agenda.Items.Count; i++) body.Add(Bilingual.SideBySide(agenda.Items[i].Title.En, agenda.Items[i].Title.Fr, label: $"{i + 1}. "));
        body.Add(Bilingual.Lines(MeetingTexts.ChannelIntro, subtle: true, spacing: "Medium"));
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
}
