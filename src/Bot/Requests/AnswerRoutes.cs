using System.Globalization;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Requests;

/// Answering: a member opens a request; a focal point opens the answer form of their state, saves, submits, and
/// acknowledges receipt. One answer per state, shared by its focal points.
public static partial class AnswerRoutes
{
    public static void Map(TurnRouter routes) => routes
        .OnExecute(RequestRoutes.Open, RequestRoutes.Visible,
            (turn, member, request, ct) => OpenAsync(turn, member, request, turn.Get<RequestViews>(), ct))
        .OnExecute(RequestRoutes.Answer, RequestRoutes.Answerers,
            (turn, member, request, ct) => AnswerAsync(turn, member, request, turn.Get<IRequestStore>(), turn.Get<RequestViews>(), ct))
        .OnExecute(RequestRoutes.Save, RequestRoutes.Writers, (turn, member, request, ct) =>
            SaveAsync(turn, member, request, AnswerAction.Save, turn.Get<IRequestStore>(), turn.Get<IAuditLog>(), turn.Get<RequestViews>(),
                turn.Get<NetworkCalendar>(), SettingsOf(turn), RequestRoutes.Log(turn), ct))
        .OnExecute(RequestRoutes.Submit, RequestRoutes.Writers, (turn, member, request, ct) =>
            SaveAsync(turn, member, request, AnswerAction.Submit, turn.Get<IRequestStore>(), turn.Get<IAuditLog>(), turn.Get<RequestViews>(),
                turn.Get<NetworkCalendar>(), SettingsOf(turn), RequestRoutes.Log(turn), ct))
        .OnExecute(RequestRoutes.Acknowledge, RequestRoutes.Answerers, (turn, member, request, ct) =>
            AcknowledgeAsync(turn, member, request, turn.Get<IRequestStore>(), turn.Get<IAuditLog>(), turn.Get<RequestViews>(), turn.Get<NetworkCalendar>(), ct));

    static RequestSettings SettingsOf(TurnContext turn) => turn.Get<IOptions<RequestOptions>>().Value.Settings;

    /// The state a focal point answers for (the guard lets in only focal points of a state).
    static StateCode StateOf(Member member) => member.StateCode!;

    /// A request opened from the list: the office's view for the office, the request as received once sent, and
    /// before, where their proposal stands for the focal point who made it (the guard shows it to nobody else).
    internal static async Task<InvokeResponse> OpenAsync(TurnContext turn, Member member, InformationRequest request, RequestViews views, CancellationToken ct)
    {
        var language = turn.Language;
        if (member.Role == MemberRole.Office) return InvokeResponse.Card(await views.OfficeViewAsync(request, member, RequestRoutes.RefreshFor(turn), language, ct));
        if (request.Status is RequestStatus.Sent or RequestStatus.Closed) return InvokeResponse.Card(await views.ReceivedAsync(request, member, language, ct));
        return InvokeResponse.Card(request.Status == RequestStatus.Proposed
            ? RequestCards.Notice(RequestTexts.ProposedTitle.In(language), RequestTexts.ProposedBody.In(language), language)
            : RequestCards.Decision(request, language));
    }

    /// The answer form of the sender's state. In a channel it goes to the sender's personal chat instead: a card
    /// answered in a channel would show the state's draft to everyone there.
    internal static async Task<InvokeResponse> AnswerAsync(TurnContext turn, Member member, InformationRequest request, IRequestStore requests,
        RequestViews views, CancellationToken ct)
    {
        if (!request.Audience.Includes(member.StateCode)) return InvokeResponse.Message(RequestTexts.StateNotAsked.In(turn.Language));

        var state = StateOf(member);
        var answer = await requests.GetAnswerAsync(request.Number!.Value, state, ct);
        var card = await views.AnswerAsync(member, request, state, answer, AnswerForm.Of(answer, turn.Language), [], null, 0, turn.Language, ct);
        return await PersonalChat.AnswerAsync(turn, card, RequestTexts.AnswerSentToChat, RequestTexts.InstallFirst, ct);
    }

