using FocalBot.Bot.Storage;
using FocalBot.Bot.Storage.SharePoint;
using FocalBot.Bot.Storage.Sqlite;
using FocalBot.Domain.Decisions;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Storage;

/// What every procedure store does: silence procedures kept exactly as given, objections of every round included,
/// newest proposal first, with versioned saves.
public abstract class ProcedureStoreContract
{
    protected abstract IProcedureStore Store { get; }

    protected static readonly DateOnly Proposed = new(2027, 3, 1);

    protected static string Text(string unit, int length) => string.Concat(Enumerable.Repeat(unit, length / unit.Length));

    internal static SilenceProcedure AProcedure(string id = "sp-1", DateOnly? proposedOn = null) => new()
    {
        Id = id,
        Kind = ProposalKind.RapporteurCall,
        SubjectId = "call-returns",
        ProposedBy = "m-sophie",
        ProposedOn = proposedOn ?? Proposed,
        Deadline = (proposedOn ?? Proposed).AddDays(14),
        Status = SilenceStatus.Objected,
        Round = 2,
        Objections =
        [
            new Objection("m-elise", "FR", "Le mandat est « trop large » — voir l’article 4.8\n**pas** <b>d’accord</b> 🇫🇷", new DateOnly(2027, 3, 4)),
            new Objection("m-jonas", null, "Zu \"breit\"; bitte\tpräzisieren 🙅‍♂️ \\ Ø", new DateOnly(2027, 3, 5)),
        ],
        Earlier = [new Objection("m-giulia", "IT", "Troppo presto: è già l’estate ☀️", new DateOnly(2027, 2, 10))],
        DecidedOn = new DateOnly(2027, 3, 16),
    };

    [Fact]
    public async Task A_procedure_comes_back_exactly_as_saved_with_every_objection()
    {
        var procedure = AProcedure();

        var saved = Assert.IsType<SaveResult.Saved>(await Store.SaveAsync(procedure, default));

        var read = (await Store.GetAsync("sp-1", default))!;
        Assert.Equal(saved.Version, read.Version);
        Assert.Equivalent(procedure with { Version = read.Version }, read, strict: true);
        Assert.Equal(procedure.Objections, read.Objections);
        Assert.Equal(procedure.Earlier, read.Earlier);
        Assert.Null(await Store.GetAsync("nobody", default));
        Assert.Null(await Store.GetAsync("SP-1", default));
    }

    [Fact]
    public async Task A_new_procedure_with_nothing_optional_comes_back_as_saved()
    {
        var fresh = new SilenceProcedure
        {
            Id = "sp-new", Kind = ProposalKind.ThematicGroup, SubjectId = "g-1", ProposedBy = "m-sophie", ProposedOn = Proposed, Deadline = Proposed.AddDays(14),
        };

        await Store.SaveAsync(fresh, default);

        var read = (await Store.GetAsync("sp-new", default))!;
        Assert.Equivalent(fresh with { Version = read.Version }, read, strict: true);
        Assert.True(read.IsOpen);
    }

    [Fact]
    public async Task The_largest_procedure_fits_and_a_smaller_one_replaces_it()
    {
        var max = SilenceSettings.Default.ReasonMaxLength;
        // Fifty focal points objecting at length, in emoji (the longest JSON), after a round of fifty plain objections.
        var big = AProcedure() with
        {
            Objections = [.. Enumerable.Range(1, 50).Select(i => new Objection($"m-{i:x32}", "FR", Text("😀", max), Proposed.AddDays(1)))],
            Earlier = [.. Enumerable.Range(1, 50).Select(i => new Objection($"m-{i:x32}", "DE", Text("é\"", max), Proposed.AddDays(-20)))],
        };

        var saved = Assert.IsType<SaveResult.Saved>(await Store.SaveAsync(big, default));

        var read = (await Store.GetAsync(big.Id, default))!;
        Assert.Equivalent(big with { Version = read.Version }, read, strict: true);

        var small = AProcedure() with { Version = saved.Version };
        Assert.IsType<SaveResult.Saved>(await Store.SaveAsync(small, default));

        var after = (await Store.GetAsync(big.Id, default))!;
        Assert.Equivalent(small with { Version = after.Version }, after, strict: true);
    }

    [Fact]
    public async Task An_update_bumps_the_version_and_the_old_one_loses()
    {
        var first = (SaveResult.Saved)await Store.SaveAsync(AProcedure() with { Status = SilenceStatus.Open, DecidedOn = null }, default);
        var read = (await Store.GetAsync("sp-1", default))!;

        var second = Assert.IsType<SaveResult.Saved>(await Store.SaveAsync(read with { Status = SilenceStatus.Objected, DecidedOn = Proposed.AddDays(15) }, default));

        Assert.NotEqual(first.Version, second.Version);
        Assert.Equal(second.Version, (await Store.GetAsync("sp-1", default))!.Version);
        Assert.IsType<SaveResult.Conflict>(await Store.SaveAsync(read with { Status = SilenceStatus.Withdrawn }, default));
        Assert.Equal(SilenceStatus.Objected, (await Store.GetAsync("sp-1", default))!.Status);
    }

