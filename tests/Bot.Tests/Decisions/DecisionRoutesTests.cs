using System.Text.Json.Nodes;
using FocalBot.Bot.Decisions;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Decisions;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FocalBot.Bot.Tests.Decisions;

/// A subject of the tests' own: what a feature registers for its kind of proposal. It records what the job hands it.
public sealed class TestSubject : IProposalSubject
{
    public ProposalKind Kind => ProposalKind.ThematicGroup;
    public List<(string Procedure, string What)> Calls { get; } = [];

    public Task<ProposalView?> DescribeAsync(string subjectId, Language language, CancellationToken ct) => Task.FromResult<ProposalView?>(subjectId == "gone" ? null :
        new ProposalView(language == Language.Fr ? "Enfants migrants" : "Migrant children", [(language == Language.Fr ? "Objet" : "Purpose", "Schooling")], "SUBJECT-BODY"));

    public Task AdoptedAsync(SilenceProcedure procedure, DateOnly today, CancellationToken ct) { Calls.Add((procedure.Id, "adopted")); return Task.CompletedTask; }

    public Task WithdrawnAsync(SilenceProcedure procedure, DateOnly today, CancellationToken ct) { Calls.Add((procedure.Id, "withdrawn")); return Task.CompletedTask; }
}

/// Focal points object to a proposal; the office reads the objections, withdraws or asks again. The clock starts on
/// Monday 23 November 2026; ten working days later is Monday 7 December.
public sealed class DecisionRoutesTests : IDisposable
{
    // The tests' subject stands in for the features' own: one subject per kind of proposal.
    readonly BotApp _app = RequestApp.New().WithServices(s =>
    {
        s.RemoveAll<IProposalSubject>();
        s.AddProposalSubject<TestSubject>();
    });

    public void Dispose() => _app.Dispose();

    async Task<SilenceProcedure> ProposeAsync(string subjectId = "g1") =>
        (await _app.Service<Proposals>().ProposeAsync(AMember.Sophie(), ProposalKind.ThematicGroup, subjectId, default)).Value!;

    Task<Pressed> ObjectAsync(SilenceProcedure p, string reason, string fromAad = Payload.EliseAad, int? round = null) =>
        _app.PressAsync(DecisionRoutes.Object, new JsonObject
        {
            [DecisionCards.ProcedureKey] = p.Id, [DecisionCards.RoundKey] = (round ?? p.Round).ToString(System.Globalization.CultureInfo.InvariantCulture),
            [DecisionCards.ReasonInput] = reason,
        }, fromAad);

    Task<SilenceProcedure?> StoredAsync(SilenceProcedure p) => _app.Service<IProcedureStore>().GetAsync(p.Id, default);

    [Fact]
    public async Task A_proposal_goes_once_to_every_active_focal_point_in_their_language_with_its_deadline()
    {
        await _app.OpenChatAsync(Payload.EliseAad);
        var procedure = await ProposeAsync();

        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        var rows = await _app.Deliveries().ListAsync(ProposalCampaign.Key(new(procedure.Id, 1)), default);
        Assert.Equal(["m-elise", "m-jonas", "m-marc"], rows.Select(r => r.MemberId).Order());
        Assert.Equal(new DateOnly(2026, 12, 7), procedure.Deadline);
        var sent = Assert.Single(_app.Connector.To(RequestApp.ChatOf(Payload.EliseAad)), s => s.Shown.Contains(DecisionTexts.Title.Fr));
        Assert.Contains(DecisionTexts.SilenceRule.Format(Language.Fr, procedure.Deadline), sent.Shown);
        Assert.Contains("Enfants migrants", sent.Shown);
    }

