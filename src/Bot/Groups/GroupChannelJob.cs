using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Groups;
using FocalBot.Domain.Members;

namespace FocalBot.Bot.Groups;

/// Posts each new group in the network channel once, in English and French (NetworkChannel makes it exactly-once with
/// its delivery row, queued by GroupSubject). Once Teams holds a post back, nothing more goes to the channel in this run.
public sealed class GroupChannelJob(IGroupStore groups, IMemberDirectory members, NetworkChannel channel) : IJob
{
    public async Task RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        foreach (var group in (await groups.ListAsync(ct)).Where(g => g.Status == GroupStatus.Active))
        {
            var lead = group.LeadId is { } id ? (await members.GetAsync(id, ct))?.DisplayName : null;
            var post = await channel.PostOnceAsync(GroupChannelPostCampaign.Key(group.Id), () => ProactiveMessage.Card(GroupCards.ChannelPost(group, lead)), ct);
            if (post.HeldBack) return;
        }
    }
}
