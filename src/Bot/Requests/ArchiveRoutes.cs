using System.Globalization;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// The archive: `archive` (or `archives`) searches every request sent to the network by words, year, thematic group
/// and status. Every member may search it: what was sent is addressed to the network. A focal point also sees where
/// their state's answer stands; the compilation is offered to whoever may open it (CompilationAccess).
public static partial class ArchiveRoutes
{
    /// Results per page: five results with their buttons stay well within the card size budget.
    internal const int PageSize = 5;

    public static void Map(TurnRouter routes) => routes
        .OnCommand(RequestTexts.ArchiveCommand, RequestTexts.ArchiveCommandDescription, Guard.AnyMember, (turn, member, ct) =>
            ShowAsync(turn, member, ArchiveQuery.Parse(turn.Text.Split(' ', 2) is [_, var rest] ? rest : ""), turn.Get<IRequestStore>(),
                turn.Get<NetworkCalendar>(), Log(turn), ct))
        .OnExecute(RequestRoutes.Archive, Guard.AnyMember, (turn, member, ct) =>
            SearchAsync(turn, member, turn.Get<IRequestStore>(), turn.Get<NetworkCalendar>(), Log(turn), ct));

    static ILogger Log(TurnContext turn) => turn.Get<ILoggerFactory>().CreateLogger(typeof(ArchiveRoutes).FullName!);

    internal static async Task ShowAsync(TurnContext turn, Member member, ArchiveQuery query, IRequestStore requests, NetworkCalendar calendar,
        ILogger log, CancellationToken ct) =>
        await turn.SendCardAsync(ArchiveCards.Archive(await PageAsync(member, query, 0, requests, log, ct), calendar.Zone, turn.Language), ct);

    /// The search button (the form's inputs) and the page buttons (the query they carry): the same card, another page.
    internal static async Task<InvokeResponse> SearchAsync(TurnContext turn, Member member, IRequestStore requests, NetworkCalendar calendar,
        ILogger log, CancellationToken ct)
    {
        var query = new ArchiveQuery(
            (turn.Data(ArchiveCards.WordsKey) ?? "").Trim(),
            int.TryParse(turn.Data(ArchiveCards.YearKey), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null,
            turn.Data(ArchiveCards.GroupKey) is { Length: > 0 } group and not ArchiveCards.Any ? group : null,
            turn.Data(ArchiveCards.StatusKey) switch { ArchiveCards.Open => RequestStatus.Sent, ArchiveCards.Closed => RequestStatus.Closed, _ => null });
        var page = int.TryParse(turn.Data(ArchiveCards.PageKey), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0;
        return InvokeResponse.Card(ArchiveCards.Archive(await PageAsync(member, query, page, requests, log, ct), calendar.Zone, turn.Language));
    }

    /// Searches, then reads the answers of the page's requests only: the count of states that answered, the member's
    /// own state's answer, and whether they may open the compilation.
    static async Task<ArchivePage> PageAsync(Member member, ArchiveQuery query, int page, IRequestStore requests, ILogger log, CancellationToken ct)
    {
        // Every request sent gives the form its years and groups; the search narrows it.
        var sent = RequestArchive.Search(await requests.ListAsync(ct), new ArchiveQuery());
        var found = query.IsEmpty ? sent : RequestArchive.Search(sent, query);
        var pageCount = Math.Max(1, (found.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 0, pageCount - 1);

        var entries = new List<ArchiveEntry>();
        foreach (var request in found.Skip(page * PageSize).Take(PageSize))
        {
            var answers = await requests.ListAnswersAsync(request.Number!.Value, ct);
            var answered = answers.Where(a => a.Status == AnswerStatus.Submitted && request.Audience.Includes(a.StateCode)).Select(a => a.StateCode).ToHashSet();
            var ownAsked = member.Role == MemberRole.FocalPoint && request.Audience.Includes(member.StateCode);
            var own = ownAsked ? answers.FirstOrDefault(a => a.StateCode == member.StateCode) : null;
            entries.Add(new ArchiveEntry(request, answered.Count, request.Audience.States().Count, own, ownAsked,
                CompilationAccess.MayOpen(member, request, answered)));
        }

        var groups = sent.Where(r => r.Audience.GroupId is not null)
            .GroupBy(r => r.Audience.GroupId!)
            .Select(g => g.First().Audience)
            .Select(a => (a.GroupId!, a.GroupNameEn ?? a.GroupId!, a.GroupNameFr ?? a.GroupNameEn ?? a.GroupId!))
            .ToList();
        LogSearched(log, found.Count, page);
        return new ArchivePage(query, page, pageCount, found.Count, entries, RequestArchive.Years(sent), groups, sent.Count == 0);
    }

    [LoggerMessage(LogLevel.Information, "Archive searched: {Found} requests found, page {Page} shown")]
    static partial void LogSearched(ILogger logger, int found, int page);
}
