using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Members;

/// Membership changes, one card each: adding a member, changing a role or lead, replacing a focal point, retiring a
/// member. The office's only: MemberRoutes' guards let nobody else in, and hand over the member a confirmation names.
public static class MembershipRoutes
{
    internal static InvokeResponse AddForm(TurnContext turn) =>
        InvokeResponse.Card(MemberCards.AddForm(MemberForm.Opened(turn), [], turn.Language));

    /// Adds the member the form describes, or shows the form again with what to correct and saves nothing.
    internal static async Task<InvokeResponse> CreateAsync(TurnContext turn, Member office, IMemberDirectory directory, IAuditLog audit, NetworkCalendar calendar,
        CancellationToken ct)
    {
        var language = turn.Language;
        var form = MemberForm.From(turn);
        if (form.ToMember(MemberRoutes.NewId()) is not { } candidate)
            return InvokeResponse.Card(MemberCards.AddForm(form, [MemberTexts.RoleRequired.In(language)], language));

        var admission = Membership.Admit(await directory.ListAsync(ct), candidate, calendar.Today);
        if (!admission.IsAccepted) return InvokeResponse.Card(MemberCards.AddForm(form, Describe(admission, language), language));
        if (await SaveNewAsync(directory, admission.Member, language, ct) is { } refused) return InvokeResponse.Card(MemberCards.AddForm(form, [refused], language));

        await MemberRoutes.AuditAsync(audit, calendar, office, admission.Rejoins ? MemberRoutes.AuditRejoined : MemberRoutes.AuditAdded, admission.Member.Id, ct);
        var demoted = await TakeLeadFromAsync(admission.Demoted, office, directory, audit, calendar, ct);
        return InvokeResponse.Card(MemberCards.Added(admission.Member, admission.Rejoins, demoted, language));
    }

    /// Without a member chosen: the list to choose from. With one: the confirmation, unless they may not be retired.
    internal static async Task<InvokeResponse> RetireAsync(TurnContext turn, Member office, IMemberDirectory directory, CancellationToken ct)
    {
        var language = turn.Language;
        var everyone = await directory.ListAsync(ct);
        var id = turn.Data(MemberRoutes.MemberIdInput);
        if (string.IsNullOrEmpty(id)) return InvokeResponse.Card(MemberCards.RetirePicker(OthersActive(everyone, office, language), [], language));

        var member = everyone.FirstOrDefault(m => m.Id == id);
        var problems = Membership.RetireProblems(office, member);
        return problems.Count > 0
            ? InvokeResponse.Card(MemberCards.RetirePicker(OthersActive(everyone, office, language), Describe(problems, language), language))
            : InvokeResponse.Card(MemberCards.RetireConfirm(member!, language));
    }

    /// Retires the confirmed member as of the network's today: they no longer reach the bot, and lose any lead mark.
    internal static async Task<InvokeResponse> RetiredAsync(TurnContext turn, Member office, Member member, IMemberDirectory directory, IAuditLog audit,
        NetworkCalendar calendar, CancellationToken ct)
    {
        var language = turn.Language;
        var problems = Membership.RetireProblems(office, member);
        var today = calendar.Today;
        var retired = problems.Count == 0 ? await directory.UpdateAsync(member.Id, m => m.IsActive ? Membership.Retired(m, today) : m, ct) : null;
        if (retired is null || problems.Count > 0)
        {
            var reasons = problems.Count > 0 ? problems : [MembershipProblem.NotFound];
            return InvokeResponse.Card(MemberCards.RetirePicker(OthersActive(await directory.ListAsync(ct), office, language), Describe(reasons, language), language));
        }

        await MemberRoutes.AuditAsync(audit, calendar, office, MemberRoutes.AuditRetired, retired.Id, ct);
        return InvokeResponse.Card(MemberCards.Retired(retired, member.IsLead && member.Role == MemberRole.FocalPoint, language));
    }

