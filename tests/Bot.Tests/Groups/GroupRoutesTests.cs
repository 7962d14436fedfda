using System.Text.Json.Nodes;
using FocalBot.Bot.Groups;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Decisions;
using FocalBot.Domain.Groups;
using FocalBot.Domain.Rapporteurs;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Groups;

/// Thematic groups as the office and members use them in Teams: proposed to the network, created by its silence,
/// then joined by invitation or request, and left.
public sealed class GroupRoutesTests : IAsyncLifetime
{
    BotApp _app = null!;

    public async Task InitializeAsync() => _app = await GroupApp.StartAsync();

    public Task DisposeAsync() { _app.Dispose(); return Task.CompletedTask; }

    async Task<string> CommandAsync(string text, string aad)
    {
        var before = _app.Connector.Sends.Count;
        await _app.PostAsync(Payload.PersonalMessage(text).From(aad).Set("from.id", "29:" + aad).Set("conversation.id", RequestApp.ChatOf(aad)));
        return Assert.Single(_app.ChatOf(aad, before)).Shown;
    }

    [Fact]
    public async Task The_office_proposes_a_group_which_is_saved_as_proposed_with_its_procedure()
    {
        var proposed = await _app.PressAsync(GroupRoutes.Propose, GroupApp.Form());

        var deadline = new DateOnly(2026, 12, 7);   // 10 working days after Monday 23 November
        Assert.Contains(GroupTexts.ProposedDone.Format(Language.En, deadline), proposed.CardText());
        Assert.Contains(GroupTexts.Proposed.En, proposed.CardText());
        var group = await _app.Groups().GetAsync("g-new", default);
        Assert.Equal(GroupStatus.Proposed, group!.Status);
        var procedure = await _app.Service<IProcedureStore>().GetAsync(group.ProcedureId!, default);
        Assert.Equal(("g-new", ProposalKind.ThematicGroup, deadline), (procedure!.SubjectId, procedure.Kind, procedure.Deadline));
        Assert.Single(await _app.Service<IAuditLog>().ListAsync(20, default), e => e is { Action: "group.proposed", ActorId: "m-sophie", SubjectId: "g-new" });
    }

    [Fact]
    public async Task A_second_press_of_propose_proposes_nothing_more()
    {
        await _app.PressAsync(GroupRoutes.Propose, GroupApp.Form());

        var again = await _app.PressAsync(GroupRoutes.Propose, GroupApp.Form());

        Assert.Contains(GroupTexts.AlreadyProposed.En, again.CardText());
        Assert.Single(await _app.Service<IProcedureStore>().ListAsync(default));
    }

    [Fact]
    public async Task A_proposal_a_fault_stopped_after_the_group_was_saved_goes_to_the_network_on_the_next_press_once()
    {
        var stranded = new ThematicGroup
        {
            Id = "g-new", NameEn = "Integration of migrant children", NameFr = "Intégration des enfants migrants", Purpose = "Schooling.",
            Language = Language.En, CreatedBy = "m-sophie", CreatedOn = new DateOnly(2026, 11, 23),
        };
        await _app.Groups().SaveAsync(stranded, default);   // saved as proposed, then the process stopped: no procedure

        var resumed = await _app.PressAsync(GroupRoutes.Propose, GroupApp.Form());
        var again = await _app.PressAsync(GroupRoutes.Propose, GroupApp.Form());

        var procedure = Assert.Single(await _app.Service<IProcedureStore>().ListAsync(default));
        Assert.Equal(procedure.Id, (await _app.Groups().GetAsync("g-new", default))!.ProcedureId);
        Assert.Contains(GroupTexts.ProposedDone.Format(Language.En, procedure.Deadline), resumed.CardText());
        Assert.Contains(GroupTexts.AlreadyProposed.En, again.CardText());
    }

