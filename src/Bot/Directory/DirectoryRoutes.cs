using System.Text.Json.Nodes;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Groups;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

// Not "FocalBot.Bot.Directory": a namespace of that name would hide System.IO.Directory from all of FocalBot.Bot.
namespace FocalBot.Bot.MemberDirectory;

/// The members' directory (working methods 3.1–3.2): every member's contact details, visible to the members who may see
/// the directory and to nobody else; each member keeps their own details, the office anyone's.
public static partial class DirectoryRoutes
{
    public const string Search = "directory.search";
    public const string Page = "directory.page";
    public const string Contact = "directory.contact";
    public const string Edit = "directory.edit";
    public const string Save = "directory.save";

    public const string DetailsUpdated = "member.details.updated";

    /// The problems the edit form can show and fix; the others (state, identity) are the office's, elsewhere.
    static readonly HashSet<DetailProblem> FormProblems =
    [
        DetailProblem.NameMissing, DetailProblem.NameTooLong, DetailProblem.OrganisationTooLong, DetailProblem.TitleTooLong,
        DetailProblem.EmailInvalid, DetailProblem.PhoneInvalid,
    ];

    /// The directory is for those allowed to view it (focal points and the office; not invited experts), and shows in
    /// the personal chat only: in a channel or group chat it would show members' details to everyone there.
    static readonly Guard Viewers = Guard.Only("members who view the directory", m => m.Allows(Permission.ViewDirectory), DirectoryTexts.NotForYou)
        .InPersonalChat(DirectoryTexts.OnlyInPersonalChat);

    /// The member a contact card shows: anyone may see their own card (it is what a save answers with); others' only
    /// with the directory.
    static readonly Guard<Member> SeesMember = Guard.AnyMember.Loading("member", ActiveMemberAsync,
        (viewer, target) => viewer.Id == target.Id || viewer.Allows(Permission.ViewDirectory), DirectoryTexts.NotForYou, notFound: DirectoryTexts.NotFound);

    /// The member whose details are edited: the caller themself, or anyone for the office.
    static readonly Guard<Member> EditsMember = Guard.AnyMember.Loading("member", ActiveMemberAsync,
        (actor, target) => actor.MayEdit(target), DirectoryTexts.MayNotEdit, notFound: DirectoryTexts.NotFound);

    public static void Map(TurnRouter routes) => routes
        .OnCommand(DirectoryTexts.Command, DirectoryTexts.CommandDescription, Viewers,
            (turn, ct) => ShowAsync(turn, turn.Text.Split(' ', 2) is [_, var rest] ? rest : "", turn.Get<IMemberDirectory>(), Log(turn), ct))
        .OnExecute(Search, Viewers, (turn, ct) => ListAsync(turn, turn.Data(DirectoryCards.QueryInput), 0, turn.Get<IMemberDirectory>(), Log(turn), ct))
        .OnExecute(Page, Viewers, (turn, ct) => ListAsync(turn, turn.Data("filter"), Number(turn.ActionData["page"]), turn.Get<IMemberDirectory>(), Log(turn), ct))
        .OnExecute(Contact, SeesMember, (turn, viewer, target, ct) => ContactCardAsync(turn, viewer, target, turn.Get<IGroupStore>(), ct))
        .OnExecute(Edit, EditsMember, (turn, _, target, _) => Task.FromResult(InvokeResponse.Card(DirectoryCards.EditForm(target, target.Version, DetailsForm.Of(target), [], null, turn.Language))))
        .OnExecute(Save, EditsMember, (turn, actor, target, ct) =>
            SaveAsync(turn, actor, target, turn.Get<IMemberDirectory>(), turn.Get<IGroupStore>(), turn.Get<IAuditLog>(), turn.Get<TimeProvider>(), Log(turn), ct));

    static ILogger Log(TurnContext turn) => turn.Get<ILoggerFactory>().CreateLogger(typeof(DirectoryRoutes).FullName!);

    /// `directory [search]` in the personal chat.
    internal static async Task ShowAsync(TurnContext turn, string query, IMemberDirectory members, ILogger log, CancellationToken ct)
    {
        var page = DirectoryListing.Build(await members.ListAsync(ct), query, 0, turn.Language);
        LogListed(log, page.Total, page.Page);
        await turn.SendCardAsync(DirectoryCards.Directory(page, turn.Language), ct);
    }

    /// The search box's button and the page buttons: the same card with another search or page.
    internal static async Task<InvokeResponse> ListAsync(TurnContext turn, string? query, int page, IMemberDirectory members, ILogger log, CancellationToken ct)
    {
        var listed = DirectoryListing.Build(await members.ListAsync(ct), query, page, turn.Language);
        LogListed(log, listed.Total, listed.Page);
        return InvokeResponse.Card(DirectoryCards.Directory(listed, turn.Language));
    }