    /// Without a member chosen: the list to choose from. With one: their role, state and lead mark to change.
    internal static async Task<InvokeResponse> ChangeAsync(TurnContext turn, Member office, IMemberDirectory directory, CancellationToken ct)
    {
        var language = turn.Language;
        var everyone = await directory.ListAsync(ct);
        var id = turn.Data(MemberRoutes.MemberIdInput);
        var member = everyone.FirstOrDefault(m => m.Id == id);
        if (string.IsNullOrEmpty(id)) return InvokeResponse.Card(MemberCards.ChangePicker(OthersActive(everyone, office, language), [], language));
        if (member is not { IsActive: true } || member.Id == office.Id)
        {
            var problem = member is null ? MembershipProblem.NotFound : member.IsActive ? MembershipProblem.ChangingSelf : MembershipProblem.AlreadyLeft;
            return InvokeResponse.Card(MemberCards.ChangePicker(OthersActive(everyone, office, language), Describe([problem], language), language));
        }
        var form = new MemberForm(Role: member.Role.ToString(), State: member.StateCode?.Value ?? "", Lead: member.IsLead);
        return InvokeResponse.Card(MemberCards.ChangeForm(member, form, [], language));
    }

    /// Saves the member's new role, state and lead mark on the version that was read (a change made meanwhile wins and
    /// is reported); a new lead takes the mark from the state's lead.
    internal static async Task<InvokeResponse> ChangedAsync(TurnContext turn, Member office, Member member, IMemberDirectory directory, IAuditLog audit,
        NetworkCalendar calendar, CancellationToken ct)
    {
        var language = turn.Language;
        var form = MemberForm.From(turn);
        if (form.ParsedRole is not { } role) return InvokeResponse.Card(MemberCards.ChangeForm(member, form, [MemberTexts.RoleRequired.In(language)], language));

        var change = Membership.ChangeRole(await directory.ListAsync(ct), office, member, role, StateCode.ParseOptional(form.State), form.Lead);
        if (!change.IsAccepted)
            return InvokeResponse.Card(MemberCards.ChangeForm(member, form, [.. Describe(change.Details, language), .. Describe(change.Problems, language)], language));
        if (await directory.SaveAsync(change.Member, ct) is not SaveResult.Saved)
            return InvokeResponse.Card(MemberCards.ChangeForm(member, form, [MemberTexts.ChangedMeanwhile.In(language)], language));

        await MemberRoutes.AuditAsync(audit, calendar, office, MemberRoutes.AuditChanged, member.Id, ct);
        var demoted = await TakeLeadFromAsync(change.Demoted, office, directory, audit, calendar, ct);
        return InvokeResponse.Card(MemberCards.Changed(change.Member, demoted, language));
    }

    internal static async Task<InvokeResponse> ReplaceAsync(TurnContext turn, IMemberDirectory directory, CancellationToken ct) =>
        InvokeResponse.Card(MemberCards.ReplaceForm(FocalPoints(await directory.ListAsync(ct), turn.Language), null, MemberForm.Empty(turn.Conversation.TenantId), [],
            turn.Language));

