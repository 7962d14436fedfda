using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Tests.Members;
using static FocalBot.Domain.Tests.Outcomes.AReport;

namespace FocalBot.Domain.Tests.Outcomes;

public sealed class FollowUpActionsTests
{
    static readonly OutcomeSettings Settings = OutcomeSettings.Default;
    static readonly DateOnly Today = new(2026, 6, 1);

    [Fact]
    public void An_action_without_text_owner_or_due_date_or_due_in_the_past_has_every_problem_named_at_once()
    {
        Assert.Equal([ActionProblem.WhatMissing, ActionProblem.OwnerMissing, ActionProblem.DueMissing],
            FollowUpActions.Problems(BilingualText.Of(" ", ""), null, null, Today, Settings));
        Assert.Equal([ActionProblem.DueInPast], FollowUpActions.Problems(BilingualText.Of("Do it"), ActionOwner.Office, Today.AddDays(-1), Today, Settings));
        Assert.Equal([ActionProblem.WhatTooLong],
            FollowUpActions.Problems(BilingualText.Of("x", new string('y', Settings.ActionMaxLength + 1)), ActionOwner.Office, Today, Today, Settings));
        Assert.Empty(FollowUpActions.Problems(BilingualText.Of("", "Le faire"), ActionOwner.State("DE"), Today, Today, Settings));
    }

    [Fact]
    public void The_office_adds_an_action_to_a_recommendation_of_the_report_once()
    {
        var report = Draft().WithRecommendations("One", "Two");

        var added = FollowUpActions.Add(report, "rec-2", Office, "a1", BilingualText.Of(" Share it "), ActionOwner.State("DE"), Today, Today, []).Value!;

        Assert.Equal(("rec-2", 2, "Share it", Plenary.Id, (DateOnly?)null), (added.RecommendationId, added.RecommendationNumber, added.What.En, added.MeetingId, added.SentOn));
        Assert.Equal(ActionRefusal.AlreadyAdded, FollowUpActions.Add(report, "rec-2", Office, "a1", BilingualText.Of("Again"), ActionOwner.Office, Today, Today, [added]).Refusal);
        Assert.Equal(ActionRefusal.UnknownRecommendation, FollowUpActions.Add(report, "rec-9", Office, "a2", BilingualText.Of("x"), ActionOwner.Office, Today, Today, []).Refusal);
        Assert.Equal(ActionRefusal.NotAllowed, FollowUpActions.Add(report, "rec-1", Germany, "a3", BilingualText.Of("x"), ActionOwner.Office, Today, Today, []).Refusal);
    }

    [Fact]
    public void Owner_keys_read_back_and_forged_ones_name_nobody()
    {
        foreach (var owner in new[] { ActionOwner.Office, ActionOwner.State("DE"), ActionOwner.OfRapporteur("m-giulia"), ActionOwner.Group("g1") })
            Assert.Equal(owner, ActionOwner.Parse(owner.Key));

        Assert.All(new[] { null, "", "state:", "state:XX", "nobody:1", ":x", "office2" }, key => Assert.Null(ActionOwner.Parse(key)));
        Assert.Equal(ActionOwner.State("DE"), ActionOwner.Parse(" state:de "));
    }

    [Fact]
    public void The_owners_are_the_states_focal_points_the_rapporteur_the_groups_members_or_the_office()
    {
        var lead = AMember.FocalPoint("DE", lead: true);
        var alternate = AMember.FocalPoint("DE");
        var left = AMember.FocalPoint("DE") with { Status = MemberStatus.Left };
        var expert = AMember.Expert() with { StateCode = "DE" };
        Member[] everyone = [lead, alternate, left, expert, France, Office];

        Assert.Equal([lead.Id, alternate.Id], FollowUpActions.Recipients(ActionOwner.State("DE"), everyone));
        Assert.Equal([Office.Id], FollowUpActions.Recipients(ActionOwner.Office, everyone));
        Assert.Equal([France.Id], FollowUpActions.Recipients(ActionOwner.OfRapporteur(France.Id), everyone));
        Assert.Equal([expert.Id, France.Id], FollowUpActions.Recipients(ActionOwner.Group("g1"), everyone, [expert.Id, France.Id, left.Id]));
        Assert.Empty(FollowUpActions.Recipients(ActionOwner.Group("g1"), everyone));
    }

