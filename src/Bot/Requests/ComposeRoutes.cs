using System.Text.Json.Nodes;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Requests;

/// Composing and sending: the list of requests, the compose form (drafted in the author's personal chat), the office's
/// preview and send; a focal point's proposal, which the office approves (then sends) or declines with a reason.
public static partial class ComposeRoutes
{
    public static void Map(TurnRouter routes) => routes
        .OnCommand(RequestTexts.Command, RequestTexts.CommandDescription, Guard.AnyMember,
            (turn, member, ct) => ListCommandAsync(turn, member, turn.Get<IRequestStore>(), turn.Get<NetworkCalendar>(), ct))
        .OnCommand(RequestTexts.NewCommand, RequestTexts.NewCommandDescription, RequestRoutes.Composers,
            (turn, member, ct) => NewCommandAsync(turn, member, turn.Get<RequestComposer>(), ct))
        .OnExecute(RequestRoutes.List, Guard.AnyMember,
            (turn, member, ct) => ListAsync(turn, member, turn.Get<IRequestStore>(), turn.Get<NetworkCalendar>(), ct))
        .OnExecute(RequestRoutes.New, RequestRoutes.Composers,
            (turn, member, ct) => NewFormAsync(turn, member, turn.Get<RequestComposer>(), ct))
        .OnExecute(RequestRoutes.Compose, RequestRoutes.Composers,
            (turn, member, ct) => AddQuestionAsync(turn, member, turn.Get<RequestComposer>(), ct))
        .OnExecute(RequestRoutes.Preview, RequestRoutes.OfficeOnly, (turn, office, ct) =>
            PreviewAsync(turn, office, turn.Get<IRequestStore>(), turn.Get<IAuditLog>(), turn.Get<RequestViews>(), turn.Get<RequestComposer>(), turn.Get<NetworkCalendar>(), ct))
        .OnExecute(RequestRoutes.Edit, RequestRoutes.OfficeRequest,
            (turn, office, request, ct) => EditAsync(turn, office, request, turn.Get<RequestComposer>(), ct))
        .OnExecute(RequestRoutes.Send, RequestRoutes.OfficeRequest, (turn, office, request, ct) =>
            SendAsync(turn, office, request, turn.Get<IRequestStore>(), turn.Get<IMemberDirectory>(), turn.Get<IDeliveryStore>(), turn.Get<IAuditLog>(),
                turn.Get<RequestViews>(), turn.Get<RequestComposer>(), turn.Get<NetworkChannel>(), turn.Get<NetworkCalendar>(), turn.Get<SendSoon>(), RequestRoutes.Log(turn), ct))
        .OnExecute(RequestRoutes.Propose, RequestRoutes.Proposers, (turn, member, ct) =>
            ProposeAsync(turn, member, turn.Get<IRequestStore>(), turn.Get<IMemberDirectory>(), turn.Get<IDeliveryStore>(), turn.Get<IAuditLog>(),
                turn.Get<RequestComposer>(), turn.Get<NetworkCalendar>(), turn.Get<SendSoon>(), ct))
        .OnExecute(RequestRoutes.Review, RequestRoutes.OfficeRequest,
            (turn, office, request, ct) => ReviewAsync(turn, office, request, turn.Get<IMemberDirectory>(), turn.Get<RequestViews>(), ct))
        .OnExecute(RequestRoutes.Approve, RequestRoutes.OfficeRequest, (turn, office, request, ct) =>
            ApproveAsync(turn, office, request, turn.Get<IRequestStore>(), turn.Get<IDeliveryStore>(), turn.Get<IAuditLog>(), turn.Get<RequestViews>(),
                turn.Get<NetworkCalendar>(), turn.Get<SendSoon>(), ct))
        .OnExecute(RequestRoutes.Decline, RequestRoutes.OfficeRequest, (turn, office, request, ct) =>
            DeclineAsync(turn, office, request, turn.Get<IRequestStore>(), turn.Get<IMemberDirectory>(), turn.Get<IDeliveryStore>(), turn.Get<IAuditLog>(),
                turn.Get<RequestViews>(), turn.Get<NetworkCalendar>(), turn.Get<SendSoon>(), ct));


