using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using FocalBot.Domain.Tests.Members;

namespace FocalBot.Domain.Tests.Meetings;

public sealed class ConvocationTests
{
    static readonly MeetingSettings Settings = MeetingSettings.Default;
    static readonly Member Office = AMember.Office();
    static readonly Member Fr = AMember.FocalPoint("FR");
    static readonly Member De = AMember.FocalPoint("DE");
    static readonly Member[] Everyone = [Office, Fr, De, AMember.FocalPoint("IT") with { Status = MemberStatus.Left }, AMember.Expert()];
    // Good Friday and Easter Monday 2026, and the year's end.
    static readonly WorkingDays Holidays = new(["2026-04-03", "2026-04-06", "12-25", "12-26", "01-01"]);

    static DateOnly D(int y, int m, int d) => new(y, m, d);

    static DateOnly Latest(DateOnly opening, WorkingDays? calendar = null) =>
        Convocation.LatestDay(opening, calendar ?? WorkingDays.WeekdaysOnly, Settings);

    static Outcome<Meeting, MeetingRefusal> Convene(Meeting meeting, DateOnly? today = null, string? reason = null, Member? actor = null) =>
        Convocation.Convene(actor ?? Office, meeting, Everyone, null, reason, today ?? AMeeting.Today, WorkingDays.WeekdaysOnly, Settings);

    [Fact]
    public void The_latest_day_is_thirty_working_days_back_over_weekends() =>
        Assert.Equal(D(2026, 3, 30), Latest(D(2026, 5, 11)));   // six whole weeks before a Monday

    [Fact]
    public void Holidays_move_the_latest_day_earlier() =>
        Assert.Equal(D(2026, 3, 26), Latest(D(2026, 5, 11), Holidays));   // Good Friday and Easter Monday do not count

    [Fact]
    public void Counting_back_crosses_the_year_end_and_its_holidays()
    {
        // Back from Monday 1 February 2027: 1 January (a Friday) and 25 December (a Friday) do not count.
        Assert.Equal(D(2026, 12, 17), Latest(D(2027, 2, 1), Holidays));
        Assert.Equal(D(2026, 12, 21), Latest(D(2027, 2, 1)));
    }

    [Fact]
    public void An_opening_on_a_holiday_counts_back_from_that_day()
    {
        // Easter Monday 6 April 2026: Thursday 2 April is the first of the 30 days, Friday 20 February the thirtieth.
        Assert.Equal(D(2026, 2, 20), Latest(D(2026, 4, 6), Holidays));
        Assert.Equal(30, Enumerable.Range(0, 45).Select(i => D(2026, 2, 20).AddDays(i)).Count(d => d < D(2026, 4, 6) && Holidays.IsWorkingDay(d)));
    }

    [Fact]
    public void An_opening_on_a_weekend_counts_back_from_that_day() =>
        Assert.Equal(D(2026, 4, 6), Latest(D(2026, 5, 16)));   // Saturday: Friday 15 May is the first of the 30

    [Fact]
    public void On_the_latest_day_a_plenary_is_on_time_and_the_next_working_day_it_is_late()
    {
        var plenary = AMeeting.Plenary();

        var onTime = Convocation.Timing(plenary, AMeeting.LatestConvocation, WorkingDays.WeekdaysOnly, Settings);
        var late = Convocation.Timing(plenary, AMeeting.LatestConvocation.AddDays(1), WorkingDays.WeekdaysOnly, Settings);

        Assert.Equal(new ConvocationTiming(AMeeting.LatestConvocation, 0, false, false), onTime);
        Assert.Equal(new ConvocationTiming(AMeeting.LatestConvocation, -1, true, true), late);
    }

    [Fact]
    public void A_weekend_convocation_is_on_time_when_the_next_working_day_would_be()
    {
        var plenary = AMeeting.Plenary();   // latest day Monday 30 March

        Assert.False(Convocation.Timing(plenary, D(2026, 3, 28), WorkingDays.WeekdaysOnly, Settings).IsLate);   // Saturday before
        Assert.True(Convocation.Timing(plenary.OpeningOn(D(2026, 5, 8)), D(2026, 3, 28), WorkingDays.WeekdaysOnly, Settings).IsLate);   // latest Friday 27
    }

