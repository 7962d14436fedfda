using System.Globalization;
using System.Text.Json.Nodes;
using FocalBot.Bot.Deliveries;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Storage;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Requests;

/// Information requests (working methods 4.5–4.7): the office composes, previews and sends; a focal point proposes and
/// the office approves, edits or declines; focal points answer once per state; the office follows the status, chases
/// and compiles. Who may do what is checked in every handler from the sender, never from the card's data.
public static partial class RequestRoutes
{
    public const string List = "request.list";
    public const string New = "request.new";
    public const string Compose = "request.compose";
    public const string Preview = "request.preview";
    public const string Edit = "request.edit";
    public const string Send = "request.send";
    public const string Propose = "request.propose";
    public const string Review = "request.review";
    public const string Approve = "request.approve";
    public const string Decline = "request.decline";
    public const string Open = "request.open";
    public const string Answer = "request.answer";
    public const string Save = "request.save";
    public const string Submit = "request.submit";
    public const string Acknowledge = "request.ack";
    public const string Status = "request.status";
    public const string Recipients = "request.recipients";
    public const string Chase = "request.chase";
    public const string Compile = "request.compile";
    public const string Close = "request.close";

    public const string ReasonKey = "reason";
    public const string PageKey = "page";
    public const string GoToPageKey = "goTo";

    // Audit actions on subject type "request" (the request's id) or "answer" (number/state): ids only, never content.
    public const string AuditSubject = "request";
    public const string AuditAnswerSubject = "answer";

    // Who may press what (the router checks before any handler runs).
    static readonly Guard OfficeOnly = Guard.Office(RequestTexts.NotAllowed);
    static readonly Guard Composers = Guard.Only("office and focal points", m => m.Role is MemberRole.Office or MemberRole.FocalPoint, RequestTexts.ExpertsCannotPropose);
    static readonly Guard Proposers = Guard.Only("focal points", m => m.Role == MemberRole.FocalPoint,
        m => m.Role == MemberRole.Office ? RequestTexts.NotAllowed : RequestTexts.ExpertsCannotPropose);
    static readonly Guard Seeing = Guard.AnyMember.Seeing("request", MaySeeAsync, RequestTexts.NotFound);
    static readonly Guard Answerers = Guard.Only("focal points of a state", AnswersForAState,
        m => m.Role == MemberRole.Office ? RequestTexts.OnlyFocalPointsAnswer : RequestTexts.NoStateOfYours).Seeing("request", MaySeeAsync, RequestTexts.NotFound);
    static readonly Guard Writers = Guard.Only("focal points of a state", AnswersForAState, RequestTexts.AnswerNotAllowed).Seeing("request", MaySeeAsync, RequestTexts.NotFound);

    static bool AnswersForAState(Member m) => m.StateCode is { } state && Answering.MayAnswerFor(m, state);

    /// A request the caller may see: any for the office; once sent, every member (it is addressed to the network);
    /// before, only its proposer. A request not found is the handler's to say.
    static async Task<bool> MaySeeAsync(TurnContext turn, Member caller, CancellationToken ct) =>
        caller.Role == MemberRole.Office
        || await turn.Get<IRequestStore>().GetAsync(turn.Data(RequestForm.IdKey) ?? "", ct) is not { } request
        || request.Status is RequestStatus.Sent or RequestStatus.Closed
        || request.RequesterId == caller.Id;

    public static void Map(TurnRouter routes) => routes
        .OnCommand(RequestTexts.Command, RequestTexts.CommandDescription, Guard.AnyMember, (turn, ct) => ListCommandAsync(turn, Requests(turn), ct))
        .OnCommand(RequestTexts.NewCommand, RequestTexts.NewCommandDescription, Composers, (turn, ct) => NewCommandAsync(turn, Requests(turn), ct))
        .OnExecute(List, Guard.AnyMember, (turn, ct) => ListAsync(turn, Requests(turn), ct))
        .OnExecute(New, Composers, (turn, ct) => NewFormAsync(turn, Requests(turn), ct))
        .OnExecute(Compose, Composers, (turn, _) => Task.FromResult(ComposeAgain(turn, Requests(turn))))
        .OnExecute(Preview, OfficeOnly, (turn, ct) => PreviewAsync(turn, Requests(turn), ct))
        .OnExecute(Edit, OfficeOnly, (turn, ct) => EditAsync(turn, Requests(turn), ct))
        .OnExecute(Send, OfficeOnly, (turn, ct) => SendAsync(turn, Requests(turn), ct))
        .OnExecute(Propose, Proposers, (turn, ct) => ProposeAsync(turn, Requests(turn), ct))
        .OnExecute(Review, OfficeOnly, (turn, ct) => ReviewAsync(turn, Requests(turn), ct))
        .OnExecute(Approve, OfficeOnly, (turn, ct) => ApproveAsync(turn, Requests(turn), ct))
        .OnExecute(Decline, OfficeOnly, (turn, ct) => DeclineAsync(turn, Requests(turn), ct))
        .OnExecute(Open, Seeing, (turn, ct) => OpenAsync(turn, Requests(turn), ct))
        .OnExecute(Answer, Answerers, (turn, ct) => AnswerAsync(turn, Requests(turn), ct))
        .OnExecute(Save, Writers, (turn, ct) => SaveAsync(turn, Requests(turn), submit: false, ct))
        .OnExecute(Submit, Writers, (turn, ct) => SaveAsync(turn, Requests(turn), submit: true, ct))
        .OnExecute(Acknowledge, Answerers, (turn, ct) => AcknowledgeAsync(turn, Requests(turn), ct))
        .OnExecute(Status, Seeing, (turn, ct) => StatusAsync(turn, Requests(turn), ct))
        // Cards sent before the delivery view was shared with meetings carry this verb: it opens the same view.
        .OnExecute(Recipients, Guard.Office(Deliveries.DeliveryTexts.OfficeOnly), (turn, ct) => Deliveries.DeliveryRoutes.ViewAsync(turn, RequestDeliveries.Subject, turn.Data(RequestForm.IdKey), ct))
        .OnExecute(Chase, OfficeOnly, (turn, ct) => ChaseAsync(turn, Requests(turn), ct))
        .OnExecute(Compile, OfficeOnly, (turn, ct) => CompileAsync(turn, Requests(turn), turn.Get<RequestCompiler>(), ct))
        .OnExecute(Close, OfficeOnly, (turn, ct) => CloseAsync(turn, Requests(turn), ct));

