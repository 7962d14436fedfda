using FocalBot.Domain.Meetings;

namespace FocalBot.Domain.Tests.Meetings;

/// Issue 11: only a meeting convened with every focal point is the whole network's (and shown in its channel).
public sealed class MeetingAudienceTests
{
    [Fact]
    public void A_meeting_for_every_focal_point_is_the_whole_networks() =>
        Assert.True(AMeeting.Plenary().IsForWholeNetwork);

    [Fact]
    public void A_session_for_chosen_members_or_a_group_is_not_even_when_it_names_many() =>
        Assert.All(
            [AMeeting.Thematic("m-1"), AMeeting.Thematic("m-1", "m-2", "m-3"), AMeeting.Thematic() with { Audience = MeetingAudience.Group("age-assessment") }],
            m => Assert.False(m.IsForWholeNetwork));
}
