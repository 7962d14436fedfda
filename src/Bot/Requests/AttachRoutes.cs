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

/// Documents sent to the bot in the personal chat: each file is downloaded and checked (Files), offered to the
/// features that recognise their own files (IReceivedFileClaim), then stored and offered for attaching where its
/// sender may put it: a focal point's to their state's open answers, the office's to requests as background
/// documents. With nowhere to go, nothing is stored. A stored upload that is discarded, or never attached, stays in
/// the export store without a link: nobody is handed one, no record points to it, and the log holds only its id.
public static partial class AttachRoutes
{
    /// Focal points of a state and the office, in their personal chat: a document sent elsewhere would show to all.
    static readonly Guard Senders = Guard.Only("office and focal points of a state", m => m.Role == MemberRole.Office || m is { Role: MemberRole.FocalPoint, StateCode: not null },
        RequestTexts.AttachNotAllowed).InPersonalChat(RequestTexts.FilesInPersonalChat);

    public static void Map(TurnRouter routes)
    {
        foreach (var type in FileTypes.Extensions)
            routes.OnFile(type, Senders, (turn, member, ct) => ReceiveAsync(turn, member, turn.Get<FileReceiver>(), turn.Get<IEnumerable<IReceivedFileClaim>>(),
                turn.Get<IRequestStore>(), turn.Get<IExportStore>(), turn.Get<UploadTickets>(), turn.Get<NetworkCalendar>(), SettingsOf(turn), RequestRoutes.Log(turn), ct));
        routes
            .OnOtherFile(Guard.AnyMember.InPersonalChat(RequestTexts.FilesInPersonalChat),
                (turn, _, ct) => turn.SendTextAsync(turn.Get<FileReceiver>().Describe(FileReceiver.Refusal.TypeNotAllowed, turn.File!.Name, turn.Language), ct))
            .OnExecute(RequestRoutes.AttachFile, Senders, (turn, member, ct) =>
                AttachAsync(turn, member, turn.Get<IRequestStore>(), turn.Get<UploadTickets>(), turn.Get<IAuditLog>(), turn.Get<NetworkCalendar>(), SettingsOf(turn),
                    RequestRoutes.Log(turn), ct))
            .OnExecute(RequestRoutes.DiscardFile, Senders, (turn, _, _) => Task.FromResult(Discard(turn, RequestRoutes.Log(turn))));
        AnnexRoutes.Map(routes);
    }

    static RequestSettings SettingsOf(TurnContext turn) => turn.Get<IOptions<RequestOptions>>().Value.Settings;

    /// One file of the message: checked, claimed, or stored and offered.
    internal static async Task ReceiveAsync(TurnContext turn, Member member, FileReceiver receiver, IEnumerable<IReceivedFileClaim> claims, IRequestStore requests,
        IExportStore exports, UploadTickets tickets, NetworkCalendar calendar, RequestSettings settings, ILogger log, CancellationToken ct)
    {
        var (sent, language) = (turn.File!, turn.Language);
        var received = await receiver.ReceiveAsync(sent, ct);
        if (received.File is not { } file)
        {
            await turn.SendTextAsync(receiver.Describe(received.Refusal!.Value, sent.Name, language), ct);
            return;
        }
        foreach (var claim in claims)
            if (await claim.TryHandleAsync(turn, member, file, ct)) return;

        var targets = await TargetsAsync(member, requests, calendar, settings, ct);
        if (targets.Count == 0)
        {
            var nowhere = member.Role == MemberRole.Office ? RequestTexts.NoRequestForDocuments : RequestTexts.NoAnswerOpen;
            await turn.SendTextAsync(nowhere.Format(language, file.Name), ct);
            return;
        }
        var upload = await StoreAsync(exports, file, targets, ct);
        LogStored(log, upload.Id, upload.Length, targets.Count);
        var choices = AttachCards.Targets(targets, member.Role == MemberRole.Office, language);
        await turn.SendCardAsync(AttachCards.Offer(upload, tickets.Issue(upload, member.Id), choices, [], language), ct);
    }

