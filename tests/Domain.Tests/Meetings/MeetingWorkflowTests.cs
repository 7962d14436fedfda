using FocalBot.Domain.Meetings;
using FocalBot.Domain.Tests.Members;

namespace FocalBot.Domain.Tests.Meetings;

public sealed class MeetingWorkflowTests
{
    static readonly FocalBot.Domain.Members.Member Office = AMember.Office();

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
}