    // The list

    internal static async Task ListCommandAsync(TurnContext turn, Member member, IRequestStore requests, NetworkCalendar calendar, CancellationToken ct) =>
        await turn.SendCardAsync(await ListCardAsync(member, requests, calendar, turn.Language, ct), ct);

    internal static async Task<InvokeResponse> ListAsync(TurnContext turn, Member member, IRequestStore requests, NetworkCalendar calendar, CancellationToken ct) =>
        InvokeResponse.Card(await ListCardAsync(member, requests, calendar, turn.Language, ct));

    static async Task<JsonObject> ListCardAsync(Member member, IRequestStore requests, NetworkCalendar calendar, Language language, CancellationToken ct)
    {
        var all = await requests.ListAsync(ct);
        // Focal points and experts see what was sent, and their own proposals; drafts are the office's.
        var visible = member.Role == MemberRole.Office ? all : all.Where(r => r.Status is RequestStatus.Sent or RequestStatus.Closed || r.RequesterId == member.Id).ToList();
        var own = new Dictionary<string, StateAnswer>();
        var submitted = new Dictionary<string, int>();
        foreach (var r in visible.Where(r => r is { Number: not null, Status: RequestStatus.Sent or RequestStatus.Closed }).Take(50))
        {
            if (member.Role == MemberRole.Office)
                submitted[r.Id] = (await requests.ListAnswersAsync(r.Number!.Value, ct)).Count(a => a.Status == AnswerStatus.Submitted);
            else if (member.StateCode is { } state && r.Audience.Includes(state) && await requests.GetAnswerAsync(r.Number!.Value, state, ct) is { } a)
                own[r.Id] = a;
        }
        return ComposeCards.List(visible, own, submitted, member, calendar.Zone, language);
    }

    // Composing, in the author's personal chat: a draft typed for in a channel would be drafted where everyone sees it.

    internal static async Task NewCommandAsync(TurnContext turn, Member author, RequestComposer composer, CancellationToken ct) =>
        await PersonalChat.ReplyAsync(turn, await NewFormAsync(author, composer, turn.Language, ct), TurnTexts.DraftInPersonalChat, TurnTexts.OpenPersonalChatToDraft, ct);

    internal static async Task<InvokeResponse> NewFormAsync(TurnContext turn, Member author, RequestComposer composer, CancellationToken ct) =>
        await PersonalChat.AnswerAsync(turn, await NewFormAsync(author, composer, turn.Language, ct), TurnTexts.DraftInPersonalChat, TurnTexts.OpenPersonalChatToDraft, ct);

    static Task<JsonObject> NewFormAsync(Member author, RequestComposer composer, Language language, CancellationToken ct) =>
        composer.CardAsync(author, RequestForm.New(language, composer.DefaultDeadline), [], language, ct);

    /// "Add a question": the same form with one more question field, nothing saved.
    internal static async Task<InvokeResponse> AddQuestionAsync(TurnContext turn, Member author, RequestComposer composer, CancellationToken ct) =>
        InvokeResponse.Card(await composer.CardAsync(author, RequestForm.From(turn.ActionData, composer.Settings.MaxQuestions), [], turn.Language, ct));

    internal static bool SameContent(InformationRequest a, InformationRequest b) =>
        a.Title == b.Title && a.TitleTranslation == b.TitleTranslation && a.Background == b.Background && a.BackgroundTranslation == b.BackgroundTranslation
        && a.Language == b.Language && a.Deadline == b.Deadline && a.Kind == b.Kind && a.Anonymous == b.Anonymous && a.Recipients == b.Recipients
        && a.Audience.Everyone == b.Audience.Everyone && a.Audience.StateCodes.SequenceEqual(b.Audience.StateCodes)
        && a.Audience.GroupId == b.Audience.GroupId && a.Audience.MemberIds.SequenceEqual(b.Audience.MemberIds)
        && a.Questions.SequenceEqual(b.Questions);