    /// What every handler of this feature works with, taken from the turn's services once.
    public sealed record Services(
        IRequestStore Store, IMemberDirectory Members, IDeliveryStore Deliveries, IAuditLog Audit, NetworkCalendar Calendar,
        RequestSettings Settings, SendSoon Soon, IConversationStore Conversations, IConnector Connector, NetworkChannel Channel, ILogger Log);

    static Services Requests(TurnContext turn) => new(
        turn.Get<IRequestStore>(), turn.Get<IMemberDirectory>(), turn.Get<IDeliveryStore>(), turn.Get<IAuditLog>(), turn.Get<NetworkCalendar>(),
        turn.Get<IOptions<RequestOptions>>().Value.Settings, turn.Get<SendSoon>(), turn.Get<IConversationStore>(), turn.Get<IConnector>(),
        turn.Get<NetworkChannel>(), turn.Get<ILoggerFactory>().CreateLogger(typeof(RequestRoutes).FullName!));

    static Member? Office(TurnContext turn) => turn.Member is { IsActive: true, Role: MemberRole.Office } m ? m : null;

    static InvokeResponse Card(JsonObject card) => InvokeResponse.Card(card);

    static InvokeResponse Say(Text text, TurnContext turn) => InvokeResponse.Message(text.In(turn.Language));

    static string S(int n) => n.ToString(CultureInfo.InvariantCulture);

    // The list

    internal static async Task ListCommandAsync(TurnContext turn, Services s, CancellationToken ct) =>
        await turn.SendCardAsync(await ListCardAsync(turn, s, ct), ct);

    internal static async Task<InvokeResponse> ListAsync(TurnContext turn, Services s, CancellationToken ct) => Card(await ListCardAsync(turn, s, ct));

