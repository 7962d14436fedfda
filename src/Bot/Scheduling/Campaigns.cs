using FocalBot.Bot.Protocol;
using FocalBot.Domain.Members;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FocalBot.Bot.Scheduling;

/// Every campaign the bot has, each registered once in its feature's setup (AddCampaign), found from a delivery row's
/// key by its prefix. Built when the job runner starts: two campaigns whose keys could be taken one for the other (the
/// same prefix, one prefix starting another, a prefix not closed by '/') stop the bot there, not on a row weeks later.
public sealed class Campaigns
{
    /// One registered campaign as the sender uses it. Name is the campaign's type, for the startup error.
    public sealed record Entry(string Prefix, string Name, bool SentElsewhere, MailNoticeKind? MailNotice,
        Func<string, Member, CancellationToken, Task<Activity?>> MessageAsync, Func<string, CancellationToken, Task<bool>> MentionsInChannelAsync)
    {
        /// A campaign the sender sends. A key under its prefix that names no subject (never written by it) writes no
        /// message: the row is closed, as for a withdrawn subject.
        public static Entry Sent<TCampaign, TSubject>(TCampaign campaign) where TCampaign : ICampaign<TSubject> =>
            new(TCampaign.Prefix, typeof(TCampaign).Name, false, campaign.MailNotice,
                (key, member, ct) => TCampaign.TryParse(key, out var subject) ? campaign.MessageAsync(subject, member, ct) : Task.FromResult<Activity?>(null),
                (key, ct) => TCampaign.TryParse(key, out var subject) ? campaign.MentionsInChannelAsync(subject, ct) : Task.FromResult(false));

        /// A campaign whose rows the feature's own job sends (a channel post, its mentions): the sender leaves them alone.
        public static Entry Elsewhere<TKey, TSubject>() where TKey : ICampaignKey<TSubject> =>
            new(TKey.Prefix, typeof(TKey).Name, true, null, (_, _, _) => Task.FromResult<Activity?>(null), (_, _) => Task.FromResult(false));
    }

    readonly IReadOnlyList<Entry> _entries;

    public Campaigns(IEnumerable<Entry> entries)
    {
        _entries = [.. entries];
        for (var i = 0; i < _entries.Count; i++)
        {
            var entry = _entries[i];
            if (!entry.Prefix.EndsWith('/') || entry.Prefix.Length < 2)
                throw new InvalidOperationException($"Campaign {entry.Name}: its prefix \"{entry.Prefix}\" must end with '/', so no other key starts with it by chance.");
            if (_entries.Where((_, j) => j != i).FirstOrDefault(other => other.Prefix.StartsWith(entry.Prefix, StringComparison.Ordinal)) is { } clash)
                throw new InvalidOperationException(
                    $"Campaigns {entry.Name} (\"{entry.Prefix}\") and {clash.Name} (\"{clash.Prefix}\"): a key of one could be read as the other's.");
        }
    }

    public IReadOnlyList<Entry> All => _entries;

    /// The campaign a row's key belongs to; null for a key no campaign writes (the sender parks the row).
    public Entry? For(string key) => _entries.FirstOrDefault(e => key.StartsWith(e.Prefix, StringComparison.Ordinal));
}

public static class CampaignRegistration
{
    /// Registers a campaign the sender sends (one line per campaign type in the feature's setup); the campaign is a
    /// singleton, made when the job runner starts, with what its message needs.
    public static IServiceCollection AddCampaign<TCampaign, TSubject>(this IServiceCollection services) where TCampaign : class, ICampaign<TSubject>
    {
        services.TryAddSingleton<Campaigns>();
        services.AddSingleton<TCampaign>();
        return services.AddSingleton(sp => Campaigns.Entry.Sent<TCampaign, TSubject>(sp.GetRequiredService<TCampaign>()));
    }

    /// Registers a campaign whose rows the feature's own job sends (a channel post, its mentions).
    public static IServiceCollection AddCampaignSentElsewhere<TKey, TSubject>(this IServiceCollection services) where TKey : ICampaignKey<TSubject>
    {
        services.TryAddSingleton<Campaigns>();
        return services.AddSingleton(Campaigns.Entry.Elsewhere<TKey, TSubject>());
    }
}
