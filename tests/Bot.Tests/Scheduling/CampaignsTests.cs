using FocalBot.Bot.Decisions;
using FocalBot.Bot.DetailsCheck;
using FocalBot.Bot.Groups;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Outcomes;
using FocalBot.Bot.Rapporteurs;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Scheduling;

/// The campaign registry: a delivery row's key names one campaign, which reads it back; keys already in storage keep
/// working after an upgrade.
public sealed class CampaignsTests : IDisposable
{
    readonly BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    /// Keys as the bot has written them to storage, with the campaign each belongs to: an upgrade must read them all.
    public static TheoryData<string, string> KeysInStorage => new()
    {
        { "request/2026/07", nameof(RequestSentCampaign) },
        { "request-reminder/2026/07/FR/5", nameof(RequestReminderCampaign) },
        { "request-chase/2026/07/2026-11-23", nameof(RequestChaseCampaign) },
        { "request-proposed/r-1", nameof(RequestProposedCampaign) },
        { "request-decision/r-1", nameof(RequestDecisionCampaign) },
        { "request-compiled/2026/07", nameof(RequestCompiledCampaign) },
        { "request-released/2026/07", nameof(RequestReleasedCampaign) },
        { "request-channel/2026/07", nameof(RequestChannelPostCampaign) },
        { "request-mention/2026/07", nameof(RequestMentionCampaign) },
        { "request-reminder-mention/request-chase/2026/07/2026-11-23", nameof(RequestReminderMentionCampaign) },
        { "request-reminder-mention/request-reminder/2026/07/FR/1", nameof(RequestReminderMentionCampaign) },
        { "meeting-convocation/m1", nameof(ConvocationCampaign) },
        { "meeting-agenda/m1/2", nameof(RevisedAgendaCampaign) },
        { "meeting-suggestion/s1", nameof(SuggestionDecisionCampaign) },
        { "meeting-notice/m1/1", nameof(MeetingNoticeCampaign) },
        { "meeting-reminder/m1/no-answer", nameof(MeetingReminderCampaign) },
        { "meeting-reminder/m1/practical/2026-05-11", nameof(MeetingReminderCampaign) },
        { "meeting-reminder/m1/last/2026-05-11", nameof(MeetingReminderCampaign) },
        { "meeting-channel/m1", nameof(MeetingChannelPostCampaign) },
        { "meeting-mention/m1", nameof(MeetingMentionCampaign) },
        { "details-check/2027", nameof(DetailsCheckCampaign) },
        { "decision/p1/1", nameof(ProposalCampaign) },
        { "decision-objected/p1/2", nameof(ObjectedCampaign) },
        { "rapporteur-call/c1", nameof(CallOpenedCampaign) },
        { "rapporteur-consent/c1/m-giulia/2026-12-21", nameof(ConsentCampaign) },
        { "rapporteur-appointed/c1", nameof(AppointedCampaign) },
        { "rapporteur-not-appointed/c1", nameof(NotAppointedCampaign) },
        { "rapporteur-mandate-ending/c1/m-elise/2027-12-11", nameof(MandateEndingCampaign) },
        { "rapporteur-call-channel/c1", nameof(CallChannelPostCampaign) },
        { "rapporteur-appointed-channel/c1", nameof(AppointedChannelPostCampaign) },
        { "group-created/g1", nameof(GroupCreatedCampaign) },
        { "group-invitation/g1/2026-12-14", nameof(GroupInvitationCampaign) },
        { "group-request/g1/m-jonas/2026-12-14", nameof(GroupRequestCampaign) },
        { "group-answer/g1/m-jonas/2026-12-15", nameof(GroupAnswerCampaign) },
        { "group-channel/g1", nameof(GroupChannelPostCampaign) },
        { "action/a1", nameof(ActionSentCampaign) },
        { "action-reminder/a1/2026-06-30/10", nameof(ActionReminderCampaign) },
        { "action-reminder/a1/2026-06-30/-1", nameof(ActionReminderCampaign) },
        { "action-done/a1", nameof(ActionDoneCampaign) },
        { "action-more-time/a1/1", nameof(ActionMoreTimeCampaign) },
        { "action-answer/a1/2", nameof(ActionAnswerCampaign) },
        { "report-draft/m1", nameof(ReportDraftCampaign) },
        { "report-comment/m1/c1", nameof(ReportCommentCampaign) },
        { "report-issued/m1", nameof(ReportIssuedCampaign) },
        { "report-channel/m1", nameof(ReportChannelCampaign) },
    };

