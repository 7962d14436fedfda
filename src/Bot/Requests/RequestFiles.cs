using FocalBot.Bot.Exports;
using FocalBot.Bot.Files;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Requests;

/// Requests as a place for the files members send (the offer is Files'): a focal point's go to their state's open
/// answers, per question or whole; the office's to requests as background documents. Each attachment is a versioned
/// save, audited by id; the same upload attached twice is recorded once.
public sealed partial class RequestFiles(IRequestStore requests, IAuditLog audit, NetworkCalendar calendar, IOptions<RequestOptions> options,
    ILogger<RequestFiles> log) : IFileDestinations
{
    public const string ValuePrefix = "request";

    RequestSettings Settings => options.Value.Settings;

    public string Prefix => ValuePrefix;

    /// Offers were the requests' alone before every feature had its places: their values were a request's id and a
    /// question ("<id>:2", 0 for the whole answer).
    public bool TakesUnprefixed(string value) => value.Count(c => c == ':') == 1 && AttachCards.ParseTarget(value) is not null;

    public bool Serves(Member member) => member.Role == MemberRole.Office || member is { Role: MemberRole.FocalPoint, StateCode: not null };

    public Text Nowhere(Member member) => member.Role == MemberRole.Office ? RequestTexts.NoRequestForDocuments : RequestTexts.NoAnswerOpen;

    /// Each open request's whole answer and questions, or, for the office, each request's background documents;
    /// newest first.
    public async Task<IReadOnlyList<FileDestination>> ListAsync(Member member, Language language, CancellationToken ct) =>
        AttachCards.Targets(await OpenToAsync(member, ct), member.Role == MemberRole.Office, language);

    /// The one request's annexes ("Requests/2026-07/Annexes", beside its compilation) when every place is of one
    /// request (each place's Group is its request's folder, AttachCards.Targets), when that is a safe folder name.
    public string? Folder(IReadOnlyList<FileDestination> places) =>
        places.Select(p => p.Group).Distinct().ToList() is [{ } folder] && ExportNames.IsSafeFolder($"{folder}/Annexes/x") ? $"{folder}/Annexes" : null;

    /// Where the member may put a document now: the requests whose answer their state may still change, or, for the
    /// office, the requests that take background documents.
    async Task<IReadOnlyList<InformationRequest>> OpenToAsync(Member member, CancellationToken ct)
    {
        var all = await requests.ListAsync(ct);
        return member.Role == MemberRole.Office ? Annexing.DocumentsOpenTo(member, all) : Annexing.AnswersOpenTo(member, all, calendar.Today, Settings);
    }

    public async Task<InvokeResponse> AttachAsync(TurnContext turn, Member member, StoredUpload upload, string key, CancellationToken ct)
    {
        var language = turn.Language;
        if (AttachCards.ParseTarget(key) is not var (requestId, question))
            return InvokeResponse.Card(FileCards.Offer(upload, turn.Data(FileCards.TicketKey)!, await ListAsync(member, language, ct),
                [FileTexts.ChooseTarget.In(language)], language));
        if (await requests.GetAsync(requestId, ct) is not { } request) return InvokeResponse.Message(RequestTexts.NotFound.In(language));

        var annex = new Annex
        {
            Id = upload.Id, Name = upload.Name, ContentType = upload.ContentType, Length = upload.Length, FileId = upload.FileId, FileUrl = upload.FileUrl,
            Question = question, AddedBy = member.Id, AddedAt = calendar.Now,
        };
        return member.Role == MemberRole.Office
            ? await AddDocumentAsync(member, request, annex, language, ct)
            : await AttachToAnswerAsync(member, request, annex, language, ct);
    }

    async Task<InvokeResponse> AttachToAnswerAsync(Member member, InformationRequest request, Annex annex, Language language, CancellationToken ct)
    {
        var state = member.StateCode!;
        if (request.Number is not { } number) return InvokeResponse.Message(RequestTexts.Describe(AnnexRefusal.NotOpen, language));
        var where = annex.Question is { } q
            ? RequestTexts.AttachedToQuestion.Format(language, RequestTexts.OfState(state, language), number, q.Value)
            : RequestTexts.AttachedToWhole.Format(language, RequestTexts.OfState(state, language), number);
        var open = Cards.Card.Execute(RequestTexts.OpenAnswerButton.In(language), RequestRoutes.Answer, RequestCards.Ids(request), withInputs: false);

        // A colleague's save (or acknowledgement) may land between the read and the write: read again and redo.
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var current = await requests.GetAnswerAsync(number, state, ct);
            var outcome = Annexing.Attach(request, current, state, member, annex, calendar.Today, Settings);
            if (outcome.Refusal is { } refused) return InvokeResponse.Message(RequestTexts.Describe(refused, language));
            if (ReferenceEquals(outcome.Value, current)) return InvokeResponse.Card(FileCards.Attached(annex.Name, where, open, language));
            if (await requests.SaveAnswerAsync(outcome.Value! with { StoreVersion = current?.StoreVersion }, ct) is SaveResult.Saved)
            {
                await RequestRoutes.AuditAsync(audit, calendar, member, "request.annex.added", RequestRoutes.AuditAnswerSubject, $"{number}/{state}", ct);
                LogAttached(log, annex.Id, $"{number}/{state}");
                return InvokeResponse.Card(FileCards.Attached(annex.Name, where, open, language));
            }
        }
        throw new InvalidOperationException("The answer kept changing while a document was attached.");
    }

    async Task<InvokeResponse> AddDocumentAsync(Member office, InformationRequest request, Annex document, Language language, CancellationToken ct)
    {
        var where = request.Number is { } n ? RequestTexts.AttachedToRequest.Format(language, n) : RequestTexts.AttachedToDraft.In(language);
        var open = Cards.Card.Execute(RequestTexts.OpenRequestButton.In(language), RequestRoutes.Open, RequestCards.Ids(request), withInputs: false);
        var current = request;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var outcome = Annexing.AddDocument(current, office, document);
            if (outcome.Refusal is { } refused) return InvokeResponse.Message(RequestTexts.Describe(refused, language));
            if (ReferenceEquals(outcome.Value, current)) return InvokeResponse.Card(FileCards.Attached(document.Name, where, open, language));
            if (await requests.SaveAsync(outcome.Value!, ct) is SaveResult.Saved)
            {
                await RequestRoutes.AuditAsync(audit, calendar, office, "request.document.added", RequestRoutes.AuditSubject, request.Id, ct);
                LogAttached(log, document.Id, request.Id);
                return InvokeResponse.Card(FileCards.Attached(document.Name, where, open, language));
            }
            current = await requests.GetAsync(request.Id, ct) ?? throw new InvalidOperationException("The request disappeared while a document was added.");
        }
        throw new InvalidOperationException("The request kept changing while a document was added.");
    }

    [LoggerMessage(LogLevel.Information, "Upload {UploadId} attached to {Subject}")]
    static partial void LogAttached(ILogger logger, string uploadId, string subject);
}
