using FocalBot.Bot.Storage.SharePoint;
using FocalBot.Bot.Storage.Sqlite;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Storage;

/// What every IMemberDirectory does, whichever store is behind it.
public abstract class MemberDirectoryContract
{
    protected abstract IMemberDirectory Directory { get; }

    /// Writes a member's state as raw text, the way an older version or a hand edit of the list could have left it.
    protected abstract Task StoreStateTextAsync(string memberId, string text);

    static Member Full() => AMember.Elise() with
    {
        Organisation = "Ministère de l’Intérieur", Title = "Cheffe de bureau", Phone = "+33 1 23 45 67 89",
        Status = MemberStatus.Left, JoinedOn = new DateOnly(2021, 3, 15), LeftOn = new DateOnly(2026, 6, 30),
    };

    [Fact]
    public async Task A_new_member_is_stored_with_every_field_and_its_version()
    {
        var saved = Assert.IsType<SaveResult.Saved>(await Directory.SaveAsync(Full(), default));

        var stored = await Directory.GetAsync("m-elise", default);

        Assert.Equal(Full() with { Version = saved.Version }, stored);
    }

    [Fact]
    public async Task A_member_is_found_by_tenant_and_object_id_in_any_case()
    {
        await Directory.SaveAsync(AMember.Elise(), default);

        var found = await Directory.FindByAadAsync(Payload.TenantId, Payload.EliseAad.ToUpperInvariant(), default);

        Assert.Equal("m-elise", found?.Id);
        Assert.Null(await Directory.FindByAadAsync("another-tenant", Payload.EliseAad, default));
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("not a version")]
    [InlineData("99999999999999999999999")]
    public async Task A_save_with_a_version_the_store_never_gave_is_a_conflict_and_changes_nothing(string version)
    {
        var first = Assert.IsType<SaveResult.Saved>(await Directory.SaveAsync(AMember.Elise(), default));

        var crafted = await Directory.SaveAsync(AMember.Elise() with { Organisation = "Crafted", Version = version }, default);

        Assert.IsType<SaveResult.Conflict>(crafted);
        Assert.Equal(AMember.Elise() with { Version = first.Version }, await Directory.GetAsync("m-elise", default));
    }

    [Fact]
    public async Task Unknown_members_are_null()
    {
        await Directory.SaveAsync(AMember.Elise(), default);

        Assert.Null(await Directory.GetAsync("m-nobody", default));
        Assert.Null(await Directory.FindByAadAsync(Payload.TenantId, Payload.JonasAad, default));
    }

