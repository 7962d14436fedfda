using FocalBot.Bot.Storage.SharePoint;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Storage;

/// Throttling, outages and lost answers: a write is reported saved only when Graph confirmed it, and a write whose
/// answer was lost but which the SDK resent is recognised instead of being reported as a duplicate or a conflict.
public sealed class SharePointFaultTests
{
    readonly GraphTestSite _site = new();

    [Fact]
    public async Task A_throttled_create_waits_for_Retry_After_and_is_stored_once()
    {
        await _site.Lists.EnsureAsync(default);
        _site.Emulator.Fail(1, 429, GraphListEmulator.IsItemCreate, retryAfter: TimeSpan.Zero);

        var saved = Assert.IsType<SaveResult.Saved>(await _site.Members().SaveAsync(AMember.Elise(), default));

        Assert.Equal(saved.Version, (await _site.Members().GetAsync("m-elise", default))!.Version);
        Assert.Single(_site.Emulator.List("FocalBot Members")!.Items);
        Assert.Equal(2, _site.RequestsTo(SharePointMemberDirectory.List).Count(r => r.Method == "POST"));
    }

    [Fact]
    public async Task A_throttled_update_is_retried_and_saved()
    {
        var first = (SaveResult.Saved)await _site.Members().SaveAsync(AMember.Elise(), default);
        _site.Emulator.Fail(2, 503, GraphListEmulator.IsFieldsUpdate, retryAfter: TimeSpan.Zero);

        var saved = await _site.Members().SaveAsync(AMember.Elise() with { Phone = "+33 6", Version = first.Version }, default);

        Assert.IsType<SaveResult.Saved>(saved);
        Assert.Equal("+33 6", (await _site.Members().GetAsync("m-elise", default))!.Phone);
    }

    [Fact]
    public async Task A_create_that_keeps_failing_is_an_error_and_nothing_is_stored()
    {
        await _site.Lists.EnsureAsync(default);
        _site.Emulator.Fail(100, 503, GraphListEmulator.IsItemCreate, retryAfter: TimeSpan.Zero);

        await Assert.ThrowsAnyAsync<Exception>(() => _site.Members().SaveAsync(AMember.Elise(), default));

        Assert.Empty(_site.Emulator.List("FocalBot Members")!.Items);
    }

    [Fact]
    public async Task A_dropped_connection_is_an_error_never_a_save()
    {
        var first = (SaveResult.Saved)await _site.Members().SaveAsync(AMember.Elise(), default);
        _site.Emulator.DropConnection(1, GraphListEmulator.IsFieldsUpdate);

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => _site.Members().SaveAsync(AMember.Elise() with { Phone = "+33 6", Version = first.Version }, default));

        Assert.Null((await _site.Members().GetAsync("m-elise", default))!.Phone);
    }

    [Fact]
    public async Task A_write_applied_before_the_connection_dropped_is_still_an_error_not_a_save()
    {
        await _site.Lists.EnsureAsync(default);
        _site.Emulator.DropConnection(1, GraphListEmulator.IsItemCreate, afterApplying: true);

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => _site.Members().SaveAsync(AMember.Elise(), default));
    }

    [Fact]
    public async Task A_create_whose_answer_was_lost_and_resent_is_recognised_as_saved_once()
    {
        await _site.Lists.EnsureAsync(default);
        _site.Emulator.Fail(1, 503, GraphListEmulator.IsItemCreate, retryAfter: TimeSpan.Zero, afterApplying: true);

        var saved = Assert.IsType<SaveResult.Saved>(await _site.Members().SaveAsync(AMember.Elise(), default));

        Assert.Equal(saved.Version, (await _site.Members().GetAsync("m-elise", default))!.Version);
        Assert.Single(_site.Emulator.List("FocalBot Members")!.Items);
    }

    [Fact]
    public async Task An_update_whose_answer_was_lost_and_resent_is_recognised_as_saved()
    {
        var first = (SaveResult.Saved)await _site.Members().SaveAsync(AMember.Elise(), default);
        _site.Emulator.Fail(1, 503, GraphListEmulator.IsFieldsUpdate, retryAfter: TimeSpan.Zero, afterApplying: true);

        var saved = Assert.IsType<SaveResult.Saved>(await _site.Members().SaveAsync(AMember.Elise() with { Phone = "+33 6", Version = first.Version }, default));

        var stored = await _site.Members().GetAsync("m-elise", default);
        Assert.Equal(("+33 6", saved.Version), (stored!.Phone, stored.Version));
    }

    [Fact]
    public async Task A_change_that_lands_between_our_read_and_our_write_is_a_conflict_and_is_kept()
    {
        var first = (SaveResult.Saved)await _site.Members().SaveAsync(AMember.Elise(), default);
        _site.Emulator.Interject(GraphListEmulator.IsFieldsUpdate,
            () => _site.Emulator.Edit("FocalBot Members", f => (string?)f["MemberId"] == "m-elise", f => f["Phone"] = "+32 2"));

        var result = await _site.Members().SaveAsync(AMember.Elise() with { Organisation = "Ours", Version = first.Version }, default);

        Assert.IsType<SaveResult.Conflict>(result);
        var stored = await _site.Members().GetAsync("m-elise", default);
        Assert.Equal(("+32 2", (string?)null), (stored!.Phone, stored.Organisation));
    }

    [Fact]
    public async Task A_welcome_whose_answer_was_lost_and_resent_still_welcomes_once()
    {
        var conversations = _site.Conversations();
        await conversations.SaveAsync(new() { ConversationId = "a:1", ConversationType = "personal", ServiceUrl = Payload.TeamsServiceUrl, ChannelId = "msteams" }, default);
        _site.Emulator.Fail(1, 503, GraphListEmulator.IsFieldsUpdate, retryAfter: TimeSpan.Zero, afterApplying: true);

        Assert.True(await conversations.TryMarkWelcomedAsync("a:1", default));
        Assert.False(await conversations.TryMarkWelcomedAsync("a:1", default));
    }

    [Fact]
    public async Task A_claim_whose_answer_was_lost_and_resent_is_still_ours()
    {
        var ledger = _site.Ledger();
        await _site.Lists.EnsureAsync(default);
        _site.Emulator.Fail(1, 503, GraphListEmulator.IsItemCreate, retryAfter: TimeSpan.Zero, afterApplying: true);

        Assert.True(await ledger.TryClaimAsync("msteams|a:1|act-1", DateTimeOffset.UtcNow, default));
        Assert.False(await ledger.TryClaimAsync("msteams|a:1|act-1", DateTimeOffset.UtcNow, default));
    }

    [Fact]
    public async Task An_audit_entry_whose_answer_was_lost_and_resent_is_appended_once()
    {
        await _site.Lists.EnsureAsync(default);
        _site.Emulator.Fail(1, 504, GraphListEmulator.IsItemCreate, retryAfter: TimeSpan.Zero, afterApplying: true);

        await _site.Audit().AppendAsync(new AuditEntry(DateTimeOffset.UtcNow, "m-office", "member.update", "member", "m-elise"), default);

        Assert.Single(await _site.Audit().ListAsync(10, default));
    }
}
