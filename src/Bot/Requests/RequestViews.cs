using System.Text.Json.Nodes;
using FocalBot.Bot.Deliveries;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Requests;

/// The cards that show a request as the stores hold it now: read here once, so a handler that saved something shows it
/// with one call (the office's view, the status, the preview, the request as received, the answer form).
public sealed class RequestViews(
    IRequestStore requests, IMemberDirectory members, IDeliveryStore deliveries, NetworkChannel channel, NetworkCalendar calendar,
    IOptions<RequestOptions> options, AnnexLinks links)
{
    RequestSettings Settings => options.Value.Settings;

    /// The office's view of a request: the status once sent, the preview or review before; with its background documents.
    public async Task<JsonObject> OfficeViewAsync(InformationRequest request, Member office, IEnumerable<string> refreshFor, Language language, CancellationToken ct) =>
        AttachCards.WithDocuments(request.Status switch
        {
            RequestStatus.Sent or RequestStatus.Closed => await StatusAsync(request, refreshFor, language, ct),
            RequestStatus.Proposed => ComposeCards.Review(request, await members.GetAsync(request.RequesterId ?? "", ct), [], language),
            RequestStatus.Declined => RequestCards.Decision(request, language),
            _ => await PreviewAsync(request, office.DisplayName, null, language, ct),
        }, request, links.Documents(request, office), language);

    /// The office's live status, refreshed for `refreshFor` when they look at it.
    public async Task<JsonObject> StatusAsync(InformationRequest request, IEnumerable<string> refreshFor, Language language, CancellationToken ct)
    {
        // The members once: the status is refreshed each time the office looks at it.
        var everyone = await members.ListAsync(ct);
        var progress = await ProgressAsync(request, everyone, ct);
        var post = request.Number is { } n ? await channel.StateAsync(RequestChannelPostCampaign.Key(n), ct) : ChannelPost.None;
        var chase = request.Number is { } number ? await LastChaseAsync(number, ct) : null;
        return FollowUpCards.Status(progress, post, calendar.Zone, calendar.Now, refreshFor, language, chase, await ReleaseProgressAsync(request, progress, everyone, ct));
    }

    /// Where the compilation's release stands: before it, whether the office may release it today; after, its cards' rows.
    async Task<ReleaseProgress?> ReleaseProgressAsync(InformationRequest request, RequestProgress progress, IReadOnlyList<Member> everyone, CancellationToken ct)
    {
        if (request.Number is not { } number || request.Recipients == CompilationRecipients.Office) return null;
        if (request.ReleasedOn is not null)
        {
            var rows = await deliveries.ListAsync(RequestReleasedCampaign.Key(number), ct);
            // Released, but a fault came before its cards were queued: the button is offered again, and its press queues them.
            return new ReleaseProgress(rows.Count == 0 ? null : ReleaseRefusal.AlreadyReleased, rows);
        }
        var answered = progress.States.Where(s => s.Submitted).Select(s => s.Code).ToHashSet();
        return new ReleaseProgress(CompilationRelease.Check(request, answered, everyone, calendar.Today), []);
    }

    /// The office's latest "Chase now", today's or yesterday's, counted from its rows: whom it reached and how.
    async Task<(DateOnly Day, ReachCount Reach)?> LastChaseAsync(RequestNumber number, CancellationToken ct)
    {
        foreach (var day in new[] { calendar.Today, calendar.Today.AddDays(-1) })
        {
            var campaign = RequestChaseCampaign.Key(number, day);
            var rows = await deliveries.ListAsync(campaign, ct);
            if (rows.Count > 0) return (day, ReachCount.Of(rows, await deliveries.ListAsync(RequestReminderMentionCampaign.Key(campaign), ct)));
        }
        return null;
    }

    async Task<RequestProgress> ProgressAsync(InformationRequest request, IReadOnlyList<Member> everyone, CancellationToken ct)
    {
        var number = request.Number ?? default;
        return RequestProgress.Of(request,
            await requests.ListAnswersAsync(number, ct),
            await deliveries.ListAsync(RequestSentCampaign.Key(number), ct),
            await deliveries.ListAsync(RequestMentionCampaign.Key(number), ct),
            everyone);
    }

    /// The office's last look before sending; `author`: who is named as requester when the request names nobody known.
    public async Task<JsonObject> PreviewAsync(InformationRequest request, string author, string? notice, Language language, CancellationToken ct)
    {
        var everyone = await members.ListAsync(ct);
        var requester = everyone.FirstOrDefault(m => m.Id == request.RequesterId)?.DisplayName ?? author;
        return ComposeCards.Preview(request, requester, RequestRoutes.FocalPointsOf(request, everyone).Count, notice, language);
    }

    /// The request as `member` received it, with their state's acknowledgement, their links to its background documents,
    /// and their compilation once they may open it.
    public async Task<JsonObject> ReceivedAsync(InformationRequest request, Member member, Language language, CancellationToken ct)
    {
        var own = member.StateCode is { } state && request.Number is { } n ? await requests.GetAnswerAsync(n, state, ct) : null;
        return await ReceivedAsync(request, member, own, language, ct);
    }

    /// The same once the state's answer is known.
    public async Task<JsonObject> ReceivedAsync(InformationRequest request, Member member, StateAnswer? answer, Language language, CancellationToken ct)
    {
        var requester = (await members.GetAsync(request.RequesterId ?? "", ct))?.DisplayName ?? "";
        var mayOpen = request is { ReleasedOn: not null, Number: { } n } && CompilationAccess.MayOpen(member, request, await ReleaseRoutes.AnsweredAsync(requests, n, ct));
        return RequestCards.Received(request, requester, answer, calendar.Zone, language, links.Documents(request, member), mayOpen);
    }

    /// The answer form of `state` as `viewer` (one of its focal points) sees it, naming who changed the answer last, with
    /// the viewer's links to the state's annexes.
    public async Task<JsonObject> AnswerAsync(Member viewer, InformationRequest request, StateCode state, StateAnswer? answer, AnswerForm form,
        IReadOnlyList<string> problems, string? notice, int page, Language language, CancellationToken ct)
    {
        var changedBy = answer?.ChangedBy is { } id ? (await members.GetAsync(id, ct))?.DisplayName : null;
        return AnswerCards.Answer(request, state, answer, form, changedBy, problems, notice, page, calendar.Today, calendar.Zone, Settings, language,
            links.Annexes(request, answer, viewer));
    }
}