    /// Each campaign type's key read back and written again.
    static readonly Dictionary<string, Func<string, string?>> Rewrite = new()
    {
        [nameof(RequestSentCampaign)] = RoundTrip<RequestSentCampaign, RequestNumber>,
        [nameof(RequestReminderCampaign)] = RoundTrip<RequestReminderCampaign, RequestReminderCampaign.Subject>,
        [nameof(RequestChaseCampaign)] = RoundTrip<RequestChaseCampaign, RequestChaseCampaign.Subject>,
        [nameof(RequestProposedCampaign)] = RoundTrip<RequestProposedCampaign, string>,
        [nameof(RequestDecisionCampaign)] = RoundTrip<RequestDecisionCampaign, string>,
        [nameof(RequestCompiledCampaign)] = RoundTrip<RequestCompiledCampaign, RequestNumber>,
        [nameof(RequestReleasedCampaign)] = RoundTrip<RequestReleasedCampaign, RequestNumber>,
        [nameof(RequestChannelPostCampaign)] = RoundTrip<RequestChannelPostCampaign, RequestNumber>,
        [nameof(RequestMentionCampaign)] = RoundTrip<RequestMentionCampaign, RequestNumber>,
        [nameof(RequestReminderMentionCampaign)] = RoundTrip<RequestReminderMentionCampaign, string>,
        [nameof(ConvocationCampaign)] = RoundTrip<ConvocationCampaign, string>,
        [nameof(RevisedAgendaCampaign)] = RoundTrip<RevisedAgendaCampaign, RevisedAgendaCampaign.Subject>,
        [nameof(SuggestionDecisionCampaign)] = RoundTrip<SuggestionDecisionCampaign, string>,
        [nameof(MeetingNoticeCampaign)] = RoundTrip<MeetingNoticeCampaign, MeetingNoticeCampaign.Subject>,
        [nameof(MeetingReminderCampaign)] = RoundTrip<MeetingReminderCampaign, MeetingReminderCampaign.Subject>,
        [nameof(MeetingChannelPostCampaign)] = RoundTrip<MeetingChannelPostCampaign, string>,
        [nameof(MeetingMentionCampaign)] = RoundTrip<MeetingMentionCampaign, string>,
        [nameof(DetailsCheckCampaign)] = RoundTrip<DetailsCheckCampaign, int>,
        [nameof(ProposalCampaign)] = RoundTrip<ProposalCampaign, ProposalCampaign.Subject>,
        [nameof(ObjectedCampaign)] = RoundTrip<ObjectedCampaign, ProposalCampaign.Subject>,
        [nameof(CallOpenedCampaign)] = RoundTrip<CallOpenedCampaign, string>,
        [nameof(ConsentCampaign)] = RoundTrip<ConsentCampaign, ConsentCampaign.Subject>,
        [nameof(AppointedCampaign)] = RoundTrip<AppointedCampaign, string>,
        [nameof(NotAppointedCampaign)] = RoundTrip<NotAppointedCampaign, string>,
        [nameof(MandateEndingCampaign)] = RoundTrip<MandateEndingCampaign, MandateEndingCampaign.Subject>,
        [nameof(CallChannelPostCampaign)] = RoundTrip<CallChannelPostCampaign, string>,
        [nameof(AppointedChannelPostCampaign)] = RoundTrip<AppointedChannelPostCampaign, string>,
        [nameof(GroupCreatedCampaign)] = RoundTrip<GroupCreatedCampaign, string>,
        [nameof(GroupInvitationCampaign)] = RoundTrip<GroupInvitationCampaign, GroupInvitationCampaign.Subject>,
        [nameof(GroupRequestCampaign)] = RoundTrip<GroupRequestCampaign, GroupRequestCampaign.Subject>,
        [nameof(GroupAnswerCampaign)] = RoundTrip<GroupAnswerCampaign, GroupRequestCampaign.Subject>,
        [nameof(GroupChannelPostCampaign)] = RoundTrip<GroupChannelPostCampaign, string>,
        [nameof(ActionSentCampaign)] = RoundTrip<ActionSentCampaign, string>,
        [nameof(ActionReminderCampaign)] = RoundTrip<ActionReminderCampaign, FocalBot.Domain.Outcomes.ActionReminder>,
        [nameof(ActionDoneCampaign)] = RoundTrip<ActionDoneCampaign, string>,
        [nameof(ActionMoreTimeCampaign)] = RoundTrip<ActionMoreTimeCampaign, ActionMoreTimeCampaign.Subject>,
        [nameof(ActionAnswerCampaign)] = RoundTrip<ActionAnswerCampaign, ActionMoreTimeCampaign.Subject>,
        [nameof(ReportDraftCampaign)] = RoundTrip<ReportDraftCampaign, string>,
        [nameof(ReportCommentCampaign)] = RoundTrip<ReportCommentCampaign, ReportCommentCampaign.Subject>,
        [nameof(ReportIssuedCampaign)] = RoundTrip<ReportIssuedCampaign, string>,
        [nameof(ReportChannelCampaign)] = RoundTrip<ReportChannelCampaign, string>,
    };

