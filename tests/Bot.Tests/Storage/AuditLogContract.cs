using FocalBot.Bot.Storage.Sqlite;
using FocalBot.Domain.Audit;

namespace FocalBot.Bot.Tests.Storage;

/// What every IAuditLog does, whichever store is behind it.
public abstract class AuditLogContract
{
    static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    protected abstract IAuditLog Log { get; }

    static AuditEntry Entry(int n) => new(Now.AddMinutes(n), "m-office", $"member.update", "member", $"m-{n:D2}");

    [Fact]
    public async Task Entries_are_listed_newest_first_as_appended()
    {
        for (var n = 1; n <= 3; n++) await Log.AppendAsync(Entry(n), default);

        Assert.Equal([Entry(3), Entry(2), Entry(1)], await Log.ListAsync(10, default));
    }

    [Fact]
    public async Task Entries_with_the_same_time_keep_their_order()
    {
        await Log.AppendAsync(Entry(1) with { SubjectId = "first" }, default);
        await Log.AppendAsync(Entry(1) with { SubjectId = "second" }, default);

        Assert.Equal(["second", "first"], (await Log.ListAsync(10, default)).Select(e => e.SubjectId));
    }

    [Fact]
    public async Task The_list_stops_at_max_over_several_pages()
    {
        for (var n = 1; n <= 12; n++) await Log.AppendAsync(Entry(n), default);

        Assert.Equal(Enumerable.Range(5, 8).Reverse().Select(Entry), await Log.ListAsync(8, default));
        Assert.Equal(12, (await Log.ListAsync(100, default)).Count);
    }

    [Fact]
    public async Task An_empty_log_lists_nothing()
    {
        Assert.Empty(await Log.ListAsync(10, default));
    }
}

public sealed class SqliteAuditLogTests : AuditLogContract, IDisposable
{
    readonly SqliteTestDatabase _db = new();

    protected override IAuditLog Log => new SqliteAuditLog(_db.Database);

    public void Dispose() => _db.Dispose();
}

public sealed class SharePointAuditLogTests : AuditLogContract
{
    readonly GraphTestSite _site = new();

    protected override IAuditLog Log => _site.Audit();
}
