using FocalBot.Bot.Rapporteurs;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Rapporteurs;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Rapporteurs;

/// A closed call names its appointees; what follows (mandates, decided nominations, notices) is completed from it,
/// even when a fault stopped the office's press midway. The clock starts on Monday 23 November 2026.
public sealed class AppointmentTests : IDisposable
{
    readonly BotApp _app = new BotApp().WithMembers(AMember.Sophie(), AMember.Elise(), AMember.Jonas(Language.En));

    public void Dispose() => _app.Dispose();

    IRapporteurStore Store => _app.Service<IRapporteurStore>();

    static Nomination Accepted(string nominee) => new()
    {
        CallId = "c1", NomineeId = nominee, NominatorId = nominee, Motivation = "Twelve years on return policy.",
        NominatedOn = new DateOnly(2026, 11, 2), Status = NominationStatus.Accepted,
    };

    /// The state a crash right after the call's save leaves: the call closed with Élise appointed, nothing else written.
    async Task ClosedButNotCompletedAsync()
    {
        await Store.SaveNominationAsync(Accepted("m-elise"), default);
        await Store.SaveNominationAsync(Accepted("m-jonas"), default);
        await Store.SaveCallAsync(new RapporteurCall
        {
            Id = "c1", Theme = "Return and readmission", Terms = "Report to the plenary.", Language = Language.En, Posts = 1, MandateMonths = 12,
            ClosingDate = new DateOnly(2026, 11, 13), Status = CallStatus.Closed, CreatedBy = "m-sophie", CreatedOn = new DateOnly(2026, 10, 1),
            OpenedOn = new DateOnly(2026, 10, 16), ClosedOn = new DateOnly(2026, 11, 20), Appointed = [Nomination.KeyOf("c1", "m-elise")],
        }, default);
    }

    Task RunJobsAsync() => _app.Clock.WhileWaitingAsync(() => _app.Service<JobRunner>().RunOnceAsync(default));

    [Fact]
    public async Task A_call_closed_before_a_fault_gets_its_mandate_its_decisions_and_its_notices_once()
    {
        await ClosedButNotCompletedAsync();

        await RunJobsAsync();
        await RunJobsAsync();

        var mandate = Assert.Single(await Store.ListMandatesAsync(default));
        Assert.Equal(("m-elise", new DateOnly(2026, 11, 20), new DateOnly(2027, 11, 19)), (mandate.MemberId, mandate.Start, mandate.End));
        var nominations = (await Store.ListNominationsAsync("c1", default)).ToDictionary(n => n.NomineeId, n => n.Status);
        Assert.Equal(NominationStatus.Appointed, nominations["m-elise"]);
        Assert.Equal(NominationStatus.NotAppointed, nominations["m-jonas"]);
        var deliveries = _app.Service<IDeliveryStore>();
        Assert.Equal(["m-elise"], (await deliveries.ListAsync(AppointedCampaign.Key("c1"), default)).Select(d => d.MemberId));
        Assert.Equal(["m-jonas"], (await deliveries.ListAsync(NotAppointedCampaign.Key("c1"), default)).Select(d => d.MemberId));
    }

    [Fact]
    public async Task Completing_again_writes_nothing()
    {
        await ClosedButNotCompletedAsync();
        var call = (await Store.GetCallAsync("c1", default))!;
        var members = new[] { AMember.Elise(), AMember.Jonas() }.ToDictionary(m => m.Id);
        var deliveries = _app.Service<IDeliveryStore>();

        var first = await Appointments.CompleteAsync(Mandates.Follow(call, await Store.ListNominationsAsync("c1", default), members), Store, deliveries, _app.Clock.GetUtcNow(), default);
        var second = await Appointments.CompleteAsync(Mandates.Follow(call, await Store.ListNominationsAsync("c1", default), members), Store, deliveries, _app.Clock.GetUtcNow(), default);

        Assert.True(first > 0);
        Assert.Equal(0, second);
    }
}
