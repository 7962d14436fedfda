using FocalBot.Domain.Meetings;

namespace FocalBot.Domain.Tests.Meetings;

public sealed class MeetingValidationTests
{
    static readonly MeetingSettings Settings = MeetingSettings.Default;

    static IEnumerable<MeetingProblem> Problems(Meeting meeting, DateOnly? today = null) =>
        MeetingValidation.Problems(meeting, today ?? AMeeting.Today, Settings).Select(i => i.Problem);

    [Fact]
    public void A_complete_plenary_and_thematic_session_have_no_problem()
    {
        Assert.Empty(Problems(AMeeting.Plenary()));
        Assert.Empty(Problems(AMeeting.Thematic()));
    }

    [Fact]
    public void A_title_is_needed_in_at_least_one_language()
    {
        Assert.Equal([MeetingProblem.TitleMissing], Problems(AMeeting.Plenary() with { Title = BilingualText.Of(" ", "") }));
        Assert.Empty(Problems(AMeeting.Plenary() with { Title = BilingualText.Of("", "Réunion plénière") }));
    }

    [Fact]
    public void Title_may_have_200_characters_in_each_language_not_201()
    {
        Assert.Empty(Problems(AMeeting.Plenary() with { Title = BilingualText.Of(new string('t', 200), new string('t', 200)) }));
        Assert.Equal([MeetingProblem.TitleTooLong], Problems(AMeeting.Plenary() with { Title = BilingualText.Of("Plenary", new string('t', 201)) }));
    }

    [Fact]
    public void Closing_before_opening_is_refused_and_the_same_day_is_fine()
    {
        Assert.Equal([MeetingProblem.ClosingBeforeOpening], Problems(AMeeting.Plenary() with { ClosingDay = AMeeting.Opening.AddDays(-1) }));
        Assert.Empty(Problems(AMeeting.Plenary() with { ClosingDay = AMeeting.Opening }));
    }

    [Fact]
    public void Opening_in_the_past_is_refused_but_today_is_not()
    {
        var yesterday = AMeeting.Today.AddDays(-1);

        Assert.Equal([MeetingProblem.OpeningInPast], Problems(AMeeting.Plenary().OpeningOn(yesterday)));
        Assert.Empty(Problems(AMeeting.Plenary().OpeningOn(AMeeting.Today)));
    }

    [Fact]
    public void A_meeting_of_more_than_seven_days_is_taken_for_a_typo()
    {
        Assert.Empty(Problems(AMeeting.Plenary() with { ClosingDay = AMeeting.Opening.AddDays(6) }));
        Assert.Equal([MeetingProblem.TooManyDays], Problems(AMeeting.Plenary() with { ClosingDay = AMeeting.Opening.AddDays(7) }));
    }

    [Fact]
    public void Times_come_in_pairs_and_a_one_day_meeting_ends_after_it_starts()
    {
        Assert.Empty(Problems(AMeeting.Plenary() with { StartsAt = null, EndsAt = null }));
        Assert.Equal([MeetingProblem.TimesIncomplete], Problems(AMeeting.Plenary() with { EndsAt = null }));
        Assert.Equal([MeetingProblem.EndsBeforeStarts], Problems(AMeeting.Thematic() with { EndsAt = new TimeOnly(14, 0) }));
        // Over two days, ending earlier in the day than it started is normal.
        Assert.Empty(Problems(AMeeting.Plenary() with { StartsAt = new TimeOnly(14, 0), EndsAt = new TimeOnly(12, 30) }));
    }

    [Fact]
    public void A_place_or_an_https_link_is_needed()
    {
        Assert.Equal([MeetingProblem.PlaceAndLinkMissing], Problems(AMeeting.Plenary() with { Place = " ", OnlineLink = null }));
        Assert.Equal([MeetingProblem.LinkInvalid], Problems(AMeeting.Thematic() with { OnlineLink = "teams meeting" }));
        Assert.Equal([MeetingProblem.LinkInvalid], Problems(AMeeting.Thematic() with { OnlineLink = "http://example.org/meet" }));
        Assert.Equal([MeetingProblem.PlaceTooLong], Problems(AMeeting.Plenary() with { Place = new string('p', 301) }));
        Assert.Empty(Problems(AMeeting.Plenary() with { OnlineLink = "https://teams.microsoft.com/l/meetup-join/x" }));
    }

    [Theory]
    [InlineData("Europe/Paris", true)]
    [InlineData("America/Argentina/Buenos_Aires", true)]
    [InlineData("UTC", true)]
    [InlineData("Romance Standard Time", false)]
    [InlineData("Europe/Atlantis", false)]
    [InlineData("", false)]
    public void The_time_zone_is_an_IANA_id(string id, bool known) =>
        Assert.Equal(known, !Problems(AMeeting.Plenary() with { TimeZoneId = id }).Contains(MeetingProblem.TimeZoneUnknown));

    [Fact]
    public void A_plenary_is_closed_and_for_every_focal_point()
    {
        Assert.Equal([MeetingProblem.PlenaryWithExternals], Problems(AMeeting.Plenary() with { WithExternals = true }));
        Assert.Equal([MeetingProblem.PlenaryNotForAllFocalPoints], Problems(AMeeting.Plenary() with { Audience = MeetingAudience.Members("m1") }));
    }

    [Fact]
    public void A_thematic_session_needs_someone_to_invite()
    {
        Assert.Equal([MeetingProblem.AudienceEmpty], Problems(AMeeting.Thematic() with { Audience = MeetingAudience.Members() }));
        Assert.Equal([MeetingProblem.AudienceEmpty], Problems(AMeeting.Thematic() with { Audience = MeetingAudience.Group(" ") }));
        Assert.Empty(Problems(AMeeting.Thematic() with { Audience = MeetingAudience.Group("age-assessment") }));
    }

    [Fact]
    public void The_agenda_needs_an_item_and_each_item_a_title()
    {
        Assert.Equal([MeetingProblem.AgendaEmpty], Problems(AMeeting.Plenary().WithAgenda()));

        var issues = MeetingValidation.Problems(
            AMeeting.Plenary().WithAgenda(AgendaItem.New("Opening"), AgendaItem.New(" ", ""), AgendaItem.New("x", new string('y', 301))),
            AMeeting.Today, Settings);

        Assert.Equal([new MeetingIssue(MeetingProblem.AgendaItemEmpty, 2), new MeetingIssue(MeetingProblem.AgendaItemTooLong, 3)], issues);
    }

    [Fact]
    public void An_agenda_has_at_most_40_items()
    {
        var items = Enumerable.Range(1, 41).Select(i => AgendaItem.New($"Item {i}")).ToArray();

        Assert.Equal([MeetingProblem.TooManyAgendaItems], Problems(AMeeting.Plenary().WithAgenda(items)));
        Assert.Empty(Problems(AMeeting.Plenary().WithAgenda(items[..40])));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var bad = AMeeting.Plenary() with
        {
            Title = BilingualText.Of(""), ClosingDay = AMeeting.Opening.AddDays(-1), Place = null, WithExternals = true,
        };

        Assert.Equal(
            [MeetingProblem.TitleMissing, MeetingProblem.ClosingBeforeOpening, MeetingProblem.PlaceAndLinkMissing, MeetingProblem.PlenaryWithExternals],
            Problems(bad));
    }
}
