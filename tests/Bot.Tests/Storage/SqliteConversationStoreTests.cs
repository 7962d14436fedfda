using FocalBot.Bot.Protocol;
using FocalBot.Bot.Tests.Support;

namespace FocalBot.Bot.Tests.Storage;

public sealed class SqliteConversationStoreTests : IDisposable
{
    readonly BotApp _app = new();

    public void Dispose() => _app.Dispose();

    static ConversationReference Channel(string id, string? team) => new()
    {
        ConversationId = id, ConversationType = team is null ? "personal" : "channel", ServiceUrl = Payload.TeamsServiceUrl,
        ChannelId = "msteams", TenantId = Payload.TenantId, TeamId = team,
    };

    [Fact]
    public async Task The_team_found_is_the_one_asked_for_or_else_the_last_one_met_and_never_a_dead_one()
    {
        await _app.Conversations.SaveAsync(Channel("19:a-general", "19:a-general"), default);
        await _app.Conversations.SaveAsync(Channel("19:b-general", "19:b-general"), default);
        await _app.Conversations.SaveAsync(Channel("a:personal", null), default);
        await _app.Conversations.SaveAsync(Channel("19:a-general", "19:a-general"), default);   // seen again: still met first

        Assert.Equal("19:b-general", (await _app.Conversations.FindTeamAsync(null, default))?.TeamId);
        Assert.Equal("19:a-general", (await _app.Conversations.FindTeamAsync("19:a-general", default))?.TeamId);
        Assert.Null(await _app.Conversations.FindTeamAsync("19:unknown", default));

        await _app.Conversations.MarkDeadAsync("19:b-general", default);

        Assert.Equal("19:a-general", (await _app.Conversations.FindTeamAsync(null, default))?.TeamId);
    }
}