    static async Task<JsonObject> ListCardAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        var member = turn.Member!;
        var all = await s.Store.ListAsync(ct);
        // Focal points and experts see what was sent, and their own proposals; drafts are the office's.
        var visible = member.Role == MemberRole.Office ? all : all.Where(r => r.Status is RequestStatus.Sent or RequestStatus.Closed || r.RequesterId == member.Id).ToList();
        var own = new Dictionary<string, StateAnswer>();
        var submitted = new Dictionary<string, int>();
        foreach (var r in visible.Where(r => r is { Number: not null, Status: RequestStatus.Sent or RequestStatus.Closed }).Take(50))
        {
            if (member.Role == MemberRole.Office)
                submitted[r.Id] = (await s.Store.ListAnswersAsync(r.Number!.Value, ct)).Count(a => a.Status == AnswerStatus.Submitted);
            else if (member.StateCode is { } state && r.Audience.Includes(state) && await s.Store.GetAnswerAsync(r.Number!.Value, state, ct) is { } a)
                own[r.Id] = a;
        }
        return RequestCards.List(visible, own, submitted, member, s.Calendar.Zone, turn.Language);
    }

    // Composing, in a personal chat or a channel thread

    internal static async Task NewCommandAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        // A draft typed for in a channel would be drafted where everyone sees it.
        if (FormFor(turn, s) is { } form) await PersonalChat.ReplyAsync(turn, form, TurnTexts.DraftInPersonalChat, TurnTexts.OpenPersonalChatToDraft, ct);
        else await turn.SendTextAsync(RequestTexts.ExpertsCannotPropose.In(turn.Language), ct);
    }

    internal static async Task<InvokeResponse> NewFormAsync(TurnContext turn, Services s, CancellationToken ct) =>
        FormFor(turn, s) is { } form
            ? await PersonalChat.AnswerAsync(turn, form, TurnTexts.DraftInPersonalChat, TurnTexts.OpenPersonalChatToDraft, ct)
            : Say(RequestTexts.ExpertsCannotPropose, turn);

    static JsonObject? FormFor(TurnContext turn, Services s)
    {
        var member = turn.Member!;
        if (member.Role is not (MemberRole.Office or MemberRole.FocalPoint)) return null;
        var deadline = RequestDeadline.Default(s.Calendar.Today, s.Calendar.Days, s.Settings);
        return RequestCards.Compose(RequestForm.New(turn.Language, deadline), [], member.Role != MemberRole.Office, s.Settings, deadline, turn.Language);
    }

    /// "Add a question": the same form with one more question field, nothing saved.
    internal static InvokeResponse ComposeAgain(TurnContext turn, Services s)
    {
        if (turn.Member!.Role is not (MemberRole.Office or MemberRole.FocalPoint)) return Say(RequestTexts.ExpertsCannotPropose, turn);
        var form = RequestForm.From(turn.ActionData, s.Settings.MaxQuestions);
        return Card(ComposeCard(turn, s, form, []));
    }

    static JsonObject ComposeCard(TurnContext turn, Services s, RequestForm form, IReadOnlyList<string> problems) =>
        RequestCards.Compose(form, problems, turn.Member!.Role != MemberRole.Office, s.Settings,
            RequestDeadline.Default(s.Calendar.Today, s.Calendar.Days, s.Settings), turn.Language);

    /// Checks the form; with problems it comes back as typed, with each problem named. Otherwise the draft is saved
    /// (so Send works on exactly what was previewed) and the preview shown.
    internal static async Task<InvokeResponse> PreviewAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        if (Office(turn) is not { } office) return Say(RequestTexts.NotAllowed, turn);
        var form = RequestForm.From(turn.ActionData, s.Settings.MaxQuestions);
        var (candidate, problems) = Check(form, s, turn.Language);
        if (candidate is null) return Card(ComposeCard(turn, s, form, problems));

        var existing = await s.Store.GetAsync(candidate.Id, ct);
        if (existing is { Status: not (RequestStatus.Draft or RequestStatus.Approved or RequestStatus.Proposed) })
            return Card(RequestCards.Notice(RequestTexts.AlreadySent.In(turn.Language), RequestTexts.AlreadySent.In(turn.Language), turn.Language));
        // Editing a proposal is approving it with changes; a draft stays a draft.
        var draft = existing is null
            ? RequestWorkflow.Raise(office, candidate, s.Calendar.Today).Value!
            : candidate with
            {
                Status = existing.Status == RequestStatus.Proposed ? RequestStatus.Approved : existing.Status,
                RequesterId = existing.RequesterId, CreatedOn = existing.CreatedOn,
            };

        var saved = await s.Store.SaveAsync(draft, ct);
        if (saved is not SaveResult.Saved ok)
        {
            // A second click on the same form finds its own draft already saved: show it, do not warn.
            var current = await s.Store.GetAsync(candidate.Id, ct);
            if (current is null || !SameContent(current, draft))
                return current is null
                    ? Say(RequestTexts.NotFound, turn)
                    : Card(ComposeCard(turn, s, RequestForm.Of(current), [RequestTexts.ChangedMeanwhile.In(turn.Language)]));
            draft = current;
        }
        else draft = draft with { Version = ok.Version };
        if (existing is null) await AuditAsync(s, office, "request.drafted", AuditSubject, draft.Id, ct);
        return Card(await PreviewCardAsync(turn, s, draft, null, ct));
    }

    static async Task<JsonObject> PreviewCardAsync(TurnContext turn, Services s, InformationRequest request, string? notice, CancellationToken ct)
    {
        var everyone = await s.Members.ListAsync(ct);
        var requester = everyone.FirstOrDefault(m => m.Id == request.RequesterId)?.DisplayName ?? turn.Member!.DisplayName;
        return RequestCards.Preview(request, requester, FocalPointsOf(request, everyone).Count, notice, turn.Language);
    }

    /// The form's request and the problems to show; the request is null when there are any.
    static (InformationRequest? Request, IReadOnlyList<string> Problems) Check(RequestForm form, Services s, Language language)
    {
        if (form.ToRequest() is not { } request) return (null, [RequestTexts.DeadlineUnreadable.In(language)]);
        var issues = RequestValidation.Problems(request, s.Calendar.Today, s.Calendar.Days, s.Settings);
        return issues.Count == 0 ? (request, []) : (null, [.. issues.Select(i => RequestTexts.Describe(i, s.Settings, language))]);
    }

    static bool SameContent(InformationRequest a, InformationRequest b) =>
        a.Title == b.Title && a.TitleTranslation == b.TitleTranslation && a.Background == b.Background && a.BackgroundTranslation == b.BackgroundTranslation
        && a.Language == b.Language && a.Deadline == b.Deadline && a.Kind == b.Kind && a.Anonymous == b.Anonymous
        && a.Audience.Everyone == b.Audience.Everyone && a.Audience.StateCodes.SequenceEqual(b.Audience.StateCodes)
        && a.Questions.SequenceEqual(b.Questions);

    internal static async Task<InvokeResponse> EditAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        if (Office(turn) is null) return Say(RequestTexts.NotAllowed, turn);
        if (await s.Store.GetAsync(turn.Data(RequestForm.IdKey) ?? "", ct) is not { } request) return Say(RequestTexts.NotFound, turn);
        if (request.Status is not (RequestStatus.Draft or RequestStatus.Approved or RequestStatus.Proposed))
            return Say(RequestTexts.AlreadySent, turn);
        return Card(ComposeCard(turn, s, RequestForm.Of(request), []));
    }

    /// Sends the previewed draft: checked again today, numbered, saved as sent, then queued for every focal point of the
    /// audience and the channel. Saved before anything goes out; a second click finds it sent and changes nothing.
    internal static async Task<InvokeResponse> SendAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        if (Office(turn) is not { } office) return Say(RequestTexts.NotAllowed, turn);
        if (await s.Store.GetAsync(turn.Data(RequestForm.IdKey) ?? "", ct) is not { } request) return Say(RequestTexts.NotFound, turn);
        var everyone = await s.Members.ListAsync(ct);
        if (request.Status == RequestStatus.Sent && request.Number is { } sentAs)
            return Card(RequestCards.Sent(request, FocalPointsOf(request, everyone).Count, await s.Channel.StateAsync(RequestChannelPostCampaign.Key(sentAs), ct), turn.Language));
        if (turn.Data(RequestForm.VersionKey) is { } version && version != request.Version)
            return Card(await PreviewCardAsync(turn, s, request, RequestTexts.ChangedMeanwhile.In(turn.Language), ct));

        var today = s.Calendar.Today;
        // Checked before a number is taken, so a refused send leaves no gap in the year's numbering.
        var check = RequestWorkflow.Send(office, request, new RequestNumber(today.Year, 1), today, s.Calendar.Days, s.Settings);
        if (!check.IsAccepted)
        {
            var issues = RequestValidation.Problems(request, today, s.Calendar.Days, s.Settings);
            return check.Refusal == RequestRefusal.Invalid
                ? Card(ComposeCard(turn, s, RequestForm.Of(request), [.. issues.Select(i => RequestTexts.Describe(i, s.Settings, turn.Language))]))
                : InvokeResponse.Message(RequestTexts.Describe(check.Refusal!.Value, turn.Language));
        }

        var number = await s.Store.ReserveNumberAsync(request.Id, today.Year, ct);
        var sent = check.Value! with { Number = number };
        if (await s.Store.SaveAsync(sent, ct) is not SaveResult.Saved)
            return Card(await PreviewCardAsync(turn, s, await s.Store.GetAsync(request.Id, ct) ?? request, RequestTexts.ChangedMeanwhile.In(turn.Language), ct));

        var recipients = FocalPointsOf(sent, everyone);
        await s.Deliveries.AddPendingAsync(RequestChannelPostCampaign.Key(number), [NetworkChannel.Recipient], s.Calendar.Now, ct);
        await s.Deliveries.AddPendingAsync(RequestSentCampaign.Key(number), recipients.Select(m => m.Id), s.Calendar.Now, ct);
        await AuditAsync(s, office, "request.sent", AuditSubject, sent.Id, ct);
        LogSent(s.Log, number.ToString(), recipients.Count);
        s.Soon.Nudge();
        // Said as it is now: the post goes out with the next tick, if the bot knows the channel at all.
        return Card(RequestCards.Sent(sent, recipients.Count, await s.Channel.StateAsync(RequestChannelPostCampaign.Key(number), ct), turn.Language));
    }

    /// Today's active focal points of the states asked: leads and alternates alike get the request.
    internal static List<Member> FocalPointsOf(InformationRequest request, IEnumerable<Member> everyone) =>
        [.. everyone.Where(m => m is { IsActive: true, Role: MemberRole.FocalPoint } && request.Audience.Includes(m.StateCode))];

    // Proposals

    internal static async Task<InvokeResponse> ProposeAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        var member = turn.Member!;
        if (member.Role != MemberRole.FocalPoint) return Say(member.Role == MemberRole.Office ? RequestTexts.NotAllowed : RequestTexts.ExpertsCannotPropose, turn);
        var form = RequestForm.From(turn.ActionData, s.Settings.MaxQuestions);
        var (candidate, problems) = Check(form, s, turn.Language);
        if (candidate is null) return Card(ComposeCard(turn, s, form, problems));

        var proposal = RequestWorkflow.Propose(member, candidate, s.Calendar.Today);
        if (!proposal.IsAccepted) return InvokeResponse.Message(RequestTexts.Describe(proposal.Refusal!.Value, turn.Language));
        var saved = await s.Store.SaveAsync(proposal.Value! with { Version = null }, ct);
        if (saved is SaveResult.Saved)
        {
            var office = (await s.Members.ListAsync(ct)).Where(m => m is { IsActive: true, Role: MemberRole.Office }).Select(m => m.Id);
            await s.Deliveries.AddPendingAsync(RequestProposedCampaign.Key(proposal.Value!.Id), office, s.Calendar.Now, ct);
            await AuditAsync(s, member, "request.proposed", AuditSubject, proposal.Value.Id, ct);
            s.Soon.Nudge();
        }
        else if (await s.Store.GetAsync(candidate.Id, ct) is not { Status: RequestStatus.Proposed } again || !SameContent(again, candidate))
            return Card(ComposeCard(turn, s, form, [RequestTexts.ChangedMeanwhile.In(turn.Language)]));
        return Card(RequestCards.Notice(RequestTexts.ProposedTitle.In(turn.Language), RequestTexts.ProposedBody.In(turn.Language), turn.Language));
    }

    internal static async Task<InvokeResponse> ReviewAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        if (Office(turn) is null) return Say(RequestTexts.NotAllowed, turn);
        if (await s.Store.GetAsync(turn.Data(RequestForm.IdKey) ?? "", ct) is not { } request) return Say(RequestTexts.NotFound, turn);
        if (request.Status != RequestStatus.Proposed) return Card(await OfficeViewAsync(turn, s, request, ct));
        var proposer = await s.Members.GetAsync(request.RequesterId ?? "", ct);
        return Card(RequestCards.Review(request, proposer, [], turn.Language));
    }

    internal static async Task<InvokeResponse> ApproveAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        if (Office(turn) is not { } office) return Say(RequestTexts.NotAllowed, turn);
        if (await s.Store.GetAsync(turn.Data(RequestForm.IdKey) ?? "", ct) is not { } request) return Say(RequestTexts.NotFound, turn);
        var approved = RequestWorkflow.Approve(office, request);
        if (!approved.IsAccepted)
            return request.Status == RequestStatus.Approved
                ? Card(await PreviewCardAsync(turn, s, request, RequestTexts.ApprovedBody.In(turn.Language), ct))
                : InvokeResponse.Message(RequestTexts.Describe(approved.Refusal!.Value, turn.Language));
        if (await s.Store.SaveAsync(approved.Value!, ct) is not SaveResult.Saved ok)
            return Card(await OfficeViewAsync(turn, s, await s.Store.GetAsync(request.Id, ct) ?? request, ct));

        await s.Deliveries.AddPendingAsync(RequestDecisionCampaign.Key(request.Id), [request.RequesterId!], s.Calendar.Now, ct);
        await AuditAsync(s, office, "request.approved", AuditSubject, request.Id, ct);
        s.Soon.Nudge();
        return Card(await PreviewCardAsync(turn, s, approved.Value! with { Version = ok.Version }, RequestTexts.ApprovedBody.In(turn.Language), ct));
    }

    internal static async Task<InvokeResponse> DeclineAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        if (Office(turn) is not { } office) return Say(RequestTexts.NotAllowed, turn);
        if (await s.Store.GetAsync(turn.Data(RequestForm.IdKey) ?? "", ct) is not { } request) return Say(RequestTexts.NotFound, turn);
        var declined = RequestWorkflow.Decline(office, request, turn.Data(ReasonKey)?.Trim());
        var proposer = await s.Members.GetAsync(request.RequesterId ?? "", ct);
        if (!declined.IsAccepted)
            return declined.Refusal == RequestRefusal.ReasonMissing
                ? Card(RequestCards.Review(request, proposer, [RequestTexts.ReasonMissing.In(turn.Language)], turn.Language))
                : InvokeResponse.Message(RequestTexts.Describe(declined.Refusal!.Value, turn.Language));
        if (await s.Store.SaveAsync(declined.Value!, ct) is not SaveResult.Saved)
            return Card(await OfficeViewAsync(turn, s, await s.Store.GetAsync(request.Id, ct) ?? request, ct));

        await s.Deliveries.AddPendingAsync(RequestDecisionCampaign.Key(request.Id), [request.RequesterId!], s.Calendar.Now, ct);
        await AuditAsync(s, office, "request.declined", AuditSubject, request.Id, ct);
        s.Soon.Nudge();
        return Card(RequestCards.Notice(RequestTexts.DeclinedTitle.In(turn.Language),
            RequestTexts.DeclinedBody.Format(turn.Language, Cards.Card.Plain(proposer?.DisplayName ?? "?")), turn.Language));
    }

    // Opening a request from the list

    internal static async Task<InvokeResponse> OpenAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        if (await s.Store.GetAsync(turn.Data(RequestForm.IdKey) ?? "", ct) is not { } request) return Say(RequestTexts.NotFound, turn);
        var member = turn.Member!;
        if (member.Role == MemberRole.Office) return Card(await OfficeViewAsync(turn, s, request, ct));
        if (request.Status is not (RequestStatus.Sent or RequestStatus.Closed))
        {
            if (request.RequesterId != member.Id) return Say(RequestTexts.NotFound, turn);
            return Card(request.Status == RequestStatus.Proposed
                ? RequestCards.Notice(RequestTexts.ProposedTitle.In(turn.Language), RequestTexts.ProposedBody.In(turn.Language), turn.Language)
                : RequestCards.Decision(request, turn.Language));
        }
        return Card(await ReceivedCardAsync(turn, s, request, ct));
    }

    static async Task<JsonObject> ReceivedCardAsync(TurnContext turn, Services s, InformationRequest request, CancellationToken ct)
    {
        var requester = (await s.Members.GetAsync(request.RequesterId ?? "", ct))?.DisplayName ?? "";
        var own = turn.Member!.StateCode is { } state && request.Number is { } n ? await s.Store.GetAnswerAsync(n, state, ct) : null;
        return RequestCards.Received(request, requester, own, s.Calendar.Zone, turn.Language);
    }

    /// The office's view of a request: the status once sent, the preview or review before.
    static async Task<JsonObject> OfficeViewAsync(TurnContext turn, Services s, InformationRequest request, CancellationToken ct) => request.Status switch
    {
        RequestStatus.Sent or RequestStatus.Closed => await StatusCardAsync(turn, s, request, ct),
        RequestStatus.Proposed => RequestCards.Review(request, await s.Members.GetAsync(request.RequesterId ?? "", ct), [], turn.Language),
        RequestStatus.Declined => RequestCards.Decision(request, turn.Language),
        _ => await PreviewCardAsync(turn, s, request, null, ct),
    };

    // Answering

    /// The answer form of the sender's state. In a channel it goes to the sender's personal chat instead: a card
    /// answered in a channel would show the state's draft to everyone there.
    internal static async Task<InvokeResponse> AnswerAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        if (await s.Store.GetAsync(turn.Data(RequestForm.IdKey) ?? "", ct) is not { Number: { } number } request) return Say(RequestTexts.NotFound, turn);
        if (turn.Member is not { StateCode: { } state } member || !Answering.MayAnswerFor(member, state))
            return Say(IsOffice(turn) ? RequestTexts.OnlyFocalPointsAnswer : RequestTexts.NoStateOfYours, turn);
        if (!request.Audience.Includes(state)) return Say(RequestTexts.StateNotAsked, turn);

        var answer = await s.Store.GetAnswerAsync(number, state, ct);
        var card = await AnswerCardAsync(turn, s, request, state, answer, AnswerForm.Of(answer, turn.Language), [], null, 0, ct);
        return await PersonalChat.AnswerAsync(turn, card, RequestTexts.AnswerSentToChat, RequestTexts.InstallFirst, ct);
    }

    static bool IsOffice(TurnContext turn) => turn.Member?.Role == MemberRole.Office;

    static async Task<JsonObject> AnswerCardAsync(TurnContext turn, Services s, InformationRequest request, StateCode state, StateAnswer? answer,
        AnswerForm form, IReadOnlyList<string> problems, string? notice, int page, CancellationToken ct)
    {
        var changedBy = answer?.ChangedBy is { } id ? (await s.Members.GetAsync(id, ct))?.DisplayName : null;
        return RequestCards.Answer(request, state, answer, form, changedBy, problems, notice, page, s.Calendar.Today, s.Calendar.Zone, s.Settings, turn.Language);
    }

    /// Saves the state's answer (and, for Submit, gives it to the office). The form carries the answer's version it was
    /// opened on: if a colleague saved since, nothing is saved and the sender sees their version and is told.
    internal static async Task<InvokeResponse> SaveAsync(TurnContext turn, Services s, bool submit, CancellationToken ct)
    {
        if (await s.Store.GetAsync(turn.Data(RequestForm.IdKey) ?? "", ct) is not { Number: { } number } request) return Say(RequestTexts.NotFound, turn);
        if (turn.Member is not { StateCode: { } state } member || !Answering.MayAnswerFor(member, state)) return Say(RequestTexts.AnswerNotAllowed, turn);
        var language = turn.Language;
        var form = AnswerForm.From(turn.ActionData, request, language);
        var changes = form.Changes();
        var page = int.TryParse(turn.Data(PageKey), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0;
        var goTo = int.TryParse(turn.Data(GoToPageKey), NumberStyles.None, CultureInfo.InvariantCulture, out var g) ? g : (int?)null;

        var problems = FieldProblems(request, changes, s.Settings, language);
        if (problems.Count > 0)
            return Card(await AnswerCardAsync(turn, s, request, state, await s.Store.GetAnswerAsync(number, state, ct), form, problems, null, page, ct));

        for (var attempt = 0; ; attempt++)
        {
            var current = await s.Store.GetAnswerAsync(number, state, ct);
            var now = s.Calendar.Now;
            var today = s.Calendar.Today;
            var expected = form.Version;
            var answer = current;
            var wrote = false;

            if (changes.Count > 0 && !AnswerForm.Unchanged(current, changes, form.Language))
            {
                var saved = Answering.Save(request, current, state, member, expected, changes, form.Language, now, today, s.Settings);
                if (!saved.IsAccepted) return Card(await RefusedAsync(turn, s, request, state, current, form, saved.Refusal!.Value, page, ct));
                answer = saved.Value!;
                wrote = true;
            }
            else if (current is not null) expected = current.Version;   // the same text again: a second click, nothing to lose

            var submitted = false;
            if (submit)
            {
                if (answer is null && changes.Count == 0)
                    return Card(await AnswerCardAsync(turn, s, request, state, current, form, [RequestTexts.Incomplete.In(language)], null, page, ct));
                var given = Answering.Submit(request, answer, state, member, wrote ? answer!.Version : expected, now, today, s.Settings);
                if (given.IsAccepted && given.Value != answer) { answer = given.Value!; wrote = true; submitted = true; }
                else if (!given.IsAccepted && given.Refusal != AnswerRefusal.Incomplete)
                    return Card(await RefusedAsync(turn, s, request, state, current, form, given.Refusal!.Value, page, ct));
                else if (!given.IsAccepted && !wrote)
                    return Card(await AnswerCardAsync(turn, s, request, state, current, form, [RequestTexts.Incomplete.In(language)], null, page, ct));
                else if (!given.IsAccepted) problems = [RequestTexts.Incomplete.In(language)];
            }
            else if (!wrote && changes.Count == 0 && goTo is null)
                return Card(await AnswerCardAsync(turn, s, request, state, current, form, [RequestTexts.NothingToSave.In(language)], null, page, ct));

            if (wrote)
            {
                var result = await s.Store.SaveAnswerAsync(answer! with { StoreVersion = current?.StoreVersion }, ct);
                // The store moved under us (an acknowledgement, or a colleague a moment ago): read again and redo the
                // rules, which tell a colleague's text (refused) from a mere receipt (merged).
                if (result is not SaveResult.Saved ok)
                {
                    if (attempt < 3) continue;
                    return Card(await RefusedAsync(turn, s, request, state, await s.Store.GetAnswerAsync(number, state, ct), form, AnswerRefusal.Conflict, page, ct));
                }
                answer = answer! with { StoreVersion = ok.Version };
                if (submitted) await AuditAsync(s, member, "request.answer.submitted", AuditAnswerSubject, $"{number}/{state}", ct);
                LogAnswerSaved(s.Log, number.ToString(), state.Value, answer.Version, submitted);
            }

            var notice = problems.Count > 0 ? null
                : submitted ? RequestTexts.AnswerSubmitted.In(language)
                : !wrote ? (answer?.Status == AnswerStatus.Submitted && submit ? RequestTexts.AnswerSubmitted.In(language) : null)
                : answer!.Status == AnswerStatus.Submitted ? RequestTexts.AnswerAmended.In(language)
                : RequestTexts.DraftSaved.In(language);
            return Card(await AnswerCardAsync(turn, s, request, state, answer, AnswerForm.Of(answer, form.Language), problems, notice, goTo ?? page, ct));
        }
    }

    /// Problems the sender can fix on the card, named by question.
    static List<string> FieldProblems(InformationRequest request, IReadOnlyList<QuestionAnswer> changes, RequestSettings settings, Language language)
    {
        var problems = new List<string>();
        foreach (var c in changes)
        {
            if (c is { Nil: NilAnswer.ToFollow, FollowsBy: null }) problems.Add(RequestTexts.FollowDateMissingAt.Format(language, c.Question));
            if (c.Text is { } text && text.Length > settings.AnswerMaxLength) problems.Add(RequestTexts.AnswerTooLongAt.Format(language, c.Question, settings.AnswerMaxLength));
        }
        return problems;
    }

    /// A refused save: a conflict shows the colleague's version (the sender's unsaved text is in their card's history
    /// only, so the card says so); anything else keeps the sender's form with the reason.
    static async Task<JsonObject> RefusedAsync(TurnContext turn, Services s, InformationRequest request, StateCode state, StateAnswer? current,
        AnswerForm form, AnswerRefusal refusal, int page, CancellationToken ct)
    {
        var reason = RequestTexts.Describe(refusal, turn.Language);
        return refusal == AnswerRefusal.Conflict
            ? await AnswerCardAsync(turn, s, request, state, current, AnswerForm.Of(current, form.Language), [reason], null, page, ct)
            : await AnswerCardAsync(turn, s, request, state, current, form, [reason], null, page, ct);
    }

    /// Records that the sender's state received the request: the first acknowledgement counts, later ones change nothing.
    internal static async Task<InvokeResponse> AcknowledgeAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        if (await s.Store.GetAsync(turn.Data(RequestForm.IdKey) ?? "", ct) is not { Number: { } number } request) return Say(RequestTexts.NotFound, turn);
        if (turn.Member is not { StateCode: { } state } member || !Answering.MayAnswerFor(member, state))
            return Say(IsOffice(turn) ? RequestTexts.OnlyFocalPointsAnswer : RequestTexts.NoStateOfYours, turn);

        StateAnswer? answer = null;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var current = await s.Store.GetAnswerAsync(number, state, ct);
            var ack = Answering.Acknowledge(request, current, state, member, s.Calendar.Now);
            if (!ack.IsAccepted) return InvokeResponse.Message(RequestTexts.Describe(ack.Refusal!.Value, turn.Language));
            if (ack.Value == current) { answer = current; break; }
            if (await s.Store.SaveAnswerAsync(ack.Value! with { StoreVersion = current?.StoreVersion }, ct) is SaveResult.Saved)
            {
                answer = ack.Value;
                await AuditAsync(s, member, "request.acknowledged", AuditAnswerSubject, $"{number}/{state}", ct);
                break;
            }
        }
        if (answer is null) throw new InvalidOperationException("The answer kept changing while receipt was acknowledged.");
        if (!turn.IsPersonal) return InvokeResponse.Message(RequestTexts.AcknowledgedToast.Format(turn.Language, RequestTexts.TheState(state, turn.Language)));
        var requester = (await s.Members.GetAsync(request.RequesterId ?? "", ct))?.DisplayName ?? "";
        return Card(RequestCards.Received(request, requester, answer, s.Calendar.Zone, turn.Language));
    }

    // Following up (office)

    internal static async Task<InvokeResponse> StatusAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        if (await s.Store.GetAsync(turn.Data(RequestForm.IdKey) ?? "", ct) is not { } request) return Say(RequestTexts.NotFound, turn);
        // A refresh from a member who is not office (the card was forwarded) shows them the request instead.
        if (Office(turn) is null)
            return request.Status is RequestStatus.Sent or RequestStatus.Closed ? Card(await ReceivedCardAsync(turn, s, request, ct)) : Say(RequestTexts.NotAllowed, turn);
        return Card(await OfficeViewAsync(turn, s, request, ct));
    }

    static async Task<JsonObject> StatusCardAsync(TurnContext turn, Services s, InformationRequest request, CancellationToken ct)
    {
        var progress = await ProgressAsync(s, request, ct);
        var channel = request.Number is { } n ? await s.Channel.StateAsync(RequestChannelPostCampaign.Key(n), ct) : ChannelPost.None;
        var chase = request.Number is { } number ? await LastChaseAsync(s, number, ct) : null;
        return RequestCards.Status(progress, channel, s.Calendar.Zone, s.Calendar.Now, [turn.Activity.From?.Id ?? ""], turn.Language, chase);
    }

    /// The office's latest "Chase now", today's or yesterday's, counted from its rows: whom it reached and how.
    static async Task<(DateOnly Day, ReachCount Reach)?> LastChaseAsync(Services s, RequestNumber number, CancellationToken ct)
    {
        foreach (var day in new[] { s.Calendar.Today, s.Calendar.Today.AddDays(-1) })
        {
            var campaign = RequestChaseCampaign.Key(number, day);
            var rows = await s.Deliveries.ListAsync(campaign, ct);
            if (rows.Count > 0) return (day, ReachCount.Of(rows, await s.Deliveries.ListAsync(RequestReminderMentionCampaign.Key(campaign), ct)));
        }
        return null;
    }

    internal static async Task<RequestProgress> ProgressAsync(Services s, InformationRequest request, CancellationToken ct)
    {
        var number = request.Number ?? default;
        return RequestProgress.Of(request,
            await s.Store.ListAnswersAsync(number, ct),
            await s.Deliveries.ListAsync(RequestSentCampaign.Key(number), ct),
            await s.Deliveries.ListAsync(RequestMentionCampaign.Key(number), ct),
            await s.Members.ListAsync(ct));
    }

    /// "Chase now": a reminder to every focal point of the states that have not submitted, at most once a day (a second
    /// click, or a colleague's, sends nothing more).
    internal static async Task<InvokeResponse> ChaseAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        if (Office(turn) is not { } office) return Say(RequestTexts.NotAllowed, turn);
        if (await s.Store.GetAsync(turn.Data(RequestForm.IdKey) ?? "", ct) is not { Number: { } number } request) return Say(RequestTexts.NotFound, turn);
        if (request.Status != RequestStatus.Sent) return InvokeResponse.Message(RequestTexts.Describe(RequestRefusal.NotSent, turn.Language));

        var answered = (await s.Store.ListAnswersAsync(number, ct)).Where(a => a.Status == AnswerStatus.Submitted).Select(a => a.StateCode).ToHashSet();
        var waiting = FocalPointsOf(request, await s.Members.ListAsync(ct)).Where(m => !answered.Contains(m.StateCode!)).ToList();
        if (waiting.Count == 0) return Say(RequestTexts.NobodyToChase, turn);

        // Told what this press queued: a colleague's chase earlier today already holds rows for some.
        var campaign = RequestChaseCampaign.Key(number, s.Calendar.Today);
        var before = (await s.Deliveries.ListAsync(campaign, ct)).Select(d => d.MemberId).ToHashSet();
        var queued = waiting.Where(m => !before.Contains(m.Id)).ToList();
        if (queued.Count == 0 || await s.Deliveries.AddPendingAsync(campaign, queued.Select(m => m.Id), s.Calendar.Now, ct) == 0)
            return Say(RequestTexts.ChasedAlready, turn);
        await AuditAsync(s, office, "request.chased", AuditSubject, request.Id, ct);
        s.Soon.Nudge();
        var states = queued.Select(m => m.StateCode!).Distinct().Count();
        return InvokeResponse.Message(RequestTexts.Chased.Format(turn.Language, states, queued.Count));
    }

    internal static async Task<InvokeResponse> CloseAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        if (Office(turn) is not { } office) return Say(RequestTexts.NotAllowed, turn);
        if (await s.Store.GetAsync(turn.Data(RequestForm.IdKey) ?? "", ct) is not { } request) return Say(RequestTexts.NotFound, turn);
        var closed = RequestWorkflow.Close(office, request);
        if (!closed.IsAccepted)
            return request.Status == RequestStatus.Closed ? Card(await StatusCardAsync(turn, s, request, ct))
                : InvokeResponse.Message(RequestTexts.Describe(closed.Refusal!.Value, turn.Language));
        if (await s.Store.SaveAsync(closed.Value!, ct) is not SaveResult.Saved ok)
            return Card(await StatusCardAsync(turn, s, await s.Store.GetAsync(request.Id, ct) ?? request, ct));
        await AuditAsync(s, office, "request.closed", AuditSubject, request.Id, ct);
        return Card(await StatusCardAsync(turn, s, closed.Value! with { Version = ok.Version }, ct));
    }

    internal static async Task<InvokeResponse> CompileAsync(TurnContext turn, Services s, RequestCompiler compiler, CancellationToken ct)
    {
        if (Office(turn) is not { } office) return Say(RequestTexts.NotAllowed, turn);
        if (await s.Store.GetAsync(turn.Data(RequestForm.IdKey) ?? "", ct) is not { Number: not null } request) return Say(RequestTexts.NotFound, turn);
        var compiled = await compiler.CompileAsync(request, ct);
        await AuditAsync(s, office, "request.compiled", AuditSubject, request.Id, ct);
        var card = compiler.LinkCard(compiled, office, atDeadline: false, turn.Language);
        return await PersonalChat.AnswerAsync(turn, card, TurnTexts.LinksSentToChat, TurnTexts.OpenPersonalChat, ct);
    }

    static Task AuditAsync(Services s, Member actor, string action, string subjectType, string subjectId, CancellationToken ct) =>
        s.Audit.AppendAsync(new AuditEntry(s.Calendar.Now, actor.Id, action, subjectType, subjectId), ct);

    [LoggerMessage(LogLevel.Information, "Request {RequestNumber} sent to {Recipients} focal points")]
    static partial void LogSent(ILogger logger, string requestNumber, int recipients);

    [LoggerMessage(LogLevel.Information, "Answer of {State} to {RequestNumber} saved, version {Version}, submitted now: {Submitted}")]
    static partial void LogAnswerSaved(ILogger logger, string requestNumber, string state, int version, bool submitted);
}
