using FocalBot.Domain.Members;

namespace FocalBot.Domain.Tests.Members;

public sealed class MemberImportTests
{
    const string Tenant = "6b1c8a52-6bd2-4e6c-9d26-3c4f2e6a8d10";
    static readonly DateOnly Today = new(2026, 11, 23);
    int _ids;

    ImportPlan Plan(IReadOnlyList<Member> everyone, string csv) =>
        MemberImport.Plan(everyone, MemberCsv.Parse(csv), Tenant, Today, () => $"new{++_ids}");

    /// What a store would hold after the plan's saves.
    static List<Member> Applied(IReadOnlyList<Member> everyone, ImportPlan plan)
    {
        var all = everyone.ToDictionary(m => m.Id);
        foreach (var save in plan.Saves) all[save.Member.Id] = save.Member;
        return [.. all.Values];
    }

    [Fact]
    public void New_people_are_added_with_a_pending_identity_when_only_their_email_is_known()
    {
        var plan = Plan([], "name,role,state,email\nGiulia Rossi,focal point,IT,Giulia.Rossi@Interno.example\n");

        var row = Assert.Single(plan.Rows);
        Assert.Equal(RowOutcomeKind.Added, row.Kind);
        var saved = Assert.Single(plan.Saves).Member;
        Assert.Equal(("giulia.rossi@interno.example", false, Today), (saved.Email, saved.HasIdentity, saved.JoinedOn));
    }

    [Fact]
    public void A_row_matches_by_identity_then_by_email_and_reports_the_fields_it_changes()
    {
        var elise = AMember.FocalPoint("FR") with { Email = "elise@x.org", Phone = null };
        var jonas = AMember.FocalPoint("DE") with { Email = "jonas@x.org" };
        var csv = $"name,role,email,phone,aadObjectId,tenantId\n{elise.DisplayName},focal point,,+33 1 23 45 67 89,{elise.AadObjectId.ToUpperInvariant()},{Tenant}\n{jonas.DisplayName},focal point,JONAS@x.org,,,\n";

        var plan = Plan([elise, jonas], csv);

        Assert.Equal(RowOutcomeKind.Changed, plan.Rows[0].Kind);
        Assert.Equal([MemberField.Phone], plan.Rows[0].Changed);
        Assert.Equal(elise.Id, plan.Rows[0].MemberId);
        Assert.Equal(RowOutcomeKind.Unchanged, plan.Rows[1].Kind);   // empty cells keep what the directory has
        Assert.Single(plan.Saves);
    }

    [Fact]
    public void A_bad_row_is_refused_with_its_reasons_and_the_good_rows_still_apply()
    {
        var plan = Plan([], "name,role,state,email\nGood One,office,,good@x.org\nBad One,focal point,US,not-an-address\nWho,boss,,who@x.org\n");

        Assert.Equal([RowOutcomeKind.Added, RowOutcomeKind.Refused, RowOutcomeKind.Refused], plan.Rows.Select(r => r.Kind));
        Assert.Equal([DetailProblem.StateUnknown, DetailProblem.EmailInvalid], plan.Rows[1].Details);
        Assert.Equal(CsvProblem.RoleUnknown, Assert.Single(plan.Rows[2].Cells).Problem);
        Assert.Equal("Good One", Assert.Single(plan.Saves).Member.DisplayName);
    }

    [Fact]
    public void A_second_row_for_the_same_person_is_refused_as_a_duplicate()
    {
        var plan = Plan([], "name,role,email\nAna Costa,expert,ana@x.org\nAna C.,expert,ANA@x.org\n");

        Assert.Equal(RowOutcomeKind.Refused, plan.Rows[1].Kind);
        Assert.Equal((RowProblem.DuplicateRow, "2"), Assert.Single(plan.Rows[1].Problems));
        Assert.Single(plan.Saves);
    }