    // The office's preview and send

    /// Checks the form; with problems it comes back as typed, with each problem named. Otherwise the draft is saved
    /// (so Send works on exactly what was previewed) and the preview shown.
    internal static async Task<InvokeResponse> PreviewAsync(TurnContext turn, Member office, IRequestStore requests, IAuditLog audit, RequestViews views,
        RequestComposer composer, NetworkCalendar calendar, CancellationToken ct)
    {
        var language = turn.Language;
        var form = RequestForm.From(turn.ActionData, composer.Settings.MaxQuestions);
        var (candidate, problems) = await composer.CheckAsync(form, language, ct);
        if (candidate is null) return InvokeResponse.Card(await composer.CardAsync(office, form, problems, language, ct));

        var existing = await requests.GetAsync(candidate.Id, ct);
        if (existing is { Status: not (RequestStatus.Draft or RequestStatus.Approved or RequestStatus.Proposed) })
            return InvokeResponse.Card(RequestCards.Notice(RequestTexts.AlreadySent.In(language), RequestTexts.AlreadySent.In(language), language));
        // Editing a proposal is approving it with changes; a draft stays a draft.
        var draft = existing is null
            ? RequestWorkflow.Raise(office, candidate, calendar.Today).Value!
            : candidate with
            {
                Status = existing.Status == RequestStatus.Proposed ? RequestStatus.Approved : existing.Status,
                RequesterId = existing.RequesterId, CreatedOn = existing.CreatedOn,
            };

        if (await requests.SaveAsync(draft, ct) is SaveResult.Saved ok) draft = draft with { Version = ok.Version };
        // A second click on the same form finds its own draft already saved: show it, do not warn.
        else if (await requests.GetAsync(candidate.Id, ct) is not { } current)
            return InvokeResponse.Message(RequestTexts.NotFound.In(language));
        else if (!SameContent(current, draft))
            return InvokeResponse.Card(await composer.CardAsync(office, RequestForm.Of(current), [RequestTexts.ChangedMeanwhile.In(language)], language, ct));
        else draft = current;

        if (existing is null) await RequestRoutes.AuditAsync(audit, calendar, office, "request.drafted", RequestRoutes.AuditSubject, draft.Id, ct);
        return InvokeResponse.Card(await views.PreviewAsync(draft, office.DisplayName, null, language, ct));
    }

    internal static async Task<InvokeResponse> EditAsync(TurnContext turn, Member office, InformationRequest request, RequestComposer composer, CancellationToken ct) =>
        request.Status is RequestStatus.Draft or RequestStatus.Approved or RequestStatus.Proposed
            ? InvokeResponse.Card(await composer.CardAsync(office, RequestForm.Of(request), [], turn.Language, ct))
            : InvokeResponse.Message(RequestTexts.AlreadySent.In(turn.Language));

