using FocalBot.Bot.Exports;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Files;

/// Documents sent to the bot in the personal chat: each file is downloaded and checked (FileReceiver), offered to the
/// features that recognise their own files (IReceivedFileClaim), then stored and offered for attaching wherever its
/// sender may put it, every feature's places in one list (IFileDestinations). With nowhere to go, nothing is stored.
/// A stored upload that is discarded, or never attached, stays in the export store without a link: nobody is handed
/// one, no record points to it, and the log holds only its id.
public static partial class FileRoutes
{
    // Cards already sent carry these verbs: the offer began as the exchange's, so its verbs keep their first names.
    public const string AttachFile = "request.attach";
    public const string DiscardFile = "request.attach.discard";

    /// Focal points of a state and the office, in their personal chat: a document sent elsewhere would show to all.
    /// These are the members some feature takes files from (IFileDestinations.Serves); FileDestinationTests holds the two together.
    public static readonly Guard Senders = Guard.Only("office and focal points of a state", MaySend, FileTexts.AttachNotAllowed)
        .InPersonalChat(FileTexts.FilesInPersonalChat);

    public static bool MaySend(Member m) => m.Role == MemberRole.Office || m is { Role: MemberRole.FocalPoint, StateCode: not null };

    public static void Map(TurnRouter routes)
    {
        foreach (var type in FileTypes.Extensions)
            routes.OnFile(type, Senders, (turn, member, ct) => ReceiveAsync(turn, member, turn.Get<FileReceiver>(), turn.Get<IEnumerable<IReceivedFileClaim>>(),
                turn.Get<IEnumerable<IFileDestinations>>(), turn.Get<IExportStore>(), turn.Get<UploadTickets>(), Log(turn), ct));
        routes
            .OnOtherFile(Guard.AnyMember.InPersonalChat(FileTexts.FilesInPersonalChat),
                (turn, _, ct) => turn.SendTextAsync(turn.Get<FileReceiver>().Describe(FileReceiver.Refusal.TypeNotAllowed, turn.File!.Name, turn.Language), ct))
            .OnExecute(AttachFile, Senders, (turn, member, ct) =>
                AttachAsync(turn, member, turn.Get<IEnumerable<IFileDestinations>>(), turn.Get<UploadTickets>(), ct))
            .OnExecute(DiscardFile, Senders, (turn, _, _) => Task.FromResult(Discard(turn, Log(turn))));
    }

    static ILogger Log(TurnContext turn) => turn.Get<ILoggerFactory>().CreateLogger(typeof(FileRoutes).FullName!);

    /// One file of the message: checked, claimed, or stored and offered.
    internal static async Task ReceiveAsync(TurnContext turn, Member member, FileReceiver receiver, IEnumerable<IReceivedFileClaim> claims,
        IEnumerable<IFileDestinations> destinations, IExportStore exports, UploadTickets tickets, ILogger log, CancellationToken ct)
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

