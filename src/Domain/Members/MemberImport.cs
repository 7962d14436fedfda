namespace FocalBot.Domain.Members;

/// The member fields an import may change, named in its report.
public enum MemberField { Name, Role, State, Lead, Organisation, Title, Email, Phone, Language, Identity }

/// Why a CSV row was refused beyond its cells and details: the bot turns each into a sentence.
public enum RowProblem
{
    /// An earlier row of the file is about the same person (the value is its row number).
    DuplicateRow,
    /// An earlier row of the file already makes someone the lead of this state (the value is its row number).
    SecondLead,
    /// The row matches a member who left the network: the office re-admits them with the add form, not by bulk import.
    LeftNetwork,
    /// The e-mail belongs to a member whose identity differs from the row's.
    EmailOfAnotherMember,
    /// A new member needs a role.
    RoleMissing,
    /// Only a focal point can be the lead.
    LeadNotFocalPoint,
    /// The store refused the save: someone changed the member meanwhile, or the identity is taken. Import again.
    NotSaved,
}

public enum RowOutcomeKind { Added, Changed, Unchanged, Refused }

/// What the import does with one row: the member it adds or changes (and which fields), or why it refuses the row.
public sealed record RowOutcome(
    int Row,
    string? Name,
    RowOutcomeKind Kind,
    string? MemberId,
    IReadOnlyList<MemberField> Changed,
    IReadOnlyList<CsvIssue> Cells,
    IReadOnlyList<DetailProblem> Details,
    IReadOnlyList<(RowProblem Problem, string? Value)> Problems)
{
    public static RowOutcome Refuse(int row, string? name, IReadOnlyList<CsvIssue>? cells = null, IReadOnlyList<DetailProblem>? details = null,
        IReadOnlyList<(RowProblem, string?)>? problems = null) => new(row, name, RowOutcomeKind.Refused, null, [], cells ?? [], details ?? [], problems ?? []);
}

/// One save the import makes, in order: the rows' adds and changes, then the lead marks they take away.
public sealed record PlannedSave(Member Member, bool IsNew, int? Row);

/// An import worked out against the directory before anything is saved: per row, what happens and why; the saves; and
/// the members who stop being lead because a row makes someone else the lead of their state.
public sealed record ImportPlan(IReadOnlyList<CsvIssue> FileIssues, IReadOnlyList<RowOutcome> Rows, IReadOnlyList<PlannedSave> Saves, IReadOnlyList<Member> Demoted)
{
    public int Count(RowOutcomeKind kind) => Rows.Count(r => r.Kind == kind);
}

/// The CSV import's rules. A row is matched to a member by identity (aadObjectId with tenantId, which defaults to the
/// network's tenant), else by e-mail. An empty cell keeps the directory's value: the import adds and changes, it never
/// erases. Each row stands alone: a refused row changes nothing, the other rows still apply. Importing the same file
/// twice changes nothing the second time.
public static class MemberImport
{
    public static ImportPlan Plan(IReadOnlyList<Member> everyone, MemberCsvFile file, string networkTenantId, DateOnly today, Func<string> newId)
    {
        if (!file.IsReadable) return new ImportPlan(file.Issues, [], [], []);

        var planning = new Planning(everyone, networkTenantId, today, newId);
        foreach (var row in file.Rows) planning.Add(row);
        return planning.Finish();
    }

    /// Who a row is about, as the file says: its identity (lower case, the tenant defaulting to the network's) and e-mail.
    sealed record RowIdentity(string? Aad, string? Tenant, string? Email)
    {
        public static RowIdentity Of(MemberCsvRow row, string networkTenantId)
        {
            var aad = row.AadObjectId?.Trim().ToLowerInvariant();
            return new(aad, aad is null ? null : (row.TenantId ?? networkTenantId).Trim().ToLowerInvariant(), row.Email?.Trim().ToLowerInvariant());
        }

        /// The keys by which two rows of one file are about the same person.
        public IReadOnlyList<string> Keys => new[] { Aad is null ? null : $"id:{Tenant}|{Aad}", Email is null ? null : $"mail:{Email}" }.OfType<string>().ToList();
    }

