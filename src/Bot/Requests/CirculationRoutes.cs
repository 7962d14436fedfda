using System.Globalization;
using FocalBot.Bot.Exports;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Requests;

/// National circulation: a focal point makes a Word copy of a request for the colleagues they consult, and chooses
/// between their state's texts and a filled copy's where they differ (the copy itself comes back as a file: CirculationClaim).
public static partial class CirculationRoutes
{
    public const string LanguageKey = "copyLanguage";
    public const string NationalDeadlineKey = "nationalDeadline";
    public const string QuestionKey = "question";
    public const string AllQuestions = "all";

    public static void Map(TurnRouter routes) => routes
        .OnExecute(RequestRoutes.Circulate, RequestRoutes.Writers,
            (turn, member, request, ct) => FormAsync(turn, member, request, turn.Get<NetworkCalendar>(), ct))
        .OnExecute(RequestRoutes.MakeCopy, RequestRoutes.Writers, (turn, member, request, ct) =>
            MakeCopyAsync(turn, member, request, turn.Get<IExportStore>(), turn.Get<IAuditLog>(), turn.Get<NetworkCalendar>(), RequestRoutes.Log(turn), ct))
        .OnExecute(RequestRoutes.ReplaceFromCopy, RequestRoutes.Writers, (turn, member, request, ct) =>
            ReplaceAsync(turn, member, request, turn.Get<IRequestStore>(), turn.Get<IAuditLog>(), turn.Get<RequestViews>(), turn.Get<NetworkCalendar>(),
                turn.Get<IOptions<RequestOptions>>().Value.Settings, ct))
        .OnExecute(RequestRoutes.KeepMine, RequestRoutes.Writers, (turn, member, request, ct) =>
            KeepAsync(turn, member, request, turn.Get<IRequestStore>(), turn.Get<IAuditLog>(), turn.Get<RequestViews>(), turn.Get<NetworkCalendar>(), ct));

    /// The copy's form, in the member's personal chat: the copy's link will be theirs alone.
    internal static async Task<InvokeResponse> FormAsync(TurnContext turn, Member member, InformationRequest request, NetworkCalendar calendar, CancellationToken ct)
    {
        if (NationalCirculation.MayCirculate(request, member, null, calendar.Today) is { } refused)
            return InvokeResponse.Message(RequestTexts.Describe(refused, request, turn.Language));
        var card = CirculationCards.Form(request, turn.Language, null, [], turn.Language);
        return await PersonalChat.AnswerAsync(turn, card, RequestTexts.CirculateSentToChat, RequestTexts.CirculateOpenChat, ct);
    }

