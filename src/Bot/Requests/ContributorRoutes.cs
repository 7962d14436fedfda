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

/// National contributors: a state's focal points record the organisations they consulted for its answer, and whether
/// the state agrees to be named with them in the compilation (NationalContributors' rules).
public static partial class ContributorRoutes
{
    public static void Map(TurnRouter routes) => routes
        .OnExecute(RequestRoutes.Contributors, RequestRoutes.Answerers, (turn, member, request, ct) =>
            OpenAsync(turn, member, request, turn.Get<IRequestStore>(), turn.Get<RequestViews>(), turn.Get<NetworkCalendar>(),
                turn.Get<IOptions<RequestOptions>>().Value.Settings, ct))
        .OnExecute(RequestRoutes.SaveContributors, RequestRoutes.Writers, (turn, member, request, ct) =>
            ChangeAsync(turn, member, request, Save(ContributorForm.From(turn.ActionData)), RequestTexts.ContributorsSaved,
                turn.Get<IRequestStore>(), turn.Get<IAuditLog>(), turn.Get<NetworkCalendar>(), RequestRoutes.Log(turn), ct))
        .OnExecute(RequestRoutes.RemoveContributor, RequestRoutes.Writers, (turn, member, request, ct) =>
            ChangeAsync(turn, member, request, Remove(turn.Data(ContributorCards.OrganisationKey) ?? ""), RequestTexts.ContributorRemoved,
                turn.Get<IRequestStore>(), turn.Get<IAuditLog>(), turn.Get<NetworkCalendar>(), RequestRoutes.Log(turn), ct));

    /// One change to the state's contributors, given the request, the answer as stored, the state and who acts.
    internal delegate Outcome<StateAnswer, ContributorRefusal> Change(InformationRequest request, StateAnswer? current, StateCode state, Member actor);

    /// The card's line added (when an organisation is typed) and the state's consent as the toggle says.
    internal static Change Save(ContributorForm form) => (request, current, state, actor) =>
    {
        var named = form.Named ?? current?.NamedWithContributors ?? false;
        if (string.IsNullOrWhiteSpace(form.Organisation)) return NationalContributors.Name(request, current, state, actor, named);
        var added = NationalContributors.Add(request, current, state, actor, form.Organisation, form.Kind);
        return added.IsAccepted ? NationalContributors.Name(request, added.Value, state, actor, named) : added;
    };

    internal static Change Remove(string organisation) => (request, current, state, actor) =>
        NationalContributors.Remove(request, current, state, actor, organisation);

    /// The contributors card, from the answer card. The answer card sends what is typed in it: an answer not saved yet
    /// keeps the member there, with their text, rather than being lost when the card is replaced.
    internal static async Task<InvokeResponse> OpenAsync(TurnContext turn, Member member, InformationRequest request, IRequestStore requests,
        RequestViews views, NetworkCalendar calendar, RequestSettings settings, CancellationToken ct)
    {
        var (state, language) = (member.StateCode!, turn.Language);
        if (!request.Audience.Includes(state)) return InvokeResponse.Message(RequestTexts.StateNotAsked.In(language));
        var current = await requests.GetAnswerAsync(request.Number!.Value, state, ct);
        if (turn.ActionData.ContainsKey(AnswerForm.LanguageKey))
        {
            var form = AnswerForm.From(turn.ActionData, request, language);
            var typed = Answering.Apply(request, current, state, member, new TypedAnswer(current?.Version ?? 0, form.Language, form.Changes()),
                AnswerAction.SaveIfTyped, calendar.Now, calendar.Today, settings);
            if (typed.MustBeStored || typed.Effect == AnswerEffect.Refused)
            {
                var page = int.TryParse(turn.Data(RequestRoutes.PageKey), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0;
                return InvokeResponse.Card(await views.AnswerAsync(member, request, state, current, form, [RequestTexts.SaveBeforeContributors.In(language)], null, page, language, ct));
            }
        }
        var card = ContributorCards.Contributors(request, state, current, null, [], null, language);
        return await PersonalChat.AnswerAsync(turn, card, RequestTexts.AnswerSentToChat, RequestTexts.InstallFirst, ct);
    }

    /// Applies one change, read again and redone when the store moved under it (a colleague's save, a receipt): the
    /// contributors move no answer version, so only the store's version keeps two writes apart.
    internal static async Task<InvokeResponse> ChangeAsync(TurnContext turn, Member member, InformationRequest request, Change change, Text done,
        IRequestStore requests, IAuditLog audit, NetworkCalendar calendar, ILogger log, CancellationToken ct)
    {
        var (number, state, language) = (request.Number!.Value, member.StateCode!, turn.Language);
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var current = await requests.GetAnswerAsync(number, state, ct);
            var changed = change(request, current, state, member);
            if (changed.Refusal is { } refused)
                return refused is ContributorRefusal.OrganisationTooLong or ContributorRefusal.AlreadyListed or ContributorRefusal.TooMany
                    ? InvokeResponse.Card(ContributorCards.Contributors(request, state, current, null, [RequestTexts.Describe(refused, language)],
                        ContributorForm.From(turn.ActionData), language))
                    : InvokeResponse.Message(RequestTexts.Describe(refused, language));
            var answer = changed.Value!;
            if (ReferenceEquals(answer, current) || current is null && answer is { Contributors.Count: 0, NamedWithContributors: false })
                return InvokeResponse.Card(ContributorCards.Contributors(request, state, current, done.In(language), [], null, language));
            if (await requests.SaveAnswerAsync(answer with { StoreVersion = current?.StoreVersion }, ct) is not SaveResult.Saved ok) continue;
            await RequestRoutes.AuditAsync(audit, calendar, member, "request.contributors.changed", RequestRoutes.AuditAnswerSubject, $"{number}/{state}", ct);
            LogChanged(log, number.ToString(), state.Value, answer.Contributors.Count, answer.NamedWithContributors);
            return InvokeResponse.Card(ContributorCards.Contributors(request, state, answer with { StoreVersion = ok.Version }, done.In(language), [], null, language));
        }
        throw new InvalidOperationException("The answer kept changing while its contributors were saved.");
    }

    [LoggerMessage(LogLevel.Information, "National contributors of {State} for {RequestNumber} saved: {Count}, named: {Named}")]
    static partial void LogChanged(ILogger logger, string requestNumber, string state, int count, bool named);
}