    [Fact]
    public void An_owner_marks_it_done_once_with_a_short_note()
    {
        var action = Action();

        Assert.Equal(ActionRefusal.NoteMissing, FollowUpActions.MarkDone(action, Germany, true, "  ", Today, Settings).Refusal);
        Assert.Equal(ActionRefusal.NoteTooLong, FollowUpActions.MarkDone(action, Germany, true, new string('x', Settings.NoteMaxLength + 1), Today, Settings).Refusal);
        Assert.Equal(ActionRefusal.NotAllowed, FollowUpActions.MarkDone(action, France, false, "Done", Today, Settings).Refusal);
        var done = FollowUpActions.MarkDone(action, Germany, true, " Published on 28 May. ", Today, Settings).Value!;

        Assert.Equal((ActionStatus.Done, "Published on 28 May.", Today, Germany.Id), (done.Status, done.DoneNote, done.DoneOn, done.DoneBy));
        Assert.Equal(ActionRefusal.AlreadyDone, FollowUpActions.MarkDone(done, Germany, true, "Again", Today, Settings).Refusal);
        Assert.True(FollowUpActions.MarkDone(action, Office, false, "Confirmed by e-mail.", Today, Settings).IsAccepted);
    }

    [Fact]
    public void An_owner_asks_for_more_time_once_and_the_office_grants_a_later_date()
    {
        var asked = FollowUpActions.AskMoreTime(Action(), Germany, true, "The law changes in July.", Today, Settings).Value!;

        Assert.Equal(ActionStatus.MoreTimeAsked, asked.Status);
        Assert.Equal(new ExtensionRequest(1, Germany.Id, Today, "The law changes in July."), asked.PendingExtension);
        Assert.Equal(ActionRefusal.AlreadyAsked, FollowUpActions.AskMoreTime(asked, Germany, true, "Again", Today, Settings).Refusal);
        Assert.Equal(ActionRefusal.NotAllowed, FollowUpActions.AskMoreTime(Action(), France, false, "Not mine", Today, Settings).Refusal);

        Assert.Equal(ActionRefusal.NewDueNotLater, FollowUpActions.GrantMoreTime(asked, Office, new DateOnly(2026, 6, 30), Today).Refusal);
        Assert.Equal(ActionRefusal.NewDueNotLater, FollowUpActions.GrantMoreTime(asked, Office, null, Today).Refusal);
        Assert.Equal(ActionRefusal.NotAllowed, FollowUpActions.GrantMoreTime(asked, Germany, new DateOnly(2026, 9, 30), Today).Refusal);
        var granted = FollowUpActions.GrantMoreTime(asked, Office, new DateOnly(2026, 9, 30), Today.AddDays(1)).Value!;

        Assert.Equal((ActionStatus.Open, new DateOnly(2026, 9, 30), (DateOnly?)Today.AddDays(1)), (granted.Status, granted.Due, granted.DueSince));
        Assert.Equal((ExtensionDecision.Granted, Office.Id), (granted.Extensions[0].Decision, granted.Extensions[0].DecidedBy));
        Assert.Equal(ActionRefusal.NothingToAnswer, FollowUpActions.GrantMoreTime(granted, Office, new DateOnly(2026, 10, 30), Today).Refusal);
    }

    [Fact]
    public void A_refusal_leaves_the_due_date_and_a_second_request_is_numbered_two()
    {
        var asked = FollowUpActions.AskMoreTime(Action(), Germany, true, "Busy.", Today, Settings).Value!;

        var refused = FollowUpActions.RefuseMoreTime(asked, Office, Today).Value!;
        var again = FollowUpActions.AskMoreTime(refused, Germany, true, "Still busy.", Today, Settings).Value!;

        Assert.Equal((ActionStatus.Open, new DateOnly(2026, 6, 30), ExtensionDecision.Refused), (refused.Status, refused.Due, refused.Extensions[0].Decision));
        Assert.Equal(2, again.PendingExtension!.Number);
        Assert.Equal(ActionRefusal.NothingToAnswer, FollowUpActions.RefuseMoreTime(refused, Office, Today).Refusal);
    }

    [Fact]
    public void An_action_is_overdue_from_the_day_after_its_due_date_until_it_is_done()
    {
        var action = Action(due: Today);

        Assert.False(action.IsOverdue(Today));
        Assert.True(action.IsOverdue(Today.AddDays(1)));
        Assert.False((action with { Status = ActionStatus.Done }).IsOverdue(Today.AddDays(1)));
    }
}