    /// An import being worked out, row by row, against the directory as the earlier rows leave it.
    sealed class Planning(IReadOnlyList<Member> everyone, string networkTenantId, DateOnly today, Func<string> newId)
    {
        readonly Dictionary<string, Member> _current = everyone.ToDictionary(m => m.Id);
        readonly List<RowOutcome> _outcomes = [];
        readonly List<PlannedSave> _saves = [];
        readonly Dictionary<string, int> _seenPeople = new(StringComparer.OrdinalIgnoreCase);
        readonly Dictionary<StateCode, int> _leadRows = [];
        readonly List<string> _newLeads = [];

        public void Add(MemberCsvRow row) => _outcomes.Add(Outcome(row));

        /// What happens to one row: refused for its cells, for an earlier row about the same person, for the member it
        /// matches or for the member it would make; otherwise added, changed or unchanged.
        RowOutcome Outcome(MemberCsvRow row)
        {
            if (row.Issues.Count > 0) return RowOutcome.Refuse(row.Row, row.Name, row.Issues);

            var who = RowIdentity.Of(row, networkTenantId);
            if (EarlierRowAbout(who, row.Row) is { } earlier) return RowOutcome.Refuse(row.Row, row.Name, problems: [(RowProblem.DuplicateRow, Number(earlier))]);
            var (target, refused) = Match(row, who);
            if (refused is not null) return refused;

            var candidate = MemberDetails.Normalized(Apply(target, row, who.Aad, who.Tenant, today, newId));
            var problems = LeadProblems(row, candidate);
            var details = MemberDetails.Problems(candidate);
            if (details.Count > 0 || problems.Count > 0) return RowOutcome.Refuse(row.Row, row.Name ?? target?.DisplayName, details: details, problems: problems);
            return Accept(row, target, candidate);
        }

        /// The earlier row about the same person, if any; otherwise this row is remembered as being about them.
        int? EarlierRowAbout(RowIdentity who, int row)
        {
            var keys = who.Keys;
            if (keys.FirstOrDefault(_seenPeople.ContainsKey) is { } seen) return _seenPeople[seen];
            foreach (var key in keys) _seenPeople[key] = row;
            return null;
        }

        /// The member the row is about (by identity, else by e-mail among active members), null for a newcomer; or why
        /// the row cannot be about anyone.
        (Member? Target, RowOutcome? Refused) Match(MemberCsvRow row, RowIdentity who)
        {
            var byIdentity = who.Aad is null ? null : _current.Values.FirstOrDefault(m => m.IsSamePersonAs(who.Tenant, who.Aad));
            // By e-mail only among active members: a functional mailbox may pass from a retired focal point to the next.
            var byEmail = who.Email is null ? null : _current.Values.FirstOrDefault(m => m.IsActive && Membership.SameEmail(m.Email, who.Email));
            if ((byIdentity is null && byEmail is { HasIdentity: true } && who.Aad is not null)
                || (byIdentity is not null && byEmail is { IsActive: true } other && other.Id != byIdentity.Id))
                return (null, RowOutcome.Refuse(row.Row, row.Name, problems: [(RowProblem.EmailOfAnotherMember, null)]));

            var target = byIdentity ?? byEmail;
            if (target is { IsActive: false })
                return (null, RowOutcome.Refuse(row.Row, row.Name ?? target.DisplayName,
                    problems: [(RowProblem.LeftNetwork, target.LeftOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))]));
            if (target is null && row.Role is null) return (null, RowOutcome.Refuse(row.Row, row.Name, problems: [(RowProblem.RoleMissing, null)]));
            return (target, null);
        }

        /// Only a focal point leads, and one row per state may make someone its lead (the first such row is remembered).
        List<(RowProblem, string?)> LeadProblems(MemberCsvRow row, Member candidate)
        {
            var problems = new List<(RowProblem, string?)>();
            if (candidate.IsLead && candidate.Role != MemberRole.FocalPoint) problems.Add((RowProblem.LeadNotFocalPoint, null));
            if (candidate.IsLead && candidate.StateCode is { } state && row.Lead == true)
            {
                if (_leadRows.TryGetValue(state, out var earlier)) problems.Add((RowProblem.SecondLead, Number(earlier)));
                else _leadRows[state] = row.Row;
            }
            return problems;
        }