    [Fact]
    public async Task A_taken_name_and_a_missing_one_change_nothing_and_are_told_in_French_to_a_French_office_member()
    {
        await _app.ActiveAsync("g1");

        var refused = await _app.PressAsync(GroupRoutes.Propose, GroupApp.Form(en: " RETOUR et readmission ", fr: ""), fromAad: GroupApp.ClaireAad);

        var text = refused.CardText();
        Assert.Contains(GroupTexts.FormTitle.Fr, text);
        Assert.Contains(GroupTexts.Describe(GroupProblem.NameTaken, Language.Fr), text);
        Assert.Contains(GroupTexts.Describe(GroupProblem.NameFrMissing, Language.Fr), text);
        Assert.Single(await _app.Groups().ListAsync(default));
        Assert.Empty(await _app.Service<IProcedureStore>().ListAsync(default));
    }

    [Fact]
    public async Task The_lead_is_chosen_among_current_rapporteurs_only()
    {
        var rapporteurs = _app.Service<IRapporteurStore>();
        Assert.IsType<SaveResult.Saved>(await rapporteurs.SaveMandateAsync(Mandate("m-elise", end: new DateOnly(2027, 6, 30)), default));
        await rapporteurs.SaveMandateAsync(Mandate("m-jonas", end: new DateOnly(2026, 11, 20)), default);   // ended last week

        var form = (await _app.PressAsync(GroupRoutes.New, new())).CardText();
        var refused = await _app.PressAsync(GroupRoutes.Propose, GroupApp.Form().With(GroupForm.LeadKey, "m-jonas"));
        var proposed = await _app.PressAsync(GroupRoutes.Propose, GroupApp.Form().With(GroupForm.LeadKey, "m-elise"));

        Assert.Contains("Élise Moreau (France) — Child protection", form);
        Assert.DoesNotContain("Jonas Weber", form);
        Assert.Contains(GroupTexts.Describe(GroupProblem.LeadNotARapporteur, Language.En), refused.CardText());
        Assert.Contains(GroupCards.Label(GroupTexts.Lead, Language.En) + "Élise Moreau (France)", proposed.CardText());
        Assert.Equal("m-elise", (await _app.Groups().GetAsync("g-new", default))!.LeadId);
    }

    static Mandate Mandate(string memberId, DateOnly end) => new()
    {
        Id = $"md-{memberId}", CallId = "c1", MemberId = memberId, Theme = "Child protection", Language = Language.En,
        Start = new DateOnly(2026, 1, 5), End = end,
    };

    [Fact]
    public async Task The_office_invites_Elise_who_gets_a_card_in_French_and_joins_once()
    {
        await _app.ActiveAsync("g1");

        var choice = await _app.PressAsync(GroupRoutes.Inviting, GroupApp.Ids("g1"));
        var invited = await _app.PressAsync(GroupRoutes.Invite, GroupApp.Ids("g1", invitee: "m-elise"));
        await _app.RunJobsAsync();
        var joined = await _app.PressAsync(GroupRoutes.Join, GroupApp.Ids("g1"), fromAad: Payload.EliseAad);
        var again = await _app.PressAsync(GroupRoutes.Join, GroupApp.Ids("g1"), fromAad: Payload.EliseAad);

        Assert.Equal(["Élise Moreau (France)", "Jonas Weber (Germany)"], ChoicesOf(choice, GroupForm.InviteeKey, "m-elise", "m-jonas"));
        Assert.DoesNotContain("Claire Martin", choice.CardText());
        Assert.Contains(GroupTexts.Invited.Format(Language.En, "Élise Moreau"), invited.CardText());
        var invitation = Assert.Single(_app.ChatOf(Payload.EliseAad), s => s.Shown.Contains(GroupTexts.InvitationTitle.Fr));
        Assert.Contains(GroupTexts.InvitationBody.Format(Language.Fr, "Retour et réadmission"), invitation.Shown);
        Assert.Contains(GroupRoutes.Join, invitation.AllText);
        Assert.Contains(GroupTexts.Joined.Format(Language.Fr, "Retour et réadmission"), joined.CardText());
        Assert.Contains(GroupTexts.YouAreIn.Fr, joined.CardText());
        Assert.Equal(GroupTexts.Describe(GroupRefusal.NothingToAnswer, Language.Fr), again.Message);
        Assert.Equal(GroupMemberStatus.Member, (await _app.Groups().GetAsync("g1", default))!.StatusOf("m-elise"));
        var audit = await _app.Service<IAuditLog>().ListAsync(20, default);
        Assert.Single(audit, e => e is { Action: "group.invited", ActorId: "m-sophie", SubjectId: "g1" });
        Assert.Single(audit, e => e is { Action: "group.joined", ActorId: "m-elise", SubjectId: "g1" });
    }