    /// Sends the previewed draft: checked again today, numbered, saved as sent, then queued for every focal point of the
    /// audience and the channel. Saved before anything goes out; a second click finds it sent and changes nothing.
    internal static async Task<InvokeResponse> SendAsync(TurnContext turn, Member office, InformationRequest request, IRequestStore requests,
        IMemberDirectory members, IDeliveryStore deliveries, IAuditLog audit, RequestViews views, RequestComposer composer, NetworkChannel channel,
        NetworkCalendar calendar, SendSoon soon, ILogger log, CancellationToken ct)
    {
        var settings = composer.Settings;
        var language = turn.Language;
        var everyone = await members.ListAsync(ct);
        if (request.Status == RequestStatus.Sent && request.Number is { } sentAs)
            return InvokeResponse.Card(ComposeCards.Sent(request, RequestRoutes.FocalPointsOf(request, everyone).Count,
                await channel.StateAsync(RequestChannelPostCampaign.Key(sentAs), ct), language));
        if (turn.Data(RequestForm.VersionKey) is { } version && version != request.Version)
            return InvokeResponse.Card(await views.PreviewAsync(request, office.DisplayName, RequestTexts.ChangedMeanwhile.In(language), language, ct));

        var today = calendar.Today;
        // Checked before a number is taken, so a refused send leaves no gap in the year's numbering.
        var check = RequestWorkflow.Send(office, request, new RequestNumber(today.Year, 1), today, calendar.Days, settings);
        if (check.Refusal == RequestRefusal.Invalid)
        {
            var issues = RequestValidation.Problems(request, today, calendar.Days, settings);
            return InvokeResponse.Card(await composer.CardAsync(office, RequestForm.Of(request), [.. issues.Select(i => RequestTexts.Describe(i, settings, language))],
                language, ct));
        }
        if (check.Refusal is { } refused) return InvokeResponse.Message(RequestTexts.Describe(refused, language));

        var number = await requests.ReserveNumberAsync(request.Id, today.Year, ct);
        var sent = check.Value! with { Number = number };
        if (await requests.SaveAsync(sent, ct) is not SaveResult.Saved)
            return InvokeResponse.Card(await views.PreviewAsync(await requests.GetAsync(request.Id, ct) ?? request, office.DisplayName,
                RequestTexts.ChangedMeanwhile.In(language), language, ct));

        var recipients = RequestRoutes.FocalPointsOf(sent, everyone);
        await deliveries.AddPendingAsync(RequestChannelPostCampaign.Key(number), [NetworkChannel.Recipient], calendar.Now, ct);
        await deliveries.AddPendingAsync(RequestSentCampaign.Key(number), recipients.Select(m => m.Id), calendar.Now, ct);
        await RequestRoutes.AuditAsync(audit, calendar, office, "request.sent", RequestRoutes.AuditSubject, sent.Id, ct);
        LogSent(log, number.ToString(), recipients.Count);
        soon.Nudge();
        // Said as it is now: the post goes out with the next tick, if the bot knows the channel at all.
        return InvokeResponse.Card(ComposeCards.Sent(sent, recipients.Count, await channel.StateAsync(RequestChannelPostCampaign.Key(number), ct), language));
    }

    // Proposals

    internal static async Task<InvokeResponse> ProposeAsync(TurnContext turn, Member member, IRequestStore requests, IMemberDirectory members,
        IDeliveryStore deliveries, IAuditLog audit, RequestComposer composer, NetworkCalendar calendar, SendSoon soon, CancellationToken ct)
    {
        var language = turn.Language;
        var form = RequestForm.From(turn.ActionData, composer.Settings.MaxQuestions);
        var (candidate, problems) = await composer.CheckAsync(form, language, ct);
        if (candidate is null) return InvokeResponse.Card(await composer.CardAsync(member, form, problems, language, ct));

        var proposal = RequestWorkflow.Propose(member, candidate, calendar.Today);
        if (proposal.Refusal is { } refused) return InvokeResponse.Message(RequestTexts.Describe(refused, language));
        if (await requests.SaveAsync(proposal.Value! with { Version = null }, ct) is SaveResult.Saved)
        {
            var office = (await members.ListAsync(ct)).Where(m => m is { IsActive: true, Role: MemberRole.Office }).Select(m => m.Id);
            await deliveries.AddPendingAsync(RequestProposedCampaign.Key(proposal.Value!.Id), office, calendar.Now, ct);
            await RequestRoutes.AuditAsync(audit, calendar, member, "request.proposed", RequestRoutes.AuditSubject, proposal.Value.Id, ct);
            soon.Nudge();
        }
        // Saved already: a second click on the same proposal is told it went; a different one, that it changed.
        else if (await requests.GetAsync(candidate.Id, ct) is not { Status: RequestStatus.Proposed } again || !SameContent(again, candidate))
            return InvokeResponse.Card(await composer.CardAsync(member, form, [RequestTexts.ChangedMeanwhile.In(language)], language, ct));
        return InvokeResponse.Card(RequestCards.Notice(RequestTexts.ProposedTitle.In(language), RequestTexts.ProposedBody.In(language), language));
    }

