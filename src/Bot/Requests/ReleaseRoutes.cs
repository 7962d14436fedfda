using System.Text.Json.Nodes;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// A request and the states whose answer is submitted: what CompilationAccess decides on.
public sealed record CompilationSubject(InformationRequest Request, IReadOnlySet<StateCode> Answered);

/// Releasing a compilation to the network: the office's "Release the compilation" on the status, and "Get the
/// compilation", a member's own links to the version they may open (the office's full one, the network's for everyone
/// else once released).
public static partial class ReleaseRoutes
{
    /// The compilation of the request the card names, for a member who may open it (CompilationAccess); the others are
    /// told so, and a request never sent is as if it did not exist.
    internal static readonly Guard<CompilationSubject> Readers = Guard.AnyMember.Loading("compilation", LoadAsync,
        (member, subject) => CompilationAccess.MayOpen(member, subject.Request, subject.Answered), RequestTexts.CompilationNotOpen, RequestTexts.NotFound);

    public static void Map(TurnRouter routes) => routes
        .OnExecute(RequestRoutes.Release, RequestRoutes.OfficeSentRequest, (turn, office, request, ct) =>
            ReleaseAsync(turn, office, request, turn.Get<IRequestStore>(), turn.Get<IMemberDirectory>(), turn.Get<IDeliveryStore>(), turn.Get<RequestCompiler>(),
                turn.Get<IAuditLog>(), turn.Get<RequestViews>(), turn.Get<NetworkCalendar>(), turn.Get<SendSoon>(), RequestRoutes.Log(turn), ct))
        .OnExecute(RequestRoutes.GetCompilation, Readers,
            (turn, member, subject, ct) => GetCompilationAsync(turn, member, subject, turn.Get<RequestCompiler>(), RequestRoutes.Log(turn), ct));

    static async Task<CompilationSubject?> LoadAsync(TurnContext turn, CancellationToken ct)
    {
        var requests = turn.Get<IRequestStore>();
        if (await requests.GetAsync(turn.Data(RequestForm.IdKey) ?? "", ct) is not { Number: { } number } request) return null;
        return new CompilationSubject(request, await AnsweredAsync(requests, number, ct));
    }

    /// The states whose answer to the request is submitted.
    internal static async Task<IReadOnlySet<StateCode>> AnsweredAsync(IRequestStore requests, RequestNumber number, CancellationToken ct) =>
        (await requests.ListAnswersAsync(number, ct)).Where(a => a.Status == AnswerStatus.Submitted).Select(a => a.StateCode).ToHashSet();

    /// "Release the compilation": the network's version compiled, the request marked released (a versioned save, so a
    /// stale or second press changes nothing more), then one card queued for each member it goes to, decided now
    /// (CompilationAccess). A press that finds it released already only queues the cards a fault may have left unqueued.
    internal static async Task<InvokeResponse> ReleaseAsync(TurnContext turn, Member office, InformationRequest request, IRequestStore requests,
        IMemberDirectory members, IDeliveryStore deliveries, RequestCompiler compiler, IAuditLog audit, RequestViews views, NetworkCalendar calendar,
        SendSoon soon, ILogger log, CancellationToken ct)
    {
        var (number, language, refreshFor) = (request.Number!.Value, turn.Language, RequestRoutes.RefreshFor(turn));
        var answered = await AnsweredAsync(requests, number, ct);
        var everyone = await members.ListAsync(ct);
        var release = CompilationRelease.Release(office, request, answered, everyone, calendar.Today);
        if (release.Refusal == ReleaseRefusal.AlreadyReleased)
        {
            if (await QueueAsync(deliveries, number, CompilationRelease.Recipients(request, answered, everyone), calendar, onlyIfNone: true, ct) > 0) soon.Nudge();
            return InvokeResponse.Card(await views.StatusAsync(request, refreshFor, language, ct));
        }
        if (release.Refusal is { } refused) return InvokeResponse.Message(RequestTexts.Describe(refused, request, language));

        var (released, recipients) = release.Value!;
        // Compiled before the request says released: if it fails, nothing is released and nothing goes out.
        await compiler.CompileAsync(released, CompilationView.Network, ct);
        if (await requests.SaveAsync(released, ct) is not SaveResult.Saved ok)
            return InvokeResponse.Card(await views.StatusAsync(await requests.GetAsync(request.Id, ct) ?? request, refreshFor, language, ct));

        var queued = await QueueAsync(deliveries, number, recipients, calendar, onlyIfNone: false, ct);
        await RequestRoutes.AuditAsync(audit, calendar, office, "request.released", RequestRoutes.AuditSubject, request.Id, ct);
        LogReleased(log, number.ToString(), queued);
        soon.Nudge();
        return InvokeResponse.Card(await views.StatusAsync(released with { Version = ok.Version }, refreshFor, language, ct));
    }

    /// One row per recipient (a row already there is left as it is); `onlyIfNone`: none when the release has rows already.
    static async Task<int> QueueAsync(IDeliveryStore deliveries, RequestNumber number, IEnumerable<Member> recipients, NetworkCalendar calendar, bool onlyIfNone,
        CancellationToken ct)
    {
        var campaign = RequestReleasedCampaign.Key(number);
        if (onlyIfNone && (await deliveries.ListAsync(campaign, ct)).Count > 0) return 0;
        return await deliveries.AddPendingAsync(campaign, recipients.Select(m => m.Id), calendar.Now, ct);
    }

    /// The member's own links, in their personal chat: the office's version for the office, the network's for the others.
    /// Compiled now from the answers as they stand, so an answer a state has since given to the office only is left out.
    internal static async Task<InvokeResponse> GetCompilationAsync(TurnContext turn, Member member, CompilationSubject subject, RequestCompiler compiler, ILogger log,
        CancellationToken ct)
    {
        var (request, language) = (subject.Request, turn.Language);
        var view = member.Role == MemberRole.Office ? CompilationView.Office : CompilationView.Network;
        var compiled = await compiler.CompileAsync(request, view, ct);
        JsonObject card = view == CompilationView.Office
            ? compiler.LinkCard(compiled, member, atDeadline: false, language)
            : ReleaseCards.Links(compiled, compiler.LinksFor(compiled, member), released: false, language);
        LogLinks(log, request.Number.ToString()!, view, member.Id);
        return await PersonalChat.AnswerAsync(turn, card, TurnTexts.LinksSentToChat, TurnTexts.OpenPersonalChat, ct);
    }

    [LoggerMessage(LogLevel.Information, "Compilation of {RequestNumber} released: queued for {Recipients} members")]
    static partial void LogReleased(ILogger logger, string requestNumber, int recipients);

    [LoggerMessage(LogLevel.Information, "Compilation of {RequestNumber} ({View}'s version): links made for member {MemberId}")]
    static partial void LogLinks(ILogger logger, string requestNumber, CompilationView view, string memberId);
}
