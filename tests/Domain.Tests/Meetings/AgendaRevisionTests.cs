using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using FocalBot.Domain.Tests.Members;

namespace FocalBot.Domain.Tests.Meetings;

public sealed class AgendaRevisionTests
{
    static readonly Member Office = AMember.Office();
    static readonly Meeting Convened = AMeeting.Plenary().Convened([AMember.FocalPoint()]);
    static readonly DateOnly Day = AMeeting.Today.AddDays(14);

    static Outcome<Meeting, MeetingRefusal> Issue(Meeting meeting, IReadOnlyList<AgendaItem> items, Member? actor = null, DateOnly? today = null) =>
        AgendaRevision.Issue(actor ?? Office, meeting, items, today ?? Day, MeetingSettings.Default);

    [Fact]
    public void A_revision_keeps_every_version_and_says_what_changed()
    {
        var added = AgendaItem.New(" Return procedures ", "Procédures de retour");
        var items = AMeeting.Items();

        var revised = Issue(Convened, [items[0], items[1], added, items[2]]).Value!;

        Assert.Equal([1, 2], revised.AgendaVersions.Select(v => v.Number));
        Assert.Same(Convened.CurrentAgenda, revised.AgendaVersions[0]);
        Assert.Equal(Day, revised.CurrentAgenda.IssuedOn);
        Assert.Equal("Return procedures", revised.CurrentAgenda.Items[2].Title.En);
        Assert.Equal([new AgendaChange(AgendaChangeKind.Added, added.Id, null, 3)], revised.CurrentAgenda.Changes);
    }

    [Fact]
    public void An_item_typed_over_the_last_line_with_the_last_item_moved_down_reads_as_one_insertion()
    {
        // The form keeps an id per line: the office typed the new item on line 3 and "any other business" again on a
        // new line 4, so line 3 carries the old item's id with new words and line 4 has none.
        var items = AMeeting.Items();
        var typedOver = items[2] with { Title = BilingualText.Of("Return procedures", "Procédures de retour") };
        var movedDown = AgendaItem.New(items[2].Title.En, items[2].Title.Fr);

        var revised = Issue(Convened, [items[0], items[1], typedOver, movedDown]).Value!;

        var inserted = revised.CurrentAgenda.Items[2];
        Assert.NotEqual(items[2].Id, inserted.Id);
        Assert.Equal(items[2].Id, revised.CurrentAgenda.Items[3].Id);
        Assert.Equal([new AgendaChange(AgendaChangeKind.Added, inserted.Id, null, 3)], revised.CurrentAgenda.Changes);
    }

    [Fact]
    public void A_reworded_item_stays_the_same_item()
    {
        var items = AMeeting.Items();
        var reworded = items[1] with { Title = BilingualText.Of("Reception of minors", "Accueil des mineurs") };

        var revised = Issue(Convened, [items[0], reworded, items[2]]).Value!;

        Assert.Equal([new AgendaChange(AgendaChangeKind.Reworded, items[1].Id, 2, 2)], revised.CurrentAgenda.Changes);
    }

    [Fact]
    public void A_third_version_is_compared_with_the_second()
    {
        var items = AMeeting.Items();
        var second = Issue(Convened, [items[0], items[2]]).Value!;

        var third = Issue(second, [items[2], items[0]]).Value!;

        Assert.Equal(3, third.CurrentAgenda.Number);
        Assert.Equal(AgendaChangeKind.Moved, Assert.Single(third.CurrentAgenda.Changes).Kind);
        Assert.Equal(3, third.AgendaVersions.Count);
    }

    [Fact]
    public void An_unchanged_agenda_is_not_issued_again() =>
        Assert.Equal(MeetingRefusal.NothingChanged, Issue(Convened, AMeeting.Items()).Refusal);

    [Fact]
    public void An_empty_or_invalid_agenda_is_refused()
    {
        Assert.Equal(MeetingRefusal.Invalid, Issue(Convened, []).Refusal);
        Assert.Equal(MeetingRefusal.Invalid, Issue(Convened, [AgendaItem.New(" ")]).Refusal);
        Assert.Equal(MeetingRefusal.Invalid, Issue(Convened, [AMeeting.Items()[0], AMeeting.Items()[0]]).Refusal);
    }

    [Fact]
    public void Only_the_office_revises_a_convened_meeting_until_it_closes()
    {
        var items = new[] { AgendaItem.New("Only item") };

        Assert.Equal(MeetingRefusal.NotAllowed, Issue(Convened, items, AMember.FocalPoint()).Refusal);
        Assert.Equal(MeetingRefusal.NotConvened, Issue(AMeeting.Plenary(), items).Refusal);
        Assert.Equal(MeetingRefusal.Cancelled, Issue(Convened with { Status = MeetingStatus.Cancelled }, items).Refusal);
        Assert.Equal(MeetingRefusal.MeetingOver, Issue(Convened, items, today: Convened.ClosingDay.AddDays(1)).Refusal);
        Assert.True(Issue(Convened, items, today: Convened.ClosingDay).IsAccepted);
    }
}