    static string? RoundTrip<TCampaign, TSubject>(string key) where TCampaign : ICampaignKey<TSubject> =>
        TCampaign.TryParse(key, out var subject) ? TCampaign.Key(subject) : null;

    [Theory]
    [MemberData(nameof(KeysInStorage))]
    public void A_key_in_storage_names_its_campaign_which_reads_it_back_and_writes_it_the_same(string key, string campaign)
    {
        var found = _app.Service<Campaigns>().For(key);

        Assert.Equal(campaign, found?.Name);
        Assert.Equal(key, Rewrite[campaign](key));
    }

    [Fact]
    public void Every_registered_campaign_is_read_back_here()
    {
        var registered = _app.Service<Campaigns>().All.Select(c => c.Name).Order();

        Assert.Equal(Rewrite.Keys.Order(), registered);
        Assert.Equal(Rewrite.Keys.Order(), KeysInStorage.Select(row => (string)row[1]).Distinct().Order());
    }

    [Fact]
    public void Keys_are_built_from_the_plans_as_before()
    {
        var opening = new DateOnly(2026, 5, 11);

        Assert.Equal("request-reminder/2026/07/FR/5", RequestReminderCampaign.Key(new Reminder(new RequestNumber(2026, 7), "FR", 5, false, [])));
        Assert.Equal("meeting-reminder/m1/no-answer", MeetingReminderCampaign.Key(new MeetingReminder("m1", MeetingReminderKind.NoAnswer, opening, [])));
        Assert.Equal("meeting-reminder/m1/practical/2026-05-11", MeetingReminderCampaign.Key(new MeetingReminder("m1", MeetingReminderKind.PracticalDetails, opening, [])));
        Assert.Equal("meeting-reminder/m1/last/2026-05-11", MeetingReminderCampaign.Key(new MeetingReminder("m1", MeetingReminderKind.LastReminder, opening, [])));
        Assert.Equal("meeting-notice/m1/1", MeetingNoticeCampaign.Key(new MeetingNotice("m1", NoticeKind.Moved, 1, [])));
        Assert.Equal("meeting-channel/m1/agenda/2", MeetingChannelPostCampaign.AgendaKey("m1", 2));
        Assert.Equal("meeting-channel/m1/notice/1", MeetingChannelPostCampaign.NoticeKey("m1", 1));
        Assert.Equal(nameof(MeetingChannelPostCampaign), _app.Service<Campaigns>().For(MeetingChannelPostCampaign.NoticeKey("m1", 1))?.Name);
        Assert.Equal("action-reminder/a1/2026-06-30/-1", ActionReminderCampaign.Key(new FocalBot.Domain.Outcomes.ActionReminder("a1", new DateOnly(2026, 6, 30), -1)));
        Assert.Equal("action-more-time/a1/2", ActionMoreTimeCampaign.Key(new("a1", 2)));
    }

