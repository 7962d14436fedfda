using System.Globalization;
using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Members;

/// The office's membership cards: the summary with its actions, the forms, and what each action did.
public static class MemberCards
{
    /// Lists on result cards stop here, so a card stays well under Teams' size limit whatever the import.
    public const int MaxListed = 40;

    public const int MaxCsvChars = 50_000;

    public static JsonObject Home(IReadOnlyList<Member> everyone, Language language)
    {
        var active = everyone.Where(m => m.IsActive).ToList();
        var without = Leads.StatesWithoutLead(active).Select(s => Name(s, language)).ToList();
        var several = Leads.StatesWithSeveralLeads(active).Select(code => MemberStates.NameIn(code, language)).ToList();
        var leads = active.Count(m => m.IsLead && m.Role == MemberRole.FocalPoint);
        return Card.New(
        [
            Card.Title(MemberTexts.HomeTitle.In(language)),
            Card.Facts(
            [
                (MemberTexts.ActiveMembers.In(language), N(active.Count)),
                (MemberTexts.OfficeCount.In(language), N(active.Count(m => m.Role == MemberRole.Office))),
                (MemberTexts.FocalPointCount.In(language), N(active.Count(m => m.Role == MemberRole.FocalPoint))),
                (MemberTexts.LeadCount.In(language), MemberTexts.LeadCountValue.Format(language, leads, MemberStates.All.Count)),
                (MemberTexts.ExpertCount.In(language), N(active.Count(m => m.Role == MemberRole.Expert))),
                (MemberTexts.PendingCount.In(language), N(active.Count(m => !m.HasIdentity))),
            ]),
            several.Count > 0 ? Card.TextBlock(MemberTexts.SeveralLeads.Format(language, string.Join(", ", several)), color: "Attention") : null,
            without.Count > 0
                ? Card.TextBlock(MemberTexts.StatesWithoutLead.Format(language, without.Count, string.Join(", ", without)))
                : Card.TextBlock(MemberTexts.EveryStateLed.In(language)),
            Card.ActionSet(
                Card.Execute(MemberTexts.AddButton.In(language), MemberRoutes.Add),
                Card.Execute(MemberTexts.ReplaceButton.In(language), MemberRoutes.Replace),
                Card.Execute(MemberTexts.RetireButton.In(language), MemberRoutes.Retire)),
            Card.ActionSet(Card.Execute(MemberTexts.ChangeButton.In(language), MemberRoutes.Change)),
            Card.ActionSet(
                Card.Execute(MemberTexts.ImportButton.In(language), MemberRoutes.Import),
                Card.Execute(MemberTexts.RosterButton.In(language), MemberRoutes.Roster)),
        ]);
    }

    public static JsonObject AddForm(MemberForm form, IReadOnlyList<string> problems, Language language) => Card.New(
    [
        Card.Title(MemberTexts.AddTitle.In(language)),
        Card.Problems(MemberTexts.FixThis.In(language), problems),
        Card.InputText(MemberForm.NameId, MemberTexts.Name.In(language), form.Name, required: true, error: MemberTexts.NameRequired.In(language), maxLength: MemberDetails.MaxName),
        Card.ChoiceSet(MemberForm.RoleId, MemberTexts.Role.In(language), Roles(language), form.Role is "" ? nameof(MemberRole.FocalPoint) : form.Role,
            required: true, error: MemberTexts.RoleRequired.In(language)),
        Card.ChoiceSet(MemberForm.StateId, MemberTexts.State.In(language), States(language), form.State),
        Card.Toggle(MemberForm.LeadId, MemberTexts.Lead.In(language), form.Lead),
        .. ContactInputs(form, language),
    ],
    [
        Card.Execute(MemberTexts.SaveButton.In(language), MemberRoutes.Create, style: "positive"),
        Back(language),
    ]);

    public static JsonObject Added(Member member, bool rejoined, IReadOnlyList<Member> demoted, Language language) => Card.New(
    [
        Card.Title((rejoined ? MemberTexts.Rejoined : MemberTexts.Added).Format(language, Card.Plain(member.DisplayName))),
        Card.Facts(Facts(member, language)),
        member.IsLead ? Card.TextBlock(MemberTexts.NowLead.Format(language, Card.Plain(member.DisplayName), MemberStates.NameIn(member.StateCode, language))) : null,
        demoted.Count > 0 ? Card.TextBlock(MemberTexts.NoLongerLead.Format(language, string.Join(", ", demoted.Select(m => Card.Plain(m.DisplayName))))) : null,
        Card.TextBlock((member.HasIdentity ? MemberTexts.CanUseBot : MemberTexts.IdentityPending).In(language), subtle: !member.HasIdentity),
    ],
    [Back(language)]);