    [Fact]
    public void The_timing_shows_the_working_days_left_while_drafting() =>
        Assert.Equal(20, Convocation.Timing(AMeeting.Plenary(), AMeeting.Today, WorkingDays.WeekdaysOnly, Settings).WorkingDaysLeft);

    [Fact]
    public void A_late_thematic_session_needs_no_reason()
    {
        var timing = Convocation.Timing(AMeeting.Thematic(), AMeeting.Opening.AddDays(-7), WorkingDays.WeekdaysOnly, Settings);

        Assert.True(timing.IsLate);
        Assert.False(timing.NeedsReason);
        Assert.True(Convene(AMeeting.Thematic(Fr.Id), AMeeting.Opening.AddDays(-7)).IsAccepted);
    }

    [Fact]
    public void Convening_fixes_the_invitees_and_issues_the_draft_agenda()
    {
        var convened = Convene(AMeeting.Plenary()).Value!;

        Assert.Equal(MeetingStatus.Convened, convened.Status);
        Assert.Equal([Fr.Id, De.Id], convened.InviteeIds);   // active focal points only
        Assert.Equal(AMeeting.Today, convened.ConvenedOn);
        Assert.Equal(Office.Id, convened.ConvenedBy);
        Assert.Equal(0, convened.Sequence);
        Assert.Null(convened.LateReason);
        var agenda = Assert.Single(convened.AgendaVersions);
        Assert.Equal((1, AMeeting.Today), (agenda.Number, agenda.IssuedOn));
    }

    [Fact]
    public void A_late_plenary_is_refused_without_a_reason()
    {
        var late = AMeeting.LatestConvocation.AddDays(1);

        Assert.Equal(MeetingRefusal.LateReasonMissing, Convene(AMeeting.Plenary(), late).Refusal);
        Assert.Equal(MeetingRefusal.LateReasonMissing, Convene(AMeeting.Plenary(), late, "  ").Refusal);
        Assert.Equal(MeetingRefusal.ReasonTooLong, Convene(AMeeting.Plenary(), late, new string('r', 501)).Refusal);
    }

    [Fact]
    public void A_late_plenary_with_a_reason_is_convened_and_the_reason_kept()
    {
        var convened = Convene(AMeeting.Plenary(), AMeeting.LatestConvocation.AddDays(1), " Venue confirmed late ").Value!;

        Assert.Equal(MeetingStatus.Convened, convened.Status);
        Assert.Equal("Venue confirmed late", convened.LateReason);
    }

    [Fact]
    public void A_reason_given_for_an_on_time_convocation_is_not_kept() =>
        Assert.Null(Convene(AMeeting.Plenary(), reason: "Just in case").Value!.LateReason);

    [Fact]
    public void Only_the_office_convenes()
    {
        Assert.Equal(MeetingRefusal.NotAllowed, Convene(AMeeting.Plenary(), actor: Fr).Refusal);
        Assert.Equal(MeetingRefusal.NotAllowed, Convene(AMeeting.Plenary(), actor: Office with { Status = MemberStatus.Left }).Refusal);
    }

    [Fact]
    public void A_meeting_is_convened_once_and_an_invalid_one_not_at_all()
    {
        var convened = Convene(AMeeting.Plenary()).Value!;

        Assert.Equal(MeetingRefusal.NotDraft, Convene(convened).Refusal);
        Assert.Equal(MeetingRefusal.Cancelled, Convene(AMeeting.Plenary() with { Status = MeetingStatus.Cancelled }).Refusal);
        Assert.Equal(MeetingRefusal.Invalid, Convene(AMeeting.Plenary().WithAgenda()).Refusal);
        Assert.Equal(MeetingRefusal.Invalid, Convene(AMeeting.Plenary().OpeningOn(AMeeting.Today.AddDays(-1))).Refusal);
    }

    [Fact]
    public void An_audience_without_active_members_is_refused() =>
        Assert.Equal(MeetingRefusal.NobodyInvited, Convene(AMeeting.Thematic("nobody")).Refusal);

    [Fact]
    public void A_thematic_group_invites_its_active_members()
    {
        var session = AMeeting.Thematic() with { Audience = MeetingAudience.Group("age-assessment") };

        var convened = Convocation.Convene(Office, session, Everyone, [De.Id, Everyone[3].Id], null, AMeeting.Today, WorkingDays.WeekdaysOnly, Settings).Value!;

        Assert.Equal([De.Id], convened.InviteeIds);
    }
}