    [Fact]
    public async Task A_focal_point_objects_with_a_reason_the_office_reads_and_nothing_of_it_reaches_the_logs()
    {
        var procedure = await ProposeAsync();

        var pressed = await ObjectAsync(procedure, "SENTINEL-4b1f overlaps with the GRETA");

        Assert.Contains(DecisionTexts.Objected.Format(Language.Fr, new DateOnly(2026, 11, 23)), pressed.CardText());
        var stored = await StoredAsync(procedure);
        var objection = Assert.Single(stored!.Objections);
        Assert.Equal(("m-elise", "FR", "SENTINEL-4b1f overlaps with the GRETA"), (objection.MemberId, objection.StateCode?.Value, objection.Reason));
        var entry = Assert.Single(await _app.Service<IAuditLog>().ListAsync(10, default));
        Assert.Equal(("m-elise", "decision.objected", procedure.Id), (entry.ActorId, entry.Action, entry.SubjectId));
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains("SENTINEL-4b1f"));
        var view = await _app.PressAsync(DecisionRoutes.View, new JsonObject { [DecisionCards.ProcedureKey] = procedure.Id });
        Assert.Contains("SENTINEL-4b1f overlaps with the GRETA", view.CardText());
        Assert.Contains("Élise Moreau", view.CardText());
    }

    [Fact]
    public async Task An_objection_without_reason_keeps_the_card_with_what_to_fix_and_saves_nothing()
    {
        var procedure = await ProposeAsync();

        var pressed = await ObjectAsync(procedure, "   ");

        Assert.Contains(DecisionTexts.Describe(SilenceRefusal.ReasonMissing, Language.Fr), pressed.CardText());
        Assert.Empty((await StoredAsync(procedure))!.Objections);
    }

    [Fact]
    public async Task Objections_after_the_deadline_from_the_office_or_twice_are_refused_and_change_nothing()
    {
        var procedure = await ProposeAsync();
        await ObjectAsync(procedure, "First.");

        var twice = await ObjectAsync(procedure, "Second.");
        var office = await ObjectAsync(procedure, "No.", Payload.SophieAad);
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero));
        var late = await ObjectAsync(procedure, "Late.", Payload.JonasAad);

        Assert.Equal(DecisionTexts.Describe(SilenceRefusal.AlreadyObjected, Language.Fr), twice.Message);
        Assert.Equal(DecisionTexts.Describe(SilenceRefusal.NotAFocalPoint, Language.En), office.Message);
        Assert.Equal(DecisionTexts.Describe(SilenceRefusal.DeadlinePassed, Language.En), late.Message);
        Assert.Equal(["First."], (await StoredAsync(procedure))!.Objections.Select(o => o.Reason));
    }

    [Fact]
    public async Task The_office_is_told_once_a_round_as_soon_as_someone_objects()
    {
        var procedure = await ProposeAsync();
        await ObjectAsync(procedure, "Overlaps.");
        await ObjectAsync(procedure, "Too broad.", Payload.JonasAad);

        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        var rows = await _app.Deliveries().ListAsync(ObjectedCampaign.Key(new(procedure.Id, 1)), default);
        Assert.Equal(["m-sophie"], rows.Select(r => r.MemberId));
    }

    [Fact]
    public async Task After_the_deadline_day_the_proposal_stands_without_objection_and_the_feature_applies_it()
    {
        var procedure = await ProposeAsync();
        var subject = _app.Service<TestSubject>();

        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 22, 0, 0, TimeSpan.Zero));   // 23:00 in Strasbourg: still the deadline day
        await _app.RunJobsAsync();
        Assert.Equal(SilenceStatus.Open, (await StoredAsync(procedure))!.Status);
        Assert.Empty(subject.Calls);

        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero));
        await _app.RunJobsAsync();

        var decided = (await StoredAsync(procedure))!;
        Assert.Equal((SilenceStatus.Adopted, new DateOnly(2026, 12, 8)), (decided.Status, decided.DecidedOn));
        Assert.Equal([(procedure.Id, "adopted")], subject.Calls);
    }

    [Fact]
    public async Task With_an_objection_the_deadline_leaves_it_objected_and_the_office_asks_again_in_a_second_round()
    {
        var procedure = await ProposeAsync();
        await ObjectAsync(procedure, "Overlaps.");
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero));
        await _app.RunJobsAsync();
        Assert.Equal(SilenceStatus.Objected, (await StoredAsync(procedure))!.Status);

        var again = await _app.PressAsync(DecisionRoutes.AskAgain, new JsonObject { [DecisionCards.ProcedureKey] = procedure.Id });
        var oldCard = await ObjectAsync(procedure, "Still.", Payload.JonasAad, round: 1);

        var asked = (await StoredAsync(procedure))!;
        Assert.Equal((SilenceStatus.Open, 2, new DateOnly(2026, 12, 22)), (asked.Status, asked.Round, asked.Deadline));
        Assert.Contains(DecisionTexts.QueuedMany.Format(Language.En, 3), again.CardText());
        Assert.Equal(3, (await _app.Deliveries().ListAsync(ProposalCampaign.Key(new(procedure.Id, 2)), default)).Count);
        Assert.Equal(DecisionTexts.NewRound.In(Language.En), oldCard.Message);
        Assert.Equal("Overlaps.", Assert.Single(asked.Earlier).Reason);
    }

    [Fact]
    public async Task The_office_withdraws_a_proposal_the_feature_withdraws_its_subject_and_a_late_objection_is_told_so()
    {
        var procedure = await ProposeAsync();

        var withdrawn = await _app.PressAsync(DecisionRoutes.Withdraw, new JsonObject { [DecisionCards.ProcedureKey] = procedure.Id });
        var objection = await ObjectAsync(procedure, "Too late?");

        Assert.Contains(DecisionTexts.WithdrawnDone.En, withdrawn.CardText());
        Assert.Equal(SilenceStatus.Withdrawn, (await StoredAsync(procedure))!.Status);
        Assert.Contains((procedure.Id, "withdrawn"), _app.Service<TestSubject>().Calls);
        Assert.Equal(DecisionTexts.Describe(SilenceRefusal.NotOpen, Language.Fr), objection.Message);
    }

    [Fact]
    public async Task Only_the_office_reads_objections_withdraws_or_asks_again()
    {
        var procedure = await ProposeAsync();
        var data = new JsonObject { [DecisionCards.ProcedureKey] = procedure.Id };

        var view = await _app.PressAsync(DecisionRoutes.View, data.DeepClone().AsObject(), Payload.EliseAad);
        var withdraw = await _app.PressAsync(DecisionRoutes.Withdraw, data.DeepClone().AsObject(), Payload.EliseAad);

        Assert.Equal(DecisionTexts.Describe(SilenceRefusal.NotAllowed, Language.Fr), view.Message);
        Assert.Equal(DecisionTexts.Describe(SilenceRefusal.NotAllowed, Language.Fr), withdraw.Message);
        Assert.Equal(SilenceStatus.Open, (await StoredAsync(procedure))!.Status);
    }

    [Fact]
    public void Two_subjects_for_one_kind_of_proposal_stop_the_bot_at_startup()
    {
        using var app = RequestApp.New().WithServices(s => s.AddProposalSubject<TestSubject>());   // beside the groups' own

        Assert.Contains("proposal subject for the same kind", StartupFailure.Of(app));
    }

    [Fact]
    public async Task Proposing_a_subject_again_after_a_fault_finds_its_procedure_and_queues_nothing_twice()
    {
        var first = await ProposeAsync("g7");
        var rows = (await _app.Deliveries().ListAsync(ProposalCampaign.Key(new(first.Id, 1)), default)).Count;

        var again = await ProposeAsync("g7");

        Assert.Equal((Proposals.IdOf(ProposalKind.ThematicGroup, "g7"), first.Version), (again.Id, again.Version));
        Assert.Single(await _app.Service<IProcedureStore>().ListAsync(default));
        Assert.Equal(rows, (await _app.Deliveries().ListAsync(ProposalCampaign.Key(new(first.Id, 1)), default)).Count);
    }

    [Fact]
    public async Task A_decision_is_handed_to_its_feature_for_a_week_then_left_alone()
    {
        var procedure = await ProposeAsync();
        var subject = _app.Service<TestSubject>();

        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero));
        await _app.RunJobsAsync();
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 15, 9, 0, 0, TimeSpan.Zero));   // the seventh day after
        await _app.RunJobsAsync();
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 16, 9, 0, 0, TimeSpan.Zero));
        await _app.RunJobsAsync();

        Assert.Equal([(procedure.Id, "adopted"), (procedure.Id, "adopted")], subject.Calls);
    }
}