    /// Where the member may put a document now: the requests whose answer their state may still change, or, for the
    /// office, the requests that take background documents; newest first.
    static async Task<IReadOnlyList<InformationRequest>> TargetsAsync(Member member, IRequestStore requests, NetworkCalendar calendar, RequestSettings settings,
        CancellationToken ct)
    {
        var all = await requests.ListAsync(ct);
        return member.Role == MemberRole.Office ? Annexing.DocumentsOpenTo(member, all) : Annexing.AnswersOpenTo(member, all, calendar.Today, settings);
    }

    /// Stored in a folder of its own (the upload's id), so two "report.pdf" never replace each other: under the
    /// request's folder when it can go to one request only, else in Uploads until it is attached (it stays there).
    static async Task<StoredUpload> StoreAsync(IExportStore exports, ReceivedFile file, IReadOnlyList<InformationRequest> targets, CancellationToken ct)
    {
        var id = Guid.NewGuid().ToString("N");
        var folder = targets is [var only] && RequestFolder(only) is { } requestFolder ? $"{requestFolder}/Annexes/{id}" : $"Uploads/{id}";
        var saved = await exports.SaveAsync(folder, new ExportFile(file.Name, ExportNames.ContentTypeOf(file.Name), file.Content), ct);
        return new StoredUpload(id, saved.Name, saved.ContentType, saved.Length, saved.Id, saved.WebUrl?.AbsoluteUri);
    }

    /// "Requests/2026-07" once sent, as the compilation's; a draft's by its id, when that is a safe folder name.
    static string? RequestFolder(InformationRequest request)
    {
        var folder = request.Number is { } n ? CompilationFiles.Folder(n) : $"Requests/{request.Id}";
        return ExportNames.IsSafeFolder($"{folder}/Annexes/x") ? folder : null;
    }

    /// Attach pressed: the offer is checked (signed for this member, not expired), then the rules decide. A second
    /// press finds the document there and answers the same, recording nothing more.
    internal static async Task<InvokeResponse> AttachAsync(TurnContext turn, Member member, IRequestStore requests, UploadTickets tickets, IAuditLog audit,
        NetworkCalendar calendar, RequestSettings settings, ILogger log, CancellationToken ct)
    {
        var language = turn.Language;
        if (AttachCards.UploadOf(turn.ActionData) is not { } upload || !tickets.Verify(upload, member.Id, turn.Data(AttachCards.TicketKey)))
            return InvokeResponse.Message(RequestTexts.OfferExpired.In(language));
        if (AttachCards.ParseTarget(turn.Data(AttachCards.TargetKey)) is not var (requestId, question))
        {
            var choices = AttachCards.Targets(await TargetsAsync(member, requests, calendar, settings, ct), member.Role == MemberRole.Office, language);
            return InvokeResponse.Card(AttachCards.Offer(upload, turn.Data(AttachCards.TicketKey)!, choices, [RequestTexts.ChooseTarget.In(language)], language));
        }
        if (await requests.GetAsync(requestId, ct) is not { } request) return InvokeResponse.Message(RequestTexts.NotFound.In(language));

        var annex = new Annex
        {
            Id = upload.Id, Name = upload.Name, ContentType = upload.ContentType, Length = upload.Length, FileId = upload.FileId, FileUrl = upload.FileUrl,
            Question = question, AddedBy = member.Id, AddedAt = calendar.Now,
        };
        return member.Role == MemberRole.Office
            ? await AddDocumentAsync(turn, member, request, annex, requests, audit, calendar, log, ct)
            : await AttachToAnswerAsync(turn, member, request, annex, requests, audit, calendar, settings, log, ct);
    }