    /// The titles of an input's choices, checking their values are the members' ids in that order.
    static string[] ChoicesOf(Pressed pressed, string input, params string[] ids)
    {
        var choices = FindInput(pressed.Card ?? new JsonObject(), input)?["choices"]?.AsArray() ?? [];
        Assert.Equal(ids, choices.Select(c => (string)c!["value"]!));
        return [.. choices.Select(c => (string)c!["title"]!)];
    }

    static JsonNode? FindInput(JsonNode node, string id) => node switch
    {
        JsonObject o when (string?)o["id"] == id && o["type"] is not null => o,
        JsonObject o => o.Select(p => p.Value is null ? null : FindInput(p.Value, id)).FirstOrDefault(f => f is not null),
        JsonArray a => a.Select(i => i is null ? null : FindInput(i, id)).FirstOrDefault(f => f is not null),
        _ => null,
    };

    [Fact]
    public async Task Jonas_asks_to_join_the_office_is_told_and_approves_once()
    {
        await _app.ActiveAsync("g1");

        var asked = await _app.PressAsync(GroupRoutes.Ask, GroupApp.Ids("g1"), fromAad: Payload.JonasAad);
        await _app.RunJobsAsync();
        var request = Assert.Single(_app.ChatOf(GroupApp.ClaireAad), s => s.Shown.Contains(GroupTexts.RequestTitle.Fr));
        var approved = await _app.PressAsync(GroupRoutes.Approve, GroupApp.Ids("g1", memberId: "m-jonas"));
        var again = await _app.PressAsync(GroupRoutes.Approve, GroupApp.Ids("g1", memberId: "m-jonas"));

        Assert.Contains(GroupTexts.Asked.Format(Language.En, "Return and readmission"), asked.CardText());
        Assert.Contains(GroupTexts.YouAsked.En, asked.CardText());
        Assert.Contains(GroupTexts.RequestBody.Format(Language.Fr, "Jonas Weber", "Allemagne"), request.Shown);
        Assert.Single(_app.ChatOf(AMember.SophieAad), s => s.Shown.Contains(GroupTexts.RequestTitle.En));
        Assert.Contains(GroupTexts.Approved.Format(Language.En, "Jonas Weber", "Return and readmission"), approved.CardText());
        Assert.Equal(GroupTexts.Describe(GroupRefusal.NothingToAnswer, Language.En), again.Message);
        Assert.Equal(GroupMemberStatus.Member, (await _app.Groups().GetAsync("g1", default))!.StatusOf("m-jonas"));
        await _app.RunJobsAsync();
        Assert.Single(_app.ChatOf(Payload.JonasAad), s => s.Shown.Contains(GroupTexts.RequestApproved.Format(Language.En, "Return and readmission")));
    }

    [Fact]
    public async Task A_refused_member_is_told_in_their_language()
    {
        await _app.ActiveAsync("g1");
        await _app.PressAsync(GroupRoutes.Ask, GroupApp.Ids("g1"), fromAad: Payload.EliseAad);

        await _app.PressAsync(GroupRoutes.Refuse, GroupApp.Ids("g1", memberId: "m-elise"));
        await _app.RunJobsAsync();

        Assert.Single(_app.ChatOf(Payload.EliseAad), s => s.Shown.Contains(GroupTexts.RequestRefused.Format(Language.Fr, "Retour et réadmission")));
    }

