using System.Text.Json.Nodes;
using FocalBot.Bot.Tests.Support;

namespace FocalBot.Bot.Tests.Turns;

/// Where the bot was installed in a team is kept, whoever installed it, so the network's posts have a channel.
public sealed class TeamInstallTests : IDisposable
{
    const string Team = "19:2b7d4e6f8a0c4e1b9d3f5a7c9e1b3d5f@thread.tacv2";
    const string StrangerAad = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    readonly BotApp _app = new();

    public void Dispose() => _app.Dispose();

    /// The team install as an installationUpdate, with the channel chosen in Teams' install dialog.
    static Payload Installed(string action = "add", string? selectedChannel = null)
    {
        var payload = Payload.Load("team-install").NewId().Set("type", "installationUpdate").Set("action", action).Set("membersAdded", (JsonNode?)null);
        return selectedChannel is null ? payload : payload.Set("channelData.settings", new JsonObject { ["selectedChannel"] = new JsonObject { ["id"] = selectedChannel } });
    }

    [Fact]
    public async Task A_team_install_by_someone_outside_the_directory_is_kept_and_nothing_about_them()
    {
        await _app.PostAsync(Payload.Load("team-install").From(StrangerAad));

        var team = await _app.Conversations.FindTeamAsync(null, default);
        Assert.Equal((Team, Team, "channel"), (team?.ConversationId, team?.TeamId, team?.ConversationType));
        Assert.Null(team!.UserAadObjectId);
        Assert.Null(await _app.Conversations.FindPersonalAsync(Payload.TenantId, StrangerAad, default));
        Assert.Empty(_app.Connector.Sends);   // not a member: no welcome
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains(StrangerAad));
    }

    [Fact]
    public async Task The_channel_chosen_at_install_is_the_one_kept_over_channels_met_later()
    {
        await _app.PostAsync(Installed(selectedChannel: "19:requests@thread.tacv2"));
        await _app.PostAsync(Payload.Load("team-install"));   // the conversationUpdate of the same install: General
        await _app.PostAsync(Payload.ChannelMention("help"));   // someone mentions the bot in yet another channel

        Assert.Equal("19:requests@thread.tacv2", (await _app.Conversations.FindTeamAsync(Team, default))?.ConversationId);
    }

    [Fact]
    public async Task Removing_the_bot_from_the_team_leaves_no_channel_until_it_is_added_again()
    {
        await _app.PostAsync(Installed(selectedChannel: "19:requests@thread.tacv2"));
        await _app.PostAsync(Payload.ChannelMention("help"));

        await _app.PostAsync(Installed("remove").From(StrangerAad));
        var removed = await _app.Conversations.FindTeamAsync(Team, default);
        await _app.PostAsync(Installed(selectedChannel: "19:requests@thread.tacv2"));

        Assert.Null(removed);
        Assert.Equal("19:requests@thread.tacv2", (await _app.Conversations.FindTeamAsync(Team, default))?.ConversationId);
    }
}