    [Fact]
    public async Task A_stale_save_loses_and_changes_nothing()
    {
        await Store.SaveAsync(AProcedure(), default);
        var read = (await Store.GetAsync("sp-1", default))!;
        Assert.IsType<SaveResult.Saved>(await Store.SaveAsync(read with { Round = 3 }, default));

        Assert.IsType<SaveResult.Conflict>(await Store.SaveAsync(read with { Round = 4, Objections = [] }, default));

        var now = (await Store.GetAsync("sp-1", default))!;
        Assert.Equal((3, 2), (now.Round, now.Objections.Count));
        Assert.IsType<SaveResult.Conflict>(await Store.SaveAsync(AProcedure("sp-never") with { Version = read.Version }, default));
        Assert.Null(await Store.GetAsync("sp-never", default));
    }

    [Fact]
    public async Task A_new_procedure_with_a_taken_id_is_a_duplicate_and_changes_nothing()
    {
        await Store.SaveAsync(AProcedure(), default);

        Assert.IsType<SaveResult.Duplicate>(await Store.SaveAsync(AProcedure() with { SubjectId = "other", Objections = [] }, default));

        var only = Assert.Single(await Store.ListAsync(default));
        Assert.Equal(("call-returns", 2), (only.SubjectId, only.Objections.Count));
    }

    [Fact]
    public async Task Procedures_are_listed_newest_proposal_first_and_one_asked_again_moves_up()
    {
        await Store.SaveAsync(AProcedure("sp-march"), default);
        await Store.SaveAsync(AProcedure("sp-january", new DateOnly(2027, 1, 11)) with { Status = SilenceStatus.Adopted }, default);
        await Store.SaveAsync(AProcedure("sp-may", new DateOnly(2027, 5, 3)) with { Status = SilenceStatus.Withdrawn }, default);
        await Store.SaveAsync(AProcedure("sp-march-too"), default);   // the same day, added later

        Assert.Equal(["sp-may", "sp-march-too", "sp-march", "sp-january"], (await Store.ListAsync(default)).Select(p => p.Id));

        var january = (await Store.GetAsync("sp-january", default))!;
        await Store.SaveAsync(january with { ProposedOn = new DateOnly(2027, 6, 1), Round = 2 }, default);

        Assert.Equal(["sp-january", "sp-may", "sp-march-too", "sp-march"], (await Store.ListAsync(default)).Select(p => p.Id));
    }
}

/// The stored document holds what the procedure holds, and neither the store's version nor what follows from the rest.
public sealed class ProcedureJsonTests
{
    [Fact]
    public void The_version_and_computed_properties_stay_out_of_the_document()
    {
        var json = ProcedureJson.Write(ProcedureStoreContract.AProcedure() with { Version = "VERSION-7" });

        Assert.DoesNotContain("VERSION-7", json);
        Assert.DoesNotContain("isOpen", json);
        Assert.Contains("\"earlier\"", json);
        Assert.Equal("v2", ProcedureJson.Read(json, "v2").Version);
    }
}

public sealed class SqliteProcedureStoreTests : ProcedureStoreContract, IDisposable
{
    readonly SqliteTestDatabase _db = new();

    protected override IProcedureStore Store => new SqliteProcedureStore(_db.Database);

    public void Dispose() => _db.Dispose();
}

public sealed class SharePointProcedureStoreTests : ProcedureStoreContract
{
    readonly GraphTestSite _site = new();

    protected override IProcedureStore Store => _site.Procedures();

    [Fact]
    public async Task Every_save_is_one_write()
    {
        var first = (SaveResult.Saved)await _site.Procedures().SaveAsync(AProcedure(), default);
        await _site.Procedures().SaveAsync(AProcedure() with { Round = 3, Version = first.Version }, default);

        Assert.Equal(["POST", "PATCH"], _site.RequestsTo(SharePointProcedureStore.List).Where(r => r.IsWrite).Select(w => w.Method));
    }

    [Fact]
    public async Task A_procedure_too_large_for_its_list_is_refused_before_anything_is_written()
    {
        var huge = AProcedure() with { Objections = [.. Enumerable.Range(1, 80).Select(i => new Objection($"m-{i}", "FR", Text("😀", 1000), Proposed))] };

        await Assert.ThrowsAsync<InvalidOperationException>(() => _site.Procedures().SaveAsync(huge, default));

        Assert.DoesNotContain(_site.RequestsTo(SharePointProcedureStore.List), r => r.IsWrite);
    }
}
