using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using FocalBot.Domain.Tests.Members;

namespace FocalBot.Domain.Tests.Requests;

public sealed class ChasePlanTests
{
    // Deadline Friday 20 March 2026: five working days before is Friday 13 March, one is Thursday 19 March.
    static readonly InformationRequest Request = ARequest.Sent() with { Audience = Audience.Of("FR", "DE", "IT") };
    static readonly IReadOnlyList<int> Offsets = RequestSettings.Default.ReminderOffsets;
    static readonly Member FrLead = AMember.FocalPoint("FR", lead: true);
    static readonly Member FrAlternate = AMember.FocalPoint("FR");
    static readonly Member DeAlternate1 = AMember.FocalPoint("DE");
    static readonly Member DeAlternate2 = AMember.FocalPoint("DE");
    static readonly Member ItLead = AMember.FocalPoint("IT", lead: true);
    static readonly Member[] Everyone = [FrLead, FrAlternate, DeAlternate1, DeAlternate2, ItLead, AMember.Office(), AMember.FocalPoint("ES", lead: true)];

    static IReadOnlyList<Reminder> Due(DateOnly today, WorkingDays? calendar = null, InformationRequest? request = null, params StateCode[] submitted) =>
        ChasePlan.Due(request ?? Request, calendar ?? WorkingDays.WeekdaysOnly, Offsets, today, submitted, Everyone);

    [Fact]
    public void Nothing_is_due_before_the_first_reminder_day() => Assert.Empty(Due(new(2026, 3, 12)));

    [Fact]
    public void The_first_reminder_goes_to_the_lead_only()
    {
        var due = Due(new(2026, 3, 13));

        var fr = Assert.Single(due, r => r.StateCode == "FR");
        Assert.Equal([FrLead.Id], fr.MemberIds);
        Assert.Equal(5, fr.Offset);
        Assert.False(fr.IsLast);
    }

    [Fact]
    public void The_last_reminder_goes_to_lead_and_alternates()
    {
        var fr = Assert.Single(Due(new(2026, 3, 19)), r => r.StateCode == "FR");

        Assert.Equal(1, fr.Offset);
        Assert.True(fr.IsLast);
        Assert.Equal([FrLead.Id, FrAlternate.Id], fr.MemberIds);
    }

    [Fact]
    public void A_state_without_a_lead_reminds_all_its_focal_points_every_time()
    {
        var de = Assert.Single(Due(new(2026, 3, 13)), r => r.StateCode == "DE");

        Assert.Equal([DeAlternate1.Id, DeAlternate2.Id], de.MemberIds);
    }

    [Fact]
    public void States_that_submitted_and_states_not_asked_get_no_reminder()
    {
        var due = Due(new(2026, 3, 13), submitted: ["fr"]);

        Assert.Equal(["DE", "IT"], due.Select(r => r.StateCode));
    }

    [Fact]
    public void A_missed_reminder_day_still_sends_the_latest_reminder_once()
    {
        var due = Due(new(2026, 3, 16));   // the Friday run was missed

        Assert.All(due, r => Assert.Equal(5, r.Offset));
        Assert.Equal(3, due.Count);
    }

    [Fact]
    public void Reminder_days_skip_weekends_and_holidays()
    {
        var monday = Request with { Deadline = new(2026, 3, 23) };
        // One working day before Monday 23 March is Friday 20 March, over the weekend.
        Assert.Equal([false, false, false], Due(new(2026, 3, 19), request: monday).Select(r => r.IsLast));
        Assert.Equal([true, true, true], Due(new(2026, 3, 20), request: monday).Select(r => r.IsLast));

        // With Thursday 19 March a holiday, the last reminder moves to Wednesday 18 March; the first to Thursday 12.
        var holiday = new WorkingDays(["2026-03-19"]);
        Assert.Equal([true, true, true], Due(new(2026, 3, 18), holiday).Select(r => r.IsLast));
        Assert.Equal([5, 5, 5], Due(new(2026, 3, 12), holiday).Select(r => r.Offset));
        Assert.Empty(Due(new(2026, 3, 11), holiday));
    }

    [Fact]
    public void Nothing_is_due_after_the_deadline_or_for_a_request_not_sent()
    {
        Assert.Empty(Due(new(2026, 3, 23)));
        Assert.Empty(Due(new(2026, 3, 19), request: Request with { Status = RequestStatus.Closed }));
        Assert.NotEmpty(Due(ARequest.Deadline));
    }

    [Fact]
    public void Reminder_offsets_are_configurable()
    {
        var due = ChasePlan.Due(Request, WorkingDays.WeekdaysOnly, [10, 3], new DateOnly(2026, 3, 6), [], Everyone);

        Assert.All(due, r => Assert.Equal(10, r.Offset));
        Assert.Equal(3, due.Count);
    }
}