    static async Task<InvokeResponse> AttachToAnswerAsync(TurnContext turn, Member member, InformationRequest request, Annex annex, IRequestStore requests,
        IAuditLog audit, NetworkCalendar calendar, RequestSettings settings, ILogger log, CancellationToken ct)
    {
        var (state, language) = (member.StateCode!, turn.Language);
        if (request.Number is not { } number) return InvokeResponse.Message(RequestTexts.Describe(AnnexRefusal.NotOpen, language));
        var where = annex.Question is { } q
            ? RequestTexts.AttachedToQuestion.Format(language, RequestTexts.OfState(state, language), number, q.Value)
            : RequestTexts.AttachedToWhole.Format(language, RequestTexts.OfState(state, language), number);
        var open = Cards.Card.Execute(RequestTexts.OpenAnswerButton.In(language), RequestRoutes.Answer, RequestCards.Ids(request), withInputs: false);

        // A colleague's save (or acknowledgement) may land between the read and the write: read again and redo.
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var current = await requests.GetAnswerAsync(number, state, ct);
            var outcome = Annexing.Attach(request, current, state, member, annex, calendar.Today, settings);
            if (outcome.Refusal is { } refused) return InvokeResponse.Message(RequestTexts.Describe(refused, language));
            if (ReferenceEquals(outcome.Value, current)) return InvokeResponse.Card(AttachCards.Attached(annex.Name, where, open, language));
            if (await requests.SaveAnswerAsync(outcome.Value! with { StoreVersion = current?.StoreVersion }, ct) is SaveResult.Saved)
            {
                await RequestRoutes.AuditAsync(audit, calendar, member, "request.annex.added", RequestRoutes.AuditAnswerSubject, $"{number}/{state}", ct);
                LogAttached(log, annex.Id, $"{number}/{state}");
                return InvokeResponse.Card(AttachCards.Attached(annex.Name, where, open, language));
            }
        }
        throw new InvalidOperationException("The answer kept changing while a document was attached.");
    }

    static async Task<InvokeResponse> AddDocumentAsync(TurnContext turn, Member office, InformationRequest request, Annex document, IRequestStore requests,
        IAuditLog audit, NetworkCalendar calendar, ILogger log, CancellationToken ct)
    {
        var language = turn.Language;
        var where = request.Number is { } n ? RequestTexts.AttachedToRequest.Format(language, n) : RequestTexts.AttachedToDraft.In(language);
        var open = Cards.Card.Execute(RequestTexts.OpenRequestButton.In(language), RequestRoutes.Open, RequestCards.Ids(request), withInputs: false);
        var current = request;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var outcome = Annexing.AddDocument(current, office, document);
            if (outcome.Refusal is { } refused) return InvokeResponse.Message(RequestTexts.Describe(refused, language));
            if (ReferenceEquals(outcome.Value, current)) return InvokeResponse.Card(AttachCards.Attached(document.Name, where, open, language));
            if (await requests.SaveAsync(outcome.Value!, ct) is SaveResult.Saved)
            {
                await RequestRoutes.AuditAsync(audit, calendar, office, "request.document.added", RequestRoutes.AuditSubject, request.Id, ct);
                LogAttached(log, document.Id, request.Id);
                return InvokeResponse.Card(AttachCards.Attached(document.Name, where, open, language));
            }
            current = await requests.GetAsync(request.Id, ct) ?? throw new InvalidOperationException("The request disappeared while a document was added.");
        }
        throw new InvalidOperationException("The request kept changing while a document was added.");
    }

    /// Discard pressed: nothing is recorded; the stored file stays without a link (see the class comment).
    static InvokeResponse Discard(TurnContext turn, ILogger log)
    {
        var upload = AttachCards.UploadOf(turn.ActionData);
        // The card's data is input: only an id of ours reaches the log.
        if (Guid.TryParseExact(upload?.Id, "N", out var id)) LogDiscarded(log, id.ToString("N"));
        return InvokeResponse.Card(AttachCards.Discarded(upload?.Name ?? "", turn.Language));
    }

    [LoggerMessage(LogLevel.Information, "Upload {UploadId} stored ({Bytes} bytes), offered for {Targets} requests")]
    static partial void LogStored(ILogger logger, string uploadId, long bytes, int targets);

    [LoggerMessage(LogLevel.Information, "Upload {UploadId} attached to {Subject}")]
    static partial void LogAttached(ILogger logger, string uploadId, string subject);

    [LoggerMessage(LogLevel.Information, "Upload {UploadId} discarded")]
    static partial void LogDiscarded(ILogger logger, string uploadId);
}