    static async Task<InvokeResponse> ContactCardAsync(TurnContext turn, Member viewer, Member target, IGroupStore groups, CancellationToken ct)
    {
        var back = new DirectoryCards.Where(Number(turn.ActionData["page"]), turn.Data("filter") ?? "");
        var memberOf = await GroupsOfAsync(groups, target, turn.Language, ct);
        return InvokeResponse.Card(DirectoryCards.Contact(target, viewer.MayEdit(target), turn.Language, back, groups: memberOf));
    }

    /// The names of the active thematic groups the member is a member of (not merely invited or asking).
    static async Task<IReadOnlyList<string>> GroupsOfAsync(IGroupStore groups, Member member, Language language, CancellationToken ct) =>
        [.. (await groups.ListAsync(ct))
            .Where(g => g.Status == GroupStatus.Active && g.StatusOf(member.Id) == GroupMemberStatus.Member).Select(g => g.NameIn(language))];

    /// Checks who acts from the turn, never from the card; takes from the form only the fields it shows (role, state,
    /// lead mark and identity stay as stored); saves only over the version the form was opened on.
    internal static async Task<InvokeResponse> SaveAsync(TurnContext turn, Member actor, Member target, IMemberDirectory members, IGroupStore groups,
        IAuditLog audit, TimeProvider clock, ILogger log, CancellationToken ct)
    {
        var typed = Typed(turn.ActionData);
        var version = turn.Data("version");
        var changed = MemberDetails.Normalized(target with
        {
            DisplayName = typed.Name,
            Organisation = typed.Organisation,
            Title = typed.Title,
            Email = typed.Email,
            Phone = typed.Phone,
            PreferredLanguage = Languages.Parse(typed.LanguageCode),
            Version = version,
        });

        var problems = MemberDetails.Problems(changed).Where(FormProblems.Contains).ToList();
        if (problems.Count > 0)
        {
            LogInvalid(log, target.Id, problems.Count);
            return InvokeResponse.Card(DirectoryCards.EditForm(target, version, typed, problems, DirectoryTexts.FixProblems, turn.Language));
        }

        // Without a version the store would take the save for a new member: treat it as a stale form.
        var result = version is null ? SaveResult.Conflicted : await members.SaveAsync(changed, ct);
        if (result is not SaveResult.Saved saved)
        {
            LogConflict(log, target.Id);
            var current = await ActiveMemberAsync(turn, ct);
            if (current is null) return InvokeResponse.Message(DirectoryTexts.NotFound.In(turn.Language));
            return InvokeResponse.Card(DirectoryCards.EditForm(current, current.Version, DetailsForm.Of(current), [], DirectoryTexts.ChangedMeanwhile, turn.Language));
        }

        await audit.AppendAsync(new AuditEntry(clock.GetUtcNow(), actor.Id, DetailsUpdated, "member", target.Id), ct);
        LogSaved(log, target.Id, actor.Id);
        // Someone who just chose a language reads the confirmation in it.
        var language = actor.Id == target.Id ? changed.PreferredLanguage ?? turn.Language : turn.Language;
        var stored = changed with { Version = saved.Version };
        var memberOf = await GroupsOfAsync(groups, stored, language, ct);
        return InvokeResponse.Card(DirectoryCards.Contact(stored, actor.MayEdit(stored), language, saved: true, groups: memberOf));
    }

    /// The active member the card's data names.
    static async Task<Member?> ActiveMemberAsync(TurnContext turn, CancellationToken ct) =>
        turn.Data("memberId") is { Length: > 0 } id && await turn.Get<IMemberDirectory>().GetAsync(id, ct) is { IsActive: true } member ? member : null;

    static DetailsForm Typed(JsonObject data)
    {
        string? Str(string key) => data[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        return new DetailsForm(Str(DirectoryCards.NameInput) ?? "", Str(DirectoryCards.OrganisationInput), Str(DirectoryCards.TitleInput),
            Str(DirectoryCards.EmailInput), Str(DirectoryCards.PhoneInput), Str(DirectoryCards.LanguageInput));
    }

    /// A page number as the card sent it (a number, or a string if a client turned it into one); 0 otherwise.
    static int Number(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<int>(out var n) => n,
        JsonValue v when v.TryGetValue<string>(out var s) && int.TryParse(s, out var n) => n,
        _ => 0,
    };

    [LoggerMessage(LogLevel.Debug, "Directory listed: {Total} members found, page {Page}")]
    static partial void LogListed(ILogger logger, int total, int page);

    [LoggerMessage(LogLevel.Information, "Details of member {MemberId} not saved: {Problems} problems")]
    static partial void LogInvalid(ILogger logger, string memberId, int problems);

    [LoggerMessage(LogLevel.Information, "Details of member {MemberId} not saved: changed meanwhile")]
    static partial void LogConflict(ILogger logger, string memberId);

    [LoggerMessage(LogLevel.Information, "Details of member {MemberId} updated by {ActorId}")]
    static partial void LogSaved(ILogger logger, string memberId, string actorId);
}
