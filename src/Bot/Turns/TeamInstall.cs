using FocalBot.Bot.Protocol;
using FocalBot.Bot.Storage;

namespace FocalBot.Bot.Turns;

/// Where the bot was installed in a team: the network's channel when Network:ChannelId is not set. Teams sends both an
/// installationUpdate and a conversationUpdate naming the bot for one install (bot-protocol §2); either records it, and
/// the second changes nothing that matters. The install is the bot's, not its installer's: it is recorded whoever added
/// the bot (the tenant was already checked), and nothing about that person is kept.
public static class TeamInstall
{
    /// A team's references marked dead on removal, at most: a team has a few channels where the bot was met.
    const int MaxChannelsPerTeam = 50;

    public static async Task RecordAsync(Activity activity, ConversationReference reference, IConversationStore conversations, KnownConversations known,
        DateTimeOffset now, CancellationToken ct)
    {
        if (activity.Teams.TeamId is not { Length: > 0 } team || reference.ConversationType != "channel") return;
        if (Added(activity))
        {
            // The channel chosen at install (installationUpdate's settings.selectedChannel) wins; an event naming none
            // (the conversationUpdate of the same install) gives the conversation it came in, the team's General channel,
            // kept only when the team has no installation yet.
            var selected = activity.Teams.SelectedChannelId is { Length: > 0 } id ? id : null;
            var channel = reference with
            {
                ConversationId = selected ?? ConversationReference.WithoutThread(reference.ConversationId), TeamId = team, UserId = null, UserAadObjectId = null,
            };
            await conversations.SaveInstallAsync(channel, chosen: selected is not null, now, ct);
            known.Stored(channel.ConversationId, channel.ServiceUrl);
        }
        else if (Removed(activity))
        {
            // Every channel of the team goes quiet: a post would get 403 BotNotInConversationRoster until the next install.
            for (var n = 0; n < MaxChannelsPerTeam && await conversations.FindTeamAsync(team, ct) is { } stale; n++)
            {
                await conversations.MarkDeadAsync(stale.ConversationId, ct);
                known.Forget(stale.ConversationId);
            }
        }
    }

    static bool Added(Activity activity) =>
        activity.Type == ActivityTypes.InstallationUpdate && activity.Action is "add" or "add-upgrade"
        || activity.Type == ActivityTypes.ConversationUpdate && activity.MembersAdded?.Any(m => IsBot(activity, m)) == true;

    static bool Removed(Activity activity) =>
        activity.Type == ActivityTypes.InstallationUpdate && activity.Action is "remove" or "remove-upgrade"
        || activity.Type == ActivityTypes.ConversationUpdate && activity.MembersRemoved?.Any(m => IsBot(activity, m)) == true;

    static bool IsBot(Activity activity, ChannelAccount account) => account.Id is { Length: > 0 } id && id == activity.Recipient?.Id;
}
