using System.Text.Json.Nodes;
using FocalBot.Bot.Rapporteurs;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Rapporteurs;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Rapporteurs;

/// A mandate after the appointment: the office renews or ends it, the rapporteur steps down, the job ends it on its
/// date and reminds the office ahead. The clock starts on Monday 23 November 2026.
public sealed class MandateRoutesTests : IDisposable
{
    readonly BotApp _app = new BotApp().WithMembers(AMember.Sophie(), AMember.Elise(), AMember.Jonas(Language.En));

    public void Dispose() => _app.Dispose();

    IRapporteurStore Store => _app.Service<IRapporteurStore>();

    async Task<Mandate> JonasUntilAsync(DateOnly end)
    {
        var mandate = new Mandate
        {
            Id = "c1/m-jonas", CallId = "c1", MemberId = "m-jonas", StateCode = "DE", Theme = "Return and readmission", Language = Language.En,
            Start = new DateOnly(2026, 1, 5), End = end,
        };
        var saved = Assert.IsType<SaveResult.Saved>(await Store.SaveMandateAsync(mandate, default));
        return mandate with { Version = saved.Version };
    }

    static JsonObject Ids(Mandate m, string? months = null)
    {
        var data = new JsonObject { [RapporteurCards.MandateKey] = m.Id, [RapporteurCards.VersionKey] = m.Version };
        if (months is not null) data[MandateCards.MonthsInput] = months;
        return data;
    }

    Task RunJobsAsync() => _app.Clock.WhileWaitingAsync(() => _app.Service<JobRunner>().RunOnceAsync(default));

    [Fact]
    public async Task The_office_renews_once_per_press_on_what_it_saw_and_bad_months_change_nothing()
    {
        var mandate = await JonasUntilAsync(new DateOnly(2027, 1, 4));

        var bad = await _app.PressAsync(RapporteurRoutes.Renew, Ids(mandate, "ten"));
        var renewed = await _app.PressAsync(RapporteurRoutes.Renew, Ids(mandate, "6"));
        var again = await _app.PressAsync(RapporteurRoutes.Renew, Ids(mandate, "6"));

        Assert.Contains(RapporteurTexts.Describe(MandateRefusal.RenewalOutOfRange, Language.En), bad.CardText());
        Assert.Contains(RapporteurTexts.Renewed.Format(Language.En, new DateOnly(2027, 7, 4)), renewed.CardText());
        Assert.Contains(RapporteurTexts.ChangedMeanwhile.En, again.CardText());
        var stored = (await Store.GetMandateAsync(mandate.Id, default))!;
        Assert.Equal((new DateOnly(2027, 7, 4), 1), (stored.End, stored.Renewals));
    }

    [Fact]
    public async Task The_rapporteur_steps_down_and_a_colleague_cannot_touch_the_mandate()
    {
        var mandate = await JonasUntilAsync(new DateOnly(2027, 6, 30));

        var colleague = await _app.PressAsync(RapporteurRoutes.StepDown, Ids(mandate), Payload.EliseAad);
        var ending = await _app.PressAsync(RapporteurRoutes.EndEarly, Ids(mandate), Payload.JonasAad);
        var stepped = await _app.PressAsync(RapporteurRoutes.StepDown, Ids(mandate), Payload.JonasAad);

        Assert.Equal(RapporteurTexts.NotFound.Fr, colleague.Message);
        Assert.Equal(RapporteurTexts.OfficeOnly.En, ending.Message);
        Assert.Contains(RapporteurTexts.SteppedDown.Format(Language.En, new DateOnly(2026, 11, 23)), stepped.CardText());
        Assert.Contains(RapporteurTexts.History.En, stepped.CardText());
        Assert.Equal(MandateStatus.SteppedDown, (await Store.GetMandateAsync(mandate.Id, default))!.Status);
    }

    [Fact]
    public async Task The_office_is_reminded_once_ahead_of_the_end_and_the_mandate_ends_on_its_date()
    {
        var mandate = await JonasUntilAsync(new DateOnly(2027, 3, 31));
        var key = MandateEndingCampaign.Key(new(mandate.Id, mandate.End));

        await RunJobsAsync();
        Assert.Empty(await _app.Service<IDeliveryStore>().ListAsync(key, default));

        _app.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 10, 9, 0, 0, TimeSpan.Zero));
        await RunJobsAsync();
        await RunJobsAsync();
        var row = Assert.Single(await _app.Service<IDeliveryStore>().ListAsync(key, default));
        Assert.Equal("m-sophie", row.MemberId);

        _app.Clock.SetUtcNow(new DateTimeOffset(2027, 4, 1, 9, 0, 0, TimeSpan.Zero));
        await RunJobsAsync();
        var ended = (await Store.GetMandateAsync(mandate.Id, default))!;
        Assert.Equal((MandateStatus.Ended, new DateOnly(2027, 3, 31)), (ended.Status, ended.EndedOn));
    }
}
