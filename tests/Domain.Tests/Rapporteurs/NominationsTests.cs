using FocalBot.Domain.Members;
using FocalBot.Domain.Rapporteurs;
using FocalBot.Domain.Tests.Members;

namespace FocalBot.Domain.Tests.Rapporteurs;

public sealed class NominationsTests
{
    static readonly Member Elise = AMember.FocalPoint("FR");
    static readonly Member Jonas = AMember.FocalPoint("DE");
    static readonly Member Giulia = AMember.FocalPoint("IT");
    static readonly RapporteurCall Call = ACall.Open();
    static readonly DateOnly Today = new(2027, 2, 1);

    static Nomination Nominate(Member by, Member who, IReadOnlyList<Nomination>? existing = null) =>
        Nominations.Nominate(Call, by, who, "Led the national reform.", existing ?? [], Today, RapporteurSettings.Default).Value!;

    [Fact]
    public void A_focal_point_who_nominates_themselves_goes_forward_at_once()
    {
        var own = Nominate(Elise, Elise);

        Assert.Equal((NominationStatus.Accepted, Today, true), (own.Status, own.AnsweredOn, own.IsSelf));
    }

    [Fact]
    public void A_colleague_nominated_by_someone_else_waits_for_their_consent()
    {
        var nomination = Nominate(Jonas, Giulia);

        Assert.Equal(NominationStatus.AwaitingConsent, nomination.Status);
        Assert.Equal(NominationStatus.Accepted, Nominations.Answer(Call, nomination, Giulia, accept: true, Today).Value!.Status);
        Assert.Equal(NominationStatus.Declined, Nominations.Answer(Call, nomination, Giulia, accept: false, Today).Value!.Status);
        Assert.Equal(NominationRefusal.NotTheNominee, Nominations.Answer(Call, nomination, Jonas, accept: true, Today).Refusal);
    }

    [Fact]
    public void Nobody_is_nominated_twice_for_the_same_call_while_a_nomination_is_live()
    {
        var first = Nominate(Jonas, Giulia);

        Assert.Equal(NominationRefusal.AlreadyNominated,
            Nominations.Nominate(Call, Giulia, Giulia, "Me.", [first], Today, RapporteurSettings.Default).Refusal);
        var declined = Nominations.Answer(Call, first, Giulia, accept: false, Today).Value! with { Version = "3" };
        var again = Nominations.Nominate(Call, Giulia, Giulia, "On reflection, yes.", [declined], Today, RapporteurSettings.Default).Value!;
        Assert.Equal((first.Id, "3", NominationStatus.Accepted), (again.Id, again.Version, again.Status));   // the same record, updated
    }

    [Fact]
    public void Only_active_focal_points_nominate_and_are_nominated()
    {
        Assert.Equal(NominationRefusal.NotAllowed, Nominations.Nominate(Call, AMember.Expert(), Elise, "x", [], Today, RapporteurSettings.Default).Refusal);
        Assert.Equal(NominationRefusal.NotAllowed, Nominations.Nominate(Call, AMember.Office(), Elise, "x", [], Today, RapporteurSettings.Default).Refusal);
        Assert.Equal(NominationRefusal.NomineeNotAMember, Nominations.Nominate(Call, Elise, null, "x", [], Today, RapporteurSettings.Default).Refusal);
        Assert.Equal(NominationRefusal.NomineeNotAMember,
            Nominations.Nominate(Call, Elise, Jonas with { Status = MemberStatus.Left }, "x", [], Today, RapporteurSettings.Default).Refusal);
        Assert.Equal(NominationRefusal.NomineeNotAMember, Nominations.Nominate(Call, Elise, AMember.Office(), "x", [], Today, RapporteurSettings.Default).Refusal);
    }

    [Fact]
    public void Nominations_consents_and_withdrawals_are_taken_until_the_end_of_the_closing_day()
    {
        var after = ACall.Closing.AddDays(1);
        var pending = Nominate(Jonas, Giulia);

        Assert.True(Nominations.Nominate(Call, Elise, Elise, "x", [], ACall.Closing, RapporteurSettings.Default).IsAccepted);
        Assert.Equal(NominationRefusal.ClosingDatePassed, Nominations.Nominate(Call, Elise, Elise, "x", [], after, RapporteurSettings.Default).Refusal);
        Assert.Equal(NominationRefusal.ClosingDatePassed, Nominations.Answer(Call, pending, Giulia, true, after).Refusal);
        Assert.Equal(NominationRefusal.ClosingDatePassed, Nominations.Withdraw(Call, pending, Jonas, after).Refusal);
        Assert.Equal(NominationRefusal.CallNotOpen,
            Nominations.Nominate(Call with { Status = CallStatus.Proposed }, Elise, Elise, "x", [], Today, RapporteurSettings.Default).Refusal);
    }

    [Fact]
    public void The_nominator_or_the_nominee_withdraws_nobody_else()
    {
        var nomination = Nominate(Jonas, Giulia);

        Assert.Equal(NominationStatus.Withdrawn, Nominations.Withdraw(Call, nomination, Jonas, Today).Value!.Status);
        Assert.Equal(NominationStatus.Withdrawn, Nominations.Withdraw(Call, nomination, Giulia, Today).Value!.Status);
        Assert.Equal(NominationRefusal.NotYours, Nominations.Withdraw(Call, nomination, Elise, Today).Refusal);
        var withdrawn = Nominations.Withdraw(Call, nomination, Jonas, Today).Value!;
        Assert.Equal(NominationRefusal.AlreadyAnswered, Nominations.Withdraw(Call, withdrawn, Jonas, Today).Refusal);
        Assert.Equal(NominationRefusal.AlreadyAnswered, Nominations.Answer(Call, withdrawn, Giulia, true, Today).Refusal);
    }

    [Theory]
    [InlineData("  ", NominationRefusal.MotivationMissing)]
    [InlineData(null, NominationRefusal.MotivationTooLong)]
    public void A_motivation_is_short_and_present(string? motivation, NominationRefusal refusal) =>
        Assert.Equal(refusal, Nominations.Nominate(Call, Elise, Elise, motivation ?? new string('m', 1001), [], Today, RapporteurSettings.Default).Refusal);
}
