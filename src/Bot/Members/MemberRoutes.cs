using FocalBot.Bot.Files;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Storage;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Members;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Members;

/// The office's membership management, as a routing table: the `members` command and its card's verbs. Every route is
/// the office's, in its personal chat (members' details are confidential), and the router refuses anyone else before a
/// handler runs: a card's data can be forged, the sender cannot. The handlers live by sub-flow: MembershipRoutes (add,
/// change, replace, retire), MemberImportRoutes (the CSV import, pasted or sent as a file), RosterRoutes (the team).
public static class MemberRoutes
{
    public const string Home = "members.home";
    public const string Add = "members.add";
    public const string Create = "members.create";
    public const string Retire = "members.retire";
    public const string Retired = "members.retired";
    public const string Change = "members.change";
    public const string Changed = "members.changed";
    public const string Replace = "members.replace";
    public const string Replaced = "members.replaced";
    public const string Import = "members.import";
    public const string Roster = "members.roster";

    public const string MemberIdInput = "memberId";
    public const string OutgoingIdInput = "outgoingId";
    public const string CsvInput = "csv";
    public const string CheckOnlyInput = "checkOnly";
    public const string SubmitMark = "submit";

    // Audit actions, on subject type "member": ids only.
    public const string AuditSubject = "member";
    public const string AuditAdded = "member.added";
    public const string AuditRejoined = "member.rejoined";
    public const string AuditRetired = "member.retired";
    public const string AuditChanged = "member.changed";
    public const string AuditLeadRemoved = "member.lead.removed";
    public const string AuditLinked = "member.identity.linked";

    static readonly Guard OfficeInPersonalChat = Guard.Office(MemberTexts.OfficeOnly).InPersonalChat(MemberTexts.PersonalChatOnly);

    /// The member a confirmation names (retire, change a role): the office may see anyone, a member who left included
    /// (the domain's rules then say they already left); an id that names nobody is answered MemberNotFound.
    static readonly Guard<Member> NamedMember = OfficeInPersonalChat.Loading("member", NamedMemberAsync, (_, _) => true, MemberTexts.MemberNotFound);

    public static void Map(TurnRouter routes) => routes
        .OnCommand(MemberTexts.Command, MemberTexts.CommandDescription, OfficeInPersonalChat, (turn, ct) => ShowAsync(turn, turn.Get<IMemberDirectory>(), ct))
        .OnExecute(Home, OfficeInPersonalChat, (turn, ct) => HomeAsync(turn, turn.Get<IMemberDirectory>(), ct))
        .OnExecute(Add, OfficeInPersonalChat, (turn, _) => Task.FromResult(MembershipRoutes.AddForm(turn)))
        .OnExecute(Create, OfficeInPersonalChat, (turn, office, ct) =>
            MembershipRoutes.CreateAsync(turn, office, turn.Get<IMemberDirectory>(), turn.Get<IAuditLog>(), turn.Get<NetworkCalendar>(), ct))
        .OnExecute(Retire, OfficeInPersonalChat, (turn, office, ct) => MembershipRoutes.RetireAsync(turn, office, turn.Get<IMemberDirectory>(), ct))
        .OnExecute(Retired, NamedMember, (turn, office, member, ct) =>
            MembershipRoutes.RetiredAsync(turn, office, member, turn.Get<IMemberDirectory>(), turn.Get<IAuditLog>(), turn.Get<NetworkCalendar>(), ct))
        .OnExecute(Change, OfficeInPersonalChat, (turn, office, ct) => MembershipRoutes.ChangeAsync(turn, office, turn.Get<IMemberDirectory>(), ct))
        .OnExecute(Changed, NamedMember, (turn, office, member, ct) =>
            MembershipRoutes.ChangedAsync(turn, office, member, turn.Get<IMemberDirectory>(), turn.Get<IAuditLog>(), turn.Get<NetworkCalendar>(), ct))
        .OnExecute(Replace, OfficeInPersonalChat, (turn, ct) => MembershipRoutes.ReplaceAsync(turn, turn.Get<IMemberDirectory>(), ct))
        .OnExecute(Replaced, OfficeInPersonalChat, (turn, office, ct) =>
            MembershipRoutes.ReplacedAsync(turn, office, turn.Get<IMemberDirectory>(), turn.Get<IAuditLog>(), turn.Get<NetworkCalendar>(), ct))
        .OnExecute(Import, OfficeInPersonalChat, (turn, office, ct) =>
            MemberImportRoutes.ImportAsync(turn, office, turn.Get<IMemberDirectory>(), turn.Get<IAuditLog>(), turn.Get<NetworkCalendar>(), Log(turn), ct))
        .OnExecute(Roster, OfficeInPersonalChat, (turn, office, ct) =>
            RosterRoutes.RosterAsync(turn, office, turn.Get<IMemberDirectory>(), turn.Get<IAuditLog>(), turn.Get<IConversationStore>(), turn.Get<IConnector>(),
                turn.Get<IOptions<NetworkOptions>>().Value, turn.Get<NetworkCalendar>(), Log(turn), ct))
        .OnFile("csv", OfficeInPersonalChat, (turn, office, ct) =>
            MemberImportRoutes.ImportFileAsync(turn, office, turn.Get<FileDownloader>(), turn.Get<IOptions<MemberOptions>>().Value, turn.Get<IMemberDirectory>(), turn.Get<IAuditLog>(), turn.Get<NetworkCalendar>(),
                Log(turn), ct));

    static ILogger Log(TurnContext turn) => turn.Get<ILoggerFactory>().CreateLogger(typeof(MemberRoutes).FullName!);

    /// The member the card's data names, whatever their status.
    static async Task<Member?> NamedMemberAsync(TurnContext turn, CancellationToken ct) =>
        turn.Data(MemberIdInput) is { Length: > 0 } id ? await turn.Get<IMemberDirectory>().GetAsync(id, ct) : null;

    /// `members`: the management card with the network's counts.
    internal static async Task ShowAsync(TurnContext turn, IMemberDirectory directory, CancellationToken ct) =>
        await turn.SendCardAsync(MemberCards.Home(await directory.ListAsync(ct), turn.Language), ct);

    /// "Back to members": the same card in place of the one pressed.
    internal static async Task<InvokeResponse> HomeAsync(TurnContext turn, IMemberDirectory directory, CancellationToken ct) =>
        InvokeResponse.Card(MemberCards.Home(await directory.ListAsync(ct), turn.Language));

    /// Records what the office did to a member, at the network's time; ids only.
    internal static Task AuditAsync(IAuditLog audit, NetworkCalendar calendar, Member office, string action, string memberId, CancellationToken ct) =>
        audit.AppendAsync(new AuditEntry(calendar.Now, office.Id, action, AuditSubject, memberId), ct);

    /// The id of a member the office adds.
    internal static string NewId() => $"m-{Guid.NewGuid():N}";
}
