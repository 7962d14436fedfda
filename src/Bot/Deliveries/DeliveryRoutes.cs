using System.Globalization;
using System.Text.Json.Nodes;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Deliveries;

/// The office's view of a subject's deliveries (how each recipient was reached, what Teams answered, where each post in
/// the network's channel stands) and the one thing it can do about an Uncertain row: send it again, after a warning that
/// some may receive it twice, or that a post may appear twice in the channel. Rows are never sent again by themselves
/// (STYLE §5); this is the deliberate, audited exception. Office only, as the routes' guard holds.
public static partial class DeliveryRoutes
{
    public const string View = "delivery.view";
    public const string Resend = "delivery.resend";
    public const string ResendConfirmed = "delivery.resend.confirm";

    public const string SubjectKey = "subject";
    public const string IdKey = "id";
    public const string AsOfKey = "asOf";
    public const string CountKey = "n";

    /// Audit action on the subject (type "request" or "meeting", its id): ids only, the counts go to the log.
    public const string AuditResent = "delivery.resent";

    /// The subject the card names (its kind and id), for the office, which may see any; one that does not exist, or
    /// was never sent, is answered NotFound.
    static readonly Guard<DeliverySubject> OfficeSeesSubject = Guard.Office(DeliveryTexts.OfficeOnly)
        .Loading("deliveries of a subject", (turn, ct) => FindAsync(turn.Get<IEnumerable<IDeliverySubjects>>(), turn.Data(SubjectKey), turn.Data(IdKey), turn.Language, ct),
            (_, _) => true, DeliveryTexts.NotFound);

    public static void Map(TurnRouter routes) => routes
        .OnExecute(View, OfficeSeesSubject, (turn, _, subject, ct) => ViewAsync(turn, subject, Reader(turn), ct))
        .OnExecute(Resend, OfficeSeesSubject, (turn, _, subject, ct) => ConfirmAsync(turn, subject, Reader(turn), ct))
        .OnExecute(ResendConfirmed, OfficeSeesSubject, (turn, office, subject, ct) =>
            ResendAsync(turn, office, subject, Reader(turn), turn.Get<IAuditLog>(), turn.Get<SendSoon>(), Log(turn), ct));

    static DeliveryViewReader Reader(TurnContext turn) =>
        new(turn.Get<IDeliveryStore>(), turn.Get<IMemberDirectory>(), turn.Get<NetworkChannel>(), turn.Get<NetworkCalendar>());

    static ILogger Log(TurnContext turn) => turn.Get<ILoggerFactory>().CreateLogger(typeof(DeliveryRoutes).FullName!);

    /// The data of this view's buttons.
    public static JsonObject Data(string kind, string id) => new() { [SubjectKey] = kind, [IdKey] = id };

    /// The view of one subject, for a feature's older verb that opened its own list; that verb's route is the office's.
    public static async Task<InvokeResponse> ViewAsync(TurnContext turn, string kind, string? id, CancellationToken ct) =>
        await FindAsync(turn.Get<IEnumerable<IDeliverySubjects>>(), kind, id, turn.Language, ct) is { } subject
            ? await ViewAsync(turn, subject, Reader(turn), ct)
            : InvokeResponse.Message(DeliveryTexts.NotFound.In(turn.Language));

    /// The subject of this kind with this id, once sent; null otherwise.
    static async Task<DeliverySubject?> FindAsync(IEnumerable<IDeliverySubjects> features, string? kind, string? id, Language language, CancellationToken ct) =>
        features.FirstOrDefault(x => x.Kind == kind) is { } subjects && id is { Length: > 0 }
            ? await subjects.FindAsync(id, language, ct)
            : null;

    internal static async Task<InvokeResponse> ViewAsync(TurnContext turn, DeliverySubject subject, DeliveryViewReader view, CancellationToken ct) =>
        InvokeResponse.Card(await view.CardAsync(subject, [], turn.Language, ct));

    /// The first press: how many would go again (people, and posts in the channel), with the warning. Nothing changes yet.
    internal static async Task<InvokeResponse> ConfirmAsync(TurnContext turn, DeliverySubject subject, DeliveryViewReader view, CancellationToken ct)
    {
        var uncertain = (await view.RowsAsync(subject, ct)).Where(r => r.Status == DeliveryStatus.Uncertain).ToList();
        if (uncertain.Count == 0) return InvokeResponse.Card(await view.CardAsync(subject, [DeliveryTexts.NothingUncertain.In(turn.Language)], turn.Language, ct));
        var posts = uncertain.Count(r => r.MemberId == NetworkChannel.Recipient);
        return InvokeResponse.Card(DeliveryCards.ConfirmResend(subject, uncertain.Count - posts, posts, view.Calendar.Now, turn.Language));
    }

    /// The confirmation: exactly the rows still Uncertain since the warning was shown go back to Pending (a versioned
    /// save each; a row changed meanwhile is left alone and counted so), audited once, and the sender is woken. A second
    /// press finds them changed and does nothing more.
    internal static async Task<InvokeResponse> ResendAsync(TurnContext turn, Member office, DeliverySubject subject, DeliveryViewReader view, IAuditLog audit,
        SendSoon sender, ILogger log, CancellationToken ct)
    {
        if (!DateTimeOffset.TryParse(turn.Data(AsOfKey), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var asOf)
            || !int.TryParse(turn.Data(CountKey), NumberStyles.None, CultureInfo.InvariantCulture, out var shown))
            return InvokeResponse.Message(DeliveryTexts.ConfirmationUnreadable.In(turn.Language));

        var queued = 0;
        foreach (var row in (await view.RowsAsync(subject, ct)).Where(r => StillUncertain(r, asOf)))
            if (await view.Deliveries.SaveAsync(row with { Status = DeliveryStatus.Pending, ErrorCode = null, UpdatedAt = view.Calendar.Now }, ct) is SaveResult.Saved)
                queued++;
        var skipped = Math.Max(0, shown - queued);
        if (queued > 0)
        {
            await audit.AppendAsync(new AuditEntry(view.Calendar.Now, office.Id, AuditResent, subject.Kind, subject.Id), ct);
            sender.Nudge();
        }
        LogResent(log, subject.Kind, subject.Id, queued, skipped);
        var notices = new List<string> { DeliveryTexts.Requeued.Format(turn.Language, queued) };
        if (skipped > 0) notices.Add(DeliveryTexts.RequeuedSkipped.Format(turn.Language, skipped));
        return InvokeResponse.Card(await view.CardAsync(subject, notices, turn.Language, ct));
    }

    /// Uncertain since before the warning was shown: a row written since (sent, queued again by a colleague, or uncertain
    /// anew after another attempt) is not the one the office was warned about.
    static bool StillUncertain(Delivery row, DateTimeOffset asOf) => row.Status == DeliveryStatus.Uncertain && (row.UpdatedAt is not { } at || at < asOf);

    [LoggerMessage(LogLevel.Information, "Deliveries of {Kind} {SubjectId} sent again: {Queued} queued, {Skipped} changed meanwhile")]
    static partial void LogResent(ILogger logger, string kind, string subjectId, int queued, int skipped);
}
