using FocalBot.Bot.Storage;
using FocalBot.Bot.Storage.Sqlite;
using FocalBot.Domain.Groups;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Storage;

/// What every group store does: thematic groups kept exactly as given, their people in order, listed by English name,
/// with versioned saves.
public abstract class GroupStoreContract
{
    protected abstract IGroupStore Store { get; }

    protected static string Text(string unit, int length) => string.Concat(Enumerable.Repeat(unit, length / unit.Length));

    internal static ThematicGroup AGroup(string id = "g-1", string nameEn = "Unaccompanied minors") => new()
    {
        Id = id,
        NameEn = nameEn,
        NameFr = "Mineurs « non accompagnés » 🧒",
        Purpose = "Échanger sur l’âge — **méthodes**\n<b>médicales</b> et \"sociales\" \\ tests 🩻",
        PurposeTranslation = "Exchange on age assessment:\tmethods 🩻",
        Language = Language.Fr,
        Status = GroupStatus.Active,
        LeadId = "m-giulia",
        People =
        [
            new GroupMembership("m-jonas", GroupMemberStatus.Member, new DateOnly(2027, 4, 2)),
            new GroupMembership("m-elise", GroupMemberStatus.Invited, new DateOnly(2027, 4, 5)),
            new GroupMembership("m-ana", GroupMemberStatus.Asked, new DateOnly(2027, 4, 3)),
        ],
        ProcedureId = "sp-2",
        CreatedBy = "m-sophie",
        CreatedOn = new DateOnly(2027, 3, 1),
    };

    [Fact]
    public async Task A_group_comes_back_exactly_as_saved_with_its_people_in_order()
    {
        var group = AGroup();

        var saved = Assert.IsType<SaveResult.Saved>(await Store.SaveAsync(group, default));

        var read = (await Store.GetAsync("g-1", default))!;
        Assert.Equal(saved.Version, read.Version);
        Assert.Equivalent(group with { Version = read.Version }, read, strict: true);
        Assert.Equal(group.People, read.People);
        Assert.Null(await Store.GetAsync("nobody", default));
    }

    [Fact]
    public async Task A_proposed_group_with_nothing_optional_comes_back_as_saved()
    {
        var group = new ThematicGroup
        {
            Id = "g-new", NameEn = "Returns", NameFr = "Retours", Purpose = "P", Language = Language.En, CreatedBy = "m-sophie", CreatedOn = new(2027, 3, 1),
        };

        await Store.SaveAsync(group, default);

        var read = (await Store.GetAsync("g-new", default))!;
        Assert.Equivalent(group with { Version = read.Version }, read, strict: true);
        Assert.Empty(read.People);
    }

    [Fact]
    public async Task The_largest_group_fits_and_a_smaller_one_replaces_it()
    {
        var settings = GroupSettings.Default;
        var big = AGroup() with
        {
            NameEn = Text("😀", settings.NameMaxLength), NameFr = Text("\"", settings.NameMaxLength),
            Purpose = Text("🇫🇷", settings.PurposeMaxLength), PurposeTranslation = Text("😀", settings.PurposeMaxLength),
            People = [.. Enumerable.Range(1, 200).Select(i => new GroupMembership($"m-{i:x62}", (GroupMemberStatus)(i % 3), new DateOnly(2027, 4, 1).AddDays(i)))],
        };

        var saved = Assert.IsType<SaveResult.Saved>(await Store.SaveAsync(big, default));

        var read = (await Store.GetAsync("g-1", default))!;
        Assert.Equivalent(big with { Version = read.Version }, read, strict: true);
        Assert.Equal(big.People, read.People);

        var small = AGroup() with { Version = saved.Version };
        Assert.IsType<SaveResult.Saved>(await Store.SaveAsync(small, default));

        var after = (await Store.GetAsync("g-1", default))!;
        Assert.Equivalent(small with { Version = after.Version }, after, strict: true);
    }