    /// Saves the state's answer (and, for Submit, gives it to the office); the rules are Answering.Apply's. The form
    /// carries the answer's version it was opened on: if a colleague saved since, nothing is saved and the sender sees
    /// their version and is told.
    internal static async Task<InvokeResponse> SaveAsync(TurnContext turn, Member member, InformationRequest request, AnswerAction pressed,
        IRequestStore requests, IAuditLog audit, RequestViews views, NetworkCalendar calendar, RequestSettings settings, ILogger log, CancellationToken ct)
    {
        var (number, state, language) = (request.Number!.Value, StateOf(member), turn.Language);
        var form = AnswerForm.From(turn.ActionData, request, language);
        var typed = new TypedAnswer(form.Version, form.Language, form.Changes());
        var page = PageOf(turn.Data(RequestRoutes.PageKey)) ?? 0;
        var goTo = PageOf(turn.Data(RequestRoutes.GoToPageKey));
        // The page buttons save what was typed, and need nothing typed.
        var action = pressed == AnswerAction.Save && goTo is not null ? AnswerAction.SaveIfTyped : pressed;

        for (var attempt = 0; ; attempt++)
        {
            var current = await requests.GetAnswerAsync(number, state, ct);
            var result = Answering.Apply(request, current, state, member, typed, action, calendar.Now, calendar.Today, settings);
            var problems = result.Problems.Select(problem => RequestTexts.Describe(problem, settings, language)).ToList();
            if (result.Effect == AnswerEffect.Refused)
                return InvokeResponse.Card(await views.AnswerAsync(member, request, state, current, result.IsConflict ? AnswerForm.Of(current, form.Language) : form,
                    problems, null, page, language, ct));

            var answer = result.Answer;
            if (result.MustBeStored)
            {
                // The store moved under us (an acknowledgement, or a colleague a moment ago): read again and redo the
                // rules, which tell a colleague's text (refused) from a mere receipt (merged).
                if (await requests.SaveAnswerAsync(answer! with { StoreVersion = current?.StoreVersion }, ct) is not SaveResult.Saved ok)
                {
                    if (attempt < 3) continue;
                    var theirs = await requests.GetAnswerAsync(number, state, ct);
                    return InvokeResponse.Card(await views.AnswerAsync(member, request, state, theirs, AnswerForm.Of(theirs, form.Language),
                        [RequestTexts.Describe(AnswerRefusal.Conflict, language)], null, page, language, ct));
                }
                answer = answer! with { StoreVersion = ok.Version };
                var submitted = result.Effect == AnswerEffect.Submitted;
                if (submitted) await RequestRoutes.AuditAsync(audit, calendar, member, "request.answer.submitted", RequestRoutes.AuditAnswerSubject, $"{number}/{state}", ct);
                LogAnswerSaved(log, number.ToString(), state.Value, answer.Version, submitted);
            }
            var notice = problems.Count > 0 ? null : Notice(result.Effect)?.In(language);
            return InvokeResponse.Card(await views.AnswerAsync(member, request, state, answer, AnswerForm.Of(answer, form.Language), problems, notice, goTo ?? page, language, ct));
        }
    }

    static int? PageOf(string? data) => int.TryParse(data, NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? page : null;

    /// What the sender is told a press did; nothing for a press that wrote nothing.
    static Text? Notice(AnswerEffect effect) => effect switch
    {
        AnswerEffect.Submitted or AnswerEffect.AlreadySubmitted => RequestTexts.AnswerSubmitted,
        AnswerEffect.Amended => RequestTexts.AnswerAmended,
        AnswerEffect.DraftSaved => RequestTexts.DraftSaved,
        _ => null,
    };

    /// Records that the sender's state received the request: the first acknowledgement counts, later ones change nothing.
    internal static async Task<InvokeResponse> AcknowledgeAsync(TurnContext turn, Member member, InformationRequest request, IRequestStore requests,
        IAuditLog audit, RequestViews views, NetworkCalendar calendar, CancellationToken ct)
    {
        var (number, state) = (request.Number!.Value, StateOf(member));
        StateAnswer? answer = null;
        for (var attempt = 0; attempt < 4 && answer is null; attempt++)
        {
            var current = await requests.GetAnswerAsync(number, state, ct);
            var ack = Answering.Acknowledge(request, current, state, member, calendar.Now);
            if (ack.Refusal is { } refused) return InvokeResponse.Message(RequestTexts.Describe(refused, turn.Language));
            if (ack.Value == current) answer = current;
            else if (await requests.SaveAnswerAsync(ack.Value! with { StoreVersion = current?.StoreVersion }, ct) is SaveResult.Saved)
            {
                answer = ack.Value;
                await RequestRoutes.AuditAsync(audit, calendar, member, "request.acknowledged", RequestRoutes.AuditAnswerSubject, $"{number}/{state}", ct);
            }
        }
        if (answer is null) throw new InvalidOperationException("The answer kept changing while receipt was acknowledged.");
        if (!turn.IsPersonal) return InvokeResponse.Message(RequestTexts.AcknowledgedToast.Format(turn.Language, RequestTexts.TheState(state, turn.Language)));
        return InvokeResponse.Card(await views.ReceivedAsync(request, member, answer, turn.Language, ct));
    }

    [LoggerMessage(LogLevel.Information, "Answer of {State} to {RequestNumber} saved, version {Version}, submitted now: {Submitted}")]
    static partial void LogAnswerSaved(ILogger logger, string requestNumber, string state, int version, bool submitted);
}
