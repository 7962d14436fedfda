using FocalBot.Bot.Decisions;
using FocalBot.Bot.Groups;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Groups;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Groups;

/// A proposed group before the network: the proposal focal points read, and what the decision does, once.
public sealed class GroupSubjectTests : IAsyncLifetime
{
    BotApp _app = null!;

    public async Task InitializeAsync() => _app = await GroupApp.StartAsync();

    public Task DisposeAsync() { _app.Dispose(); return Task.CompletedTask; }

    [Fact]
    public async Task Nobody_objects_so_the_group_is_created_and_the_network_told_once()
    {
        await _app.PressAsync(GroupRoutes.Propose, GroupApp.Form());

        await _app.RunJobsAsync();
        var card = Assert.Single(_app.ChatOf(Payload.EliseAad), s => s.AllText.Contains(DecisionTexts.Title.Fr)).Shown;
        Assert.Contains("Intégration des enfants migrants / Integration of migrant children", card);
        Assert.DoesNotContain(_app.ChatOf(AMember.SophieAad), s => s.AllText.Contains(DecisionTexts.Title.En));

        _app.Clock.Advance(TimeSpan.FromDays(15));   // Tuesday 8 December: the deadline's day has ended
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();
        var deliveries = _app.Service<IDeliveryStore>();
        var rows = await deliveries.ListAsync(GroupCreatedCampaign.Key("g-new"), default);
        await _app.RunJobsAsync();

        Assert.Equal(GroupStatus.Active, (await _app.Groups().GetAsync("g-new", default))!.Status);
        Assert.Equal(["m-claire", "m-elise", "m-jonas", "m-sophie"], rows.Select(r => r.MemberId).Order());
        Assert.Equal(rows.Count, (await deliveries.ListAsync(GroupCreatedCampaign.Key("g-new"), default)).Count);
        var elise = Assert.Single(_app.ChatOf(Payload.EliseAad), s => s.Shown.Contains(GroupTexts.Created.Format(Language.Fr, "Intégration des enfants migrants")));
        Assert.Contains(GroupRoutes.Ask, elise.AllText);
        Assert.Single(_app.ChatOf(Payload.JonasAad), s => s.Shown.Contains(GroupTexts.Created.Format(Language.En, "Integration of migrant children")));
        var post = Assert.Single(_app.Connector.Sends, s => s.To.ConversationId.StartsWith("19:network@thread.tacv2", StringComparison.Ordinal));
        Assert.Contains(GroupTexts.Created.Format(Language.Fr, "Intégration des enfants migrants"), post.Shown);
        Assert.Contains(GroupTexts.Created.Format(Language.En, "Integration of migrant children"), post.Shown);
        Assert.Single(await _app.Service<IAuditLog>().ListAsync(20, default), e => e is { Action: "group.created", SubjectId: "g-new" });
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains("Integration of migrant") || l.Contains("Intégration des") || l.Contains("Élise Moreau"));
    }

    [Fact]
    public async Task A_withdrawn_proposal_withdraws_the_group_and_frees_its_name()
    {
        await _app.PressAsync(GroupRoutes.Propose, GroupApp.Form());
        var procedure = (await _app.Groups().GetAsync("g-new", default))!.ProcedureId!;

        var withdrawn = await _app.PressAsync(DecisionRoutes.Withdraw, new() { [DecisionCards.ProcedureKey] = procedure });
        await _app.RunJobsAsync();
        var again = await _app.PressAsync(GroupRoutes.Propose, GroupApp.Form(id: "g-again"));

        Assert.Contains(DecisionTexts.WithdrawnDone.En, withdrawn.CardText());
        Assert.Equal(GroupStatus.Withdrawn, (await _app.Groups().GetAsync("g-new", default))!.Status);
        Assert.Contains(GroupTexts.ProposedDone.Format(Language.En, new DateOnly(2026, 12, 7)), again.CardText());
        Assert.Single(CardText.Lines(again.Card), l => l == "Integration of migrant children");   // the withdrawn one is not listed
    }
}
