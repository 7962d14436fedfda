using FocalBot.Bot.Storage.Sqlite;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Storage;

/// What every lease store does: one holder at a time, renewal by the holder, takeover after expiry.
public abstract class JobLeaseContract
{
    protected abstract IJobLease Leases { get; }

    static readonly DateTimeOffset Now = new(2027, 1, 15, 8, 0, 0, TimeSpan.Zero);
    static readonly TimeSpan Minutes3 = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_free_lease_is_taken_and_then_refused_to_another_owner()
    {
        Assert.True(await Leases.TryAcquireAsync("jobs", "a", Now, Minutes3, default));
        Assert.False(await Leases.TryAcquireAsync("jobs", "b", Now.AddMinutes(1), Minutes3, default));
    }

    [Fact]
    public async Task The_holder_renews_it_and_keeps_others_out_longer()
    {
        await Leases.TryAcquireAsync("jobs", "a", Now, Minutes3, default);

        Assert.True(await Leases.TryAcquireAsync("jobs", "a", Now.AddMinutes(2), Minutes3, default));
        Assert.False(await Leases.TryAcquireAsync("jobs", "b", Now.AddMinutes(4), Minutes3, default));
    }

    [Fact]
    public async Task An_expired_lease_passes_to_another_owner()
    {
        await Leases.TryAcquireAsync("jobs", "a", Now, Minutes3, default);

        Assert.True(await Leases.TryAcquireAsync("jobs", "b", Now.AddMinutes(3), Minutes3, default));
        Assert.False(await Leases.TryAcquireAsync("jobs", "a", Now.AddMinutes(4), Minutes3, default));
    }

    [Fact]
    public async Task Leases_of_different_names_are_independent()
    {
        Assert.True(await Leases.TryAcquireAsync("jobs", "a", Now, Minutes3, default));
        Assert.True(await Leases.TryAcquireAsync("other", "b", Now, Minutes3, default));
    }
}

public sealed class SqliteJobLeaseTests : JobLeaseContract, IDisposable
{
    readonly SqliteTestDatabase _db = new();

    protected override IJobLease Leases => new SqliteJobLease(_db.Database);

    public void Dispose() => _db.Dispose();
}

public sealed class SharePointJobLeaseTests : JobLeaseContract
{
    readonly GraphTestSite _site = new();

    protected override IJobLease Leases => _site.Leases();
}
