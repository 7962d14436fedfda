using System.Text.Json.Nodes;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

// Not "FocalBot.Bot.Directory": a namespace of that name would hide System.IO.Directory from all of FocalBot.Bot.
namespace FocalBot.Bot.MemberDirectory;

/// The members' directory (working methods 3.1–3.2): every member's contact details, visible to the members who may see
/// the directory and to nobody else.
public static partial class DirectoryRoutes
{
    public const string Search = "directory.search";
    public const string Page = "directory.page";
    public const string Contact = "directory.contact";

    public static void Map(TurnRouter routes) => routes
        .OnCommand(DirectoryTexts.Command, DirectoryTexts.CommandDescription, (turn, ct) => ShowAsync(turn, turn.Get<IMemberDirectory>(), Log(turn), ct))
        .OnExecute(Search, (turn, ct) => ListAsync(turn, turn.Data(DirectoryCards.QueryInput), 0, turn.Get<IMemberDirectory>(), Log(turn), ct))
        .OnExecute(Page, (turn, ct) => ListAsync(turn, turn.Data("filter"), Number(turn.ActionData["page"]), turn.Get<IMemberDirectory>(), Log(turn), ct))
        .OnExecute(Contact, (turn, ct) => ContactAsync(turn, turn.Get<IMemberDirectory>(), Log(turn), ct));

    static ILogger Log(TurnContext turn) => turn.Get<ILoggerFactory>().CreateLogger(typeof(DirectoryRoutes).FullName!);

    /// `directory [search]` in the personal chat. In a channel or group chat the card would show members' details to
    /// everyone there, members of the network or not: the bot points to the personal chat instead.
    internal static async Task ShowAsync(TurnContext turn, IMemberDirectory members, ILogger log, CancellationToken ct)
    {
        if (!MaySeeDirectory(turn.Member))
        {
            LogRefused(log, "directory");
            await turn.SendTextAsync(DirectoryTexts.NotForYou.In(turn.Language), ct);
            return;
        }
        if (!turn.IsPersonal)
        {
            await turn.SendTextAsync(DirectoryTexts.OnlyInPersonalChat.In(turn.Language), ct);
            return;
        }
        var query = turn.Text.Split(' ', 2) is [_, var rest] ? rest : "";
        var page = DirectoryListing.Build(await members.ListAsync(ct), query, 0, turn.Language);
        LogListed(log, page.Total, page.Page);
        await turn.SendCardAsync(DirectoryCards.Directory(page, turn.Language), ct);
    }

    /// The search box's button and the page buttons: the same card with another search or page.
    internal static async Task<InvokeResponse> ListAsync(TurnContext turn, string? query, int page, IMemberDirectory members, ILogger log, CancellationToken ct)
    {
        if (!MaySeeDirectory(turn.Member))
        {
            LogRefused(log, "list");
            return InvokeResponse.Message(DirectoryTexts.NotForYou.In(turn.Language));
        }
        var listed = DirectoryListing.Build(await members.ListAsync(ct), query, page, turn.Language);
        LogListed(log, listed.Total, listed.Page);
        return InvokeResponse.Card(DirectoryCards.Directory(listed, turn.Language));
    }

    internal static async Task<InvokeResponse> ContactAsync(TurnContext turn, IMemberDirectory members, ILogger log, CancellationToken ct)
    {
        var target = await ActiveMemberAsync(turn, members, ct);
        if (target is null) return InvokeResponse.Message(DirectoryTexts.NotFound.In(turn.Language));
        if (turn.Member is not { } viewer || !MaySee(viewer, target))
        {
            LogRefused(log, "contact");
            return InvokeResponse.Message(DirectoryTexts.NotForYou.In(turn.Language));
        }
        var back = new DirectoryCards.Where(Number(turn.ActionData["page"]), turn.Data("filter") ?? "");
        return InvokeResponse.Card(DirectoryCards.Contact(target, turn.Language, back));
    }

    /// The directory is for those allowed to view it (focal points and the office; not invited experts).
    static bool MaySeeDirectory(Member? viewer) => viewer is not null && viewer.Allows(Permission.ViewDirectory);

    /// Anyone may see their own contact card; others' only with the directory.
    static bool MaySee(Member viewer, Member target) => viewer.Id == target.Id || MaySeeDirectory(viewer);

    static async Task<Member?> ActiveMemberAsync(TurnContext turn, IMemberDirectory members, CancellationToken ct) =>
        turn.Data("memberId") is { Length: > 0 } id && await members.GetAsync(id, ct) is { IsActive: true } member ? member : null;

    /// A page number as the card sent it (a number, or a string if a client turned it into one); 0 otherwise.
    static int Number(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<int>(out var n) => n,
        JsonValue v when v.TryGetValue<string>(out var s) && int.TryParse(s, out var n) => n,
        _ => 0,
    };

    [LoggerMessage(LogLevel.Information, "Directory refused ({Action}): not allowed")]
    static partial void LogRefused(ILogger logger, string action);

    [LoggerMessage(LogLevel.Debug, "Directory listed: {Total} members found, page {Page}")]
    static partial void LogListed(ILogger logger, int total, int page);
}