    /// Writes the copy, stores it with the exports (replacing the state's earlier copy in that language) and hands the
    /// member their personal link. A national deadline that is no date, past, or not before the network's is named on
    /// the form and no copy is made.
    internal static async Task<InvokeResponse> MakeCopyAsync(TurnContext turn, Member member, InformationRequest request, IExportStore exports,
        IAuditLog audit, NetworkCalendar calendar, ILogger log, CancellationToken ct)
    {
        var language = turn.Language;
        var copyLanguage = Languages.Parse(turn.Data(LanguageKey)) ?? language;
        var typed = turn.Data(NationalDeadlineKey)?.Trim();
        DateOnly? deadline = null;
        if (!string.IsNullOrEmpty(typed))
        {
            if (!DateOnly.TryParseExact(typed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                return InvokeResponse.Card(CirculationCards.Form(request, copyLanguage, null, [RequestTexts.NationalDeadlineNotADate.In(language)], language));
            deadline = parsed;
        }
        if (NationalCirculation.MayCirculate(request, member, deadline, calendar.Today) is { } refused)
            return refused is CirculationRefusal.NationalDeadlineNotEarlier or CirculationRefusal.NationalDeadlinePassed
                ? InvokeResponse.Card(CirculationCards.Form(request, copyLanguage, deadline, [RequestTexts.Describe(refused, request, language)], language))
                : InvokeResponse.Message(RequestTexts.Describe(refused, request, language));

        var (number, state) = (request.Number!.Value, member.StateCode!);
        var saved = await exports.SaveAsync(Folder(number), CirculationDocument.Write(request, state, copyLanguage, deadline), ct);
        await RequestRoutes.AuditAsync(audit, calendar, member, "request.circulated", RequestRoutes.AuditAnswerSubject, $"{number}/{state}", ct);
        LogCirculated(log, number.ToString(), state.Value, copyLanguage.Code(), deadline is not null);

        var link = exports.LinkFor(saved, member);
        DateOnly? until = link.Expires is { } expires ? calendar.DayOf(expires) : null;
        var card = CirculationCards.CopyReady(request, copyLanguage, deadline, link.Url.AbsoluteUri, until, language);
        return await PersonalChat.AnswerAsync(turn, card, TurnTexts.LinksSentToChat, TurnTexts.OpenPersonalChat, ct);
    }

    /// Where the national copies of a request are kept, beside its compilation.
    public static string Folder(RequestNumber number) => CompilationFiles.Folder(number) + "/National copies";

    /// Replaces the state's text with the copy's, for one question or all those set aside (Answering's Save: versioned,
    /// a submitted answer stays submitted). When nothing is left aside, the answer card follows, to review and submit.
    internal static async Task<InvokeResponse> ReplaceAsync(TurnContext turn, Member member, InformationRequest request, IRequestStore requests,
        IAuditLog audit, RequestViews views, NetworkCalendar calendar, RequestSettings settings, CancellationToken ct)
    {
        var (number, state, language) = (request.Number!.Value, member.StateCode!, turn.Language);
        var version = int.TryParse(turn.Data(AnswerForm.VersionKey), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1;
        var which = turn.Data(QuestionKey) is { } q && int.TryParse(q, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? new QuestionNumber(n) : (QuestionNumber?)null;
        if (which is null && turn.Data(QuestionKey) != AllQuestions) return InvokeResponse.Message(RequestTexts.UnknownQuestion.In(language));

        // The store moving under us (a receipt, a contributor) is tried again; a colleague's text is caught by the version.
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var current = await requests.GetAnswerAsync(number, state, ct);
            var replaced = CopyMerge.Replace(request, current, state, member, version, which, calendar.Now, calendar.Today, settings);
            if (replaced.Refusal is { } refusal) return await RefusedAsync(member, request, state, current, refusal, views, language, ct);
            if (await requests.SaveAnswerAsync(replaced.Value! with { StoreVersion = current!.StoreVersion }, ct) is not SaveResult.Saved ok) continue;
            await RequestRoutes.AuditAsync(audit, calendar, member, "request.copy.replaced", RequestRoutes.AuditAnswerSubject, $"{number}/{state}", ct);
            return await NextAsync(member, request, state, replaced.Value! with { StoreVersion = ok.Version }, RequestTexts.CopyReplaced.In(language), views, language, ct);
        }
        return await RefusedAsync(member, request, state, await requests.GetAnswerAsync(number, state, ct), AnswerRefusal.Conflict, views, language, ct);
    }

    /// Keeps the state's texts and drops what the copy set aside.
    internal static async Task<InvokeResponse> KeepAsync(TurnContext turn, Member member, InformationRequest request, IRequestStore requests,
        IAuditLog audit, RequestViews views, NetworkCalendar calendar, CancellationToken ct)
    {
        var (number, state, language) = (request.Number!.Value, member.StateCode!, turn.Language);
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var current = await requests.GetAnswerAsync(number, state, ct);
            var kept = CopyMerge.Keep(request, current, state, member);
            if (kept.Refusal is { } refusal) return await RefusedAsync(member, request, state, current, refusal, views, language, ct);
            if (await requests.SaveAnswerAsync(kept.Value! with { StoreVersion = current!.StoreVersion }, ct) is SaveResult.Saved ok)
            {
                await RequestRoutes.AuditAsync(audit, calendar, member, "request.copy.kept", RequestRoutes.AuditAnswerSubject, $"{number}/{state}", ct);
                return await NextAsync(member, request, state, kept.Value! with { StoreVersion = ok.Version }, RequestTexts.CopyKept.In(language), views, language, ct);
            }
        }
        throw new InvalidOperationException("The answer kept changing while the copy's texts were set aside.");
    }

    /// The choice card again while the copy still has texts aside, else the answer card to review and submit.
    static async Task<InvokeResponse> NextAsync(Member member, InformationRequest request, StateCode state, StateAnswer answer, string notice, RequestViews views,
        Language language, CancellationToken ct) =>
        InvokeResponse.Card(answer.FromCopy.Count > 0
            ? CirculationCards.Choose(request, state, answer, notice, null, language)
            : await views.AnswerAsync(member, request, state, answer, AnswerForm.Of(answer, language), [], notice, 0, language, ct));

    /// Nothing changed: a colleague saved (the choice again, on their text), nothing is left aside (the answer card), or
    /// the answer may not be written (said in a message).
    static async Task<InvokeResponse> RefusedAsync(Member member, InformationRequest request, StateCode state, StateAnswer? current, AnswerRefusal refusal,
        RequestViews views, Language language, CancellationToken ct) => refusal switch
    {
        AnswerRefusal.Conflict when current is { FromCopy.Count: > 0 } =>
            InvokeResponse.Card(CirculationCards.Choose(request, state, current, null, RequestTexts.CopyChangedMeanwhile.In(language), language)),
        AnswerRefusal.Conflict or AnswerRefusal.NothingToSave =>
            InvokeResponse.Card(await views.AnswerAsync(member, request, state, current, AnswerForm.Of(current, language), [], RequestTexts.NothingAside.In(language), 0, language, ct)),
        _ => InvokeResponse.Message(RequestTexts.Describe(refusal, language)),
    };

    [LoggerMessage(LogLevel.Information, "National copy of {RequestNumber} made for {State} in {Language}, national deadline: {WithDeadline}")]
    static partial void LogCirculated(ILogger logger, string requestNumber, string state, string language, bool withDeadline);
}