    public static JsonObject RetirePicker(IReadOnlyList<Member> candidates, IReadOnlyList<string> problems, Language language) =>
        Picker(MemberTexts.RetireTitle, MemberTexts.RetireWho, MemberRoutes.Retire, candidates, problems, language);

    /// A list of members to choose from; Continue sends the choice back to the same verb.
    static JsonObject Picker(Text title, Text question, string verb, IReadOnlyList<Member> candidates, IReadOnlyList<string> problems, Language language) => Card.New(
    [
        Card.Title(title.In(language)),
        Card.Problems(MemberTexts.FixThis.In(language), problems),
        candidates.Count == 0
            ? Card.TextBlock(MemberTexts.NobodyElse.In(language))
            : Card.ChoiceSet(MemberRoutes.MemberIdInput, question.In(language), candidates.Select(m => (Label(m, language), m.Id)),
                required: true, error: MemberTexts.ChooseMember.In(language)),
    ],
    [
        candidates.Count == 0 ? null : Card.Execute(MemberTexts.ContinueButton.In(language), verb),
        Back(language),
    ]);

    public static JsonObject ChangePicker(IReadOnlyList<Member> candidates, IReadOnlyList<string> problems, Language language) =>
        Picker(MemberTexts.ChangeTitle, MemberTexts.ChangeWho, MemberRoutes.Change, candidates, problems, language);

    /// Role, state and lead of one member; their contact details belong to the directory's own form.
    public static JsonObject ChangeForm(Member member, MemberForm form, IReadOnlyList<string> problems, Language language) => Card.New(
    [
        Card.Title(MemberTexts.ChangeTitle.In(language)),
        Card.TextBlock($"**{Label(member, language)}**"),
        Card.TextBlock(MemberTexts.ChangeIntro.In(language), subtle: true),
        Card.Problems(MemberTexts.FixThis.In(language), problems),
        Card.ChoiceSet(MemberForm.RoleId, MemberTexts.Role.In(language), Roles(language), form.Role, required: true, error: MemberTexts.RoleRequired.In(language)),
        Card.ChoiceSet(MemberForm.StateId, MemberTexts.State.In(language), States(language), form.State),
        Card.Toggle(MemberForm.LeadId, MemberTexts.Lead.In(language), form.Lead),
    ],
    [
        Card.Execute(MemberTexts.ChangeSave.In(language), MemberRoutes.Changed, new JsonObject { [MemberRoutes.MemberIdInput] = member.Id }, style: "positive"),
        Back(language),
    ]);

    public static JsonObject Changed(Member member, IReadOnlyList<Member> demoted, Language language) => Card.New(
    [
        Card.Title(MemberTexts.ChangeSaved.Format(language, Card.Plain(member.DisplayName))),
        Card.Facts(Facts(member, language)),
        demoted.Count > 0 ? Card.TextBlock(MemberTexts.NoLongerLead.Format(language, string.Join(", ", demoted.Select(m => Card.Plain(m.DisplayName))))) : null,
    ],
    [Back(language)]);

    public static JsonObject RetireConfirm(Member member, Language language) => Card.New(
    [
        Card.Title(MemberTexts.RetireTitle.In(language)),
        Card.TextBlock(MemberTexts.RetireConfirm.Format(language, Card.Plain(member.DisplayName))),
        Card.Facts(Facts(member, language)),
    ],
    [
        Card.Execute(MemberTexts.RetireConfirmButton.In(language), MemberRoutes.Retired, new JsonObject { [MemberRoutes.MemberIdInput] = member.Id }, style: "destructive"),
        Back(language),
    ]);

    public static JsonObject Retired(Member member, bool stateLostLead, Language language) => Card.New(
    [
        Card.Title(MemberTexts.Retired.Format(language, Card.Plain(member.DisplayName), member.LeftOn?.ToDateTime(TimeOnly.MinValue))),
        stateLostLead ? Card.TextBlock(MemberTexts.StateWithoutLeadNow.Format(language, MemberStates.NameIn(member.StateCode, language)), color: "Attention") : null,
    ],
    [Back(language)]);