    [Fact]
    public async Task An_update_bumps_the_version_and_a_stale_one_loses()
    {
        var first = (SaveResult.Saved)await Store.SaveAsync(AGroup() with { People = [] }, default);
        var read = (await Store.GetAsync("g-1", default))!;

        var second = Assert.IsType<SaveResult.Saved>(await Store.SaveAsync(read with { People = AGroup().People }, default));

        Assert.NotEqual(first.Version, second.Version);
        Assert.IsType<SaveResult.Conflict>(await Store.SaveAsync(read with { Status = GroupStatus.Withdrawn }, default));
        var now = (await Store.GetAsync("g-1", default))!;
        Assert.Equal((GroupStatus.Active, 3, second.Version), (now.Status, now.People.Count, now.Version));
        Assert.IsType<SaveResult.Conflict>(await Store.SaveAsync(AGroup("g-never") with { Version = second.Version }, default));
        Assert.Null(await Store.GetAsync("g-never", default));
    }

    [Fact]
    public async Task A_new_group_with_a_taken_id_is_a_duplicate_and_changes_nothing()
    {
        await Store.SaveAsync(AGroup(), default);

        Assert.IsType<SaveResult.Duplicate>(await Store.SaveAsync(AGroup(nameEn: "Other") with { People = [] }, default));

        var only = Assert.Single(await Store.ListAsync(default));
        Assert.Equal(("Unaccompanied minors", 3), (only.NameEn, only.People.Count));
    }

    [Fact]
    public async Task Groups_are_listed_by_English_name_withdrawn_ones_included()
    {
        await Store.SaveAsync(AGroup("g-r", "Returns"), default);
        await Store.SaveAsync(AGroup("g-a", "Age assessment") with { Status = GroupStatus.Withdrawn }, default);
        await Store.SaveAsync(AGroup("g-t", "Trafficking") with { Status = GroupStatus.Proposed }, default);
        await Store.SaveAsync(AGroup("g-r2", "Returns"), default);   // one name twice (the first withdrawn): in the order added
        var t = (await Store.GetAsync("g-t", default))!;
        await Store.SaveAsync(t with { NameEn = "Integration" }, default);   // renamed: takes its new place

        Assert.Equal(["g-a", "g-t", "g-r", "g-r2"], (await Store.ListAsync(default)).Select(g => g.Id));
    }
}

/// The stored document holds what the group holds, and neither the store's version nor what follows from the rest.
public sealed class GroupJsonTests
{
    [Fact]
    public void The_version_and_computed_properties_stay_out_of_the_document()
    {
        var json = GroupJson.Write(GroupStoreContract.AGroup() with { Version = "VERSION-7" });

        Assert.DoesNotContain("VERSION-7", json);
        Assert.DoesNotContain("memberIds", json);
        Assert.Contains("\"people\"", json);
        Assert.Equal("v2", GroupJson.Read(json, "v2").Version);
    }
}

public sealed class SqliteGroupStoreTests : GroupStoreContract, IDisposable
{
    readonly SqliteTestDatabase _db = new();

    protected override IGroupStore Store => new SqliteGroupStore(_db.Database);

    public void Dispose() => _db.Dispose();
}

public sealed class SharePointGroupStoreTests : GroupStoreContract
{
    readonly GraphTestSite _site = new();

    protected override IGroupStore Store => _site.Groups();

    [Fact]
    public async Task Every_save_is_one_write()
    {
        var first = (SaveResult.Saved)await _site.Groups().SaveAsync(AGroup(), default);
        await _site.Groups().SaveAsync(AGroup() with { LeadId = null, Version = first.Version }, default);

        Assert.Equal(["POST", "PATCH"], _site.RequestsTo(FocalBot.Bot.Storage.SharePoint.SharePointGroupStore.List).Where(r => r.IsWrite).Select(w => w.Method));
    }
}
