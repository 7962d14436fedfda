using FocalBot.Bot.Storage.Sqlite;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Storage;

/// What every delivery store does: one row per campaign and member, versioned updates, the waiting ones listed.
public abstract class DeliveryStoreContract
{
    protected abstract IDeliveryStore Store { get; }

    static readonly DateTimeOffset Now = new(2027, 1, 15, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Rows_are_created_pending_once_per_campaign_and_member()
    {
        var created = await Store.AddPendingAsync("details-check/2027", ["m1", "m2"], Now, default);
        var again = await Store.AddPendingAsync("details-check/2027", ["m2", "m3"], Now, default);

        Assert.Equal((2, 1), (created, again));
        var rows = await Store.ListAsync("details-check/2027", default);
        Assert.Equal(["m1", "m2", "m3"], rows.Select(r => r.MemberId));
        Assert.All(rows, r => Assert.Equal(DeliveryStatus.Pending, r.Status));
        Assert.Empty(await Store.ListAsync("details-check/2028", default));
    }

    [Fact]
    public async Task An_update_lands_on_the_version_it_read_and_loses_to_a_change_made_since()
    {
        await Store.AddPendingAsync("c/1", ["m1"], Now, default);
        var read = (await Store.GetAsync("c/1", "m1", default))!;

        var first = await Store.SaveAsync(read with { Status = DeliveryStatus.Uncertain, UpdatedAt = Now }, default);
        var stale = await Store.SaveAsync(read with { Status = DeliveryStatus.Uncertain, UpdatedAt = Now }, default);

        var saved = Assert.IsType<SaveResult.Saved>(first);
        Assert.IsType<SaveResult.Conflict>(stale);
        var current = (await Store.GetAsync("c/1", "m1", default))!;
        Assert.Equal((DeliveryStatus.Uncertain, saved.Version), (current.Status, current.Version));
    }

    [Fact]
    public async Task A_sent_row_keeps_its_message_id_and_a_failed_one_its_error()
    {
        await Store.AddPendingAsync("c/1", ["m1", "m2"], Now, default);

        await Store.SaveAsync((await Store.GetAsync("c/1", "m1", default))! with { Status = DeliveryStatus.Sent, ActivityId = "1:abc", UpdatedAt = Now }, default);
        await Store.SaveAsync((await Store.GetAsync("c/1", "m2", default))! with { Status = DeliveryStatus.Failed, ErrorCode = "ConversationBlockedByUser", UpdatedAt = Now }, default);

        Assert.Equal("1:abc", (await Store.GetAsync("c/1", "m1", default))!.ActivityId);
        Assert.Equal("ConversationBlockedByUser", (await Store.GetAsync("c/1", "m2", default))!.ErrorCode);
    }

    [Fact]
    public async Task Waiting_rows_are_the_pending_and_no_chat_ones_of_every_campaign()
    {
        await Store.AddPendingAsync("a/1", ["m1", "m2", "m3"], Now, default);
        await Store.AddPendingAsync("b/1", ["m1"], Now, default);
        await Store.SaveAsync((await Store.GetAsync("a/1", "m2", default))! with { Status = DeliveryStatus.NoChat }, default);
        await Store.SaveAsync((await Store.GetAsync("a/1", "m3", default))! with { Status = DeliveryStatus.Uncertain }, default);

        var waiting = await Store.ListWaitingAsync(default);

        Assert.Equal(["a/1 m1", "a/1 m2", "b/1 m1"], waiting.Select(d => $"{d.Campaign} {d.MemberId}"));
    }

    [Fact]
    public async Task A_row_keeps_how_its_recipient_was_reached_and_can_forget_it()
    {
        await Store.AddPendingAsync("c/1", ["m1", "m2"], Now, default);

        await Store.SaveAsync((await Store.GetAsync("c/1", "m1", default))! with { Status = DeliveryStatus.Sent, Path = DeliveryPath.NewChat }, default);
        var m2 = (await Store.GetAsync("c/1", "m2", default))!;
        await Store.SaveAsync(m2 with { Status = DeliveryStatus.NoChat, Path = DeliveryPath.ChannelMention }, default);
        await Store.SaveAsync((await Store.GetAsync("c/1", "m2", default))! with { Status = DeliveryStatus.Pending, Path = null }, default);

        Assert.Equal(DeliveryPath.NewChat, (await Store.GetAsync("c/1", "m1", default))!.Path);
        Assert.Null((await Store.GetAsync("c/1", "m2", default))!.Path);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("")]
    public async Task A_save_with_a_version_the_store_never_gave_is_a_conflict_and_changes_nothing(string version)
    {
        await Store.AddPendingAsync("c/1", ["m1"], Now, default);

        var crafted = await Store.SaveAsync((await Store.GetAsync("c/1", "m1", default))! with { Status = DeliveryStatus.Sent, Version = version }, default);

        Assert.IsType<SaveResult.Conflict>(crafted);
        Assert.Equal(DeliveryStatus.Pending, (await Store.GetAsync("c/1", "m1", default))!.Status);
    }

    [Fact]
    public async Task An_unknown_row_is_null_and_cannot_be_saved()
    {
        Assert.Null(await Store.GetAsync("c/1", "nobody", default));
        Assert.IsType<SaveResult.Conflict>(await Store.SaveAsync(new Delivery { Campaign = "c/1", MemberId = "nobody", Version = "1" }, default));
    }
}

public sealed class SqliteDeliveryStoreTests : DeliveryStoreContract, IDisposable
{
    readonly SqliteTestDatabase _db = new();

    protected override IDeliveryStore Store => new SqliteDeliveryStore(_db.Database);

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_database_made_before_rows_kept_their_path_gains_the_column_and_keeps_its_rows()
    {
        using var old = new SqliteTestDatabase();
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(old.ConnectionString()).DataSource;
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file}"))
        {
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = """
                CREATE TABLE deliveries (campaign TEXT NOT NULL, member_id TEXT NOT NULL, status TEXT NOT NULL, activity_id TEXT,
                    error_code TEXT, updated_at TEXT, version INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (campaign, member_id));
                INSERT INTO deliveries (campaign, member_id, status) VALUES ('c/1', 'm1', 'Sent');
                """;
            await create.ExecuteNonQueryAsync();
        }
        var store = new SqliteDeliveryStore(new SqliteDatabase(file));

        var row = await store.GetAsync("c/1", "m1", default);
        var saved = await store.SaveAsync(row! with { Path = DeliveryPath.Chat }, default);

        Assert.Equal(DeliveryStatus.Sent, row.Status);
        Assert.IsType<SaveResult.Saved>(saved);
        Assert.Equal(DeliveryPath.Chat, (await store.GetAsync("c/1", "m1", default))!.Path);
    }
}

public sealed class SharePointDeliveryStoreTests : DeliveryStoreContract
{
    readonly GraphTestSite _site = new();

    protected override IDeliveryStore Store => _site.Deliveries();
}
