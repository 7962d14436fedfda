using FocalBot.Bot.Groups;
using FocalBot.Bot.Storage.Sqlite;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Groups;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace FocalBot.Bot.Tests.Groups;

/// Two members changing one group at the same moment: the second save meets the first one's version, reads the group
/// again once and applies its own step to it, so neither change is lost.
public sealed class GroupConflictTests : IAsyncLifetime
{
    readonly ColleagueFirst _store = new();
    BotApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = new BotApp().WithMembers(AMember.Sophie(), AMember.Elise(), AMember.Jonas(Language.En)).WithServices(s =>
            s.AddSingleton<IGroupStore>(sp => _store.Over(new SqliteGroupStore(sp.GetRequiredService<SqliteDatabase>()))));
        await _app.ActiveAsync("g1");
    }

    public Task DisposeAsync() { _app.Dispose(); return Task.CompletedTask; }

    [Fact]
    public async Task A_request_saved_while_a_colleague_asks_is_read_again_once_and_both_are_kept()
    {
        _store.BeforeNextSave = async inner =>
        {
            var group = (await inner.GetAsync("g1", default))!;
            var elise = (await _app.Members.GetAsync("m-elise", default))!;
            Assert.IsType<SaveResult.Saved>(await inner.SaveAsync(ThematicGroups.Ask(group, elise, new DateOnly(2026, 11, 23)).Value!, default));
        };

        var asked = await _app.PressAsync(GroupRoutes.Ask, GroupApp.Ids("g1"), fromAad: Payload.JonasAad);

        Assert.Contains(GroupTexts.Asked.Format(Language.En, "Return and readmission"), asked.CardText());
        var group = (await _app.Groups().GetAsync("g1", default))!;
        Assert.Equal((GroupMemberStatus.Asked, GroupMemberStatus.Asked), (group.StatusOf("m-elise")!.Value, group.StatusOf("m-jonas")!.Value));
        Assert.Equal(3, _store.Saves);   // the group stored for the test, the stale save, the one after reading again
    }

    [Fact]
    public async Task A_second_conflict_saves_nothing_and_shows_the_group_as_it_stands()
    {
        _store.EveryConflict = true;

        var asked = await _app.PressAsync(GroupRoutes.Ask, GroupApp.Ids("g1"), fromAad: Payload.JonasAad);

        Assert.Contains(GroupTexts.ChangedMeanwhile.En, asked.CardText());
        Assert.Null((await _app.Groups().GetAsync("g1", default))!.StatusOf("m-jonas"));
        Assert.Empty(await _app.Service<IDeliveryStore>().ListWaitingAsync(default));
    }

    /// The SQLite store, with a colleague's save slipped in before the next one, or every save refused as stale.
    sealed class ColleagueFirst : IGroupStore
    {
        IGroupStore _inner = null!;

        public Func<IGroupStore, Task>? BeforeNextSave { get; set; }
        public bool EveryConflict { get; set; }
        public int Saves { get; private set; }

        public IGroupStore Over(IGroupStore inner) { _inner = inner; return this; }

        public Task<ThematicGroup?> GetAsync(string id, CancellationToken ct) => _inner.GetAsync(id, ct);

        public Task<IReadOnlyList<ThematicGroup>> ListAsync(CancellationToken ct) => _inner.ListAsync(ct);

        public async Task<SaveResult> SaveAsync(ThematicGroup group, CancellationToken ct)
        {
            if (BeforeNextSave is { } colleague) { BeforeNextSave = null; await colleague(_inner); }
            if (EveryConflict && group.Version is not null) return SaveResult.Conflicted;
            Saves++;
            return await _inner.SaveAsync(group, ct);
        }
    }
}
