using FocalBot.Domain.Decisions;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using FocalBot.Domain.Tests.Members;

namespace FocalBot.Domain.Tests.Decisions;

public sealed class SilenceProcedureTests
{
    static readonly Member Office = AMember.Office();
    static readonly Member Fr = AMember.FocalPoint("FR");
    static readonly Member De = AMember.FocalPoint("DE");
    // Monday 14 December 2026; with the network's usual holidays (24–26 and 31 December, 1 January).
    static readonly DateOnly Monday = new(2026, 12, 14);
    static readonly WorkingDays Holidays = new(["01-01", "12-24", "12-25", "12-26", "12-31"]);

    static SilenceProcedure Proposed(WorkingDays? calendar = null) =>
        Silence.Propose(Office, ProposalKind.ThematicGroup, "g1", Monday, calendar ?? Holidays, SilenceSettings.Default).Value!;

    [Fact]
    public void The_deadline_counts_ten_working_days_skipping_weekends_and_the_networks_holidays()
    {
        // 15–18, 21–23, 28–30 December: ten working days, 24, 25 and 31 December and the weekends left out.
        Assert.Equal(new DateOnly(2026, 12, 30), Proposed().Deadline);
        Assert.Equal(new DateOnly(2026, 12, 28), Proposed(WorkingDays.WeekdaysOnly).Deadline);
    }

    [Fact]
    public void Only_the_office_proposes() =>
        Assert.Equal(SilenceRefusal.NotAllowed, Silence.Propose(Fr, ProposalKind.RapporteurCall, "c1", Monday, Holidays, SilenceSettings.Default).Refusal);

    [Fact]
    public void Without_objection_the_decision_stands_once_the_deadline_day_has_ended()
    {
        var procedure = Proposed();

        Assert.Null(Silence.Conclude(procedure, procedure.Deadline));
        var decided = Silence.Conclude(procedure, procedure.Deadline.AddDays(1))!;
        Assert.Equal((SilenceStatus.Adopted, procedure.Deadline.AddDays(1)), (decided.Status, decided.DecidedOn));
        Assert.Null(Silence.Conclude(decided, decided.Deadline.AddDays(5)));   // decided once
    }

    [Fact]
    public void A_focal_point_objects_with_a_reason_until_the_end_of_the_deadline_day()
    {
        var procedure = Proposed();

        var objected = Silence.Object(procedure, Fr, "  The theme overlaps with GRETA's work. ", procedure.Deadline, SilenceSettings.Default).Value!;

        var objection = Assert.Single(objected.Objections);
        Assert.Equal((Fr.Id, "FR", "The theme overlaps with GRETA's work."), (objection.MemberId, objection.StateCode, objection.Reason));
        Assert.True(Silence.IsBroken(objected));
        Assert.Equal(SilenceStatus.Objected, Silence.Conclude(objected, procedure.Deadline.AddDays(1))!.Status);
        Assert.Equal(SilenceRefusal.DeadlinePassed, Silence.Object(procedure, De, "Too late.", procedure.Deadline.AddDays(1), SilenceSettings.Default).Refusal);
    }

    [Theory]
    [InlineData("", SilenceRefusal.ReasonMissing)]
    [InlineData("   ", SilenceRefusal.ReasonMissing)]
    public void An_objection_needs_a_reason(string reason, SilenceRefusal refusal) =>
        Assert.Equal(refusal, Silence.Object(Proposed(), Fr, reason, Monday, SilenceSettings.Default).Refusal);

    [Fact]
    public void A_reason_longer_than_the_limit_is_refused() =>
        Assert.Equal(SilenceRefusal.ReasonTooLong, Silence.Object(Proposed(), Fr, new string('x', 1001), Monday, SilenceSettings.Default).Refusal);

    [Fact]
    public void A_member_objects_once_per_round_and_only_focal_points_object()
    {
        var objected = Silence.Object(Proposed(), Fr, "No.", Monday, SilenceSettings.Default).Value!;

        Assert.Equal(SilenceRefusal.AlreadyObjected, Silence.Object(objected, Fr, "Still no.", Monday, SilenceSettings.Default).Refusal);
        Assert.Equal(SilenceRefusal.NotAFocalPoint, Silence.Object(objected, Office, "No.", Monday, SilenceSettings.Default).Refusal);
        Assert.Equal(SilenceRefusal.NotAFocalPoint, Silence.Object(objected, AMember.Expert(), "No.", Monday, SilenceSettings.Default).Refusal);
        Assert.Equal(SilenceRefusal.NotAFocalPoint,
            Silence.Object(objected, De with { Status = MemberStatus.Left }, "No.", Monday, SilenceSettings.Default).Refusal);
    }

    [Fact]
    public void After_an_objection_the_office_asks_again_in_a_new_round_keeping_the_earlier_objections()
    {
        var objected = Silence.Object(Proposed(), Fr, "Overlaps.", Monday, SilenceSettings.Default).Value!;
        var later = new DateOnly(2027, 1, 11);

        var again = Silence.AskAgain(objected, Office, later, Holidays, SilenceSettings.Default).Value!;

        Assert.Equal((SilenceStatus.Open, 2, later, new DateOnly(2027, 1, 25)), (again.Status, again.Round, again.ProposedOn, again.Deadline));
        Assert.Empty(again.Objections);
        Assert.Equal(Fr.Id, Assert.Single(again.Earlier).MemberId);
        Assert.True(Silence.Object(again, Fr, "Still overlaps.", later, SilenceSettings.Default).IsAccepted);   // a new round, a new say
    }

    [Fact]
    public void Only_a_proposal_objected_to_is_asked_again_and_only_by_the_office()
    {
        var objected = Silence.Object(Proposed(), Fr, "Overlaps.", Monday, SilenceSettings.Default).Value!;

        Assert.Equal(SilenceRefusal.NotObjected, Silence.AskAgain(Proposed(), Office, Monday, Holidays, SilenceSettings.Default).Refusal);
        Assert.Equal(SilenceRefusal.NotAllowed, Silence.AskAgain(objected, De, Monday, Holidays, SilenceSettings.Default).Refusal);
    }

    [Fact]
    public void The_office_withdraws_an_open_or_objected_proposal_but_not_an_adopted_decision()
    {
        var procedure = Proposed();
        var adopted = Silence.Conclude(procedure, procedure.Deadline.AddDays(1))!;

        Assert.Equal(SilenceStatus.Withdrawn, Silence.Withdraw(procedure, Office, Monday).Value!.Status);
        Assert.Equal(SilenceRefusal.NotOpen, Silence.Withdraw(adopted, Office, Monday).Refusal);
        Assert.Equal(SilenceRefusal.NotAllowed, Silence.Withdraw(procedure, Fr, Monday).Refusal);
        var withdrawn = Silence.Withdraw(procedure, Office, Monday).Value!;
        Assert.Equal(SilenceRefusal.NotOpen, Silence.Object(withdrawn, Fr, "No.", Monday, SilenceSettings.Default).Refusal);
    }
}
