using System.Text.Json;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Storage;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace FocalBot.Bot.Members;

/// The office's membership management: the `members` command and its card; adding, replacing and retiring members;
/// the CSV import, pasted in a card or sent as a file; and the comparison with the network team's roster.
/// Office only, checked in every handler: a card's data can be forged, and the sender cannot.
public static partial class MemberRoutes
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

    /// A team of the network is a few hundred people; this stops a connector that keeps returning tokens.
    const int MaxRosterPages = 50;

    static readonly Guard OfficeOnly = Guard.Office(MemberTexts.OfficeOnly);

    public static void Map(TurnRouter routes) => routes
        .OnCommand(MemberTexts.Command, MemberTexts.CommandDescription, OfficeOnly, (turn, ct) => ShowAsync(turn, turn.Get<IMemberDirectory>(), ct))
        .OnExecute(Home, OfficeOnly, (turn, ct) => HomeAsync(turn, turn.Get<IMemberDirectory>(), ct))
        .OnExecute(Add, OfficeOnly, (turn, _) => Task.FromResult(AddForm(turn)))
        .OnExecute(Create, OfficeOnly, (turn, ct) => CreateAsync(turn, turn.Get<IMemberDirectory>(), turn.Get<IAuditLog>(), turn.Get<NetworkCalendar>(), ct))
        .OnExecute(Retire, OfficeOnly, (turn, ct) => RetireAsync(turn, turn.Get<IMemberDirectory>(), ct))
        .OnExecute(Retired, OfficeOnly, (turn, ct) => RetiredAsync(turn, turn.Get<IMemberDirectory>(), turn.Get<IAuditLog>(), turn.Get<NetworkCalendar>(), ct))
        .OnExecute(Change, OfficeOnly, (turn, ct) => ChangeAsync(turn, turn.Get<IMemberDirectory>(), ct))
        .OnExecute(Changed, OfficeOnly, (turn, ct) => ChangedAsync(turn, turn.Get<IMemberDirectory>(), turn.Get<IAuditLog>(), turn.Get<NetworkCalendar>(), ct))
        .OnExecute(Replace, OfficeOnly, (turn, ct) => ReplaceAsync(turn, turn.Get<IMemberDirectory>(), ct))
        .OnExecute(Replaced, OfficeOnly, (turn, ct) => ReplacedAsync(turn, turn.Get<IMemberDirectory>(), turn.Get<IAuditLog>(), turn.Get<NetworkCalendar>(), ct))
        .OnExecute(Import, OfficeOnly, (turn, ct) => ImportAsync(turn, turn.Get<IMemberDirectory>(), turn.Get<IAuditLog>(), turn.Get<NetworkCalendar>(), Log(turn), ct))
        .OnExecute(Roster, OfficeOnly, (turn, ct) => RosterAsync(turn, turn.Get<IMemberDirectory>(), turn.Get<IAuditLog>(), turn.Get<IConversationStore>(),
            turn.Get<IConnector>(), turn.Get<IOptions<NetworkOptions>>().Value, turn.Get<NetworkCalendar>(), Log(turn), ct))
        .OnFile("csv", OfficeOnly, (turn, ct) => ImportFileAsync(turn, turn.Get<MemberFiles>(), turn.Get<IMemberDirectory>(), turn.Get<IAuditLog>(), turn.Get<NetworkCalendar>(), Log(turn), ct));

    static ILogger Log(TurnContext turn) => turn.Get<ILoggerFactory>().CreateLogger(typeof(MemberRoutes).FullName!);

    /// The sender, when they may manage members.
    static Member? Office(TurnContext turn) => turn.Member is { } m && m.Allows(Permission.ManageMembers) ? m : null;

    static InvokeResponse NotOffice(TurnContext turn) => InvokeResponse.Message(MemberTexts.OfficeOnly.In(turn.Language));

    static InvokeResponse Card(System.Text.Json.Nodes.JsonObject card) => InvokeResponse.Card(card);

    internal static async Task ShowAsync(TurnContext turn, IMemberDirectory directory, CancellationToken ct)
    {
        if (Office(turn) is null) await turn.SendTextAsync(MemberTexts.OfficeOnly.In(turn.Language), ct);
        else if (!turn.IsPersonal) await turn.SendTextAsync(MemberTexts.PersonalChatOnly.In(turn.Language), ct);
        else await turn.SendCardAsync(MemberCards.Home(await directory.ListAsync(ct), turn.Language), ct);
    }

    internal static async Task<InvokeResponse> HomeAsync(TurnContext turn, IMemberDirectory directory, CancellationToken ct) =>
        Office(turn) is null ? NotOffice(turn) : Card(MemberCards.Home(await directory.ListAsync(ct), turn.Language));

    internal static InvokeResponse AddForm(TurnContext turn) =>
        Office(turn) is null ? NotOffice(turn) : Card(MemberCards.AddForm(MemberForm.Opened(turn), [], turn.Language));

    /// Adds the member the form describes, or shows the form again with what to correct and saves nothing.
    internal static async Task<InvokeResponse> CreateAsync(TurnContext turn, IMemberDirectory directory, IAuditLog audit, NetworkCalendar calendar, CancellationToken ct)
    {
        if (Office(turn) is not { } office) return NotOffice(turn);
        var language = turn.Language;
        var form = MemberForm.From(turn);
        if (form.ToMember(NewId()) is not { } candidate) return Card(MemberCards.AddForm(form, [MemberTexts.RoleRequired.In(language)], language));

        var admission = Membership.Admit(await directory.ListAsync(ct), candidate, calendar.Today);
        if (!admission.IsAccepted) return Card(MemberCards.AddForm(form, Problems(admission, language), language));
        if (await SaveNewAsync(directory, admission.Member, language, ct) is { } refused) return Card(MemberCards.AddForm(form, [refused], language));

        await AuditAsync(audit, calendar, office, admission.Rejoins ? AuditRejoined : AuditAdded, admission.Member.Id, ct);
        var demoted = await DemoteAsync(directory, audit, calendar, office, admission.Demoted, ct);
        return Card(MemberCards.Added(admission.Member, admission.Rejoins, demoted, language));
    }

    /// Without a member chosen: the list to choose from. With one: the confirmation, unless they may not be retired.
    internal static async Task<InvokeResponse> RetireAsync(TurnContext turn, IMemberDirectory directory, CancellationToken ct)
    {
        if (Office(turn) is not { } office) return NotOffice(turn);
        var everyone = await directory.ListAsync(ct);
        var id = turn.Data(MemberIdInput);
        if (string.IsNullOrEmpty(id)) return Card(MemberCards.RetirePicker(OthersActive(everyone, office, turn.Language), [], turn.Language));

        var member = everyone.FirstOrDefault(m => m.Id == id);
        var problems = Membership.RetireProblems(office, member);
        return problems.Count > 0
            ? Card(MemberCards.RetirePicker(OthersActive(everyone, office, turn.Language), [.. problems.Select(p => MemberTexts.Describe(p, turn.Language))], turn.Language))
            : Card(MemberCards.RetireConfirm(member!, turn.Language));
    }

    /// Retires the confirmed member as of today (Strasbourg time): they no longer reach the bot, and lose any lead mark.
    internal static async Task<InvokeResponse> RetiredAsync(TurnContext turn, IMemberDirectory directory, IAuditLog audit, NetworkCalendar calendar, CancellationToken ct)
    {
        if (Office(turn) is not { } office) return NotOffice(turn);
        var id = turn.Data(MemberIdInput) ?? "";
        var member = await directory.GetAsync(id, ct);
        var problems = Membership.RetireProblems(office, member);
        var today = calendar.Today;
        var retired = problems.Count == 0 ? await directory.UpdateAsync(id, m => m.IsActive ? Membership.Retired(m, today) : m, ct) : null;
        if (retired is null || problems.Count > 0)
        {
            var reasons = problems.Count > 0 ? problems : [MembershipProblem.NotFound];
            return Card(MemberCards.RetirePicker(OthersActive(await directory.ListAsync(ct), office, turn.Language),
                [.. reasons.Select(p => MemberTexts.Describe(p, turn.Language))], turn.Language));
        }

        await AuditAsync(audit, calendar, office, AuditRetired, retired.Id, ct);
        return Card(MemberCards.Retired(retired, member!.IsLead && member.Role == MemberRole.FocalPoint, turn.Language));
    }

    /// Without a member chosen: the list to choose from. With one: their role, state and lead mark to change.
    internal static async Task<InvokeResponse> ChangeAsync(TurnContext turn, IMemberDirectory directory, CancellationToken ct)
    {
        if (Office(turn) is not { } office) return NotOffice(turn);
        var everyone = await directory.ListAsync(ct);
        var member = everyone.FirstOrDefault(m => m.Id == turn.Data(MemberIdInput));
        if (string.IsNullOrEmpty(turn.Data(MemberIdInput))) return Card(MemberCards.ChangePicker(OthersActive(everyone, office, turn.Language), [], turn.Language));
        if (member is not { IsActive: true } || member.Id == office.Id)
        {
            var problem = member is null ? MembershipProblem.NotFound : member.IsActive ? MembershipProblem.ChangingSelf : MembershipProblem.AlreadyLeft;
            return Card(MemberCards.ChangePicker(OthersActive(everyone, office, turn.Language), [MemberTexts.Describe(problem, turn.Language)], turn.Language));
        }
        var form = new MemberForm(Role: member.Role.ToString(), State: member.StateCode?.Value ?? "", Lead: member.IsLead);
        return Card(MemberCards.ChangeForm(member, form, [], turn.Language));
    }

    /// Saves the member's new role, state and lead mark on the version that was read (a change made meanwhile wins and
    /// is reported); a new lead takes the mark from the state's lead.
    internal static async Task<InvokeResponse> ChangedAsync(TurnContext turn, IMemberDirectory directory, IAuditLog audit, NetworkCalendar calendar, CancellationToken ct)
    {
        if (Office(turn) is not { } office) return NotOffice(turn);
        var language = turn.Language;
        var everyone = await directory.ListAsync(ct);
        var form = MemberForm.From(turn);
        if (everyone.FirstOrDefault(m => m.Id == turn.Data(MemberIdInput)) is not { } member)
            return Card(MemberCards.ChangePicker(OthersActive(everyone, office, language), [MemberTexts.Describe(MembershipProblem.NotFound, language)], language));
        if (form.ParsedRole is not { } role) return Card(MemberCards.ChangeForm(member, form, [MemberTexts.RoleRequired.In(language)], language));

        var change = Membership.ChangeRole(everyone, office, member, role, StateCode.ParseOptional(form.State), form.Lead);
        if (!change.IsAccepted)
            return Card(MemberCards.ChangeForm(member, form,
                [.. change.Details.Select(d => MemberTexts.Describe(d, language)), .. change.Problems.Select(p => MemberTexts.Describe(p, language))], language));
        if (await directory.SaveAsync(change.Member, ct) is not SaveResult.Saved)
            return Card(MemberCards.ChangeForm(member, form, [MemberTexts.ChangedMeanwhile.In(language)], language));

        await AuditAsync(audit, calendar, office, AuditChanged, member.Id, ct);
        var demoted = await DemoteAsync(directory, audit, calendar, office, change.Demoted, ct);
        return Card(MemberCards.Changed(change.Member, demoted, language));
    }

    internal static async Task<InvokeResponse> ReplaceAsync(TurnContext turn, IMemberDirectory directory, CancellationToken ct) =>
        Office(turn) is null
            ? NotOffice(turn)
            : Card(MemberCards.ReplaceForm(FocalPoints(await directory.ListAsync(ct), turn.Language), null, MemberForm.Empty(turn.Conversation.TenantId), [], turn.Language));

    /// A new focal point takes over from an outgoing one in one step: the newcomer is added (with the lead if the outgoing
    /// one had it), then the outgoing one is retired. Nothing is saved when anything needs correcting.
    internal static async Task<InvokeResponse> ReplacedAsync(TurnContext turn, IMemberDirectory directory, IAuditLog audit, NetworkCalendar calendar, CancellationToken ct)
    {
        if (Office(turn) is not { } office) return NotOffice(turn);
        var language = turn.Language;
        var form = MemberForm.From(turn);
        var outgoingId = turn.Data(OutgoingIdInput);
        var everyone = await directory.ListAsync(ct);
        InvokeResponse Again(IEnumerable<string> problems) => Card(MemberCards.ReplaceForm(FocalPoints(everyone, language), outgoingId, form, [.. problems], language));

        if (everyone.FirstOrDefault(m => m.Id == outgoingId) is not { } outgoing) return Again([MemberTexts.Describe(MembershipProblem.NotFound, language)]);
        var today = calendar.Today;
        var replacement = Membership.Replace(everyone, office, outgoing, form.ToMember(NewId(), MemberRole.FocalPoint)!, today);
        if (!replacement.IsAccepted)
            return Again(replacement.Problems.Select(p => MemberTexts.Describe(p, language)).Concat(Problems(replacement.Incoming, language)));

        var incoming = replacement.Incoming;
        if (await SaveNewAsync(directory, incoming.Member, language, ct) is { } refused) return Again([refused]);
        await AuditAsync(audit, calendar, office, incoming.Rejoins ? AuditRejoined : AuditAdded, incoming.Member.Id, ct);

        var retired = await directory.UpdateAsync(outgoing.Id, m => m.IsActive ? Membership.Retired(m, today) : m, ct) ?? replacement.Outgoing;
        await AuditAsync(audit, calendar, office, AuditRetired, outgoing.Id, ct);
        await DemoteAsync(directory, audit, calendar, office, incoming.Demoted, ct);
        return Card(MemberCards.Replaced(incoming.Member, retired, language));
    }

    /// The import card; once submitted, the import of the pasted text (or, checking only, what it would do).
    internal static async Task<InvokeResponse> ImportAsync(TurnContext turn, IMemberDirectory directory, IAuditLog audit, NetworkCalendar calendar, ILogger log, CancellationToken ct)
    {
        if (Office(turn) is not { } office) return NotOffice(turn);
        var language = turn.Language;
        var checkOnly = turn.Data(CheckOnlyInput) == "true";
        if (turn.Data(SubmitMark) is null) return Card(MemberCards.ImportForm(null, false, [], language));

        var csv = turn.Data(CsvInput) ?? "";
        if (string.IsNullOrWhiteSpace(csv)) return Card(MemberCards.ImportForm(null, checkOnly, [MemberTexts.CsvRequired.In(language)], language));
        if (csv.Length > MemberCards.MaxCsvChars)
            return Card(MemberCards.ImportForm(null, checkOnly, [MemberTexts.CsvTooLong.Format(language, MemberCards.MaxCsvChars)], language));

        var (issues, rows, demoted) = await RunImportAsync(csv, checkOnly, office, turn.Conversation.TenantId, directory, audit, calendar, log, ct);
        return Card(MemberCards.ImportReport(issues, rows, demoted, checkOnly, language));
    }

    /// A .csv file sent in the personal chat: read from Microsoft 365 only, then imported like pasted text.
    internal static async Task ImportFileAsync(TurnContext turn, MemberFiles files, IMemberDirectory directory, IAuditLog audit, NetworkCalendar calendar, ILogger log, CancellationToken ct)
    {
        var language = turn.Language;
        if (Office(turn) is not { } office) { await turn.SendTextAsync(MemberTexts.OfficeOnly.In(language), ct); return; }
        if (turn.File is not { } file) return;

        var download = await files.ReadAsync(file.DownloadUrl, ct);
        if (download.Outcome != MemberFiles.Outcome.Read)
        {
            LogFileRefused(log, download.Outcome);
            var answer = download.Outcome switch
            {
                MemberFiles.Outcome.HostRefused => MemberTexts.FileHostRefused.In(language),
                MemberFiles.Outcome.TooLarge => MemberTexts.FileTooLarge.Format(language, files.MaxKilobytes),
                MemberFiles.Outcome.NotUtf8 => MemberTexts.FileNotUtf8.In(language),
                _ => MemberTexts.FileUnavailable.In(language),
            };
            await turn.SendTextAsync(answer, ct);
            return;
        }

        var (issues, rows, demoted) = await RunImportAsync(download.Text!, false, office, turn.Conversation.TenantId, directory, audit, calendar, log, ct);
        await turn.SendCardAsync(MemberCards.ImportReport(issues, rows, demoted, false, language), ct);
    }

    /// Plans the import against the directory, then saves row by row (each save versioned, each audited). A row whose
    /// save loses to a change made meanwhile is reported as not saved; a lead mark is taken away only once the new lead
    /// of that state is saved.
    static async Task<(IReadOnlyList<CsvIssue> Issues, IReadOnlyList<RowOutcome> Rows, IReadOnlyList<Member> Demoted)> RunImportAsync(
        string csv, bool checkOnly, Member office, string? tenantId, IMemberDirectory directory, IAuditLog audit, NetworkCalendar calendar, ILogger log, CancellationToken ct)
    {
        var plan = MemberImport.Plan(await directory.ListAsync(ct), MemberCsv.Parse(csv), tenantId ?? office.TenantId, calendar.Today, NewId);
        if (checkOnly || plan.FileIssues.Count > 0)
        {
            LogImport(log, checkOnly, plan.Count(RowOutcomeKind.Added), plan.Count(RowOutcomeKind.Changed), plan.Count(RowOutcomeKind.Refused), plan.FileIssues.Count);
            return (plan.FileIssues, plan.Rows, plan.Demoted);
        }

        var rows = plan.Rows.ToList();
        var demoted = new List<Member>();
        var ledStates = new HashSet<StateCode>();
        foreach (var save in plan.Saves)
        {
            var losesLead = plan.Demoted.Any(d => d.Id == save.Member.Id);
            if (save.Row is null && (save.Member.StateCode is not { } led || !ledStates.Contains(led))) continue;   // its new lead was not saved
            if (await directory.SaveAsync(save.Member, ct) is SaveResult.Saved)
            {
                await AuditAsync(audit, calendar, office, save.IsNew ? AuditAdded : save.Row is null ? AuditLeadRemoved : AuditChanged, save.Member.Id, ct);
                if (save.Member is { IsLead: true, StateCode: { } state }) ledStates.Add(state);
                if (losesLead) demoted.Add(save.Member);
            }
            else if (save.Row is { } row)
            {
                var at = rows.FindIndex(r => r.Row == row);
                rows[at] = RowOutcome.Refuse(row, rows[at].Name, problems: [(RowProblem.NotSaved, null)]);
            }
        }
        LogImport(log, false, rows.Count(r => r.Kind == RowOutcomeKind.Added), rows.Count(r => r.Kind == RowOutcomeKind.Changed),
            rows.Count(r => r.Kind == RowOutcomeKind.Refused), 0);
        return ([], rows, demoted);
    }

    /// Reads the network team's roster (every page, guests included) and compares it with the directory. Members whose
    /// identity was pending and whose e-mail is in the team get their identity; nobody is added.
    internal static async Task<InvokeResponse> RosterAsync(TurnContext turn, IMemberDirectory directory, IAuditLog audit, IConversationStore conversations,
        IConnector connector, NetworkOptions options, NetworkCalendar calendar, ILogger log, CancellationToken ct)
    {
        if (Office(turn) is not { } office) return NotOffice(turn);
        var language = turn.Language;
        var team = await conversations.FindTeamAsync(options.TeamId, ct);
        if (team?.TeamId is null) return Card(MemberCards.Notice(MemberTexts.RosterTitle, MemberTexts.NoTeam, language));

        List<RosterPerson> people;
        try { people = await ReadRosterAsync(connector, team, ct); }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or BrokenCircuitException)
        {
            LogRosterUnavailable(log, e.GetType().Name);
            return Card(MemberCards.Notice(MemberTexts.RosterTitle, MemberTexts.RosterUnavailable, language));
        }

        var report = Domain.Members.Roster.Compare(await directory.ListAsync(ct), people);
        var linked = new List<Member>();
        var notLinked = new List<Member>();
        foreach (var member in report.Linked)
        {
            if (await directory.SaveAsync(member, ct) is SaveResult.Saved)
            {
                await AuditAsync(audit, calendar, office, AuditLinked, member.Id, ct);
                linked.Add(member);
            }
            else notLinked.Add(member);
        }
        LogRoster(log, people.Count, report.Matched.Count, linked.Count, report.NotInDirectory.Count, report.NotInTeam.Count);
        return Card(MemberCards.RosterReport(report, people.Count, linked, notLinked, language));
    }

    static async Task<List<RosterPerson>> ReadRosterAsync(IConnector connector, ConversationReference team, CancellationToken ct)
    {
        // The team's roster is read with the team id as the conversation (Bot Builder's GetPagedTeamMembers does the same).
        var roster = team with { ConversationId = team.TeamId! };
        var people = new List<RosterPerson>();
        string? token = null;
        for (var page = 0; page < MaxRosterPages; page++)
        {
            var members = await connector.GetPagedMembersAsync(roster, token, ct);
            people.AddRange(members.Members.Select(a => Person(a, team.TenantId)).OfType<RosterPerson>());
            if ((token = members.ContinuationToken) is null) break;
        }
        return people;
    }

    /// A roster account as a person of the network: bots are skipped; the tenant is the team's, as the bot sees
    /// everyone in it; a guest's e-mail, when Teams omits it, is read from their "#EXT#" user principal name.
    static RosterPerson? Person(ChannelAccount account, string? teamTenant)
    {
        if (string.IsNullOrWhiteSpace(account.AadObjectId) || account.Id?.StartsWith("28:", StringComparison.Ordinal) == true) return null;
        var upn = Extra(account, "userPrincipalName");
        var guest = Domain.Members.Roster.IsGuest(upn);
        var email = Extra(account, "email") ?? Domain.Members.Roster.GuestEmail(upn) ?? (guest ? null : upn);
        return new RosterPerson(account.AadObjectId, teamTenant ?? Extra(account, "tenantId") ?? "", account.Name ?? "", email, guest);
    }

    static string? Extra(ChannelAccount account, string key) =>
        account.Extra?.TryGetValue(key, out var value) == true && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// Saves a new (or returning) member; the sentence to show when the store refused, null when saved.
    static async Task<string?> SaveNewAsync(IMemberDirectory directory, Member member, Language language, CancellationToken ct) =>
        await directory.SaveAsync(member, ct) switch
        {
            SaveResult.Saved => null,
            SaveResult.Duplicate => MemberTexts.Duplicate.In(language),
            _ => MemberTexts.ChangedMeanwhile.In(language),
        };

    /// Takes the lead mark from each member, re-read so a change made meanwhile is kept; returns them as saved.
    static async Task<IReadOnlyList<Member>> DemoteAsync(IMemberDirectory directory, IAuditLog audit, NetworkCalendar calendar, Member office, IReadOnlyList<Member> demoted, CancellationToken ct)
    {
        var done = new List<Member>();
        foreach (var member in demoted)
        {
            if (await directory.UpdateAsync(member.Id, m => m with { IsLead = false }, ct) is not { } saved) continue;
            await AuditAsync(audit, calendar, office, AuditLeadRemoved, saved.Id, ct);
            done.Add(saved);
        }
        return done;
    }

    static Task AuditAsync(IAuditLog audit, NetworkCalendar calendar, Member office, string action, string memberId, CancellationToken ct) =>
        audit.AppendAsync(new AuditEntry(calendar.Now, office.Id, action, AuditSubject, memberId), ct);

    static IReadOnlyList<string> Problems(Admission admission, Language language) =>
        [.. admission.Details.Select(d => MemberTexts.Describe(d, language)), .. admission.Problems.Select(p => MemberTexts.Describe(p, language))];

    static List<Member> OthersActive(IEnumerable<Member> everyone, Member office, Language language) =>
        [.. everyone.Where(m => m.IsActive && m.Id != office.Id).OrderBy(m => m.DisplayName, StringComparer.Create(Text.Culture(language), true))];

    static List<Member> FocalPoints(IEnumerable<Member> everyone, Language language) =>
        [.. everyone.Where(m => m.IsActive && m.Role == MemberRole.FocalPoint)
            .OrderBy(m => MemberTexts.StateName(m.StateCode, language), StringComparer.Create(Text.Culture(language), true))
            .ThenByDescending(m => m.IsLead).ThenBy(m => m.DisplayName, StringComparer.Create(Text.Culture(language), true))];

    static string NewId() => $"m-{Guid.NewGuid():N}";

    [LoggerMessage(LogLevel.Information, "Member import (check only: {CheckOnly}): {Added} added, {Changed} changed, {Refused} refused, {FileIssues} file problems")]
    static partial void LogImport(ILogger logger, bool checkOnly, int added, int changed, int refused, int fileIssues);

    [LoggerMessage(LogLevel.Information, "Member file not imported: {Outcome}")]
    static partial void LogFileRefused(ILogger logger, MemberFiles.Outcome outcome);

    [LoggerMessage(LogLevel.Information, "Roster compared: {People} people, {Matched} matched, {Linked} linked, {NotInDirectory} not in the directory, {NotInTeam} not in the team")]
    static partial void LogRoster(ILogger logger, int people, int matched, int linked, int notInDirectory, int notInTeam);

    [LoggerMessage(LogLevel.Warning, "Team roster unavailable ({Error})")]
    static partial void LogRosterUnavailable(ILogger logger, string error);
}