        var features = destinations.Where(d => d.Serves(member)).ToList();
        var places = await PlacesAsync(features, member, language, ct);
        if (places.Count == 0)
        {
            var why = string.Join(" ", features.Select(d => d.Nowhere(member).In(language)));
            await turn.SendTextAsync(FileTexts.Nowhere.Format(language, file.Name, why).TrimEnd(), ct);
            return;
        }
        var upload = await StoreAsync(exports, file, Folder(features, places), ct);
        LogStored(log, upload.Id, upload.Length, places.Count);
        await turn.SendCardAsync(FileCards.Offer(upload, tickets.Issue(upload, member.Id), places, [], language), ct);
    }

    /// Every feature's places for the member, in the order the features are registered.
    static async Task<IReadOnlyList<FileDestination>> PlacesAsync(IEnumerable<IFileDestinations> features, Member member, Language language, CancellationToken ct)
    {
        var places = new List<FileDestination>();
        foreach (var feature in features.Where(d => d.Serves(member))) places.AddRange(await feature.ListAsync(member, language, ct));
        return places;
    }

    /// The folder the places' one feature names for them, or null (Uploads) when they are several features'.
    static string? Folder(IReadOnlyList<IFileDestinations> features, IReadOnlyList<FileDestination> places)
    {
        var owners = features.Where(f => places.Any(p => Owns(f, p.Value))).ToList();
        return owners is [var only] ? only.Folder(places) : null;
    }

    static bool Owns(IFileDestinations feature, string value) => value.StartsWith(feature.Prefix + ":", StringComparison.Ordinal);

    /// Stored in a folder of its own (the upload's id), so two "report.pdf" never replace each other: under the folder
    /// its one feature names, else in Uploads until it is attached (it stays there).
    static async Task<StoredUpload> StoreAsync(IExportStore exports, ReceivedFile file, string? featureFolder, CancellationToken ct)
    {
        var id = Guid.NewGuid().ToString("N");
        var folder = featureFolder is { } f && ExportNames.IsSafeFolder($"{f}/{id}") ? $"{f}/{id}" : $"Uploads/{id}";
        var saved = await exports.SaveAsync(folder, new ExportFile(file.Name, ExportNames.ContentTypeOf(file.Name), file.Content), ct);
        return new StoredUpload(id, saved.Name, saved.ContentType, saved.Length, saved.Id, saved.WebUrl?.AbsoluteUri);
    }

    /// Attach pressed: the offer is checked (signed for this member, not expired), then the feature whose prefix the
    /// choice carries attaches it by its own rules. No choice, or one no feature of the member's owns, shows the offer
    /// again with the places as they are now.
    internal static async Task<InvokeResponse> AttachAsync(TurnContext turn, Member member, IEnumerable<IFileDestinations> destinations, UploadTickets tickets,
        CancellationToken ct)
    {
        var language = turn.Language;
        var ticket = turn.Data(FileCards.TicketKey);
        if (FileCards.UploadOf(turn.ActionData) is not { } upload || !tickets.Verify(upload, member.Id, ticket))
            return InvokeResponse.Message(FileTexts.OfferExpired.In(language));
        var features = destinations.Where(d => d.Serves(member)).ToList();
        var target = turn.Data(FileCards.TargetKey) ?? "";
        if (features.FirstOrDefault(f => Owns(f, target)) is { } feature && target[(feature.Prefix.Length + 1)..] is { Length: > 0 } key)
            return await feature.AttachAsync(turn, member, upload, key, ct);
        // An offer sent before places carried their feature's prefix: its value is the key of the feature that made it.
        if (target.Length > 0 && !destinations.Any(d => Owns(d, target)) && features.FirstOrDefault(f => f.TakesUnprefixed(target)) is { } earlier)
            return await earlier.AttachAsync(turn, member, upload, target, ct);
        // A place of a feature the member may not use is refused as no choice at all: they choose again among their own.
        var places = await PlacesAsync(features, member, language, ct);
        return InvokeResponse.Card(FileCards.Offer(upload, ticket!, places, [FileTexts.ChooseTarget.In(language)], language));
    }

    /// Discard pressed: nothing is recorded; the stored file stays without a link (see the class comment).
    static InvokeResponse Discard(TurnContext turn, ILogger log)
    {
        var upload = FileCards.UploadOf(turn.ActionData);
        // The card's data is input: only an id of ours reaches the log.
        if (Guid.TryParseExact(upload?.Id, "N", out var id)) LogDiscarded(log, id.ToString("N"));
        return InvokeResponse.Card(FileCards.Discarded(upload?.Name ?? "", turn.Language));
    }

    [LoggerMessage(LogLevel.Information, "Upload {UploadId} stored ({Bytes} bytes), offered for {Places} places")]
    static partial void LogStored(ILogger logger, string uploadId, long bytes, int places);

    [LoggerMessage(LogLevel.Information, "Upload {UploadId} discarded")]
    static partial void LogDiscarded(ILogger logger, string uploadId);
}
