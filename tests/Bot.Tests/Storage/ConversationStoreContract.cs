using FocalBot.Bot.Protocol;
using FocalBot.Bot.Storage.Sqlite;
using FocalBot.Bot.Storage;
using FocalBot.Bot.Tests.Support;
using FocalBot.Bot.Turns;

namespace FocalBot.Bot.Tests.Storage;

/// What every IConversationStore does, whichever store is behind it.
public abstract class ConversationStoreContract
{
    protected abstract IConversationStore Store { get; }

    static ConversationReference Personal(string id = "a:1elise") => new()
    {
        ConversationId = id, ConversationType = "personal", ServiceUrl = Payload.TeamsServiceUrl, ChannelId = "msteams",
        TenantId = Payload.TenantId, BotId = "28:bot", UserId = "29:1elise", UserAadObjectId = Payload.EliseAad,
    };

    static ConversationReference Channel() => new()
    {
        ConversationId = "19:general@thread.tacv2", ConversationType = "channel", ServiceUrl = Payload.TeamsServiceUrl, ChannelId = "msteams",
        TenantId = Payload.TenantId, BotId = "28:bot", TeamId = "19:team@thread.tacv2",
    };

    [Fact]
    public async Task A_saved_reference_is_read_back_whole()
    {
        await Store.SaveAsync(Personal(), default);
        await Store.SaveAsync(Channel(), default);

        Assert.Equal(Personal(), await Store.GetAsync("a:1elise", default));
        Assert.Equal(Channel(), await Store.GetAsync("19:general@thread.tacv2", default));
        Assert.Null(await Store.GetAsync("a:unknown", default));
    }

    [Fact]
    public async Task The_personal_conversation_is_found_by_tenant_and_object_id_in_any_case()
    {
        await Store.SaveAsync(Channel(), default);
        await Store.SaveAsync(Personal(), default);

        var found = await Store.FindPersonalAsync(Payload.TenantId, Payload.EliseAad.ToUpperInvariant(), default);

        Assert.Equal("a:1elise", found?.ConversationId);
        Assert.Null(await Store.FindPersonalAsync("another-tenant", Payload.EliseAad, default));
        Assert.Null(await Store.FindPersonalAsync(Payload.TenantId, Payload.JonasAad, default));
    }

    [Fact]
    public async Task Saving_again_refreshes_the_reference_and_keeps_what_the_new_one_does_not_say()
    {
        await Store.SaveAsync(Personal(), default);

        await Store.SaveAsync(Personal() with { ServiceUrl = Payload.LocalServiceUrl, BotId = null, UserId = null, TenantId = null }, default);

        Assert.Equal(Personal() with { ServiceUrl = Payload.LocalServiceUrl }, await Store.GetAsync("a:1elise", default));
    }

    [Fact]
    public async Task A_dead_conversation_is_not_found_until_it_is_saved_again()
    {
        await Store.SaveAsync(Personal(), default);

        await Store.MarkDeadAsync("a:1elise", default);
        var dead = await Store.FindPersonalAsync(Payload.TenantId, Payload.EliseAad, default);
        await Store.SaveAsync(Personal(), default);

        Assert.Null(dead);
        Assert.True((await Store.GetAsync("a:1elise", default) is { IsDead: false }));
        Assert.NotNull(await Store.FindPersonalAsync(Payload.TenantId, Payload.EliseAad, default));
    }

    [Fact]
    public async Task A_conversation_is_welcomed_once_even_when_saved_again()
    {
        await Store.SaveAsync(Personal(), default);

        var first = await Store.TryMarkWelcomedAsync("a:1elise", default);
        await Store.SaveAsync(Personal(), default);
        var second = await Store.TryMarkWelcomedAsync("a:1elise", default);

        Assert.True(first);
        Assert.False(second);
    }

    [Fact]
    public async Task Marking_dead_allows_a_new_welcome()
    {
        await Store.SaveAsync(Personal(), default);
        await Store.TryMarkWelcomedAsync("a:1elise", default);

        await Store.MarkDeadAsync("a:1elise", default);
        await Store.SaveAsync(Personal(), default);

        Assert.True(await Store.TryMarkWelcomedAsync("a:1elise", default));
        Assert.False(await Store.TryMarkWelcomedAsync("a:1elise", default));
    }

    [Fact]
    public async Task Unknown_conversations_are_neither_welcomed_nor_an_error_to_mark_dead()
    {
        await Store.MarkDeadAsync("a:unknown", default);

        Assert.False(await Store.TryMarkWelcomedAsync("a:unknown", default));
        Assert.Null(await Store.GetAsync("a:unknown", default));
    }

    static ConversationReference Channel(string id, string? team) => new()
    {
        ConversationId = id, ConversationType = team is null ? "personal" : "channel", ServiceUrl = Payload.TeamsServiceUrl,
        ChannelId = "msteams", TenantId = Payload.TenantId, TeamId = team,
    };

