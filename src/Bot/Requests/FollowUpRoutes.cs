using FocalBot.Bot.Deliveries;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// Following up a sent request (the office): its live status, whom it reached, "Chase now", the compilation, closing.
public static class FollowUpRoutes
{
    public static void Map(TurnRouter routes) => routes
        .OnExecute(RequestRoutes.Status, RequestRoutes.Visible,
            (turn, member, request, ct) => StatusAsync(turn, member, request, turn.Get<RequestViews>(), ct))
        // Cards sent before the delivery view was shared with meetings carry this verb: it opens the same view.
        .OnExecute(RequestRoutes.Recipients, Guard.Office(DeliveryTexts.OfficeOnly),
            (turn, ct) => DeliveryRoutes.ViewAsync(turn, RequestDeliveries.Subject, turn.Data(RequestForm.IdKey), ct))
        .OnExecute(RequestRoutes.Chase, RequestRoutes.OfficeSentRequest, (turn, office, request, ct) =>
            ChaseAsync(turn, office, request, turn.Get<IRequestStore>(), turn.Get<IMemberDirectory>(), turn.Get<IDeliveryStore>(), turn.Get<IAuditLog>(),
                turn.Get<NetworkCalendar>(), turn.Get<SendSoon>(), ct))
        .OnExecute(RequestRoutes.Compile, RequestRoutes.OfficeSentRequest,
            (turn, office, request, ct) => CompileAsync(turn, office, request, turn.Get<RequestCompiler>(), turn.Get<IAuditLog>(), turn.Get<NetworkCalendar>(), ct))
        .OnExecute(RequestRoutes.Close, RequestRoutes.OfficeRequest, (turn, office, request, ct) =>
            CloseAsync(turn, office, request, turn.Get<IRequestStore>(), turn.Get<IAuditLog>(), turn.Get<RequestViews>(), turn.Get<NetworkCalendar>(), ct));

    /// The office's status. A refresh from a member who is not office (the card was forwarded) shows them the request
    /// instead, once sent.
    internal static async Task<InvokeResponse> StatusAsync(TurnContext turn, Member member, InformationRequest request, RequestViews views, CancellationToken ct)
    {
        if (member.Role == MemberRole.Office) return InvokeResponse.Card(await views.OfficeViewAsync(request, member, RequestRoutes.RefreshFor(turn), turn.Language, ct));
        return request.Status is RequestStatus.Sent or RequestStatus.Closed
            ? InvokeResponse.Card(await views.ReceivedAsync(request, member, turn.Language, ct))
            : InvokeResponse.Message(RequestTexts.NotAllowed.In(turn.Language));
    }

    /// "Chase now": a reminder to every focal point of the states that have not submitted, at most once a day (a second
    /// click, or a colleague's, sends nothing more).
    internal static async Task<InvokeResponse> ChaseAsync(TurnContext turn, Member office, InformationRequest request, IRequestStore requests,
        IMemberDirectory members, IDeliveryStore deliveries, IAuditLog audit, NetworkCalendar calendar, SendSoon soon, CancellationToken ct)
    {
        var (number, language) = (request.Number!.Value, turn.Language);
        if (request.Status != RequestStatus.Sent) return InvokeResponse.Message(RequestTexts.Describe(RequestRefusal.NotSent, language));

        var answered = (await requests.ListAnswersAsync(number, ct)).Where(a => a.Status == AnswerStatus.Submitted).Select(a => a.StateCode).ToHashSet();
        var waiting = RequestRoutes.FocalPointsOf(request, await members.ListAsync(ct)).Where(m => !answered.Contains(m.StateCode!)).ToList();
        if (waiting.Count == 0) return InvokeResponse.Message(RequestTexts.NobodyToChase.In(language));

        // Told what this press queued: a colleague's chase earlier today already holds rows for some.
        var campaign = RequestChaseCampaign.Key(number, calendar.Today);
        var before = (await deliveries.ListAsync(campaign, ct)).Select(d => d.MemberId).ToHashSet();
        var queued = waiting.Where(m => !before.Contains(m.Id)).ToList();
        if (queued.Count == 0 || await deliveries.AddPendingAsync(campaign, queued.Select(m => m.Id), calendar.Now, ct) == 0)
            return InvokeResponse.Message(RequestTexts.ChasedAlready.In(language));
        await RequestRoutes.AuditAsync(audit, calendar, office, "request.chased", RequestRoutes.AuditSubject, request.Id, ct);
        soon.Nudge();
        var states = queued.Select(m => m.StateCode!).Distinct().Count();
        return InvokeResponse.Message(RequestTexts.Chased.Format(language, states, queued.Count));
    }

    internal static async Task<InvokeResponse> CloseAsync(TurnContext turn, Member office, InformationRequest request, IRequestStore requests,
        IAuditLog audit, RequestViews views, NetworkCalendar calendar, CancellationToken ct)
    {
        var (language, refreshFor) = (turn.Language, RequestRoutes.RefreshFor(turn));
        var closed = RequestWorkflow.Close(office, request);
        if (closed.Refusal is { } refused)
            return request.Status == RequestStatus.Closed ? InvokeResponse.Card(await views.StatusAsync(request, refreshFor, language, ct))
                : InvokeResponse.Message(RequestTexts.Describe(refused, language));
        if (await requests.SaveAsync(closed.Value!, ct) is not SaveResult.Saved ok)
            return InvokeResponse.Card(await views.StatusAsync(await requests.GetAsync(request.Id, ct) ?? request, refreshFor, language, ct));
        await RequestRoutes.AuditAsync(audit, calendar, office, "request.closed", RequestRoutes.AuditSubject, request.Id, ct);
        return InvokeResponse.Card(await views.StatusAsync(closed.Value! with { Version = ok.Version }, refreshFor, language, ct));
    }

    /// The compilation's personal links, in the office member's personal chat.
    internal static async Task<InvokeResponse> CompileAsync(TurnContext turn, Member office, InformationRequest request, RequestCompiler compiler, IAuditLog audit,
        NetworkCalendar calendar, CancellationToken ct)
    {
        var compiled = await compiler.CompileAsync(request, ct);
        await RequestRoutes.AuditAsync(audit, calendar, office, "request.compiled", RequestRoutes.AuditSubject, request.Id, ct);
        var card = compiler.LinkCard(compiled, office, atDeadline: false, turn.Language);
        return await PersonalChat.AnswerAsync(turn, card, TurnTexts.LinksSentToChat, TurnTexts.OpenPersonalChat, ct);
    }
}
