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
/// (STYLE §5); this is the deliberate, audited exception. Office only.
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

    static readonly Guard OfficeOnly = Guard.Office(DeliveryTexts.OfficeOnly);

    public static void Map(TurnRouter routes) => routes
        .OnExecute(View, OfficeOnly, (turn, ct) => ViewAsync(turn, Deliveries(turn), turn.Data(SubjectKey), turn.Data(IdKey), ct))
        .OnExecute(Resend, OfficeOnly, (turn, ct) => ConfirmAsync(turn, Deliveries(turn), ct))
        .OnExecute(ResendConfirmed, OfficeOnly, (turn, ct) => ResendAsync(turn, Deliveries(turn), ct));

    public sealed record Services(
        IEnumerable<IDeliverySubjects> Subjects, IDeliveryStore Deliveries, IMemberDirectory Members, IAuditLog Audit, NetworkCalendar Calendar,
        SendSoon Soon, NetworkChannel Channel, ILogger Log);

    static Services Deliveries(TurnContext turn) => new(
        turn.Get<IEnumerable<IDeliverySubjects>>(), turn.Get<IDeliveryStore>(), turn.Get<IMemberDirectory>(), turn.Get<IAuditLog>(),
        turn.Get<NetworkCalendar>(), turn.Get<SendSoon>(), turn.Get<NetworkChannel>(), turn.Get<ILoggerFactory>().CreateLogger(typeof(DeliveryRoutes).FullName!));

    /// The data of this view's buttons.
    public static JsonObject Data(string kind, string id) => new() { [SubjectKey] = kind, [IdKey] = id };

    static Member? Office(TurnContext turn) => turn.Member is { IsActive: true, Role: MemberRole.Office } m ? m : null;

    static InvokeResponse Say(Text text, TurnContext turn) => InvokeResponse.Message(text.In(turn.Language));

    static Task<DeliverySubject?> SubjectAsync(TurnContext turn, Services s, CancellationToken ct) =>
        SubjectAsync(turn, s, turn.Data(SubjectKey), turn.Data(IdKey), ct);

    static async Task<DeliverySubject?> SubjectAsync(TurnContext turn, Services s, string? kind, string? id, CancellationToken ct) =>
        s.Subjects.FirstOrDefault(x => x.Kind == kind) is { } subjects && id is { Length: > 0 }
            ? await subjects.FindAsync(id, turn.Language, ct)
            : null;

    /// The view of one subject, for a feature's older verb that opened its own list.
    public static Task<InvokeResponse> ViewAsync(TurnContext turn, string kind, string? id, CancellationToken ct) =>
        ViewAsync(turn, Deliveries(turn), kind, id, ct);

    internal static async Task<InvokeResponse> ViewAsync(TurnContext turn, Services s, string? kind, string? id, CancellationToken ct)
    {
        if (Office(turn) is null) return Say(DeliveryTexts.OfficeOnly, turn);
        if (await SubjectAsync(turn, s, kind, id, ct) is not { } subject) return Say(DeliveryTexts.NotFound, turn);
        return InvokeResponse.Card(await ViewCardAsync(turn, s, subject, [], ct));
    }

    /// The first press: how many would go again (people, and posts in the channel), with the warning. Nothing changes yet.
    internal static async Task<InvokeResponse> ConfirmAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        if (Office(turn) is null) return Say(DeliveryTexts.OfficeOnly, turn);
        if (await SubjectAsync(turn, s, ct) is not { } subject) return Say(DeliveryTexts.NotFound, turn);
        var uncertain = (await RowsAsync(s, subject, ct)).Where(r => r.Status == DeliveryStatus.Uncertain).ToList();
        if (uncertain.Count == 0) return InvokeResponse.Card(await ViewCardAsync(turn, s, subject, [DeliveryTexts.NothingUncertain.In(turn.Language)], ct));
        var posts = uncertain.Count(r => r.MemberId == NetworkChannel.Recipient);
        return InvokeResponse.Card(DeliveryCards.ConfirmResend(subject, uncertain.Count - posts, posts, s.Calendar.Now, turn.Language));
    }

    /// The confirmation: exactly the rows still Uncertain since the warning was shown go back to Pending (a versioned
    /// save each; a row changed meanwhile is left alone and counted so), audited once, and the sender is woken. A second
    /// press finds them changed and does nothing more.
    internal static async Task<InvokeResponse> ResendAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        if (Office(turn) is not { } office) return Say(DeliveryTexts.OfficeOnly, turn);
        if (await SubjectAsync(turn, s, ct) is not { } subject) return Say(DeliveryTexts.NotFound, turn);
        if (!DateTimeOffset.TryParse(turn.Data(AsOfKey), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var asOf)
            || !int.TryParse(turn.Data(CountKey), NumberStyles.None, CultureInfo.InvariantCulture, out var shown))
            return Say(DeliveryTexts.ConfirmationUnreadable, turn);

        var queued = 0;
        foreach (var row in (await RowsAsync(s, subject, ct)).Where(r => StillUncertain(r, asOf)))
            if (await s.Deliveries.SaveAsync(row with { Status = DeliveryStatus.Pending, ErrorCode = null, UpdatedAt = s.Calendar.Now }, ct) is SaveResult.Saved)
                queued++;
        var skipped = Math.Max(0, shown - queued);
        if (queued > 0)
        {
            await s.Audit.AppendAsync(new AuditEntry(s.Calendar.Now, office.Id, AuditResent, subject.Kind, subject.Id), ct);
            s.Soon.Nudge();
        }
        LogResent(s.Log, subject.Kind, subject.Id, queued, skipped);
        var notices = new List<string> { DeliveryTexts.Requeued.Format(turn.Language, queued) };
        if (skipped > 0) notices.Add(DeliveryTexts.RequeuedSkipped.Format(turn.Language, skipped));
        return InvokeResponse.Card(await ViewCardAsync(turn, s, subject, notices, ct));
    }

    /// Uncertain since before the warning was shown: a row written since (sent, queued again by a colleague, or uncertain
    /// anew after another attempt) is not the one the office was warned about.
    static bool StillUncertain(Delivery row, DateTimeOffset asOf) => row.Status == DeliveryStatus.Uncertain && (row.UpdatedAt is not { } at || at < asOf);

    static async Task<List<Delivery>> RowsAsync(Services s, DeliverySubject subject, CancellationToken ct)
    {
        var rows = (await s.Deliveries.ListAsync(subject.Campaign, ct)).ToList();
        if (subject.MentionCampaign is { } mentions) rows.AddRange(await s.Deliveries.ListAsync(mentions, ct));
        foreach (var post in subject.Posts.Where(p => p.CanPostAgain))
            if (await s.Deliveries.GetAsync(post.Campaign, NetworkChannel.Recipient, ct) is { } row) rows.Add(row);
        return rows;
    }

    static async Task<JsonObject> ViewCardAsync(TurnContext turn, Services s, DeliverySubject subject, IReadOnlyList<string> notices, CancellationToken ct)
    {
        var members = (await s.Members.ListAsync(ct)).ToDictionary(m => m.Id);
        var sends = await s.Deliveries.ListAsync(subject.Campaign, ct);
        var mentions = subject.MentionCampaign is { } campaign ? (await s.Deliveries.ListAsync(campaign, ct)).ToDictionary(d => d.MemberId) : [];
        var view = new DeliveryView(subject,
            [.. sends.Select(d => new DeliveryLine(members.GetValueOrDefault(d.MemberId), d, mentions.GetValueOrDefault(d.MemberId)))],
            [.. mentions.Values.Where(m => m.Status == DeliveryStatus.Uncertain).Select(m => new DeliveryLine(members.GetValueOrDefault(m.MemberId), m, null))],
            notices, await PostsAsync(s, subject, ct));
        return DeliveryCards.View(view, s.Calendar.Zone, s.Calendar.Now, turn.Language);
    }

    /// Each post queued for the channel, as NetworkChannel tells its state (a waiting post knows whether a channel is known).
    static async Task<IReadOnlyList<DeliveryPostLine>> PostsAsync(Services s, DeliverySubject subject, CancellationToken ct)
    {
        var lines = new List<DeliveryPostLine>();
        foreach (var post in subject.Posts)
            if (await s.Deliveries.GetAsync(post.Campaign, NetworkChannel.Recipient, ct) is { } row)
                lines.Add(new DeliveryPostLine(post.Label, row, await s.Channel.StateAsync(post.Campaign, ct), post.CanPostAgain));
        return lines;
    }

    [LoggerMessage(LogLevel.Information, "Deliveries of {Kind} {SubjectId} sent again: {Queued} queued, {Skipped} changed meanwhile")]
    static partial void LogResent(ILogger logger, string kind, string subjectId, int queued, int skipped);
}

/// One recipient's row of a subject, with their mention in the channel when there is one.
public sealed record DeliveryLine(Member? Member, Delivery Row, Delivery? Mention);

/// One post of a subject in the network's channel: what it is, its row, its state as the office is told it, and
/// whether it may be posted again.
public sealed record DeliveryPostLine(string Label, Delivery Row, ChannelPost State, bool CanPostAgain = true);

/// What the office sees of a subject's deliveries: each personal message, the mentions whose post is uncertain, and the
/// subject's posts in the network's channel.
public sealed record DeliveryView(DeliverySubject Subject, IReadOnlyList<DeliveryLine> Sends, IReadOnlyList<DeliveryLine> UncertainMentions, IReadOnlyList<string> Notices,
    IReadOnlyList<DeliveryPostLine> Posts)
{
    public IEnumerable<DeliveryLine> Uncertain => Sends.Where(l => l.Row.Status == DeliveryStatus.Uncertain).Concat(UncertainMentions);

    public IEnumerable<DeliveryPostLine> UncertainPosts => Posts.Where(p => p.Row.Status == DeliveryStatus.Uncertain && p.CanPostAgain);
}