    [Fact]
    public async Task A_request_answered_before_it_went_out_is_not_sent_to_the_office()
    {
        await _app.ActiveAsync("g1");
        await _app.PressAsync(GroupRoutes.Ask, GroupApp.Ids("g1"), fromAad: Payload.JonasAad);

        await _app.PressAsync(GroupRoutes.Refuse, GroupApp.Ids("g1", memberId: "m-jonas"));
        await _app.RunJobsAsync();

        Assert.DoesNotContain(_app.ChatOf(AMember.SophieAad), s => s.Shown.Contains(GroupTexts.RequestTitle.En));
        Assert.Null((await _app.Groups().GetAsync("g1", default))!.StatusOf("m-jonas"));
    }

    [Fact]
    public async Task A_member_leaves_once()
    {
        await _app.ActiveAsync("g1", new GroupMembership("m-elise", GroupMemberStatus.Member, new DateOnly(2026, 11, 3)));

        var left = await _app.PressAsync(GroupRoutes.Leave, GroupApp.Ids("g1"), fromAad: Payload.EliseAad);
        var again = await _app.PressAsync(GroupRoutes.Leave, GroupApp.Ids("g1"), fromAad: Payload.EliseAad);

        Assert.Contains(GroupTexts.Left.Format(Language.Fr, "Retour et réadmission"), left.CardText());
        Assert.Equal(GroupTexts.Describe(GroupRefusal.NotInGroup, Language.Fr), again.Message);
        Assert.Empty((await _app.Groups().GetAsync("g1", default))!.People);
    }

    [Fact]
    public async Task A_focal_point_cannot_invite_nor_answer_a_request()
    {
        var group = await _app.ActiveAsync("g1", new GroupMembership("m-elise", GroupMemberStatus.Asked, new DateOnly(2026, 11, 3)));

        var invite = await _app.PressAsync(GroupRoutes.Invite, GroupApp.Ids("g1", invitee: "m-jonas"), fromAad: Payload.JonasAad);
        var approve = await _app.PressAsync(GroupRoutes.Approve, GroupApp.Ids("g1", memberId: "m-elise"), fromAad: Payload.JonasAad);

        Assert.Equal(GroupTexts.OfficeOnly.En, invite.Message);
        Assert.Equal(GroupTexts.OfficeOnly.En, approve.Message);
        Assert.Equal(group.Version, (await _app.Groups().GetAsync("g1", default))!.Version);
    }

    [Fact]
    public async Task The_groups_card_shows_every_member_who_is_in_each_group()
    {
        await _app.ActiveAsync("g1", new GroupMembership("m-elise", GroupMemberStatus.Member, new DateOnly(2026, 11, 3)),
            new GroupMembership("m-jonas", GroupMemberStatus.Invited, new DateOnly(2026, 11, 3)));

        var elise = await CommandAsync("groupes", Payload.EliseAad);
        var jonas = await CommandAsync("groups", Payload.JonasAad);
        var office = await CommandAsync("groups", AMember.SophieAad);

        Assert.Contains("Retour et réadmission\nReturn and readmission", elise);
        Assert.Contains("Élise Moreau (France)", elise);
        Assert.Contains(GroupTexts.YouAreIn.Fr, elise);
        Assert.DoesNotContain("Jonas Weber", elise);
        Assert.Contains("Élise Moreau (France)", jonas);
        Assert.Contains(GroupTexts.YouAreInvited.En, jonas);
        Assert.Contains(GroupTexts.Join.En, jonas);
        Assert.Contains(GroupTexts.InvitedHeading.En, office);
        Assert.Contains("Jonas Weber (Germany)", office);
        Assert.Contains(GroupTexts.New.En, office);
    }
}