    [Fact]
    public async Task The_team_found_is_the_one_asked_for_or_else_the_last_one_met_and_never_a_dead_one()
    {
        await Store.SaveAsync(Channel("19:a-general", "19:a-general"), default);
        await Store.SaveAsync(Channel("19:b-general", "19:b-general"), default);
        await Store.SaveAsync(Channel("a:personal", null), default);
        await Store.SaveAsync(Channel("19:a-general", "19:a-general"), default);   // seen again: still met first

        Assert.Equal("19:b-general", (await Store.FindTeamAsync(null, default))?.TeamId);
        Assert.Equal("19:a-general", (await Store.FindTeamAsync("19:a-general", default))?.TeamId);
        Assert.Null(await Store.FindTeamAsync("19:unknown", default));

        await Store.MarkDeadAsync("19:b-general", default);

        Assert.Equal("19:a-general", (await Store.FindTeamAsync(null, default))?.TeamId);
    }

    static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_channel_of_the_latest_installation_wins_over_channels_met_later()
    {
        await Store.SaveInstallAsync(Channel("19:a-requests", "19:a-general"), chosen: true, Monday, default);
        await Store.SaveAsync(Channel("19:a-random", "19:a-general"), default);   // someone mentioned the bot there later
        await Store.SaveAsync(Channel("19:b-general", "19:b-general"), default);

        Assert.Equal("19:a-requests", (await Store.FindTeamAsync(null, default))?.ConversationId);
        Assert.Equal("19:a-requests", (await Store.FindTeamAsync("19:a-general", default))?.ConversationId);

        await Store.SaveInstallAsync(Channel("19:b-general", "19:b-general"), chosen: false, Monday.AddDays(1), default);
        await Store.SaveAsync(Channel("19:a-requests", "19:a-general"), default);   // met again: still the earlier install

        Assert.Equal("19:b-general", (await Store.FindTeamAsync(null, default))?.ConversationId);
        Assert.Equal("19:a-requests", (await Store.FindTeamAsync("19:a-general", default))?.ConversationId);
    }

    [Fact]
    public async Task A_channel_not_chosen_does_not_replace_the_teams_live_installation_but_a_chosen_one_does()
    {
        await Store.SaveInstallAsync(Channel("19:a-requests", "19:a-general"), chosen: true, Monday, default);

        await Store.SaveInstallAsync(Channel("19:a-general", "19:a-general"), chosen: false, Monday.AddMinutes(1), default);
        var kept = await Store.FindTeamAsync("19:a-general", default);
        await Store.SaveInstallAsync(Channel("19:a-news", "19:a-general"), chosen: true, Monday.AddMinutes(2), default);
        var replaced = await Store.FindTeamAsync("19:a-general", default);
        await Store.MarkDeadAsync("19:a-news", default);
        await Store.MarkDeadAsync("19:a-requests", default);
        await Store.SaveInstallAsync(Channel("19:a-general", "19:a-general"), chosen: false, Monday.AddMinutes(3), default);

        Assert.Equal("19:a-requests", kept?.ConversationId);
        Assert.Equal("19:a-news", replaced?.ConversationId);
        Assert.Equal("19:a-general", (await Store.FindTeamAsync("19:a-general", default))?.ConversationId);
    }

    [Fact]
    public async Task A_dead_installation_gives_way_to_a_channel_met_in_the_team()
    {
        await Store.SaveAsync(Channel("19:a-random", "19:a-general"), default);
        await Store.SaveInstallAsync(Channel("19:a-requests", "19:a-general"), chosen: true, Monday, default);

        await Store.MarkDeadAsync("19:a-requests", default);

        Assert.Equal("19:a-random", (await Store.FindTeamAsync("19:a-general", default))?.ConversationId);
        Assert.Equal(Channel("19:a-requests", "19:a-general") with { IsDead = true }, await Store.GetAsync("19:a-requests", default));
    }

    [Fact]
    public async Task Concurrent_welcomes_of_one_conversation_let_exactly_one_through()
    {
        await Store.SaveAsync(Personal(), default);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Store.TryMarkWelcomedAsync("a:1elise", default))));

        Assert.Single(outcomes, welcomed => welcomed);
    }
}

public sealed class SqliteConversationStoreTests : ConversationStoreContract, IDisposable
{
    readonly SqliteTestDatabase _db = new();

    protected override IConversationStore Store => new SqliteConversationStore(_db.Database);

    public void Dispose() => _db.Dispose();
}

public sealed class SharePointConversationStoreTests : ConversationStoreContract
{
    readonly GraphTestSite _site = new();

    protected override IConversationStore Store => _site.Conversations();
}