    [Fact]
    public void Making_someone_lead_takes_the_mark_from_the_states_lead_whatever_the_row_order()
    {
        var oldLead = AMember.FocalPoint("FR", lead: true) with { Email = "old@x.org" };
        var csv = $"name,role,state,lead,email\n{oldLead.DisplayName},focal point,FR,,old@x.org\nNew Lead,focal point,FR,yes,new@x.org\n";

        var plan = Plan([oldLead], csv);

        Assert.Equal(oldLead.Id, Assert.Single(plan.Demoted).Id);
        var after = Applied([oldLead], plan);
        Assert.Equal(["New Lead"], after.Where(m => m.IsLead).Select(m => m.DisplayName));
        Assert.Empty(Leads.StatesWithSeveralLeads(after));
    }

    [Fact]
    public void Two_rows_making_two_leads_of_one_state_refuse_the_second()
    {
        var plan = Plan([], "name,role,state,lead,email\nA,focal point,FR,yes,a@x.org\nB,focal point,fr,yes,b@x.org\n");

        Assert.Equal((RowProblem.SecondLead, "2"), Assert.Single(plan.Rows[1].Problems));
    }

    [Fact]
    public void Only_a_focal_point_can_be_lead()
    {
        var plan = Plan([], "name,role,lead,email\nSophie,office,yes,s@x.org\n");

        Assert.Equal((RowProblem.LeadNotFocalPoint, null), Assert.Single(plan.Rows[0].Problems));
    }

    [Fact]
    public void Importing_the_same_file_twice_changes_nothing_the_second_time()
    {
        var oldLead = AMember.FocalPoint("FR", lead: true) with { Email = "old@x.org" };
        var pending = AMember.FocalPoint("DE") with { Email = "jonas@x.org", AadObjectId = "", TenantId = "" };
        var csv = $"""
            name;role;state;lead;email;phone;aadObjectId
            Nouvelle Tête;Point de contact;France;oui;new@x.org;+33 1 00 00 00 00;
            Jonas Weber;focal point;DE;;jonas@x.org;;0a1b2c3d-0000-4000-8000-000000000001
            Bad;boss;;;bad@x.org;;
            Ana Costa;expert;Portugal;;ana@x.org;;
            """;

        var first = Plan([oldLead, pending], csv);
        var afterFirst = Applied([oldLead, pending], first);
        var second = Plan(afterFirst, csv);

        Assert.Equal(2, first.Count(RowOutcomeKind.Added));
        Assert.Equal([MemberField.Name, MemberField.Identity], first.Rows[1].Changed);
        Assert.Empty(second.Saves);
        Assert.Equal([RowOutcomeKind.Unchanged, RowOutcomeKind.Unchanged, RowOutcomeKind.Refused, RowOutcomeKind.Unchanged], second.Rows.Select(r => r.Kind));
    }

    [Fact]
    public void A_row_for_a_member_who_left_is_refused_and_a_known_identity_is_never_overwritten()
    {
        var left = AMember.FocalPoint("IT") with { Status = MemberStatus.Left, LeftOn = new DateOnly(2025, 6, 30) };
        var known = AMember.FocalPoint("BE") with { Email = "luc@x.org" };
        var csv = $"name,role,email,aadObjectId\n{left.DisplayName},focal point,,{left.AadObjectId}\nLuc,focal point,luc@x.org,0a1b2c3d-0000-4000-8000-000000000009\n";

        var plan = Plan([left, known], csv);

        Assert.Equal((RowProblem.LeftNetwork, "2025-06-30"), Assert.Single(plan.Rows[0].Problems));
        Assert.Equal((RowProblem.EmailOfAnotherMember, null), Assert.Single(plan.Rows[1].Problems));
        Assert.Empty(plan.Saves);
    }

    [Fact]
    public void An_unreadable_file_plans_nothing()
    {
        var plan = Plan([], "Élise,focal point\n");

        Assert.NotEmpty(plan.FileIssues);
        Assert.Empty(plan.Rows);
        Assert.Empty(plan.Saves);
    }
}