    /// A new focal point takes over from an outgoing one in one step: the newcomer is added (with the lead if the outgoing
    /// one had it), then the outgoing one is retired. Nothing is saved when anything needs correcting. The outgoing one
    /// is chosen in the form, so a choice that names nobody shows the form again with what was typed.
    internal static async Task<InvokeResponse> ReplacedAsync(TurnContext turn, Member office, IMemberDirectory directory, IAuditLog audit, NetworkCalendar calendar,
        CancellationToken ct)
    {
        var language = turn.Language;
        var form = MemberForm.From(turn);
        var outgoingId = turn.Data(MemberRoutes.OutgoingIdInput);
        var everyone = await directory.ListAsync(ct);
        InvokeResponse FormAgain(IEnumerable<string> problems) =>
            InvokeResponse.Card(MemberCards.ReplaceForm(FocalPoints(everyone, language), outgoingId, form, [.. problems], language));

        if (everyone.FirstOrDefault(m => m.Id == outgoingId) is not { } outgoing) return FormAgain(Describe([MembershipProblem.NotFound], language));
        var today = calendar.Today;
        var replacement = Membership.Replace(everyone, office, outgoing, form.ToMember(MemberRoutes.NewId(), MemberRole.FocalPoint)!, today);
        if (!replacement.IsAccepted) return FormAgain(Describe(replacement.Problems, language).Concat(Describe(replacement.Incoming, language)));

        var incoming = replacement.Incoming;
        if (await SaveNewAsync(directory, incoming.Member, language, ct) is { } refused) return FormAgain([refused]);
        await MemberRoutes.AuditAsync(audit, calendar, office, incoming.Rejoins ? MemberRoutes.AuditRejoined : MemberRoutes.AuditAdded, incoming.Member.Id, ct);

        var retired = await directory.UpdateAsync(outgoing.Id, m => m.IsActive ? Membership.Retired(m, today) : m, ct) ?? replacement.Outgoing;
        await MemberRoutes.AuditAsync(audit, calendar, office, MemberRoutes.AuditRetired, outgoing.Id, ct);
        await TakeLeadFromAsync(incoming.Demoted, office, directory, audit, calendar, ct);
        return InvokeResponse.Card(MemberCards.Replaced(incoming.Member, retired, language));
    }

    /// Saves a new (or returning) member; the sentence to show when the store refused, null when saved.
    static async Task<string?> SaveNewAsync(IMemberDirectory directory, Member member, Language language, CancellationToken ct) =>
        await directory.SaveAsync(member, ct) switch
        {
            SaveResult.Saved => null,
            SaveResult.Duplicate => MemberTexts.Duplicate.In(language),
            _ => MemberTexts.ChangedMeanwhile.In(language),
        };

    /// Takes the lead mark from each member, re-read so a change made meanwhile is kept; returns them as saved.
    static async Task<IReadOnlyList<Member>> TakeLeadFromAsync(IReadOnlyList<Member> formerLeads, Member office, IMemberDirectory directory, IAuditLog audit,
        NetworkCalendar calendar, CancellationToken ct)
    {
        var done = new List<Member>();
        foreach (var member in formerLeads)
        {
            if (await directory.UpdateAsync(member.Id, m => m with { IsLead = false }, ct) is not { } saved) continue;
            await MemberRoutes.AuditAsync(audit, calendar, office, MemberRoutes.AuditLeadRemoved, saved.Id, ct);
            done.Add(saved);
        }
        return done;
    }

    static IReadOnlyList<string> Describe(Admission admission, Language language) =>
        [.. Describe(admission.Details, language), .. Describe(admission.Problems, language)];

    static IReadOnlyList<string> Describe(IEnumerable<DetailProblem> problems, Language language) => [.. problems.Select(p => MemberTexts.Describe(p, language))];

    static IReadOnlyList<string> Describe(IEnumerable<MembershipProblem> problems, Language language) => [.. problems.Select(p => MemberTexts.Describe(p, language))];

    /// Everyone the office may pick, itself excepted, by name.
    static List<Member> OthersActive(IEnumerable<Member> everyone, Member office, Language language) =>
        [.. everyone.Where(m => m.IsActive && m.Id != office.Id).OrderBy(m => m.DisplayName, StringComparer.Create(Text.Culture(language), true))];

    /// The focal points one may replace, by state, the lead first.
    static List<Member> FocalPoints(IEnumerable<Member> everyone, Language language) =>
        [.. everyone.Where(m => m.IsActive && m.Role == MemberRole.FocalPoint)
            .OrderBy(m => MemberStates.NameIn(m.StateCode, language), StringComparer.Create(Text.Culture(language), true))
            .ThenByDescending(m => m.IsLead).ThenBy(m => m.DisplayName, StringComparer.Create(Text.Culture(language), true))];
}
