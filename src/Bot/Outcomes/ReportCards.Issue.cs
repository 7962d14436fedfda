using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Deliveries;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Outcomes;

/// Where an issued report's messages stand, as the office's card states it: the invitees' rows counted (ReachCount),
/// the channel post's state in words, and whether a fault left something unqueued (offered to queue again).
public sealed record IssuedState(string Invitees, string Channel, bool Missing);

public static partial class ReportCards
{
    /// What issuing does, before it is done: the documents, whom it goes to, the channel, the comments received, and that
    /// nothing changes afterwards. Only "Issue" here issues (ReportRoutes.ConfirmKey); it carries the report's version,
    /// so a colleague's change meanwhile issues nothing.
    public static JsonObject ConfirmIssue(Meeting meeting, SummaryReport report, int invitees, int comments, Language language)
    {
        var back = new JsonObject { [ReportRoutes.MeetingIdKey] = meeting.Id };
        var issue = new JsonObject { [ReportRoutes.MeetingIdKey] = meeting.Id, [ReportForm.VersionKey] = report.Version ?? "", [ReportRoutes.ConfirmKey] = "true" };
        return Card.New(
        [
            Card.Title(ReportTexts.ConfirmTitle.In(language)),
            Card.Literal(meeting.Title.In(language), weight: "Bolder"),
            Card.TextBlock(MeetingDates.Of(meeting, language), subtle: true, spacing: "None"),
            Card.Bullets(
            [
                ReportTexts.ConfirmFiles.In(language),
                ReportTexts.ConfirmInvitees.Format(language, invitees),
                (meeting.IsForWholeNetwork ? ReportTexts.ConfirmChannel : ReportTexts.ConfirmNoChannel).In(language),
                ReportTexts.Comments.Format(language, comments),
            ]),
            Card.TextBlock(ReportTexts.ConfirmFinal.In(language), weight: "Bolder", color: "Attention"),
        ],
        [
            Card.Execute(ReportTexts.ConfirmIssue.In(language), ReportRoutes.Issue, issue, style: "positive", withInputs: false),
            Card.Execute(ReportTexts.BackToDraft.In(language), ReportRoutes.Open, back, withInputs: false),
        ]);
    }

    /// The issued report for the office, read-only: when it was issued, its messages' state, the office member's own
    /// links to both documents, and the report as issued.
    public static JsonObject Issued(Meeting meeting, SummaryReport report, OwnerBook book, ReportLinks links,
        IssuedState state, string? notice, Language language, int comments = 0)
    {
        var data = new JsonObject { [ReportRoutes.MeetingIdKey] = meeting.Id };
        var body = new List<JsonNode?>
        {
            Card.Title(ReportTexts.IssuedTitle.In(language)),
            Card.Literal(meeting.Title.In(language), weight: "Bolder"),
            Card.TextBlock(MeetingDates.Of(meeting, language), subtle: true, spacing: "None"),
            report.IssuedOn is { } on ? Card.TextBlock(ReportTexts.IssuedOn.Format(language, on), spacing: "Small") : null,
            notice is null ? null : Card.TextBlock(notice, weight: "Bolder", color: "Good"),
            Card.Facts([(ReportTexts.InviteesFact.In(language), state.Invitees), (DeliveryTexts.ChannelFact.In(language), state.Channel)]),
            Expiry(links, language),
        };
        body.AddRange(Read(meeting, report, book, language));
        body.Add(ReadCommentsButton(meeting.Id, comments, language));
        var issue = new JsonObject { [ReportRoutes.MeetingIdKey] = meeting.Id, [ReportRoutes.ConfirmKey] = "true" };
        return Card.New(body,
        [
            .. LinkButtons(links, language),
            Card.Execute(ReportTexts.DeliveryButton.In(language), DeliveryRoutes.View, DeliveryRoutes.Data(ReportDeliveries.Subject, meeting.Id), withInputs: false),
            state.Missing ? Card.Execute(ReportTexts.QueueMissing.In(language), ReportRoutes.Issue, issue, withInputs: false) : null,
        ]);
    }

    /// The issued report as an invitee receives it, in their language: the meeting, the recommendations with their
    /// addressees, and their own links to the report in their language and in the other one.
    public static JsonObject Received(Meeting meeting, SummaryReport report, OwnerBook book, ReportLinks links, Language language)
    {
        var body = new List<JsonNode?>
        {
            Card.Literal(ReportTexts.ReceivedTitle.Format(language, meeting.Title.In(language)), weight: "Bolder", size: "Large"),
            Card.TextBlock(MeetingDates.Of(meeting, language), subtle: true, spacing: "None"),
            report.IssuedOn is { } on ? Card.TextBlock(ReportTexts.IssuedOn.Format(language, on), spacing: "Small") : null,
            Card.TextBlock(ReportTexts.Confidential.In(language), subtle: true, size: "Small"),
            Card.Subtitle(ReportTexts.RecommendationsHeading.In(language)),
        };
        if (report.Recommendations.Count == 0) body.Add(Card.TextBlock(ReportTexts.NoRecommendations.In(language), subtle: true));
        foreach (var r in report.Recommendations.OrderBy(r => r.Number))
        {
            body.Add(Card.Literal($"{r.Number}. {r.Text.In(language)}", spacing: "Small"));
            body.Add(Card.Literal(ActionCards.Label(ReportTexts.AddresseeLabel, language) + book.Name(r.Addressee, language), subtle: true, spacing: "None"));
        }
        body.Add(Expiry(links, language));
        return Card.New(body,
        [
            .. LinkButtons(links, language),
            Card.Execute(ReportTexts.NewLinks.In(language), ReportRoutes.Links, new JsonObject { [ReportRoutes.MeetingIdKey] = meeting.Id }, withInputs: false),
        ]);
    }

    /// The issued report in the network's channel, in English and French side by side: the meeting and how many
    /// recommendations it made. No links (each is made for one member) and nothing of the report's texts.
    public static JsonObject ChannelPost(Meeting meeting, SummaryReport report) => Card.New(
    [
        Card.TextBlock(Bilingual.Label(ReportTexts.ChannelTitle), subtle: true),
        Bilingual.SideBySide(meeting.Title.In(Language.En), meeting.Title.In(Language.Fr), bold: true, size: "Large"),
        Card.TextBlock(Bilingual.Join(MeetingDates.Of(meeting, Language.En), MeetingDates.Of(meeting, Language.Fr)), subtle: true, spacing: "None"),
        Card.TextBlock(Bilingual.Format(ReportTexts.ChannelRecommendations, report.Recommendations.Count), spacing: "Medium"),
        Bilingual.Lines(ReportTexts.ChannelInChat, subtle: true, spacing: "Medium"),
    ]);

    static IEnumerable<JsonNode?> LinkButtons(ReportLinks links, Language language) =>
        links.Documents.Select(l => Card.OpenUrl((l.Language == Language.En ? ReportTexts.WordEn : ReportTexts.WordFr).In(language), l.Url));

    /// When the links stop working; nothing for a library's page, which does not expire.
    static JsonObject? Expiry(ReportLinks links, Language language) =>
        links.Until is { } until ? Card.TextBlock(ReportTexts.LinksExpire.Format(language, until), subtle: true, size: "Small") : null;
}