    [Fact]
    public async Task The_list_holds_every_member_by_display_name_over_several_pages()
    {
        for (var i = 12; i >= 1; i--)
            await Directory.SaveAsync(AMember.Jonas() with { Id = $"m-{i:D2}", DisplayName = $"Member {i:D2}", AadObjectId = Guid.NewGuid().ToString() }, default);

        var all = await Directory.ListAsync(default);

        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"Member {i:D2}"), all.Select(m => m.DisplayName));
    }

    [Fact]
    public async Task An_update_with_the_current_version_is_saved_under_a_new_version()
    {
        var first = (SaveResult.Saved)await Directory.SaveAsync(AMember.Elise(), default);

        var second = Assert.IsType<SaveResult.Saved>(await Directory.SaveAsync(AMember.Elise() with { Phone = "+33 6", Version = first.Version }, default));

        var stored = await Directory.GetAsync("m-elise", default);
        Assert.NotEqual(first.Version, second.Version);
        Assert.Equal(second.Version, stored!.Version);
        Assert.Equal("+33 6", stored.Phone);
    }

    [Fact]
    public async Task An_update_with_a_stale_version_is_a_conflict_and_changes_nothing()
    {
        var first = (SaveResult.Saved)await Directory.SaveAsync(AMember.Elise(), default);
        var second = (SaveResult.Saved)await Directory.SaveAsync(AMember.Elise() with { Phone = "+33 6", Version = first.Version }, default);

        var stale = await Directory.SaveAsync(AMember.Elise() with { Organisation = "Stale", Version = first.Version }, default);

        Assert.IsType<SaveResult.Conflict>(stale);
        var stored = await Directory.GetAsync("m-elise", default);
        Assert.Equal(("+33 6", (string?)null, second.Version), (stored!.Phone, stored.Organisation, stored.Version));
    }

    [Fact]
    public async Task An_update_of_a_member_that_is_not_stored_is_a_conflict()
    {
        var first = (SaveResult.Saved)await Directory.SaveAsync(AMember.Elise(), default);

        Assert.IsType<SaveResult.Conflict>(await Directory.SaveAsync(AMember.Jonas() with { Version = first.Version }, default));
        Assert.Null(await Directory.GetAsync("m-jonas", default));
    }

    [Fact]
    public async Task A_new_member_with_a_taken_id_is_a_duplicate()
    {
        await Directory.SaveAsync(AMember.Elise(), default);

        var again = await Directory.SaveAsync(AMember.Jonas() with { Id = "m-elise" }, default);

        Assert.IsType<SaveResult.Duplicate>(again);
        Assert.Equal("Élise Moreau", (await Directory.GetAsync("m-elise", default))!.DisplayName);
    }

    [Fact]
    public async Task A_new_member_with_a_taken_identity_is_a_duplicate()
    {
        await Directory.SaveAsync(AMember.Elise(), default);

        var twin = await Directory.SaveAsync(AMember.Jonas() with { AadObjectId = Payload.EliseAad.ToUpperInvariant() }, default);

        Assert.IsType<SaveResult.Duplicate>(twin);
        Assert.Null(await Directory.GetAsync("m-jonas", default));
    }

    [Fact]
    public async Task An_update_to_a_taken_identity_is_a_duplicate()
    {
        await Directory.SaveAsync(AMember.Elise(), default);
        var jonas = (SaveResult.Saved)await Directory.SaveAsync(AMember.Jonas(), default);

        var clash = await Directory.SaveAsync(AMember.Jonas() with { AadObjectId = Payload.EliseAad, Version = jonas.Version }, default);

        Assert.IsType<SaveResult.Duplicate>(clash);
        Assert.Equal(Payload.JonasAad, (await Directory.GetAsync("m-jonas", default))!.AadObjectId);
    }

    [Fact]
    public async Task UpdateAsync_reapplies_its_change_over_a_concurrent_one_so_both_survive()
    {
        await Directory.SaveAsync(AMember.Elise(), default);
        var interfered = false;

        var updated = await Directory.UpdateAsync("m-elise", m =>
        {
            if (!interfered)
            {
                interfered = true;   // another turn changes the phone between our read and our save
                Assert.IsType<SaveResult.Saved>(Directory.SaveAsync(m with { Phone = "+33 6" }, default).GetAwaiter().GetResult());
            }
            return m with { PreferredLanguage = Language.En };
        }, default);

        var stored = await Directory.GetAsync("m-elise", default);
        Assert.Equal((Language.En, "+33 6"), (stored!.PreferredLanguage, stored.Phone));
        Assert.Equal(stored.Version, updated!.Version);
    }

    static Member Pending(string id, string email) => new()
    {
        Id = id, DisplayName = id, Role = MemberRole.FocalPoint, StateCode = "IT", Email = email, AadObjectId = "", TenantId = "",
    };

    [Fact]
    public async Task Several_members_may_wait_for_their_identity_and_none_of_them_is_found_by_an_empty_one()
    {
        Assert.IsType<SaveResult.Saved>(await Directory.SaveAsync(Pending("p1", "a@x.org"), default));
        Assert.IsType<SaveResult.Saved>(await Directory.SaveAsync(Pending("p2", "b@x.org"), default));

        Assert.Null(await Directory.FindByAadAsync("", "", default));
        Assert.Equal(2, (await Directory.ListAsync(default)).Count(m => !m.HasIdentity));
    }

    [Fact]
    public async Task A_pending_identity_filled_in_later_is_found_by_it()
    {
        Assert.IsType<SaveResult.Saved>(await Directory.SaveAsync(Pending("p1", "a@x.org"), default));
        var pending = await Directory.GetAsync("p1", default);

        Assert.IsType<SaveResult.Saved>(await Directory.SaveAsync(pending! with { AadObjectId = Payload.EliseAad, TenantId = Payload.TenantId }, default));

        Assert.Equal("p1", (await Directory.FindByAadAsync(Payload.TenantId, Payload.EliseAad, default))?.Id);
    }

    [Fact]
    public async Task UpdateAsync_of_an_unknown_member_is_null()
    {
        Assert.Null(await Directory.UpdateAsync("m-nobody", m => m with { Phone = "1" }, default));
    }

    [Theory]
    [InlineData("fr", "FR")]
    [InlineData(" Fr ", "FR")]
    [InlineData("xx ", "XX")]
    [InlineData("  ", null)]
    public async Task A_state_kept_in_lower_case_or_with_spaces_reads_back_as_its_code(string stored, string? code)
    {
        await Directory.SaveAsync(AMember.Elise(), default);
        await StoreStateTextAsync("m-elise", stored);

        var member = await Directory.GetAsync("m-elise", default);

        Assert.Equal(code, member?.StateCode?.Value);
        Assert.Equal(code, (await Directory.ListAsync(default)).Single().StateCode?.Value);
    }
}

public sealed class SqliteMemberDirectoryTests : MemberDirectoryContract, IDisposable
{
    readonly SqliteTestDatabase _db = new();

    protected override IMemberDirectory Directory => new SqliteMemberDirectory(_db.Database);

    protected override async Task StoreStateTextAsync(string memberId, string text)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(_db.ConnectionString());
        await connection.OpenAsync();
        await using var update = connection.CreateCommand();
        update.CommandText = "UPDATE members SET state_code = $state WHERE id = $id";
        update.Parameters.AddWithValue("$state", text);
        update.Parameters.AddWithValue("$id", memberId);
        Assert.Equal(1, await update.ExecuteNonQueryAsync());
    }

    public void Dispose() => _db.Dispose();
}

public sealed class SharePointMemberDirectoryTests : MemberDirectoryContract
{
    readonly GraphTestSite _site = new();

    protected override IMemberDirectory Directory => _site.Members();

    protected override Task StoreStateTextAsync(string memberId, string text)
    {
        var list = _site.Emulator.List(_site.ListName(SharePointMemberDirectory.List))!;
        list.Items.Single(i => (string?)i.Fields["MemberId"] == memberId).Fields["StateCode"] = text;
        return Task.CompletedTask;
    }
}