        /// An accepted row: its save, unless nothing changes, and whether it makes a new lead.
        RowOutcome Accept(MemberCsvRow row, Member? target, Member candidate)
        {
            var changed = target is null ? [] : Diff(target, candidate);
            var kind = target is null ? RowOutcomeKind.Added : changed.Count == 0 ? RowOutcomeKind.Unchanged : RowOutcomeKind.Changed;
            if (kind != RowOutcomeKind.Unchanged)
            {
                _current[candidate.Id] = candidate;
                _saves.Add(new PlannedSave(candidate, target is null, row.Row));
                if (candidate.IsLead && (target is null || !target.IsLead || changed.Contains(MemberField.State) || changed.Contains(MemberField.Role)))
                    _newLeads.Add(candidate.Id);
            }
            return new RowOutcome(row.Row, candidate.DisplayName, kind, candidate.Id, changed, [], [], []);
        }

        /// Lead marks go last, against the directory as the rows left it, so a row's order in the file does not matter.
        public ImportPlan Finish()
        {
            var demoted = new List<Member>();
            foreach (var leadId in _newLeads)
            {
                foreach (var loser in Leads.Demoted(_current.Values.Where(m => m.IsActive), _current[leadId]))
                {
                    _current[loser.Id] = loser;
                    demoted.Add(loser);
                    var planned = _saves.FindIndex(s => s.Member.Id == loser.Id);
                    if (planned >= 0) _saves[planned] = _saves[planned] with { Member = loser };
                    else _saves.Add(new PlannedSave(loser, false, null));
                }
            }
            return new ImportPlan([], _outcomes, _saves, demoted);
        }
    }

    static Member Apply(Member? target, MemberCsvRow row, string? aad, string? tenant, DateOnly today, Func<string> newId)
    {
        if (target is null)
            return new Member
            {
                Id = newId(),
                DisplayName = row.Name ?? "",
                Role = row.Role!.Value,
                StateCode = row.Role == MemberRole.Office ? null : row.State,
                IsLead = row.Lead ?? false,
                Organisation = row.Organisation,
                Title = row.Title,
                Email = row.Email,
                Phone = row.Phone,
                PreferredLanguage = row.Language,
                AadObjectId = aad ?? "",
                TenantId = aad is null ? "" : tenant!,
                JoinedOn = today,
            };

        var role = row.Role ?? target.Role;
        return target with
        {
            DisplayName = row.Name ?? target.DisplayName,
            Role = role,
            StateCode = role == MemberRole.Office ? null : row.State ?? target.StateCode,
            // A member who stops being a focal point stops being lead, unless the row insists (and is refused for it).
            IsLead = row.Lead ?? (target.IsLead && role == MemberRole.FocalPoint),
            Organisation = row.Organisation ?? target.Organisation,
            Title = row.Title ?? target.Title,
            Email = row.Email ?? target.Email,
            Phone = row.Phone ?? target.Phone,
            PreferredLanguage = row.Language ?? target.PreferredLanguage,
            // A known identity is never overwritten by a file; a pending one is filled in.
            AadObjectId = target.HasIdentity || aad is null ? target.AadObjectId : aad,
            TenantId = target.HasIdentity || aad is null ? target.TenantId : tenant!,
        };
    }

    static IReadOnlyList<MemberField> Diff(Member before, Member after)
    {
        var changed = new List<MemberField>();
        if (before.DisplayName != after.DisplayName) changed.Add(MemberField.Name);
        if (before.Role != after.Role) changed.Add(MemberField.Role);
        if (before.StateCode != after.StateCode) changed.Add(MemberField.State);
        if (before.IsLead != after.IsLead) changed.Add(MemberField.Lead);
        if (before.Organisation != after.Organisation) changed.Add(MemberField.Organisation);
        if (before.Title != after.Title) changed.Add(MemberField.Title);
        if (!string.Equals(before.Email, after.Email, StringComparison.OrdinalIgnoreCase)) changed.Add(MemberField.Email);
        if (before.Phone != after.Phone) changed.Add(MemberField.Phone);
        if (before.PreferredLanguage != after.PreferredLanguage) changed.Add(MemberField.Language);
        if (!before.IsSamePersonAs(after.TenantId, after.AadObjectId) && after.HasIdentity) changed.Add(MemberField.Identity);
        return changed;
    }

    static string Number(int row) => row.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