    public static JsonObject ReplaceForm(IReadOnlyList<Member> focalPoints, string? outgoingId, MemberForm form, IReadOnlyList<string> problems, Language language) => Card.New(
    [
        Card.Title(MemberTexts.ReplaceTitle.In(language)),
        Card.TextBlock(MemberTexts.ReplaceIntro.In(language)),
        Card.Problems(MemberTexts.FixThis.In(language), problems),
        focalPoints.Count == 0
            ? Card.TextBlock(MemberTexts.NoFocalPoints.In(language))
            : Card.ChoiceSet(MemberRoutes.OutgoingIdInput, MemberTexts.Outgoing.In(language), focalPoints.Select(m => (Label(m, language), m.Id)), outgoingId,
                required: true, error: MemberTexts.ChooseMember.In(language)),
        Card.Subtitle(MemberTexts.Incoming.In(language)),
        Card.InputText(MemberForm.NameId, MemberTexts.Name.In(language), form.Name, required: true, error: MemberTexts.NameRequired.In(language), maxLength: MemberDetails.MaxName),
        .. ContactInputs(form, language),
    ],
    [
        focalPoints.Count == 0 ? null : Card.Execute(MemberTexts.ReplaceConfirmButton.In(language), MemberRoutes.Replaced, style: "positive"),
        Back(language),
    ]);

    public static JsonObject Replaced(Member incoming, Member outgoing, Language language) => Card.New(
    [
        Card.Title(MemberTexts.Replaced.Format(language, Card.Plain(incoming.DisplayName), Card.Plain(outgoing.DisplayName), MemberStates.NameIn(incoming.StateCode, language))),
        Card.Facts(Facts(incoming, language)),
        incoming.IsLead ? Card.TextBlock(MemberTexts.NowLead.Format(language, Card.Plain(incoming.DisplayName), MemberStates.NameIn(incoming.StateCode, language))) : null,
        Card.TextBlock(MemberTexts.Retired.Format(language, Card.Plain(outgoing.DisplayName), outgoing.LeftOn?.ToDateTime(TimeOnly.MinValue))),
        Card.TextBlock((incoming.HasIdentity ? MemberTexts.CanUseBot : MemberTexts.IdentityPending).In(language), subtle: !incoming.HasIdentity),
    ],
    [Back(language)]);

    public static JsonObject ImportForm(string? csv, bool checkOnly, IReadOnlyList<string> problems, Language language) => Card.New(
    [
        Card.Title(MemberImportTexts.ImportTitle.In(language)),
        Card.TextBlock(MemberImportTexts.ImportColumns.In(language)),
        Card.TextBlock(MemberImportTexts.ImportRules.In(language), subtle: true),
        Card.Problems(MemberTexts.FixThis.In(language), problems),
        Card.InputText(MemberRoutes.CsvInput, MemberImportTexts.CsvText.In(language), csv, required: true, error: MemberImportTexts.CsvRequired.In(language),
            multiline: true, maxLength: MaxCsvChars, placeholder: "name,role,state,lead,email"),
        Card.Toggle(MemberRoutes.CheckOnlyInput, MemberImportTexts.CheckOnly.In(language), checkOnly),
        Card.TextBlock(MemberImportTexts.ImportFileHint.In(language), subtle: true),
    ],
    [
        Card.Execute(MemberImportTexts.ImportConfirmButton.In(language), MemberRoutes.Import, new JsonObject { [MemberRoutes.SubmitMark] = "1" }, style: "positive"),
        Back(language),
    ]);

    /// What an import did (or, checking only, would do): the file's problems, or a line per added, changed and refused row.
    public static JsonObject ImportReport(IReadOnlyList<CsvIssue> fileIssues, IReadOnlyList<RowOutcome> rows, IReadOnlyList<Member> demoted,
        bool checkOnly, Language language)
    {
        var body = new List<JsonNode?> { Card.Title(MemberImportTexts.ReportTitle.In(language)) };
        if (checkOnly) body.Add(Card.TextBlock(MemberImportTexts.CheckedOnly.In(language), weight: "Bolder"));
        if (fileIssues.Count > 0)
        {
            body.Add(Card.Problems(MemberImportTexts.FileRefused.In(language), fileIssues.Select(i => MemberImportTexts.Describe(i with { Value = Card.Plain(i.Value) }, language)).ToList()));
            return Card.New(body, [Card.Execute(MemberTexts.ImportButton.In(language), MemberRoutes.Import), Back(language)]);
        }
        if (rows.Count == 0) body.Add(Card.TextBlock(MemberImportTexts.NoRows.In(language)));

        int Count(RowOutcomeKind kind) => rows.Count(r => r.Kind == kind);
        body.Add(Card.TextBlock(MemberImportTexts.ReportSummary.Format(language,
            Count(RowOutcomeKind.Added), Count(RowOutcomeKind.Changed), Count(RowOutcomeKind.Unchanged), Count(RowOutcomeKind.Refused))));

        var refused = rows.Where(r => r.Kind == RowOutcomeKind.Refused).Select(r => MemberImportTexts.RowRefused.Format(language, r.Row, RowName(r, language), Reasons(r, language)));
        var done = rows.Where(r => r.Kind is RowOutcomeKind.Added or RowOutcomeKind.Changed).Select(r => r.Kind == RowOutcomeKind.Added
            ? MemberImportTexts.RowAdded.Format(language, r.Row, RowName(r, language))
            : MemberImportTexts.RowChanged.Format(language, r.Row, RowName(r, language), string.Join(", ", r.Changed.Select(f => MemberImportTexts.Describe(f, language)))));
        if (Capped(refused.ToList(), language) is { Count: > 0 } refusedLines) body.Add(Card.Bullets(refusedLines, "Attention"));
        if (Capped(done.ToList(), language) is { Count: > 0 } doneLines) body.Add(Card.Bullets(doneLines));
        if (demoted.Count > 0) body.Add(Card.TextBlock(MemberTexts.NoLongerLead.Format(language, string.Join(", ", demoted.Select(m => Card.Plain(m.DisplayName))))));
        return Card.New(body, [Card.Execute(MemberTexts.ImportButton.In(language), MemberRoutes.Import), Back(language)]);
    }

