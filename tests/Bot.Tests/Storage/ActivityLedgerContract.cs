using FocalBot.Bot.Storage.Sqlite;
using FocalBot.Bot.Storage;
using FocalBot.Bot.Turns;

namespace FocalBot.Bot.Tests.Storage;

/// What every IActivityLedger does, whichever store is behind it.
public abstract class ActivityLedgerContract
{
    static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    protected abstract IActivityLedger Ledger { get; }

    [Fact]
    public async Task An_activity_is_claimed_once()
    {
        Assert.True(await Ledger.TryClaimAsync("msteams|a:1|act-1", Now, default));
        Assert.False(await Ledger.TryClaimAsync("msteams|a:1|act-1", Now, default));
        Assert.True(await Ledger.TryClaimAsync("msteams|a:1|act-2", Now, default));
    }

    [Fact]
    public async Task A_completed_invoke_keeps_its_answer_for_a_redelivery()
    {
        await Ledger.TryClaimAsync("msteams|a:1|act-1", Now, default);
        var before = await Ledger.GetResponseAsync("msteams|a:1|act-1", default);

        await Ledger.CompleteAsync("msteams|a:1|act-1", """{"statusCode":200}""", default);

        Assert.Null(before);
        Assert.Equal("""{"statusCode":200}""", await Ledger.GetResponseAsync("msteams|a:1|act-1", default));
        Assert.False(await Ledger.TryClaimAsync("msteams|a:1|act-1", Now, default));
    }

    [Fact]
    public async Task A_completed_message_has_no_answer_and_stays_claimed()
    {
        await Ledger.TryClaimAsync("msteams|a:1|act-1", Now, default);

        await Ledger.CompleteAsync("msteams|a:1|act-1", null, default);

        Assert.Null(await Ledger.GetResponseAsync("msteams|a:1|act-1", default));
        Assert.False(await Ledger.TryClaimAsync("msteams|a:1|act-1", Now, default));
    }

    [Fact]
    public async Task A_released_claim_can_be_claimed_again()
    {
        await Ledger.TryClaimAsync("msteams|a:1|act-1", Now, default);

        await Ledger.ReleaseAsync("msteams|a:1|act-1", default);

        Assert.True(await Ledger.TryClaimAsync("msteams|a:1|act-1", Now, default));
    }

    [Fact]
    public async Task Keys_longer_than_a_text_column_are_claimed_once()
    {
        var key = "msteams|19:" + new string('c', 300) + "@thread.tacv2|1795375112445";

        Assert.True(await Ledger.TryClaimAsync(key, Now, default));
        Assert.False(await Ledger.TryClaimAsync(key, Now, default));
        Assert.True(await Ledger.TryClaimAsync(key + "0", Now, default));
    }
}

public sealed class SqliteActivityLedgerTests : ActivityLedgerContract, IDisposable
{
    readonly SqliteTestDatabase _db = new();
    readonly SqliteActivityLedger _ledger;

    public SqliteActivityLedgerTests() => _ledger = new SqliteActivityLedger(_db.Database);

    protected override IActivityLedger Ledger => _ledger;

    public void Dispose() => _db.Dispose();
}

public sealed class SharePointActivityLedgerTests : ActivityLedgerContract
{
    readonly GraphTestSite _site = new();
    readonly IActivityLedger _ledger;

    public SharePointActivityLedgerTests() => _ledger = _site.Ledger();

    protected override IActivityLedger Ledger => _ledger;
}
