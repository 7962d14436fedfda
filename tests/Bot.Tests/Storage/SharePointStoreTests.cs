using FocalBot.Bot.Storage.SharePoint;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Storage;

/// What only the SharePoint stores have to get right: indexed filters, paging, versions from eTags, append-only audit.
public sealed class SharePointStoreTests
{
    readonly GraphTestSite _site = new();

    [Fact]
    public async Task The_stores_only_filter_on_indexed_columns_and_never_ask_for_non_indexed_queries()
    {
        var members = _site.Members();
        await members.SaveAsync(AMember.Elise(), default);
        await members.FindByAadAsync(Payload.TenantId, Payload.EliseAad, default);
        await _site.Conversations().FindPersonalAsync(Payload.TenantId, Payload.EliseAad, default);
        await _site.Ledger().TryClaimAsync("k", DateTimeOffset.UtcNow, default);

        var filtered = _site.Emulator.Requests.Where(r => r.Query.Contains("$filter=fields/")).ToList();
        Assert.NotEmpty(filtered);
        Assert.DoesNotContain(_site.Emulator.Requests, r => r.HasPrefer);
        Assert.Equal(0, _site.Emulator.Requests.Count(r => r.Query.Contains("HonorNonIndexed")));
    }

    [Fact]
    public async Task Listing_follows_next_links_until_the_last_page()
    {
        for (var i = 0; i < 12; i++)
            await _site.Members().SaveAsync(AMember.Jonas() with { Id = $"m-{i}", AadObjectId = Guid.NewGuid().ToString() }, default);
        var before = _site.Emulator.Requests.Count;

        Assert.Equal(12, (await _site.Members().ListAsync(default)).Count);

        Assert.Equal(3, _site.Emulator.Requests.Skip(before).Count(r => r.Method == "GET" && r.Path.EndsWith("/items")));
        Assert.Equal(2, _site.Emulator.Requests.Skip(before).Count(r => r.Query.Contains("$skiptoken=")));
    }

    [Fact]
    public async Task A_member_version_is_the_items_eTag()
    {
        var saved = (SaveResult.Saved)await _site.Members().SaveAsync(AMember.Elise(), default);

        var item = Assert.Single(_site.Emulator.List("FocalBot Members")!.Items);

        Assert.Equal(item.ETag, saved.Version);
    }

    [Fact]
    public async Task Without_an_eTag_in_the_update_answer_the_new_version_is_read_back()
    {
        var first = (SaveResult.Saved)await _site.Members().SaveAsync(AMember.Elise(), default);
        _site.Emulator.FieldsAnswerCarriesETag = false;

        var second = (SaveResult.Saved)await _site.Members().SaveAsync(AMember.Elise() with { Phone = "1", Version = first.Version }, default);

        Assert.Equal(Assert.Single(_site.Emulator.List("FocalBot Members")!.Items).ETag, second.Version);
        Assert.IsType<SaveResult.Saved>(await _site.Members().SaveAsync(AMember.Elise() with { Phone = "2", Version = second.Version }, default));
    }

    [Fact]
    public async Task The_audit_log_is_only_ever_appended_to()
    {
        var audit = _site.Audit();
        for (var i = 0; i < 3; i++) await audit.AppendAsync(new AuditEntry(DateTimeOffset.UtcNow, "m-office", "member.update", "member", $"m-{i}"), default);

        await audit.ListAsync(2, default);

        var writes = _site.RequestsTo(SharePointAuditLog.List).Where(r => r.IsWrite).ToList();
        Assert.Equal(3, writes.Count);
        Assert.All(writes, w => Assert.Equal("POST", w.Method));
    }

    [Fact]
    public async Task Activity_keys_older_than_a_day_are_purged_a_batch_at_a_time()
    {
        var now = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        var ledger = _site.Ledger();
        for (var i = 0; i < 30; i++) await ledger.TryClaimAsync($"old-{i}", now - TimeSpan.FromDays(2), default);   // claims 1 and 21 purge nothing yet
        await ledger.TryClaimAsync("recent", now - TimeSpan.FromHours(1), default);

        for (var i = 0; i < 10; i++) await ledger.TryClaimAsync($"new-{i}", now, default);   // the 41st claim purges

        var keys = _site.Emulator.List("FocalBot Activity ledger")!.Items.Count();
        Assert.Equal(30 + 1 + 10 - 25, keys);
        Assert.False(await ledger.TryClaimAsync("recent", now, default));
    }

    [Fact]
    public async Task A_failed_purge_does_not_fail_the_claim_it_follows()
    {
        var ledger = _site.Ledger();
        await _site.Lists.EnsureAsync(default);
        _site.Emulator.Fail(100, 503, r => Uri.UnescapeDataString(r.RequestUri!.Query).Contains("ClaimedAt lt"), retryAfter: TimeSpan.Zero);

        Assert.True(await ledger.TryClaimAsync("first", DateTimeOffset.UtcNow, default));
    }
}
