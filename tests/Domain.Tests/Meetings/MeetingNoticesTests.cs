using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using FocalBot.Domain.Tests.Members;

namespace FocalBot.Domain.Tests.Meetings;

public sealed class MeetingNoticesTests
{
    static readonly Member Office = AMember.Office();
    static readonly Member Fr = AMember.FocalPoint("FR");
    static readonly Member De = AMember.FocalPoint("DE");
    static readonly Member Left = AMember.FocalPoint("IT") with { Status = MemberStatus.Left };
    static readonly Member[] Everyone = [Office, Fr, De, Left];
    static readonly Meeting Convened = AMeeting.Plenary().Convened([Fr, De, Left]);
    static readonly DateOnly Day = new(2026, 3, 16);

    [Fact]
    public void A_meeting_unchanged_since_its_convocation_or_a_draft_calls_for_no_notice()
    {
        Assert.Null(MeetingNotices.For(Convened, Everyone));
        Assert.Null(MeetingNotices.For(MeetingWorkflow.Cancel(Office, AMeeting.Plenary(), Day).Value!, Everyone));
    }

    [Fact]
    public void A_cancellation_is_noticed_once_to_every_active_invitee()
    {
        var cancelled = MeetingWorkflow.Cancel(Office, Convened, Day).Value!;

        var notice = MeetingNotices.For(cancelled, Everyone)!;

        Assert.Equal((NoticeKind.Cancelled, 1), (notice.Kind, notice.Sequence));
        Assert.Equal([Fr.Id, De.Id], notice.MemberIds);
        Assert.Equal(Convened.Id, notice.MeetingId);
    }

    [Fact]
    public void Each_move_is_a_new_notice()
    {
        var first = MeetingWorkflow.Move(Office, Convened, Convened with { Place = "Paris" }, null, Day, WorkingDays.WeekdaysOnly, MeetingSettings.Default).Value!;
        var second = MeetingWorkflow.Move(Office, first, first with { Place = "Lyon" }, null, Day, WorkingDays.WeekdaysOnly, MeetingSettings.Default).Value!;

        Assert.Equal(NoticeKind.Moved, MeetingNotices.For(first, Everyone)!.Kind);
        Assert.NotEqual(MeetingNotices.For(first, Everyone)!.Sequence, MeetingNotices.For(second, Everyone)!.Sequence);
    }
}
