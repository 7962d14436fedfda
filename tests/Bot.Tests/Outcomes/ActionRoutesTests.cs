using FocalBot.Bot.Outcomes;
using FocalBot.Bot.Tests.Groups;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Outcomes;

/// The office adds follow-up actions to a recommendation of a meeting's report; owners and the office list them.
public sealed class ActionRoutesTests : IAsyncLifetime
{
    BotApp _app = null!;

    public async Task InitializeAsync() => _app = await OutcomeApp.StartAsync();

    public Task DisposeAsync() { _app.Dispose(); return Task.CompletedTask; }

    [Fact]
    public async Task The_office_adds_an_action_to_a_draft_report_which_waits_for_the_issue_and_is_audited()
    {
        var added = await _app.PressAsync(ActionRoutes.Add, OutcomeApp.Form());

        var action = (await _app.Outcomes().GetActionAsync("a-new", default))!;
        Assert.Equal((ActionOwner.State("DE"), new DateOnly(2027, 1, 15), "rec-1", 1, ActionStatus.Open, (DateOnly?)null),
            (action.Owner, action.Due, action.RecommendationId, action.RecommendationNumber, action.Status, action.SentOn));
        Assert.Contains(ActionTexts.AddedWaiting.Format(Language.En, "Germany (focal points)"), added.CardText());
        Assert.Contains("Share the national guardianship guidelines.", added.CardText());
        Assert.Contains(ActionTexts.NotSentYet.En, added.CardText());
        Assert.Empty(await _app.Deliveries().ListAsync(ActionSentCampaign.Key("a-new"), default));
        Assert.Single(await _app.Service<IAuditLog>().ListAsync(20, default), e => e is { Action: "action.added", ActorId: "m-sophie", SubjectType: "action", SubjectId: "a-new" });
    }

    [Fact]
    public async Task No_text_no_owner_and_a_past_due_date_are_told_in_French_to_a_French_office_member_and_nothing_is_saved()
    {
        var refused = await _app.PressAsync(ActionRoutes.Add, OutcomeApp.Form(what: "  ", owner: "", due: "2026-11-20"), fromAad: GroupApp.ClaireAad);

        var text = refused.CardText();
        Assert.Contains(ActionTexts.FormTitle.Format(Language.Fr, 1), text);
        foreach (var problem in new[] { ActionProblem.WhatMissing, ActionProblem.OwnerMissing, ActionProblem.DueInPast })
            Assert.Contains(ActionTexts.Describe(problem, Language.Fr), text);
        Assert.Empty(await _app.Outcomes().ListActionsAsync(null, default));
        Assert.DoesNotContain(await _app.Service<IAuditLog>().ListAsync(20, default), e => e.Action == "action.added");
    }

    [Theory]
    [InlineData("state:XX")]
    [InlineData("state:IT")]           // a member state without a focal point in the directory
    [InlineData("group:g-nowhere")]
    [InlineData("rapporteur:m-jonas")] // no current mandate
    public async Task An_owner_the_form_does_not_offer_is_no_owner(string owner)
    {
        var refused = await _app.PressAsync(ActionRoutes.Add, OutcomeApp.Form(owner: owner));

        Assert.Contains(ActionTexts.Describe(ActionProblem.OwnerMissing, Language.En), refused.CardText());
        Assert.Empty(await _app.Outcomes().ListActionsAsync(null, default));
    }

    [Fact]
    public async Task The_form_offers_the_office_the_states_with_focal_points_and_names_the_recommendation()
    {
        var form = await _app.PressAsync(ActionRoutes.New, new() { [ActionForm.MeetingKey] = OutcomeApp.MeetingId, [ActionForm.RecommendationKey] = "rec-1" });

        var json = form.CardJson();
        Assert.Contains("Appoint a guardian within 72 hours.", form.CardText());
        Assert.Contains("\"value\":\"office\"", json);
        Assert.Contains("\"value\":\"state:DE\"", json);
        Assert.Contains("\"value\":\"state:FR\"", json);
        Assert.DoesNotContain("state:IT", json);
        Assert.Contains(ActionRoutes.Add, json);
    }

    [Fact]
    public async Task A_second_press_of_add_adds_nothing_more()
    {
        await _app.PressAsync(ActionRoutes.Add, OutcomeApp.Form());

        var again = await _app.PressAsync(ActionRoutes.Add, OutcomeApp.Form());

        Assert.Contains(ActionTexts.AlreadyAdded.En, again.CardText());
        Assert.Single(await _app.Outcomes().ListActionsAsync(null, default));
        Assert.Single(await _app.Service<IAuditLog>().ListAsync(20, default), e => e.Action == "action.added");
    }

