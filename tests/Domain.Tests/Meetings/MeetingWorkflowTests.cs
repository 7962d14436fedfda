using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using FocalBot.Domain.Tests.Members;

namespace FocalBot.Domain.Tests.Meetings;

public sealed class MeetingWorkflowTests
{
    static readonly Member Office = AMember.Office();
    static readonly Meeting Convened = AMeeting.Plenary().Convened([AMember.FocalPoint()]);
    static readonly DateOnly Day = new(2026, 3, 16);

    static Outcome<Meeting, MeetingRefusal> Move(Meeting edited, string? reason = null, DateOnly? today = null, Meeting? meeting = null, Member? actor = null) =>
        MeetingWorkflow.Move(actor ?? Office, meeting ?? Convened, edited, reason, today ?? Day, WorkingDays.WeekdaysOnly, MeetingSettings.Default);

    [Fact]
    public void The_office_drafts_a_meeting_with_trimmed_fields()
    {
        var edited = AMeeting.Plenary() with { Title = BilingualText.Of(" Plenary ", " Plénière "), Place = "  ", OnlineLink = " https://example.org/m " };

        var draft = MeetingWorkflow.Draft(Office, null, edited, AMeeting.Today).Value!;

        Assert.Equal(MeetingStatus.Draft, draft.Status);
        Assert.Equal(BilingualText.Of("Plenary", "Plénière"), draft.Title);
        Assert.Null(draft.Place);
        Assert.Equal("https://example.org/m", draft.OnlineLink);
        Assert.Equal((Office.Id, AMeeting.Today), (draft.CreatedBy, draft.CreatedOn));
        Assert.Equal(1, Assert.Single(draft.AgendaVersions).Number);
    }

    [Fact]
    public void Editing_a_draft_keeps_its_id_version_and_author()
    {
        var stored = AMeeting.Plenary() with { Version = "7", CreatedBy = "office-0", CreatedOn = AMeeting.Today.AddDays(-3) };

        var edited = MeetingWorkflow.Draft(Office, stored, AMeeting.Plenary() with { Id = "other", Place = "Paris" }, AMeeting.Today).Value!;

        Assert.Equal((stored.Id, "7", "office-0", AMeeting.Today.AddDays(-3)), (edited.Id, edited.Version, edited.CreatedBy, edited.CreatedOn));
        Assert.Equal("Paris", edited.Place);
    }

    [Fact]
    public void A_half_written_draft_is_saved_and_only_the_office_drafts()
    {
        Assert.True(MeetingWorkflow.Draft(Office, null, AMeeting.Plenary().WithAgenda(), AMeeting.Today).IsAccepted);
        Assert.Equal(MeetingRefusal.NotAllowed, MeetingWorkflow.Draft(AMember.FocalPoint(), null, AMeeting.Plenary(), AMeeting.Today).Refusal);
    }

    [Fact]
    public void A_convened_meeting_is_no_draft_any_more()
    {
        var convened = AMeeting.Plenary().Convened([AMember.FocalPoint()]);

        Assert.Equal(MeetingRefusal.NotDraft, MeetingWorkflow.Draft(Office, convened, AMeeting.Plenary(), AMeeting.Today).Refusal);
    }

    [Fact]
    public void Cancelling_a_convened_meeting_raises_its_sequence_once()
    {
        var cancelled = MeetingWorkflow.Cancel(Office, Convened, Day).Value!;

        Assert.Equal((MeetingStatus.Cancelled, 1, Day), (cancelled.Status, cancelled.Sequence, cancelled.CancelledOn));
        Assert.Same(cancelled, MeetingWorkflow.Cancel(Office, cancelled, Day).Value);
    }

    [Fact]
    public void A_cancelled_draft_keeps_its_sequence_since_nobody_holds_it()
    {
        var cancelled = MeetingWorkflow.Cancel(Office, AMeeting.Plenary(), Day).Value!;

        Assert.Equal((MeetingStatus.Cancelled, 0), (cancelled.Status, cancelled.Sequence));
    }

    [Fact]
    public void Only_the_office_cancels_and_not_after_the_meeting()
    {
        Assert.Equal(MeetingRefusal.NotAllowed, MeetingWorkflow.Cancel(AMember.FocalPoint(), Convened, Day).Refusal);
        Assert.Equal(MeetingRefusal.MeetingOver, MeetingWorkflow.Cancel(Office, Convened, Convened.ClosingDay.AddDays(1)).Refusal);
    }

    [Fact]
    public void Moving_changes_days_times_and_place_only_and_raises_the_sequence()
    {
        var edited = AMeeting.Plenary().OpeningOn(new DateOnly(2026, 5, 18)) with
        {
            Place = "Agora building, Strasbourg", StartsAt = new TimeOnly(10, 0), Title = BilingualText.Of("Ignored"), WithExternals = true,
        };

        var moved = Move(edited).Value!;

        Assert.Equal((new DateOnly(2026, 5, 18), new DateOnly(2026, 5, 19), new TimeOnly(10, 0)), (moved.OpeningDay, moved.ClosingDay, moved.StartsAt));
        Assert.Equal(("Agora building, Strasbourg", 1), (moved.Place, moved.Sequence));
        Assert.Equal((Convened.Title, false, Convened.InviteeIds), (moved.Title, moved.WithExternals, moved.InviteeIds));
        Assert.Equal(2, Move(AMeeting.Plenary() with { Place = "Paris" }, meeting: moved).Value!.Sequence);
    }

    [Fact]
    public void A_move_that_changes_nothing_or_breaks_a_rule_is_refused()
    {
        Assert.Equal(MeetingRefusal.NothingChanged, Move(AMeeting.Plenary() with { Title = BilingualText.Of("Other") }).Refusal);
        Assert.Equal(MeetingRefusal.Invalid, Move(AMeeting.Plenary() with { ClosingDay = AMeeting.Opening.AddDays(-1) }).Refusal);
        Assert.Equal(MeetingRefusal.Invalid, Move(AMeeting.Plenary().OpeningOn(Day.AddDays(-1))).Refusal);
        Assert.Equal(MeetingRefusal.NotConvened, Move(AMeeting.Plenary() with { Place = "Paris" }, meeting: AMeeting.Plenary()).Refusal);
        Assert.Equal(MeetingRefusal.Cancelled, Move(AMeeting.Plenary() with { Place = "Paris" }, meeting: Convened with { Status = MeetingStatus.Cancelled }).Refusal);
        Assert.Equal(MeetingRefusal.NotAllowed, Move(AMeeting.Plenary() with { Place = "Paris" }, actor: AMember.FocalPoint()).Refusal);
    }

    [Fact]
    public void Moving_a_plenary_closer_than_the_convocation_notice_needs_a_reason()
    {
        var sooner = AMeeting.Plenary().OpeningOn(new DateOnly(2026, 4, 20));   // latest convocation day 9 March, past

        Assert.Equal(MeetingRefusal.LateReasonMissing, Move(sooner).Refusal);
        Assert.Equal("Room only free then", Move(sooner, "Room only free then").Value!.LateReason);
        // A new place on the same days is no new convocation, however close the meeting.
        Assert.True(Move(AMeeting.Plenary() with { Place = "Paris" }, today: AMeeting.Opening.AddDays(-3)).IsAccepted);
    }
}