    /// People of the team shown with an add button; the rest are counted, to keep the card within Teams' size budget.
    const int MaxRosterButtons = 30;

    /// The team's roster against the directory: who was linked, and who is on one side only. Nothing else changed.
    public static JsonObject RosterReport(RosterReport report, int teamSize, IReadOnlyList<Member> linked, IReadOnlyList<Member> notLinked, Language language)
    {
        var known = report.Matched.Count + linked.Count + notLinked.Count + report.Retired.Count + report.OtherIdentity.Count;
        var body = new List<JsonNode?>
        {
            Card.Title(MemberTexts.RosterTitle.In(language)),
            Card.TextBlock(MemberTexts.RosterSummary.Format(language, teamSize, known)),
        };
        void Section(Text title, IReadOnlyList<string> lines, string? color = null)
        {
            if (lines.Count == 0) return;
            body.Add(Card.TextBlock(title.In(language), spacing: "Medium", color: color));
            body.Add(Card.Bullets(Capped(lines, language)));
        }
        Section(MemberTexts.Linked, linked.Select(m => Label(m, language)).ToList(), "Good");
        Section(MemberTexts.NotLinked, notLinked.Select(m => Label(m, language)).ToList(), "Attention");
        Section(MemberTexts.OtherIdentity, report.OtherIdentity.Select(p => $"{Person(p.Person, language)} ≠ {Label(p.Member, language)}").ToList(), "Attention");
        if (report.NotInDirectory.Count > 0)
        {
            // Each one is a button: the add form opens with their name, e-mail and Teams identity; the office sets role and state.
            body.Add(Card.TextBlock(MemberTexts.NotInDirectory.In(language), spacing: "Medium"));
            foreach (var person in report.NotInDirectory.Take(MaxRosterButtons))
                body.Add(Card.Container([Card.TextBlock("➕ " + Person(person, language), color: "Accent", spacing: "None")],
                    selectAction: Card.Execute(MemberTexts.AddThisPerson.In(language), MemberRoutes.Add, MemberForm.Prefill(person))));
            if (report.NotInDirectory.Count > MaxRosterButtons)
                body.Add(Card.TextBlock(MemberImportTexts.AndMore.Format(language, report.NotInDirectory.Count - MaxRosterButtons), subtle: true));
        }
        Section(MemberTexts.RetiredInTeam, report.Retired.Select(p => Label(p.Member, language)).ToList());
        Section(MemberTexts.NotInTeam, report.NotInTeam.Select(m => Label(m, language)).ToList());
        body.Add(Card.TextBlock(MemberTexts.NobodyAdded.In(language), subtle: true, spacing: "Medium"));
        return Card.New(body, [Back(language)]);
    }

    /// A short answer with the way back to the summary (no team, Teams unavailable…).
    public static JsonObject Notice(Text title, Text text, Language language) => Card.New(
        [Card.Title(title.In(language)), Card.TextBlock(text.In(language))],
        [Back(language)]);

    /// "Élise Moreau — Focal point, France, lead": who someone is in the network, for lists and choices; the name made
    /// inert, as lists are Markdown.
    public static string Label(Member m, Language language)
    {
        var parts = new List<string> { MemberTexts.Describe(m.Role, language) };
        if (m.StateCode is not null) parts.Add(MemberStates.NameIn(m.StateCode, language));
        if (m.IsLead) parts.Add(MemberTexts.LeadMark.In(language));
        return $"{Card.Plain(m.DisplayName)} — {string.Join(", ", parts)}";
    }

