using FocalBot.Domain.Members;
using FocalBot.Domain.Rapporteurs;
using FocalBot.Domain.Shared;
using FocalBot.Domain.Tests.Members;

namespace FocalBot.Domain.Tests.Rapporteurs;

public sealed class MandatesTests
{
    static readonly Member Office = AMember.Office();
    static readonly Member Elise = AMember.FocalPoint("FR");
    static readonly Member Giulia = AMember.FocalPoint("IT");
    static readonly Member Jonas = AMember.FocalPoint("DE");
    static readonly RapporteurCall Call = ACall.Open(posts: 2);
    static readonly DateOnly AfterClosing = ACall.Closing.AddDays(3);   // Monday 1 March 2027
    static readonly Dictionary<string, Member> People = new[] { Elise, Giulia, Jonas }.ToDictionary(m => m.Id);

    static Nomination Accepted(Member who) =>
        new() { CallId = Call.Id, NomineeId = who.Id, NominatorId = who.Id, Motivation = "x", NominatedOn = new(2027, 2, 1), Status = NominationStatus.Accepted };

    static readonly Nomination EliseOwn = Accepted(Elise);
    static readonly Nomination GiuliaAccepted = Accepted(Giulia);
    static readonly Nomination JonasWaiting = Accepted(Jonas) with { NominatorId = Elise.Id, Status = NominationStatus.AwaitingConsent };
    static readonly Nomination[] All = [EliseOwn, GiuliaAccepted, JonasWaiting];

    static Appointment Appoint(params Nomination[] chosen) =>
        Mandates.Appoint(Call, Office, chosen.Select(n => n.Id).ToList(), All, People, AfterClosing).Value!;

    [Fact]
    public void The_office_appoints_accepted_nominees_after_the_closing_date_and_the_call_closes()
    {
        var done = Appoint(EliseOwn, GiuliaAccepted);

        Assert.Equal((CallStatus.Closed, AfterClosing), (done.Call.Status, done.Call.ClosedOn));
        Assert.Equal([(Elise.Id, "FR"), (Giulia.Id, "IT")], done.Mandates.Select(m => (m.MemberId, m.StateCode)).ToList());
        var mandate = done.Mandates[0];
        Assert.Equal((AfterClosing, new DateOnly(2029, 2, 28), MandateStatus.Active), (mandate.Start, mandate.End, mandate.Status));
        Assert.Equal(NominationStatus.NotAppointed, done.Nominations.Single(n => n.NomineeId == Jonas.Id).Status);
        Assert.All(done.Nominations.Where(n => n.NomineeId != Jonas.Id), n => Assert.Equal(NominationStatus.Appointed, n.Status));
    }

    [Fact]
    public void The_office_may_close_the_call_with_nobody_appointed()
    {
        var done = Appoint();

        Assert.Equal(CallStatus.Closed, done.Call.Status);
        Assert.Empty(done.Mandates);
        Assert.All(done.Nominations, n => Assert.Equal(NominationStatus.NotAppointed, n.Status));
    }

    [Fact]
    public void Appointing_is_refused_before_the_closing_date_beyond_the_posts_or_for_someone_who_has_not_accepted()
    {
        Assert.Equal(MandateRefusal.CallNotClosedYet, Mandates.Appoint(Call, Office, [EliseOwn.Id], All, People, ACall.Closing).Refusal);
        Assert.Equal(MandateRefusal.TooManyAppointed,
            Mandates.Appoint(Call with { Posts = 1 }, Office, [EliseOwn.Id, GiuliaAccepted.Id], All, People, AfterClosing).Refusal);
        Assert.Equal(MandateRefusal.NotAccepted, Mandates.Appoint(Call, Office, [JonasWaiting.Id], All, People, AfterClosing).Refusal);
        Assert.Equal(MandateRefusal.UnknownNomination, Mandates.Appoint(Call, Office, ["nobody"], All, People, AfterClosing).Refusal);
        Assert.Equal(MandateRefusal.NotAllowed, Mandates.Appoint(Call, Elise, [EliseOwn.Id], All, People, AfterClosing).Refusal);
        var closed = Appoint(EliseOwn).Call;
        Assert.Equal(MandateRefusal.CallNotOpen, Mandates.Appoint(closed, Office, [EliseOwn.Id], All, People, AfterClosing).Refusal);
    }

    [Fact]
    public void A_double_press_names_the_same_mandate_so_the_store_keeps_one()
    {
        var once = Appoint(EliseOwn).Mandates.Single();
        var twice = Appoint(EliseOwn, EliseOwn).Mandates.Single();

        Assert.Equal(once.Id, twice.Id);
    }

    [Fact]
    public void A_mandate_ends_on_its_date_and_the_office_is_reminded_twenty_working_days_before()
    {
        var mandate = Appoint(EliseOwn).Mandates.Single();

        Assert.Null(Mandates.Expire(mandate, mandate.End));
        var ended = Mandates.Expire(mandate, mandate.End.AddDays(1))!;
        Assert.Equal((MandateStatus.Ended, mandate.End), (ended.Status, ended.EndedOn));
        Assert.False(ended.IsCurrent(mandate.End));
        // Wednesday 28 February 2029, less 20 working days: Wednesday 31 January 2029.
        Assert.Equal(new DateOnly(2029, 1, 31), Mandates.ReminderDay(mandate, WorkingDays.WeekdaysOnly, RapporteurSettings.Default));
    }

    [Fact]
    public void The_office_renews_or_ends_a_current_mandate_and_a_rapporteur_steps_down()
    {
        var mandate = Appoint(EliseOwn).Mandates.Single();
        var today = new DateOnly(2028, 6, 1);

        var renewed = Mandates.Renew(mandate, Office, 12, today, RapporteurSettings.Default).Value!;
        Assert.Equal((new DateOnly(2030, 2, 28), 1), (renewed.End, renewed.Renewals));
        Assert.Equal((MandateStatus.EndedEarly, today), (Mandates.EndEarly(mandate, Office, today).Value!.Status, Mandates.EndEarly(mandate, Office, today).Value!.EndedOn));
        Assert.Equal(MandateStatus.SteppedDown, Mandates.StepDown(mandate, Elise, today).Value!.Status);
        Assert.Equal(MandateRefusal.NotAllowed, Mandates.StepDown(mandate, Giulia, today).Refusal);
        Assert.Equal(MandateRefusal.NotAllowed, Mandates.Renew(mandate, Elise, 12, today, RapporteurSettings.Default).Refusal);
        Assert.Equal(MandateRefusal.RenewalOutOfRange, Mandates.Renew(mandate, Office, 0, today, RapporteurSettings.Default).Refusal);
        var stepped = Mandates.StepDown(mandate, Elise, today).Value!;
        Assert.Equal(MandateRefusal.NotActive, Mandates.Renew(stepped, Office, 12, today, RapporteurSettings.Default).Refusal);
    }

    [Fact]
    public void The_closed_call_names_its_appointees_and_what_follows_is_the_same_when_asked_again()
    {
        var done = Appoint(EliseOwn);

        Assert.Equal([EliseOwn.Id], done.Call.Appointed);
        var decidedNominations = All.Select(n => done.Nominations.FirstOrDefault(d => d.Id == n.Id) ?? n).ToList();
        var again = Mandates.Follow(done.Call, decidedNominations, People);
        Assert.Equal(done.Mandates, again.Mandates);
        Assert.Empty(again.Nominations);   // decided already: nothing left to decide
    }
}
