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

/// Taking documents off again: a state's focal points remove an annex from its answer while the answer is open, the
/// office a background document from a request while it takes them. Each removal is a versioned save, audited by id;
/// the file stays in the export store without a record pointing to it, so no card links to it any more.
public static partial class AnnexRoutes
{
    public static void Map(TurnRouter routes) => routes
        .OnExecute(RequestRoutes.RemoveAnnex, RequestRoutes.Writers, (turn, member, request, ct) =>
            RemoveAnnexAsync(turn, member, request, turn.Get<IRequestStore>(), turn.Get<IAuditLog>(), turn.Get<RequestViews>(), turn.Get<NetworkCalendar>(),
                turn.Get<IOptions<RequestOptions>>().Value.Settings, RequestRoutes.Log(turn), ct))
        .OnExecute(RequestRoutes.RemoveDocument, RequestRoutes.OfficeRequest, (turn, office, request, ct) =>
            RemoveDocumentAsync(turn, office, request, turn.Get<IRequestStore>(), turn.Get<IAuditLog>(), turn.Get<RequestViews>(), turn.Get<NetworkCalendar>(),
                RequestRoutes.Log(turn), ct));

    /// Remove pressed on the answer form: the form comes back with what was typed (not saved), less the document.
    internal static async Task<InvokeResponse> RemoveAnnexAsync(TurnContext turn, Member member, InformationRequest request, IRequestStore requests,
        IAuditLog audit, RequestViews views, NetworkCalendar calendar, RequestSettings settings, ILogger log, CancellationToken ct)
    {
        var (number, state, language) = (request.Number!.Value, member.StateCode!, turn.Language);
        var annexId = turn.Data(AttachCards.AnnexKey) ?? "";
        var form = AnswerForm.From(turn.ActionData, request, language);
        var page = int.TryParse(turn.Data(RequestRoutes.PageKey), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0;

        for (var attempt = 0; attempt < 4; attempt++)
        {
            var current = await requests.GetAnswerAsync(number, state, ct);
            var outcome = Annexing.Remove(request, current, state, member, annexId, calendar.Now, calendar.Today, settings);
            if (outcome.Refusal is { } refused)
                return InvokeResponse.Card(await views.AnswerAsync(member, request, state, current, form, [RequestTexts.Describe(refused, language)], null, page, language, ct));
            if (ReferenceEquals(outcome.Value, current))
                return InvokeResponse.Card(await views.AnswerAsync(member, request, state, current, form, [], RequestTexts.AnnexGone.In(language), page, language, ct));
            if (await requests.SaveAnswerAsync(outcome.Value! with { StoreVersion = current!.StoreVersion }, ct) is SaveResult.Saved saved)
            {
                await RequestRoutes.AuditAsync(audit, calendar, member, "request.annex.removed", RequestRoutes.AuditAnswerSubject, $"{number}/{state}", ct);
                LogRemoved(log, annexId, $"{number}/{state}");
                var name = current.Annexes.First(a => a.Id == annexId).Name;
                return InvokeResponse.Card(await views.AnswerAsync(member, request, state, outcome.Value! with { StoreVersion = saved.Version }, form, [],
                    RequestTexts.AnnexRemoved.Format(language, Cards.Card.Plain(name)), page, language, ct));
            }
        }
        throw new InvalidOperationException("The answer kept changing while a document was removed.");
    }

    /// Remove pressed on the office's view of a request: the view comes back without the document.
    internal static async Task<InvokeResponse> RemoveDocumentAsync(TurnContext turn, Member office, InformationRequest request, IRequestStore requests,
        IAuditLog audit, RequestViews views, NetworkCalendar calendar, ILogger log, CancellationToken ct)
    {
        var (documentId, language) = (turn.Data(AttachCards.AnnexKey) ?? "", turn.Language);
        var current = request;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var outcome = Annexing.RemoveDocument(current, office, documentId);
            if (outcome.Refusal is { } refused) return InvokeResponse.Message(RequestTexts.Describe(refused, language));
            if (ReferenceEquals(outcome.Value, current))
                return InvokeResponse.Card(await views.OfficeViewAsync(current, office, RequestRoutes.RefreshFor(turn), language, ct));
            if (await requests.SaveAsync(outcome.Value!, ct) is SaveResult.Saved saved)
            {
                await RequestRoutes.AuditAsync(audit, calendar, office, "request.document.removed", RequestRoutes.AuditSubject, request.Id, ct);
                LogRemoved(log, documentId, request.Id);
                return InvokeResponse.Card(await views.OfficeViewAsync(outcome.Value! with { Version = saved.Version }, office, RequestRoutes.RefreshFor(turn), language, ct));
            }
            current = await requests.GetAsync(request.Id, ct) ?? throw new InvalidOperationException("The request disappeared while a document was removed.");
        }
        throw new InvalidOperationException("The request kept changing while a document was removed.");
    }

    [LoggerMessage(LogLevel.Information, "Document {AnnexId} removed from {Subject}")]
    static partial void LogRemoved(ILogger logger, string annexId, string subject);
}
