using System.Text.RegularExpressions;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;
using FocalBot.Domain.Tests.Meetings;
using static FocalBot.Domain.Tests.Outcomes.AReport;

namespace FocalBot.Domain.Tests.Outcomes;

public sealed partial class FollowUpAgendaTests
{
    static readonly DateOnly Today = new(2026, 7, 2);

    static string Owner(ActionOwner owner, Language language) => owner.Kind switch
    {
        OwnerKind.MemberState => MemberStates.NameIn(StateCode.ParseOptional(owner.Id), language),
        OwnerKind.Office => language == Language.Fr ? "Secrétariat" : "Office",
        _ => owner.Id!,
    };

    static FollowUpAction[] Actions() =>
    [
        Action("a-open", due: new DateOnly(2026, 9, 30)) with { RecommendationNumber = 2, What = BilingualText.Of("Draft the guidelines", "Rédiger les lignes directrices") },
        Action("a-done", owner: ActionOwner.Office) with { Status = ActionStatus.Done, DoneOn = new DateOnly(2026, 6, 12) },
        Action("a-late", due: new DateOnly(2026, 6, 30)) with { RecommendationNumber = 2, What = BilingualText.Of("Send the figures", "") },
        Action("other", due: new DateOnly(2026, 6, 30)) with { MeetingId = "another" },
    ];

    [Fact]
    public void The_item_counts_the_actions_by_state_and_has_a_line_per_action_in_both_languages()
    {
        var item = FollowUpAgenda.Item(Plenary, Actions(), Owner, Today);

        Assert.Equal("Follow-up to the previous meeting (11 May 2026) — actions done: 1, open: 1, overdue: 1", item.Title.En);
        Assert.Equal("Suivi de la réunion précédente (11 mai 2026) — actions réalisées\u00a0: 1, en cours\u00a0: 1, en retard\u00a0: 1", item.Title.Fr);
        Assert.Equal(
        [
            "Recommendation 1 — Office: Share the guardianship guidelines — done on 12 June 2026",
            "Recommendation 2 — Germany: Send the figures — overdue, due 30 June 2026",
            "Recommendation 2 — Germany: Draft the guidelines — open, due 30 September 2026",
        ], item.Lines.Select(l => l.En));
        Assert.Equal("Recommandation 2 — Allemagne\u00a0: Send the figures — en retard, échéance le 30 juin 2026", item.Lines[1].Fr);
        Assert.Equal("Recommandation 2 — Allemagne\u00a0: Rédiger les lignes directrices — en cours, échéance le 30 septembre 2026", item.Lines[2].Fr);
    }

    [Fact]
    public void The_title_fits_an_agenda_item_and_French_keeps_its_typography()
    {
        var item = FollowUpAgenda.Item(Plenary, Actions(), Owner, Today);

        Assert.True(item.Title.En.Length <= MeetingSettings.Default.AgendaItemMaxLength && item.Title.Fr.Length <= MeetingSettings.Default.AgendaItemMaxLength);
        foreach (var french in item.Lines.Select(l => l.Fr).Append(item.Title.Fr))
            Assert.False(SpaceBeforeHighPunctuation().IsMatch(french), french);
    }

    [Fact]
    public void Without_actions_the_item_is_the_title_alone_and_more_time_asked_says_so()
    {
        Assert.Equal("Follow-up to the previous meeting (11 May 2026)", FollowUpAgenda.Item(Plenary, [], Owner, Today).Title.En);

        var waiting = Action(due: new DateOnly(2026, 9, 30)) with { Status = ActionStatus.MoreTimeAsked };
        Assert.EndsWith("more time asked, due 30 September 2026", FollowUpAgenda.Item(Plenary, [waiting], Owner, Today).Lines[0].En);
    }

    [Fact]
    public void The_previous_meeting_is_the_latest_plenary_convened_that_ended_before_the_next_one_opens()
    {
        var next = AMeeting.Plenary().OpeningOn(new DateOnly(2026, 11, 16));
        var session = AMeeting.Thematic().Convened([France]).OpeningOn(new DateOnly(2026, 10, 1));
        var cancelled = Plenary.OpeningOn(new DateOnly(2026, 9, 1)) with { Id = "cancelled", Status = MeetingStatus.Cancelled };
        var earlier = Plenary.OpeningOn(new DateOnly(2025, 11, 17)) with { Id = "earlier" };
        var draft = AMeeting.Plenary().OpeningOn(new DateOnly(2026, 10, 5));

        Assert.Equal(Plenary.Id, FollowUpAgenda.Previous(next, [earlier, Plenary, session, cancelled, draft, next])?.Id);
        Assert.Null(FollowUpAgenda.Previous(earlier, [earlier, Plenary]));
    }

    [Fact]
    public void The_item_id_is_the_same_for_the_same_meeting()
    {
        Assert.Equal(FollowUpAgenda.ItemId(Plenary), FollowUpAgenda.Item(Plenary, Actions(), Owner, Today).AgendaItemId);
        Assert.NotEqual(FollowUpAgenda.ItemId(Plenary), FollowUpAgenda.ItemId(Plenary with { Id = "another" }));
    }

    [GeneratedRegex(@"[ \p{L}][:;?!]")]
    private static partial Regex SpaceBeforeHighPunctuation();
}
