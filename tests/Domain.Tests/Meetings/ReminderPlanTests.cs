using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using FocalBot.Domain.Tests.Members;
using Microsoft.Extensions.Time.Testing;

namespace FocalBot.Domain.Tests.Meetings;

public sealed class ReminderPlanTests
{
    // Convened Monday 2 March 2026 for Monday 11 May. No-answer reminder: Monday 16 March (10 working days after);
    // practical details: Monday 4 May (5 before); last reminder: Friday 8 May (1 before), which is also the cut-off.
    static readonly DateOnly NoAnswerDay = new(2026, 3, 16);
    static readonly DateOnly PracticalDay = new(2026, 5, 4);
    static readonly DateOnly LastDay = new(2026, 5, 8);

    static readonly Member Fr = AMember.FocalPoint("FR");
    static readonly Member De = AMember.FocalPoint("DE");
    static readonly Member It = AMember.FocalPoint("IT");
    static readonly Member Es = AMember.FocalPoint("ES");
    static readonly Member Pt = AMember.FocalPoint("PT");
    static readonly Member[] Everyone = [Fr, De, It, Es, Pt];
    static readonly Meeting Plenary = AMeeting.Plenary().Convened(Everyone);

    static Rsvp Answer(Member m, RsvpChoice choice, Meeting? meeting = null) => new()
    {
        MeetingId = (meeting ?? Plenary).Id, MemberId = m.Id, Choice = choice, Role = m.Role, StateCode = m.StateCode,
        Substitute = choice == RsvpChoice.Substitute ? new Substitute("Deputy", null, "deputy@example.org") : null,
        AnsweredAt = new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.Zero),
    };

    static readonly Rsvp[] Answers =
    [
        Answer(Fr, RsvpChoice.InPerson), Answer(De, RsvpChoice.Online), Answer(It, RsvpChoice.NotAttending), Answer(Es, RsvpChoice.Substitute),
    ];

    static IReadOnlyList<MeetingReminder> Due(DateOnly today, Meeting? meeting = null, IEnumerable<Rsvp>? rsvps = null, MeetingSettings? settings = null, IEnumerable<Member>? everyone = null) =>
        ReminderPlan.Due(meeting ?? Plenary, rsvps ?? Answers, everyone ?? Everyone, today, WorkingDays.WeekdaysOnly, settings ?? MeetingSettings.Default);

    [Fact]
    public void Nothing_is_due_before_the_no_answer_day() => Assert.Empty(Due(NoAnswerDay.AddDays(-1)));

    [Fact]
    public void Those_who_have_not_answered_are_reminded_ten_working_days_after_the_convocation()
    {
        var reminder = Assert.Single(Due(NoAnswerDay));

        Assert.Equal(MeetingReminderKind.NoAnswer, reminder.Kind);
        Assert.Equal([Pt.Id], reminder.MemberIds);
        Assert.Null(reminder.Day);
    }

    [Fact]
    public void The_no_answer_reminder_stays_due_until_the_cut_off_for_a_missed_day()
    {
        Assert.Contains(Due(LastDay), r => r.Kind == MeetingReminderKind.NoAnswer);
        var tighter = MeetingSettings.Default with { RsvpCutOffWorkingDays = 10 };   // cut-off Monday 27 April
        Assert.DoesNotContain(Due(new DateOnly(2026, 4, 28), settings: tighter), r => r.Kind == MeetingReminderKind.NoAnswer);
    }

    [Fact]
    public void The_practical_details_go_to_those_attending_and_to_members_sending_a_substitute()
    {
        var reminder = Assert.Single(Due(PracticalDay), r => r.Kind != MeetingReminderKind.NoAnswer);

        Assert.Equal(MeetingReminderKind.PracticalDetails, reminder.Kind);
        Assert.Equal([Fr.Id, De.Id, Es.Id], reminder.MemberIds);
        Assert.Equal(new DateOnly(2026, 5, 11), reminder.Day);
    }

    [Fact]
    public void The_last_reminder_goes_the_working_day_before_to_those_attending_only()
    {
        var reminder = Assert.Single(Due(LastDay), r => r.Kind != MeetingReminderKind.NoAnswer);

        Assert.Equal(MeetingReminderKind.LastReminder, reminder.Kind);
        Assert.Equal([Fr.Id, De.Id], reminder.MemberIds);
    }

    [Fact]
    public void After_missed_days_only_the_latest_step_is_due()
    {
        Assert.Equal([MeetingReminderKind.NoAnswer, MeetingReminderKind.PracticalDetails], Due(PracticalDay.AddDays(2)).Select(r => r.Kind));
        // The Saturday after: the cut-off has passed too, so answering (and its reminder) is over.
        Assert.Equal([MeetingReminderKind.LastReminder], Due(LastDay.AddDays(1)).Select(r => r.Kind));
    }

    [Fact]
    public void Nothing_is_due_from_the_opening_day_or_for_a_draft_or_cancelled_meeting()
    {
        Assert.Empty(Due(AMeeting.Opening));
        Assert.Empty(Due(LastDay, AMeeting.Plenary()));
        Assert.Empty(Due(LastDay, Plenary with { Status = MeetingStatus.Cancelled }));
    }

    [Fact]
    public void Members_who_left_are_not_reminded() =>
        Assert.Empty(Due(NoAnswerDay, everyone: [Fr, De, It, Es, Pt with { Status = MemberStatus.Left }]));

    [Fact]
    public void The_ladder_is_configurable_and_a_step_can_be_turned_off()
    {
        var settings = MeetingSettings.Default with { NoAnswerReminderWorkingDays = 0, PracticalReminderWorkingDays = 10, LastReminderWorkingDays = 0 };

        Assert.Empty(Due(NoAnswerDay, settings: settings));
        Assert.Equal([MeetingReminderKind.PracticalDetails], Due(new DateOnly(2026, 4, 27), settings: settings).Select(r => r.Kind));
        Assert.Equal([MeetingReminderKind.PracticalDetails], Due(LastDay, settings: settings).Select(r => r.Kind));
    }

    [Fact]
    public void A_moved_meeting_names_new_campaigns_for_the_reminders_before_it()
    {
        var moved = Plenary.OpeningOn(new DateOnly(2026, 5, 18)) with { Sequence = 1 };

        var before = Assert.Single(Due(PracticalDay), r => r.Kind == MeetingReminderKind.PracticalDetails);
        var after = Assert.Single(Due(new DateOnly(2026, 5, 11), moved), r => r.Kind == MeetingReminderKind.PracticalDetails);

        Assert.NotEqual(before.Day, after.Day);
        Assert.Null(Due(NoAnswerDay, moved).Single().Day);   // the no-answer reminder is the same one after a move
    }

    [Fact]
    public void Run_every_day_with_restarts_and_an_outage_each_member_gets_each_reminder_once()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 6, 0, 0, TimeSpan.Zero));
        var rows = new HashSet<(string Meeting, MeetingReminderKind Kind, DateOnly? Day, string Member)>();   // the delivery rows: one per reminder and member
        var sent = new List<(MeetingReminderKind Kind, string Member)>();
        var rsvps = new List<Rsvp> { Answer(Fr, RsvpChoice.InPerson) };
        var outage = (From: new DateOnly(2026, 5, 1), To: new DateOnly(2026, 5, 5));

        while (clock.GetUtcNow() < new DateTimeOffset(2026, 5, 13, 0, 0, 0, TimeSpan.Zero))
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            if (today == new DateOnly(2026, 4, 20)) rsvps.Add(Answer(De, RsvpChoice.Online));       // after the no-answer reminder
            if (today == LastDay) rsvps.Add(Answer(It, RsvpChoice.InPerson));                     // on the cut-off day
            if (today < outage.From || today > outage.To)
                for (var run = 0; run < 2; run++)                                                 // a restart reruns the day
                    foreach (var reminder in Due(today, rsvps: rsvps))
                        foreach (var member in reminder.MemberIds)
                            if (rows.Add((reminder.MeetingId, reminder.Kind, reminder.Day, member))) sent.Add((reminder.Kind, member));
            clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal(sent.Distinct().Count(), sent.Count);
        IEnumerable<string> To(MeetingReminderKind kind) => sent.Where(s => s.Kind == kind).Select(s => s.Member);
        Assert.Equal([De.Id, It.Id, Es.Id, Pt.Id], To(MeetingReminderKind.NoAnswer));
        // The practical day fell in the outage: Fr and De got the details on Wednesday 6 May; It answered too late for them.
        Assert.Equal([Fr.Id, De.Id], To(MeetingReminderKind.PracticalDetails));
        Assert.Equal([Fr.Id, De.Id, It.Id], To(MeetingReminderKind.LastReminder));
    }
}