    static string Person(RosterPerson p, Language language)
    {
        var notes = new[] { Card.PlainAddress(p.Email), p.IsGuest ? MemberTexts.Guest.In(language) : null }.OfType<string>().ToList();
        return notes.Count == 0 ? Card.Plain(p.Name) : $"{Card.Plain(p.Name)} ({string.Join(", ", notes)})";
    }

    static IEnumerable<(string, string)> Facts(Member m, Language language)
    {
        yield return (MemberTexts.Role.In(language), MemberTexts.Describe(m.Role, language) + (m.IsLead ? $", {MemberTexts.LeadMark.In(language)}" : ""));
        if (m.StateCode is not null) yield return (MemberTexts.StateFact.In(language), MemberStates.NameIn(m.StateCode, language));
        if (m.Organisation is not null) yield return (MemberTexts.Organisation.In(language), Card.Plain(m.Organisation));
        if (m.Title is not null) yield return (MemberTexts.JobTitle.In(language), Card.Plain(m.Title));
        if (m.Email is not null) yield return (MemberTexts.Email.In(language), Card.PlainAddress(m.Email));
        if (m.Phone is not null) yield return (MemberTexts.Phone.In(language), Card.PlainAddress(m.Phone));
    }

    static IEnumerable<JsonNode?> ContactInputs(MemberForm form, Language language) =>
    [
        Card.InputText(MemberForm.OrganisationId, MemberTexts.Organisation.In(language), form.Organisation, maxLength: MemberDetails.MaxOrganisation),
        Card.InputText(MemberForm.TitleId, MemberTexts.JobTitle.In(language), form.Title, maxLength: MemberDetails.MaxTitle),
        Card.InputText(MemberForm.EmailId, MemberTexts.Email.In(language), form.Email, style: "Email"),
        Card.InputText(MemberForm.PhoneId, MemberTexts.Phone.In(language), form.Phone, style: "Tel"),
        Card.ChoiceSet(MemberForm.LanguageId, MemberTexts.Language.In(language),
            [(MemberTexts.LanguageFromTeams.In(language), MemberForm.LanguageFromTeams), (MemberTexts.English.In(language), "en"), (MemberTexts.French.In(language), "fr")],
            form.Language is "" ? MemberForm.LanguageFromTeams : form.Language),
        Card.InputText(MemberForm.AadObjectIdId, MemberTexts.AadObjectId.In(language), form.AadObjectId, placeholder: "00000000-0000-0000-0000-000000000000"),
        Card.InputText(MemberForm.TenantIdId, MemberTexts.TenantId.In(language), form.TenantId),
        Card.TextBlock(MemberTexts.IdentityHelp.In(language), subtle: true),
    ];

    static IEnumerable<(string, string)> Roles(Language language) =>
        Enum.GetValues<MemberRole>().Select(r => (MemberTexts.Describe(r, language), r.ToString()));

    static IEnumerable<(string, string)> States(Language language) =>
        MemberStates.All.Select(s => (Name(s, language), s.Code.Value)).OrderBy(s => s.Item1, StringComparer.Create(Text.Culture(language), true));

    static string Name(MemberState s, Language language) => language == Language.Fr ? s.NameFr : s.NameEn;

    static JsonObject Back(Language language) => Card.Execute(MemberTexts.BackButton.In(language), MemberRoutes.Home, withInputs: false);

    static string RowName(RowOutcome r, Language language) => string.IsNullOrWhiteSpace(r.Name) ? MemberImportTexts.NoName.In(language) : Card.Plain(r.Name);

    // French sets a no-break space before a semicolon.
    static string Reasons(RowOutcome r, Language language) => string.Join(language == Language.Fr ? "\u00a0; " : "; ",
        r.Cells.Select(c => MemberImportTexts.Describe(c with { Value = Card.Plain(c.Value) }, language))
            .Concat(r.Details.Select(d => MemberTexts.Describe(d, language)))
            .Concat(r.Problems.Select(p => MemberImportTexts.Describe(p.Problem, Card.Plain(p.Value), language))));

    static List<string> Capped(IReadOnlyList<string> lines, Language language) =>
        lines.Count <= MaxListed ? [.. lines] : [.. lines.Take(MaxListed), MemberImportTexts.AndMore.Format(language, lines.Count - MaxListed)];

    static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
