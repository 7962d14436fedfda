using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using FocalBot.Domain.Tests.Members;
using Microsoft.Extensions.Time.Testing;

namespace FocalBot.Domain.Tests.Meetings;

public sealed class RsvpTests
{
    static readonly Member Fr = AMember.FocalPoint("FR", lead: true);
    static readonly Member De = AMember.FocalPoint("DE");
    static readonly Member Uninvited = AMember.FocalPoint("IT");
    static readonly Meeting Plenary = AMeeting.Plenary().Convened([Fr, De]);
    static readonly Substitute Deputy = new(" Anne Martin ", "Deputy director", " Anne.Martin@Interieur.example ");
    // The cut-off is the last working day before the opening: Friday 8 May 2026.
    static readonly DateOnly CutOff = new(2026, 5, 8);

    readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));

    DateOnly Today => DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);

    Outcome<Rsvp, RsvpRefusal> Answer(Member actor, RsvpChoice choice, Rsvp? current = null, Substitute? substitute = null, Meeting? meeting = null) =>
        Rsvps.Answer(actor, meeting ?? Plenary, current, choice, substitute, _clock.GetUtcNow(), Today, WorkingDays.WeekdaysOnly, MeetingSettings.Default);

    void MoveTo(DateOnly day) => _clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));

    [Fact]
    public void An_answer_records_the_members_state_and_role()
    {
        var rsvp = Answer(Fr, RsvpChoice.InPerson).Value!;

        Assert.Equal((Plenary.Id, Fr.Id, RsvpChoice.InPerson), (rsvp.MeetingId, rsvp.MemberId, rsvp.Choice));
        Assert.Equal(("FR", MemberRole.FocalPoint), (rsvp.StateCode, rsvp.Role));
        Assert.Equal(_clock.GetUtcNow(), rsvp.AnsweredAt);
        Assert.True(rsvp.IsAttending);
    }

    [Fact]
    public void An_answer_changes_until_the_cut_off_and_keeps_the_store_version()
    {
        var first = Answer(Fr, RsvpChoice.InPerson).Value! with { Version = "3" };
        MoveTo(CutOff);

        var changed = Answer(Fr, RsvpChoice.NotAttending, first).Value!;

        Assert.Equal(RsvpChoice.NotAttending, changed.Choice);
        Assert.Equal("3", changed.Version);
        Assert.Equal(_clock.GetUtcNow(), changed.AnsweredAt);
    }

    [Fact]
    public void After_the_cut_off_answers_are_refused()
    {
        var first = Answer(Fr, RsvpChoice.InPerson).Value!;
        MoveTo(new DateOnly(2026, 5, 9));   // the Saturday after

        Assert.Equal(RsvpRefusal.CutOffPassed, Answer(Fr, RsvpChoice.NotAttending, first).Refusal);
        Assert.Equal(RsvpRefusal.CutOffPassed, Answer(De, RsvpChoice.InPerson).Refusal);
    }

    [Fact]
    public void The_cut_off_is_configurable()
    {
        var settings = MeetingSettings.Default with { RsvpCutOffWorkingDays = 5 };

        Assert.Equal(new DateOnly(2026, 5, 4), Rsvps.CutOff(Plenary, WorkingDays.WeekdaysOnly, settings));
        Assert.Equal(CutOff, Rsvps.CutOff(Plenary, WorkingDays.WeekdaysOnly, MeetingSettings.Default));
    }

    [Fact]
    public void Clicking_the_same_answer_twice_changes_nothing_even_after_the_cut_off()
    {
        var first = Answer(Fr, RsvpChoice.InPerson).Value!;
        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Same(first, Answer(Fr, RsvpChoice.InPerson, first).Value);
        MoveTo(new DateOnly(2026, 5, 10));
        Assert.Same(first, Answer(Fr, RsvpChoice.InPerson, first).Value);
    }

    [Fact]
    public void A_substitute_is_recorded_with_trimmed_details()
    {
        var rsvp = Answer(De, RsvpChoice.Substitute, substitute: Deputy).Value!;

        Assert.Equal(new Substitute("Anne Martin", "Deputy director", "anne.martin@interieur.example"), rsvp.Substitute);
        Assert.Same(rsvp, Answer(De, RsvpChoice.Substitute, rsvp, Deputy).Value);
        Assert.NotSame(rsvp, Answer(De, RsvpChoice.Substitute, rsvp, Deputy with { Name = "Paul Martin" }).Value);
    }

    [Fact]
    public void A_substitute_needs_a_name_and_a_valid_e_mail()
    {
        Assert.Equal(RsvpRefusal.SubstituteMissing, Answer(De, RsvpChoice.Substitute).Refusal);
        Assert.Equal(RsvpRefusal.SubstituteInvalid, Answer(De, RsvpChoice.Substitute, substitute: Deputy with { Email = "anne.martin" }).Refusal);
        Assert.Equal([PersonProblem.NameMissing, PersonProblem.EmailMissing], new Substitute(" ", null, "").Problems());
        Assert.Equal([PersonProblem.NameTooLong, PersonProblem.TitleTooLong], new Substitute(new string('n', 101), new string('t', 101), "a@b.org").Problems());
    }

    [Fact]
    public void A_substitute_given_with_another_choice_is_dropped() =>
        Assert.Null(Answer(De, RsvpChoice.InPerson, substitute: Deputy).Value!.Substitute);

    [Fact]
    public void Only_invited_active_members_answer_a_convened_meeting()
    {
        Assert.Equal(RsvpRefusal.NotInvited, Answer(Uninvited, RsvpChoice.InPerson).Refusal);
        Assert.Equal(RsvpRefusal.NotInvited, Answer(Fr with { Status = MemberStatus.Left }, RsvpChoice.InPerson).Refusal);
        Assert.Equal(RsvpRefusal.NotConvened, Answer(Fr, RsvpChoice.InPerson, meeting: AMeeting.Plenary()).Refusal);
        Assert.Equal(RsvpRefusal.Cancelled, Answer(Fr, RsvpChoice.InPerson, meeting: Plenary with { Status = MeetingStatus.Cancelled }).Refusal);
    }

    [Fact]
    public void A_meeting_offers_in_person_only_with_a_place_and_online_only_with_a_link()
    {
        var online = AMeeting.Thematic(Fr.Id).Convened([Fr]);

        Assert.Equal([RsvpChoice.Online, RsvpChoice.NotAttending, RsvpChoice.Substitute], Rsvps.Choices(online));
        Assert.Equal(RsvpRefusal.ChoiceNotOffered, Answer(Fr, RsvpChoice.InPerson, meeting: online).Refusal);
        Assert.Equal(RsvpRefusal.ChoiceNotOffered, Answer(Fr, RsvpChoice.Online).Refusal);
    }

    [Fact]
    public void The_summary_counts_the_latest_answer_of_each_invitee()
    {
        var office = AMember.Office();
        var meeting = AMeeting.Plenary().Convened([Fr, De, Uninvited, office]);
        var rsvps = new[]
        {
            Answer(Fr, RsvpChoice.InPerson, meeting: meeting).Value! with { AnsweredAt = _clock.GetUtcNow().AddHours(-1) },
            Answer(Fr, RsvpChoice.NotAttending, meeting: meeting).Value!,
            Answer(De, RsvpChoice.Substitute, substitute: Deputy, meeting: meeting).Value!,
            Answer(office, RsvpChoice.InPerson, meeting: meeting).Value!,
            Answer(De, RsvpChoice.InPerson, meeting: meeting).Value! with { MeetingId = "another" },
        };

        var summary = RsvpSummary.Of(meeting, rsvps);

        Assert.Equal((1, 0, 1, 1, 2), (summary.InPerson, summary.Online, summary.Substitutes, summary.NotAttending, summary.Attending));
        Assert.Equal([Uninvited.Id], summary.Unanswered);
    }
}
