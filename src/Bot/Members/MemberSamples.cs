using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Members;

/// Every membership card filled with the demo network, for AllCards: rendered in tests, and walked for card verbs.
public static class MemberSamples
{
    public static IEnumerable<(string Name, JsonObject Card)> Cards(Language language, SampleText typed)
    {
        var everyone = typed.Members(DemoNetwork.Members);
        var elise = everyone.Single(m => m.Id == "demo-elise");
        var jonas = everyone.Single(m => m.Id == "demo-jonas");
        var newcomer = typed.Member(new Member
        {
            Id = "m-sample", DisplayName = "Katarzyna Nowak", Role = MemberRole.FocalPoint, StateCode = "PL", IsLead = true,
            Organisation = "Ministry of the Interior and Administration", Email = "k.nowak@mswia.example", Phone = "+48 22 000 00 00",
            AadObjectId = "", TenantId = "", JoinedOn = new DateOnly(2026, 11, 23),
        });
        var form = new MemberForm("Katarzyna Nowak", nameof(MemberRole.FocalPoint), "PL", true, Email: "k.nowak@mswia", TenantId: DemoNetwork.TenantId);
        var problems = new[] { MemberTexts.Describe(DetailProblem.EmailInvalid, language), MemberTexts.Describe(MembershipProblem.EmailTaken, language) };
        var retired = Membership.Retired(jonas, new DateOnly(2026, 11, 23));

        yield return ("members.home", MemberCards.Home([.. everyone, elise with { Id = "x", DisplayName = typed.Text("Second Lead") }], language));
        yield return ("members.add", MemberCards.AddForm(MemberForm.Empty(DemoNetwork.TenantId), [], language));
        yield return ("members.add-problems", MemberCards.AddForm(form, problems, language));
        yield return ("members.added", MemberCards.Added(newcomer, false, [elise with { IsLead = false }], language));
        yield return ("members.retire", MemberCards.RetirePicker([.. everyone.Skip(1)], [], language));
        yield return ("members.retire-confirm", MemberCards.RetireConfirm(jonas, language));
        yield return ("members.retired", MemberCards.Retired(retired, true, language));
        yield return ("members.change", MemberCards.ChangePicker([.. everyone.Skip(1)], [], language));
        yield return ("members.change-form", MemberCards.ChangeForm(jonas, new MemberForm(Role: nameof(MemberRole.FocalPoint), State: "DE", Lead: true),
            [MemberTexts.Describe(MembershipProblem.LeadNotFocalPoint, language)], language));
        yield return ("members.changed", MemberCards.Changed(jonas, [jonas with { DisplayName = typed.Text("Previous Lead") }], language));
        yield return ("members.replace", MemberCards.ReplaceForm([elise, jonas], null, MemberForm.Empty(DemoNetwork.TenantId), [], language));
        yield return ("members.replaced", MemberCards.Replaced(newcomer with { StateCode = "DE" }, retired, language));
        yield return ("members.import", MemberCards.ImportForm(null, true, [], language));
        yield return ("members.import-report", MemberCards.ImportReport([], SampleRows(typed), [jonas with { IsLead = false }], false, language));
        yield return ("members.import-refused", MemberCards.ImportReport([new CsvIssue(CsvProblem.HeaderMissing), new CsvIssue(CsvProblem.ColumnUnknown, typed.Text("rank"))], [], [], true, language));
        yield return ("members.roster", MemberCards.RosterReport(SampleRoster(everyone, typed), 7, [newcomer with { AadObjectId = "a", TenantId = "t" }], [], language));
        yield return ("members.notice", MemberCards.Notice(MemberTexts.RosterTitle, MemberTexts.NoTeam, language));
    }

    static List<RowOutcome> SampleRows(SampleText typed) =>
    [
        new(2, typed.Text("Katarzyna Nowak"), RowOutcomeKind.Added, "m-1", [], [], [], []),
        new(3, typed.Text("Élise Moreau"), RowOutcomeKind.Changed, "demo-elise", [MemberField.Phone, MemberField.Lead], [], [], []),
        new(4, typed.Text("Jonas Weber"), RowOutcomeKind.Unchanged, "demo-jonas", [], [], [], []),
        RowOutcome.Refuse(5, typed.Text("Boss"), [new CsvIssue(CsvProblem.RoleUnknown, typed.Text("boss"))], [DetailProblem.EmailInvalid]),
        RowOutcome.Refuse(6, null, problems: [(RowProblem.DuplicateRow, "2")]),
    ];

    static RosterReport SampleRoster(IReadOnlyList<Member> everyone, SampleText typed) => new(
        [.. everyone.Take(4)],
        [],
        [new RosterPerson("b1", DemoNetwork.TenantId, typed.Text("Marta Kowalska"), typed.Text("marta@gov.example"), IsGuest: true)],
        [(new RosterPerson("b2", DemoNetwork.TenantId, typed.Text("Old Member"), null, false), everyone[5] with { Status = MemberStatus.Left })],
        [(new RosterPerson("b3", DemoNetwork.TenantId, typed.Text("Luc P."), typed.Text("luc.peeters@example.org"), true), everyone[4])],
        [everyone[5]]);
}
