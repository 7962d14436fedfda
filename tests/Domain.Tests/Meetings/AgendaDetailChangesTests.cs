using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Tests.Members;

namespace FocalBot.Domain.Tests.Meetings;

/// A revision reports a new time, chair, speakers or documents of a kept item, as it reports a new wording.
public sealed class AgendaDetailChangesTests
{
    static readonly AgendaPerson Elise = new(AgendaPersonKind.Member, "m-elise", "Élise Moreau") { StateCode = "FR" };
    static readonly AgendaPerson Berg = AgendaPerson.Named("Dr Berg");
    static readonly AgendaItem Opening = new("a", BilingualText.Of("Opening", "Ouverture"))
    {
        Time = new AgendaTime(1, new TimeOnly(9, 30), new TimeOnly(10, 0)), Chair = Elise, Speakers = [Elise, Berg],
        Documents = [AgendaDocument.Link("Note", "https://coe.example/note")],
    };

    static IReadOnlyList<AgendaChange> Changes(AgendaItem after) => AgendaDiff.Between([Opening], [after]);

    [Fact]
    public void Each_detail_that_changed_is_one_change_in_a_fixed_order()
    {
        var after = Opening with
        {
            Title = BilingualText.Of("Opening", "Ouverture de la réunion"),
            Time = new AgendaTime(1, new TimeOnly(9, 45), new TimeOnly(10, 0)),
            Chair = Berg,
            Speakers = [Berg, Elise],
            Documents = [],
        };

        Assert.Equal(
            [AgendaChangeKind.Reworded, AgendaChangeKind.Retimed, AgendaChangeKind.ChairChanged, AgendaChangeKind.SpeakersChanged, AgendaChangeKind.DocumentsChanged],
            Changes(after).Select(c => c.Kind));
    }

    [Fact]
    public void A_member_whose_name_changed_in_the_directory_is_the_same_speaker()
    {
        var renamed = Elise with { Name = "Élise Moreau-Laurent" };

        Assert.Empty(Changes(Opening with { Chair = renamed, Speakers = [renamed, Berg] }));
    }

    [Fact]
    public void Removing_the_time_is_a_change_and_the_same_details_are_none()
    {
        Assert.Equal([new AgendaChange(AgendaChangeKind.Retimed, "a", 1, 1)], Changes(Opening with { Time = null }));
        Assert.Empty(Changes(Opening with { Speakers = [Elise, Berg], Documents = [AgendaDocument.Link("Note", "https://coe.example/note")] }));
    }

    [Fact]
    public void A_revision_changing_only_a_time_is_issued_and_one_changing_nothing_is_refused()
    {
        var office = AMember.Office();
        var meeting = AMeeting.Plenary().WithAgenda(Opening).Convened([AMember.FocalPoint()]);
        var today = AMeeting.Today.AddDays(7);

        var retimed = AgendaRevision.Issue(office, meeting, [Opening with { Time = new AgendaTime(1, new TimeOnly(10, 0), new TimeOnly(10, 30)) }], today, MeetingSettings.Default);
        var same = AgendaRevision.Issue(office, meeting, [Opening], today, MeetingSettings.Default);

        Assert.Equal([new AgendaChange(AgendaChangeKind.Retimed, "a", 1, 1)], retimed.Value!.CurrentAgenda.Changes);
        Assert.Equal(MeetingRefusal.NothingChanged, same.Refusal);
    }

    [Fact]
    public void A_revision_timing_an_item_outside_the_meeting_is_refused()
    {
        var meeting = AMeeting.Plenary().WithAgenda(Opening).Convened([AMember.FocalPoint()]);

        var refused = AgendaRevision.Issue(AMember.Office(), meeting, [Opening with { Time = new AgendaTime(3, new TimeOnly(9, 0), new TimeOnly(10, 0)) }],
            AMeeting.Today.AddDays(7), MeetingSettings.Default);

        Assert.Equal(MeetingRefusal.Invalid, refused.Refusal);
    }

    [Fact]
    public void Moving_a_meeting_so_that_a_timed_item_falls_outside_it_is_refused()
    {
        var meeting = AMeeting.Plenary().WithAgenda(Opening).Convened([AMember.FocalPoint()]);
        var later = meeting with { StartsAt = new TimeOnly(10, 0) };

        var moved = MeetingWorkflow.Move(AMember.Office(), meeting, later, null, AMeeting.Today, FocalBot.Domain.Shared.WorkingDays.WeekdaysOnly, MeetingSettings.Default);

        Assert.Equal(MeetingRefusal.Invalid, moved.Refusal);
    }
}
