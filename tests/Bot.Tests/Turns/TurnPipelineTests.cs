using System.Net;
using System.Text.Json.Nodes;
using FocalBot.Bot.Help;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Storage;
using FocalBot.Bot.Tests.Support;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace FocalBot.Bot.Tests.Turns;

public sealed class TurnPipelineTests : IDisposable
{
    readonly BotApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_same_message_delivered_twice_is_answered_once()
    {
        var payload = Payload.PersonalMessage("help");

        await _app.PostAsync(payload);
        var again = await _app.PostAsync(payload);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(_app.Connector.Sends);
    }

    [Fact]
    public async Task The_same_invoke_delivered_twice_gets_the_same_answer_and_has_one_effect()
    {
        await _app.Given(AMember.Elise(Language.Fr));
        var payload = Payload.Execute(HelpRoutes.Language, new JsonObject { ["language"] = "en" });

        var first = await (await _app.PostAsync(payload)).Content.ReadAsStringAsync();
        await _app.Members.UpdateAsync("m-elise", m => m with { PreferredLanguage = Language.Fr }, default);   // if the repeat ran again it would switch back to English
        var second = await (await _app.PostAsync(payload)).Content.ReadAsStringAsync();

        Assert.Equal(first, second);
        Assert.Equal(Language.Fr, (await _app.Members.FindByAadAsync(Payload.TenantId, Payload.EliseAad, default))!.PreferredLanguage);
    }

    [Fact]
    public async Task A_fault_in_a_message_turn_tells_the_user_in_their_language_and_logs_no_content()
    {
        using var app = new BotApp().WithServices(s => s.AddSingleton<IConversationStore>(new FailingConversationStore()));

        await app.PostAsync(Payload.PersonalMessage("help SENTINEL-7f3a").Locale("fr-FR"));

        Assert.Equal(TurnTexts.Fault.Fr, Assert.Single(app.Connector.Sends).Activity.Text);
        Assert.Contains(app.Logs.Lines, l => l.Contains("Turn failed"));
        Assert.DoesNotContain(app.Logs.Lines, l => l.Contains("SENTINEL-7f3a") || l.Contains("Élise") || l.Contains("Moreau"));
    }

    [Fact]
    public async Task A_fault_in_an_invoke_answers_with_an_error_body_and_a_redelivery_runs_again()
    {
        var store = new FailingConversationStore();
        using var app = new BotApp().WithServices(s => s.AddSingleton<IConversationStore>(store));
        var payload = Payload.Execute(HelpRoutes.Language, new JsonObject { ["language"] = "en" });

        var failed = JsonNode.Parse(await (await app.PostAsync(payload)).Content.ReadAsStringAsync())!;
        store.Fail = false;
        var retried = JsonNode.Parse(await (await app.PostAsync(payload)).Content.ReadAsStringAsync())!;

        Assert.Equal(500, failed["statusCode"]!.GetValue<int>());
        Assert.Equal(TurnTexts.Fault.Fr, failed["value"]!["message"]!.GetValue<string>());
        Assert.Equal(200, retried["statusCode"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_message_without_a_sender_gets_no_reply_and_changes_nothing()
    {
        var payload = Payload.PersonalMessage("help").Set("from", (JsonNode?)null);
        var conversation = payload.Node["conversation"]!["id"]!.GetValue<string>();

        var response = await _app.PostAsync(payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_app.Connector.Sends);
        Assert.Null(await _app.Conversations.GetAsync(conversation, default));
        Assert.True(await _app.Service<IActivityLedger>().TryClaimAsync($"msteams|{conversation}|{payload.Id}", _app.Clock.GetUtcNow(), default));
    }

    [Fact]
    public async Task An_invoke_without_a_sender_is_refused_and_changes_nothing()
    {
        await _app.Given(AMember.Elise(Language.Fr));
        var payload = Payload.Execute(HelpRoutes.Language, new JsonObject { ["language"] = "en" }).Set("from", new JsonObject());   // a "from" without an id names no one either

        var body = JsonNode.Parse(await (await _app.PostAsync(payload)).Content.ReadAsStringAsync())!;

        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
        Assert.Empty(_app.Connector.Sends);
        Assert.Equal(Language.Fr, (await _app.Members.GetAsync("m-elise", default))!.PreferredLanguage);
    }

    [Fact]
    public async Task The_turn_log_scope_holds_ids_and_never_text_names_or_addresses()
    {
        await _app.Given(AMember.Elise());

        await _app.PostAsync(Payload.PersonalMessage("help SENTINEL-1b2c").Set("from.name", "Élise Moreau"));
        await _app.PostAsync(Payload.PersonalMessage("nonsense SENTINEL-1b2c"));

        Assert.Contains(_app.Logs.Lines, l => l.Contains("ActivityId="));
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains("SENTINEL-1b2c") || l.Contains("Moreau") || l.Contains("elise.moreau"));
    }

    [Fact]
    public void Every_card_verb_has_a_route()
    {
        var routes = Features.Routes();

        var verbs = Tests.Cards.AllCards.Samples().SelectMany(s => Bot.Cards.Card.Verbs(s.Card)).Distinct().ToList();

        Assert.NotEmpty(verbs);
        Assert.All(verbs, verb => Assert.Contains(verb, routes.Verbs));
    }

    [Fact]
    public void A_command_or_verb_registered_twice_throws_at_startup()
    {
        var routes = new TurnRouter().OnCommand(new Text("help", "aide"), new Text("", ""), Guard.AnyMember, (_, _) => Task.CompletedTask)
            .OnExecute("x.y", Guard.AnyMember, (_, _) => Task.FromResult(InvokeResponse.Message("")));

        Assert.Throws<InvalidOperationException>(() => routes.OnCommand(new Text("other", "aide"), new Text("", ""), Guard.AnyMember, (_, _) => Task.CompletedTask));
        Assert.Throws<InvalidOperationException>(() => routes.OnExecute("x.y", Guard.AnyMember, (_, _) => Task.FromResult(InvokeResponse.Message(""))));
    }

    [Fact]
    public async Task The_first_matching_route_wins_over_the_unknown_command_route()
    {
        await _app.PostAsync(Payload.PersonalMessage("HELP please"));

        Assert.Contains(HelpTexts.HelpTitle.Fr, Assert.Single(_app.Connector.Sends).AllText);
    }

    sealed class FailingConversationStore : IConversationStore
    {
        public bool Fail { get; set; } = true;
        Task Maybe() => Fail ? throw new InvalidOperationException("store down") : Task.CompletedTask;
        public Task SaveAsync(ConversationReference reference, CancellationToken ct) => Maybe();
        public Task<ConversationReference?> GetAsync(string conversationId, CancellationToken ct) => Task.FromResult<ConversationReference?>(null);
        public Task<ConversationReference?> FindPersonalAsync(string tenantId, string aadObjectId, CancellationToken ct) => Task.FromResult<ConversationReference?>(null);
        public Task<ConversationReference?> FindTeamAsync(string? teamId, CancellationToken ct) => Task.FromResult<ConversationReference?>(null);
        public Task SaveInstallAsync(ConversationReference channel, bool chosen, DateTimeOffset at, CancellationToken ct) => Maybe();
        public Task<bool> TryMarkWelcomedAsync(string conversationId, CancellationToken ct) => Task.FromResult(true);
        public Task MarkDeadAsync(string conversationId, CancellationToken ct) => Maybe();
    }
}
