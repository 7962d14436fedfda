using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Deliveries;
using FocalBot.Bot.Exports;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Members;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Outcomes;

/// The issued report to each invitee it goes to (the rows made when the office issued it), in their language, with
/// their own links to both documents, made when the sender reaches their row: "report-issued/{meeting id}".
public sealed class ReportIssuedCampaign(ActionSteps steps, IExportStore exports) : ICampaign<string>
{
    public static string Prefix => "report-issued/";

    public static string Key(string meetingId) => Prefix + meetingId;

    public static bool TryParse(string key, [MaybeNullWhen(false)] out string meetingId) => (meetingId = CampaignKey.Rest(key, Prefix)) is not null;

    public async Task<Activity?> MessageAsync(string meetingId, Member member, CancellationToken ct)
    {
        if (await steps.Outcomes.GetReportAsync(meetingId, ct) is not { Status: ReportStatus.Issued, Files.Count: > 0 } report
            || await steps.Meetings.GetAsync(meetingId, ct) is not { } meeting) return null;
        var language = ActionMessages.In(member);
        var book = await steps.BookAsync(ct);
        return ProactiveMessage.Card(ReportCards.Received(meeting, report, book, ReportIssue.Links(report, member, language, exports, steps.Calendar), language));
    }

    public MailNoticeKind? MailNotice => MailNoticeKind.OfficeMessage;
}

/// The issued report's announcement in the network's channel, once (ReportChannelJob): "report-channel/{meeting id}".
public sealed class ReportChannelCampaign : ICampaignKey<string>
{
    ReportChannelCampaign() { }

    public static string Prefix => "report-channel/";

    public static string Key(string meetingId) => Prefix + meetingId;

    public static bool TryParse(string key, [MaybeNullWhen(false)] out string meetingId) => (meetingId = CampaignKey.Rest(key, Prefix)) is not null;
}

/// An issued report as the delivery view shows it: its 1:1 messages to the invitees, and its channel post for a
/// meeting of the whole network (offered again only while ReportChannelJob would still post it).
public sealed class ReportDeliveries(IOutcomeStore outcomes, Domain.Meetings.IMeetingStore meetings, NetworkCalendar calendar) : IDeliverySubjects
{
    public const string Subject = "report";

    public string Kind => Subject;

    public async Task<DeliverySubject?> FindAsync(string id, Language language, CancellationToken ct)
    {
        if (await outcomes.GetReportAsync(id, ct) is not { Status: ReportStatus.Issued } report || await meetings.GetAsync(id, ct) is not { } meeting) return null;
        var back = Card.Execute(ReportTexts.OpenIssued.In(language), ReportRoutes.Open, new JsonObject { [ReportRoutes.MeetingIdKey] = id }, withInputs: false);
        IReadOnlyList<DeliveryChannelPost>? posts = meeting.IsForWholeNetwork
            ? [new DeliveryChannelPost(ReportChannelCampaign.Key(id), DeliveryTexts.ChannelFact.In(language), ReportChannelJob.Posts(report, calendar.Today))]
            : null;
        return new DeliverySubject(Subject, id, ReportTexts.DeliveryTitle.In(language), meeting.Title.In(language), ReportIssuedCampaign.Key(id),
            MentionCampaign: null, back, posts);
    }
}