    [Fact]
    public void Two_campaigns_whose_keys_could_be_confused_are_refused()
    {
        var requests = Campaigns.Entry.Elsewhere<RequestSentCampaign, RequestNumber>();

        var nested = Assert.Throws<InvalidOperationException>(() => new Campaigns([requests, Campaigns.Entry.Elsewhere<OldRequests, string>()]));
        Assert.Contains(nameof(OldRequests), nested.Message);
        Assert.Contains(nameof(RequestSentCampaign), nested.Message);
        Assert.Throws<InvalidOperationException>(() => new Campaigns([requests, requests]));
        Assert.Throws<InvalidOperationException>(() => new Campaigns([Campaigns.Entry.Elsewhere<Unclosed, string>()]));
    }

    [Fact]
    public void A_campaign_whose_keys_could_be_confused_stops_the_bot_at_startup()
    {
        using var app = RequestApp.New().WithServices(s => s.AddCampaignSentElsewhere<OldRequests, string>());

        Assert.Contains(nameof(OldRequests), StartupFailure.Of(app));
    }

    [Fact]
    public async Task A_reminder_row_written_before_the_upgrade_is_still_sent()
    {
        await _app.OpenChatAsync(Payload.EliseAad);
        var request = await _app.SendAsync();
        await _app.RunJobsAsync();
        var key = $"request-reminder/{request.Number}/FR/5";   // as ChasePlan wrote it

        await _app.Deliveries().AddPendingAsync(key, ["m-elise"], _app.Clock.GetUtcNow(), default);
        await _app.RunJobsAsync();

        Assert.Equal(DeliveryStatus.Sent, (await _app.Deliveries().GetAsync(key, "m-elise", default))!.Status);
        Assert.Single(_app.Connector.To(RequestApp.ChatOf(Payload.EliseAad)),
            s => s.AllText.Contains(RequestTexts.ReminderTitle.Format(Language.Fr, request.Number.ToString()!, request.Deadline)));
    }

    [Fact]
    public async Task A_row_of_a_key_no_campaign_writes_is_parked_untouched()
    {
        using var app = RequestApp.New().Setting("Members:DetailsCheckDay", "12-31");   // nothing else to send on the day
        await app.OpenChatAsync(Payload.EliseAad);
        await app.Deliveries().AddPendingAsync("survey/2027", ["m-elise"], app.Clock.GetUtcNow(), default);
        var queued = (await app.Deliveries().GetAsync("survey/2027", "m-elise", default))!;
        var sent = app.Connector.Sends.Count;

        await app.RunJobsAsync();

        var row = (await app.Deliveries().GetAsync("survey/2027", "m-elise", default))!;
        Assert.Equal((DeliveryStatus.Pending, queued.Version), (row.Status, row.Version));
        Assert.Equal(sent, app.Connector.Sends.Count);
        Assert.Contains(app.Logs.Lines, l => l.Contains("survey/2027") && l.Contains("parked"));
    }

    /// A key that reads like RequestSentCampaign's: "request/old/2026/07" would be taken for either.
    sealed class OldRequests : ICampaignKey<string>
    {
        public static string Prefix => "request/old/";
        public static string Key(string id) => Prefix + id;
        public static bool TryParse(string key, out string id) => (id = CampaignKey.Rest(key, Prefix)!) is not null;
    }

    /// A prefix not closed by '/': "survey" would also start "surveys/...".
    sealed class Unclosed : ICampaignKey<string>
    {
        public static string Prefix => "survey";
        public static string Key(string id) => Prefix + id;
        public static bool TryParse(string key, out string id) => (id = CampaignKey.Rest(key, Prefix)!) is not null;
    }
}