    [Fact]
    public async Task An_action_added_to_an_issued_report_is_queued_for_the_states_focal_points_at_once()
    {
        var report = (await _app.Outcomes().GetReportAsync(OutcomeApp.MeetingId, default))!;
        await _app.Outcomes().SaveReportAsync(report with { Status = ReportStatus.Issued, IssuedOn = new DateOnly(2026, 6, 1) }, default);

        var added = await _app.PressAsync(ActionRoutes.Add, OutcomeApp.Form());

        Assert.Contains(ActionTexts.AddedSending.Format(Language.En, "Germany (focal points)"), added.CardText());
        Assert.Equal(["m-jonas"], (await _app.Deliveries().ListAsync(ActionSentCampaign.Key("a-new"), default)).Select(d => d.MemberId));
        Assert.Equal(new DateOnly(2026, 11, 23), (await _app.Outcomes().GetActionAsync("a-new", default))!.SentOn);
    }

    [Fact]
    public async Task Only_the_office_adds_actions()
    {
        var refused = await _app.PressAsync(ActionRoutes.Add, OutcomeApp.Form(), fromAad: Payload.JonasAad);

        Assert.Equal(ActionTexts.OfficeOnly.En, refused.Message);
        Assert.Empty(await _app.Outcomes().ListActionsAsync(null, default));
    }

    [Fact]
    public async Task An_owner_lists_their_open_actions_others_see_none_and_the_office_sees_all_by_owner()
    {
        await _app.ActionAsync("a1");
        await _app.ActionAsync("a2", owner: ActionOwner.Office);
        await _app.ActionAsync("a3", sent: false);   // the report not issued yet: not the owners' business yet
        await _app.Outcomes().SaveActionAsync((await _app.Outcomes().GetActionAsync("a2", default))! with { Status = ActionStatus.Done }, default);

        var jonas = await _app.CommandAsync("actions", Payload.JonasAad);
        var elise = await _app.CommandAsync("suivi", Payload.EliseAad);
        var office = await _app.CommandAsync("actions", Payload.SophieAad);

        Assert.Contains(ActionTexts.MyTitle.En, jonas);
        Assert.Contains("Share the national guardianship guidelines.", jonas);
        Assert.True(jonas.Contains(ActionTexts.FromMeeting.Format(Language.En, 1, "Plenary meeting of the network", new DateOnly(2026, 5, 11))), jonas);
        Assert.DoesNotContain(ActionTexts.NotSentYet.En, jonas);
        Assert.Contains(ActionTexts.NoneMine.Fr, elise);
        Assert.Contains(ActionTexts.AllTitle.En, office);
        Assert.Contains("Germany (focal points)", office);
        Assert.Contains(ActionTexts.NotSentYet.En, office);
        Assert.Contains(ActionTexts.DoneCount.Format(Language.En, 1), office);
    }

    [Fact]
    public async Task The_list_is_shown_in_the_personal_chat_only()
    {
        var before = _app.Connector.Sends.Count;

        await _app.PostAsync(Payload.ChannelMention("actions").From(Payload.JonasAad));

        Assert.Equal(ActionTexts.OnlyInPersonalChat.En, Assert.Single(_app.Connector.Sends.Skip(before)).Shown);
    }

    [Fact]
    public async Task The_office_picks_a_recommendation_among_the_reports()
    {
        await _app.ActionAsync("a1");

        var pick = await _app.PressAsync(ActionRoutes.Pick, new());

        var text = pick.CardText();
        Assert.Contains("Plenary meeting of the network", text);
        Assert.Contains("Share practice on age assessment.", text);
        Assert.Contains(ActionTexts.ActionCount.Format(Language.En, 1), text);
        Assert.Contains(ActionTexts.ActionCount.Format(Language.En, 0), text);
    }

    [Fact]
    public async Task No_action_text_reaches_the_logs()
    {
        await _app.PressAsync(ActionRoutes.Add, OutcomeApp.Form(what: "SENTINEL-4b1e secret plan"));

        Assert.NotNull(await _app.Outcomes().GetActionAsync("a-new", default));
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains("SENTINEL-4b1e"));
    }
}
