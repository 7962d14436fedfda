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

        var current = everyone.ToDictionary(m => m.Id);
        var outcomes = new List<RowOutcome>();
        var saves = new List<PlannedSave>();
        var seenPeople = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var leadRows = new Dictionary<StateCode, int>();
        var newLeads = new List<string>();

        foreach (var row in file.Rows)
        {
            if (row.Issues.Count > 0) { outcomes.Add(RowOutcome.Refuse(row.Row, row.Name, row.Issues)); continue; }

            var aad = row.AadObjectId?.Trim().ToLowerInvariant();
            var tenant = aad is null ? null : (row.TenantId ?? networkTenantId).Trim().ToLowerInvariant();
            var email = row.Email?.Trim().ToLowerInvariant();

            var keys = new[] { aad is null ? null : $"id:{tenant}|{aad}", email is null ? null : $"mail:{email}" }.OfType<string>().ToList();
            if (keys.FirstOrDefault(seenPeople.ContainsKey) is { } seen)
            {
                outcomes.Add(RowOutcome.Refuse(row.Row, row.Name, problems: [(RowProblem.DuplicateRow, Number(seenPeople[seen]))]));
                continue;
            }
            foreach (var key in keys) seenPeople[key] = row.Row;

            var byIdentity = aad is null ? null : current.Values.FirstOrDefault(m => m.IsSamePersonAs(tenant, aad));
            // By e-mail only among active members: a functional mailbox may pass from a retired focal point to the next.
            var byEmail = email is null ? null : current.Values.FirstOrDefault(m => m.IsActive && Membership.SameEmail(m.Email, email));
            if (byIdentity is null && byEmail is { HasIdentity: true } && aad is not null)
            {
                outcomes.Add(RowOutcome.Refuse(row.Row, row.Name, problems: [(RowProblem.EmailOfAnotherMember, null)]));
                continue;
            }
            if (byIdentity is not null && byEmail is { IsActive: true } other && other.Id != byIdentity.Id)
            {
                outcomes.Add(RowOutcome.Refuse(row.Row, row.Name, problems: [(RowProblem.EmailOfAnotherMember, null)]));
                continue;
            }
            var target = byIdentity ?? byEmail;
            if (target is { IsActive: false })
            {
                outcomes.Add(RowOutcome.Refuse(row.Row, row.Name ?? target.DisplayName,
                    problems: [(RowProblem.LeftNetwork, target.LeftOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))]));
                continue;
            }
            if (target is null && row.Role is null)
            {
                outcomes.Add(RowOutcome.Refuse(row.Row, row.Name, problems: [(RowProblem.RoleMissing, null)]));
                continue;
            }

            var candidate = MemberDetails.Normalized(Apply(target, row, aad, tenant, today, newId));
            var problems = new List<(RowProblem, string?)>();
            if (candidate.IsLead && candidate.Role != MemberRole.FocalPoint) problems.Add((RowProblem.LeadNotFocalPoint, null));
            if (candidate.IsLead && candidate.StateCode is { } state && row.Lead == true)
            {
                if (leadRows.TryGetValue(state, out var earlier)) problems.Add((RowProblem.SecondLead, Number(earlier)));
                else leadRows[state] = row.Row;
            }
            var details = MemberDetails.Problems(candidate);
            if (details.Count > 0 || problems.Count > 0)
            {
                outcomes.Add(RowOutcome.Refuse(row.Row, row.Name ?? target?.DisplayName, details: details, problems: [.. problems]));
                continue;
            }

            var changed = target is null ? [] : Diff(target, candidate);
            var kind = target is null ? RowOutcomeKind.Added : changed.Count == 0 ? RowOutcomeKind.Unchanged : RowOutcomeKind.Changed;
            outcomes.Add(new RowOutcome(row.Row, candidate.DisplayName, kind, candidate.Id, changed, [], [], []));
            if (kind == RowOutcomeKind.Unchanged) continue;
            current[candidate.Id] = candidate;
            saves.Add(new PlannedSave(candidate, target is null, row.Row));
            if (candidate.IsLead && (target is null || !target.IsLead || changed.Contains(MemberField.State) || changed.Contains(MemberField.Role)))
                newLeads.Add(candidate.Id);
        }

        // Lead marks go last, against the directory as the rows left it, so a row's order in the file does not matter.
        var demoted = new List<Member>();
        foreach (var leadId in newLeads)
        {
            foreach (var loser in Leads.Demoted(current.Values.Where(m => m.IsActive), current[leadId]))
            {
                current[loser.Id] = loser;
                demoted.Add(loser);
                var planned = saves.FindIndex(s => s.Member.Id == loser.Id);
                if (planned >= 0) saves[planned] = saves[planned] with { Member = loser };
                else saves.Add(new PlannedSave(loser, false, null));
            }
        }
        return new ImportPlan([], outcomes, saves, demoted);
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