    internal static async Task<InvokeResponse> ReviewAsync(TurnContext turn, Member office, InformationRequest request, IMemberDirectory members,
        RequestViews views, CancellationToken ct) =>
        InvokeResponse.Card(request.Status == RequestStatus.Proposed
            ? ComposeCards.Review(request, await members.GetAsync(request.RequesterId ?? "", ct), [], turn.Language)
            : await views.OfficeViewAsync(request, office, RequestRoutes.RefreshFor(turn), turn.Language, ct));

    internal static async Task<InvokeResponse> ApproveAsync(TurnContext turn, Member office, InformationRequest request, IRequestStore requests,
        IDeliveryStore deliveries, IAuditLog audit, RequestViews views, NetworkCalendar calendar, SendSoon soon, CancellationToken ct)
    {
        var language = turn.Language;
        var approved = RequestWorkflow.Approve(office, request);
        if (approved.Refusal is { } refused)
            return request.Status == RequestStatus.Approved
                ? InvokeResponse.Card(await views.PreviewAsync(request, office.DisplayName, RequestTexts.ApprovedBody.In(language), language, ct))
                : InvokeResponse.Message(RequestTexts.Describe(refused, language));
        if (await requests.SaveAsync(approved.Value!, ct) is not SaveResult.Saved ok)
            return InvokeResponse.Card(await views.OfficeViewAsync(await requests.GetAsync(request.Id, ct) ?? request, office, RequestRoutes.RefreshFor(turn), language, ct));

        await deliveries.AddPendingAsync(RequestDecisionCampaign.Key(request.Id), [request.RequesterId!], calendar.Now, ct);
        await RequestRoutes.AuditAsync(audit, calendar, office, "request.approved", RequestRoutes.AuditSubject, request.Id, ct);
        soon.Nudge();
        return InvokeResponse.Card(await views.PreviewAsync(approved.Value! with { Version = ok.Version }, office.DisplayName, RequestTexts.ApprovedBody.In(language),
            language, ct));
    }

    internal static async Task<InvokeResponse> DeclineAsync(TurnContext turn, Member office, InformationRequest request, IRequestStore requests,
        IMemberDirectory members, IDeliveryStore deliveries, IAuditLog audit, RequestViews views, NetworkCalendar calendar, SendSoon soon, CancellationToken ct)
    {
        var language = turn.Language;
        var declined = RequestWorkflow.Decline(office, request, turn.Data(RequestRoutes.ReasonKey)?.Trim());
        var proposer = await members.GetAsync(request.RequesterId ?? "", ct);
        if (declined.Refusal == RequestRefusal.ReasonMissing)
            return InvokeResponse.Card(ComposeCards.Review(request, proposer, [RequestTexts.ReasonMissing.In(language)], language));
        if (declined.Refusal is { } refused) return InvokeResponse.Message(RequestTexts.Describe(refused, language));
        if (await requests.SaveAsync(declined.Value!, ct) is not SaveResult.Saved)
            return InvokeResponse.Card(await views.OfficeViewAsync(await requests.GetAsync(request.Id, ct) ?? request, office, RequestRoutes.RefreshFor(turn), language, ct));

        await deliveries.AddPendingAsync(RequestDecisionCampaign.Key(request.Id), [request.RequesterId!], calendar.Now, ct);
        await RequestRoutes.AuditAsync(audit, calendar, office, "request.declined", RequestRoutes.AuditSubject, request.Id, ct);
        soon.Nudge();
        return InvokeResponse.Card(RequestCards.Notice(RequestTexts.DeclinedTitle.In(language),
            RequestTexts.DeclinedBody.Format(language, Cards.Card.Plain(proposer?.DisplayName ?? "?")), language));
    }

    [LoggerMessage(LogLevel.Information, "Request {RequestNumber} sent to {Recipients} focal points")]
    static partial void LogSent(ILogger logger, string requestNumber, int recipients);
}
