using FocalBot.Bot.Storage;
using FocalBot.Bot.Storage.SharePoint;
using FocalBot.Bot.Storage.Sqlite;
using FocalBot.Domain.Rapporteurs;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Storage;

/// What every rapporteur store does: calls, nominations and mandates kept exactly as given, in the documented orders,
/// one nomination per nominee and call, with versioned saves.
public abstract class RapporteurStoreContract
{
    protected abstract IRapporteurStore Store { get; }

    protected static readonly DateOnly Created = new(2027, 3, 1);

    protected static string Text(string unit, int length) => string.Concat(Enumerable.Repeat(unit, length / unit.Length));

    internal static RapporteurCall ACall(string id = "call-1", DateOnly? createdOn = null) => new()
    {
        Id = id,
        Theme = "Retours « volontaires » — l’après-Dublin 🇪🇺",
        ThemeTranslation = "\"Voluntary\" returns: after Dublin",
        Terms = "Le rapporteur :\n- **rédige** un rapport <b>annuel</b> ;\n- présente\tses travaux 📄 \\ fin",
        TermsTranslation = "The rapporteur:\n- drafts a yearly report;\n- presents the work 📄",
        Language = Language.Fr,
        Posts = 2,
        MandateMonths = 24,
        ClosingDate = new DateOnly(2027, 4, 30),
        Status = CallStatus.Closed,
        ProcedureId = "sp-1",
        CreatedBy = "m-sophie",
        CreatedOn = createdOn ?? Created,
        OpenedOn = new DateOnly(2027, 3, 16),
        ClosedOn = new DateOnly(2027, 5, 3),
        Appointed = ["call-1/m-elise", "call-1/m-giulia"],
    };

    internal static Nomination ANomination(string nominee = "m-giulia", string callId = "call-1", DateOnly? on = null) => new()
    {
        CallId = callId,
        NomineeId = nominee,
        NominatorId = "m-jonas",
        Motivation = "Giulia a « dix ans » d’expérience — accueil des mineurs\n<i>Lampedusa</i> 🚢 \"sur le terrain\"",
        NominatedOn = on ?? new DateOnly(2027, 3, 20),
        Status = NominationStatus.Accepted,
        AnsweredOn = new DateOnly(2027, 3, 22),
    };

    internal static Mandate AMandate(string id = "call-1/m-giulia", DateOnly? start = null) => new()
    {
        Id = id,
        CallId = "call-1",
        MemberId = "m-giulia",
        StateCode = "IT",
        Theme = "Retours « volontaires » 🇪🇺",
        ThemeTranslation = "\"Voluntary\" returns",
        Language = Language.Fr,
        Start = start ?? new DateOnly(2027, 5, 3),
        End = (start ?? new DateOnly(2027, 5, 3)).AddMonths(24).AddDays(-1),
        Status = MandateStatus.EndedEarly,
        EndedOn = new DateOnly(2028, 1, 15),
        Renewals = 1,
    };

    [Fact]
    public async Task A_call_comes_back_exactly_as_saved_with_its_translations()
    {
        var call = ACall();

        var saved = Assert.IsType<SaveResult.Saved>(await Store.SaveCallAsync(call, default));

        var read = (await Store.GetCallAsync("call-1", default))!;
        Assert.Equal(saved.Version, read.Version);
        SameCall(call, read);
        Assert.Null(await Store.GetCallAsync("nobody", default));
    }

    [Fact]
    public async Task A_proposed_call_with_nothing_optional_comes_back_as_saved()
    {
        var call = new RapporteurCall
        {
            Id = "call-new", Theme = "Returns", Terms = "Terms", Language = Language.En, Posts = 1, MandateMonths = 12,
            ClosingDate = Created.AddDays(30), CreatedBy = "m-sophie", CreatedOn = Created,
        };

        await Store.SaveCallAsync(call, default);

        SameCall(call, (await Store.GetCallAsync("call-new", default))!);
    }

    [Fact]
    public async Task The_largest_call_fits()
    {
        var settings = RapporteurSettings.Default;
        var call = ACall() with
        {
            Theme = Text("😀", settings.ThemeMaxLength), ThemeTranslation = Text("\"", settings.ThemeMaxLength),
            Terms = Text("🇫🇷", settings.TermsMaxLength), TermsTranslation = Text("😀", settings.TermsMaxLength),
        };

        Assert.IsType<SaveResult.Saved>(await Store.SaveCallAsync(call, default));

        SameCall(call, (await Store.GetCallAsync("call-1", default))!);
    }

    /// Every field as saved: the appointees' list compared item by item, the rest as a record.
    static void SameCall(RapporteurCall saved, RapporteurCall read)
    {
        Assert.Equal(saved.Appointed, read.Appointed);
        Assert.Equal(saved with { Version = read.Version, Appointed = read.Appointed }, read);
    }

    [Fact]
    public async Task A_call_update_bumps_the_version_a_stale_one_loses_and_a_taken_id_is_a_duplicate()
    {
        var first = (SaveResult.Saved)await Store.SaveCallAsync(ACall() with { Status = CallStatus.Proposed }, default);
        var read = (await Store.GetCallAsync("call-1", default))!;

        var second = Assert.IsType<SaveResult.Saved>(await Store.SaveCallAsync(read with { Status = CallStatus.Open }, default));

        Assert.NotEqual(first.Version, second.Version);
        Assert.IsType<SaveResult.Conflict>(await Store.SaveCallAsync(read with { Status = CallStatus.Withdrawn }, default));
        Assert.IsType<SaveResult.Duplicate>(await Store.SaveCallAsync(ACall() with { Theme = "Other" }, default));
        Assert.IsType<SaveResult.Conflict>(await Store.SaveCallAsync(ACall("call-never") with { Version = second.Version }, default));
        var now = (await Store.GetCallAsync("call-1", default))!;
        Assert.Equal((CallStatus.Open, ACall().Theme, second.Version), (now.Status, now.Theme, now.Version));
        Assert.Null(await Store.GetCallAsync("call-never", default));
    }

    [Fact]
    public async Task Calls_are_listed_newest_first_by_creation()
    {
        await Store.SaveCallAsync(ACall("call-march"), default);
        await Store.SaveCallAsync(ACall("call-january", new DateOnly(2027, 1, 11)) with { Status = CallStatus.Withdrawn }, default);
        await Store.SaveCallAsync(ACall("call-may", new DateOnly(2027, 5, 3)) with { Status = CallStatus.Open }, default);
        await Store.SaveCallAsync(ACall("call-march-too"), default);   // the same day, added later
        var january = (await Store.GetCallAsync("call-january", default))!;
        await Store.SaveCallAsync(january with { Status = CallStatus.Closed, ClosedOn = new DateOnly(2027, 6, 1) }, default);   // keeps its place

        Assert.Equal(["call-may", "call-march-too", "call-march", "call-january"], (await Store.ListCallsAsync(default)).Select(c => c.Id));
    }

    [Fact]
    public async Task A_nomination_comes_back_exactly_as_saved_under_its_call_and_nominee()
    {
        var nomination = ANomination();
        var awaiting = ANomination("m-elise") with { NominatorId = "m-jonas", Status = NominationStatus.AwaitingConsent, AnsweredOn = null };

        var saved = Assert.IsType<SaveResult.Saved>(await Store.SaveNominationAsync(nomination, default));
        await Store.SaveNominationAsync(awaiting, default);

        var read = (await Store.GetNominationAsync(Nomination.KeyOf("call-1", "m-giulia"), default))!;
        Assert.Equal(saved.Version, read.Version);
        Assert.Equal(nomination with { Version = read.Version }, read);
        Assert.Equal("call-1/m-giulia", read.Id);
        var other = (await Store.GetNominationAsync("call-1/m-elise", default))!;
        Assert.Equal(awaiting with { Version = other.Version }, other);
        Assert.Null(await Store.GetNominationAsync("call-1/m-ana", default));
        Assert.Null(await Store.GetNominationAsync("call-2/m-giulia", default));
    }

    [Fact]
    public async Task The_largest_nomination_fits()
    {
        var nomination = ANomination() with { Motivation = Text("😀", RapporteurSettings.Default.MotivationMaxLength) };

        Assert.IsType<SaveResult.Saved>(await Store.SaveNominationAsync(nomination, default));

        var read = (await Store.GetNominationAsync(nomination.Id, default))!;
        Assert.Equal(nomination with { Version = read.Version }, read);
    }

    [Fact]
    public async Task A_second_nomination_of_the_same_nominee_for_the_same_call_is_a_duplicate_and_keeps_the_first()
    {
        await Store.SaveNominationAsync(ANomination() with { NominatorId = "m-jonas", Motivation = "First" }, default);

        Assert.IsType<SaveResult.Duplicate>(await Store.SaveNominationAsync(ANomination() with { NominatorId = "m-elise", Motivation = "Second" }, default));
        Assert.IsType<SaveResult.Saved>(await Store.SaveNominationAsync(ANomination(callId: "call-2"), default));   // another call: free

        var only = Assert.Single(await Store.ListNominationsAsync("call-1", default));
        Assert.Equal(("m-jonas", "First"), (only.NominatorId, only.Motivation));
    }

    [Fact]
    public async Task Two_nominations_of_one_nominee_at_the_same_moment_store_one()
    {
        var results = await Task.WhenAll(
            Task.Run(() => Store.SaveNominationAsync(ANomination() with { NominatorId = "m-jonas" }, default)),
            Task.Run(() => Store.SaveNominationAsync(ANomination() with { NominatorId = "m-elise" }, default)));

        Assert.Single(results, r => r is SaveResult.Saved);
        Assert.Single(results, r => r is SaveResult.Duplicate);
        Assert.Single(await Store.ListNominationsAsync("call-1", default));
    }

    [Fact]
    public async Task A_nomination_update_bumps_the_version_and_a_stale_one_loses()
    {
        var first = (SaveResult.Saved)await Store.SaveNominationAsync(ANomination() with { Status = NominationStatus.AwaitingConsent, AnsweredOn = null }, default);
        var read = (await Store.GetNominationAsync("call-1/m-giulia", default))!;

        var second = Assert.IsType<SaveResult.Saved>(await Store.SaveNominationAsync(read with { Status = NominationStatus.Declined, AnsweredOn = new(2027, 3, 21) }, default));

        Assert.NotEqual(first.Version, second.Version);
        Assert.IsType<SaveResult.Conflict>(await Store.SaveNominationAsync(read with { Status = NominationStatus.Accepted }, default));
        var now = (await Store.GetNominationAsync("call-1/m-giulia", default))!;
        Assert.Equal((NominationStatus.Declined, second.Version), (now.Status, now.Version));

        // Nominated again after declining: the same record, updated on the version read.
        var again = ANomination(on: new DateOnly(2027, 4, 2)) with { NominatorId = "m-elise", Status = NominationStatus.AwaitingConsent, AnsweredOn = null, Version = now.Version };
        Assert.IsType<SaveResult.Saved>(await Store.SaveNominationAsync(again, default));
        var renewed = Assert.Single(await Store.ListNominationsAsync("call-1", default));
        Assert.Equal(again with { Version = renewed.Version }, renewed);
    }

    [Fact]
    public async Task Nominations_are_listed_in_the_order_made_for_their_call_only()
    {
        await Store.SaveNominationAsync(ANomination("m-b", on: new DateOnly(2027, 3, 20)), default);
        await Store.SaveNominationAsync(ANomination("m-a", on: new DateOnly(2027, 3, 25)), default);
        await Store.SaveNominationAsync(ANomination("m-c", on: new DateOnly(2027, 3, 18)), default);
        await Store.SaveNominationAsync(ANomination("m-other", "call-2", new DateOnly(2027, 3, 1)), default);
        await Store.SaveNominationAsync(ANomination("m-d", on: new DateOnly(2027, 3, 20)), default);   // the same day as m-b, made later
        var b = (await Store.GetNominationAsync("call-1/m-b", default))!;
        await Store.SaveNominationAsync(b with { Status = NominationStatus.Withdrawn }, default);   // a step keeps its place

        Assert.Equal(["m-c", "m-b", "m-d", "m-a"], (await Store.ListNominationsAsync("call-1", default)).Select(n => n.NomineeId));
        Assert.Equal(["m-other"], (await Store.ListNominationsAsync("call-2", default)).Select(n => n.NomineeId));
        Assert.Empty(await Store.ListNominationsAsync("CALL-1", default));
        Assert.Empty(await Store.ListNominationsAsync("call-3", default));
    }

    [Fact]
    public async Task A_mandate_comes_back_exactly_as_saved()
    {
        var mandate = AMandate();
        var plain = AMandate("mdt-plain") with { StateCode = null, ThemeTranslation = null, Status = MandateStatus.Active, EndedOn = null, Renewals = 0 };

        var saved = Assert.IsType<SaveResult.Saved>(await Store.SaveMandateAsync(mandate, default));
        await Store.SaveMandateAsync(plain, default);

        var read = (await Store.GetMandateAsync("call-1/m-giulia", default))!;
        Assert.Equal(saved.Version, read.Version);
        Assert.Equal(mandate with { Version = read.Version }, read);
        Assert.Equal(plain with { Version = (await Store.GetMandateAsync("mdt-plain", default))!.Version }, await Store.GetMandateAsync("mdt-plain", default));
        Assert.Null(await Store.GetMandateAsync("nobody", default));
    }

    [Fact]
    public async Task A_second_appointment_is_a_duplicate_and_a_stale_mandate_save_loses()
    {
        var first = (SaveResult.Saved)await Store.SaveMandateAsync(AMandate() with { Status = MandateStatus.Active, EndedOn = null, Renewals = 0 }, default);
        Assert.IsType<SaveResult.Duplicate>(await Store.SaveMandateAsync(AMandate() with { Status = MandateStatus.Active, EndedOn = null }, default));
        var read = (await Store.GetMandateAsync("call-1/m-giulia", default))!;

        var renewed = Assert.IsType<SaveResult.Saved>(await Store.SaveMandateAsync(read with { End = read.End.AddMonths(12), Renewals = 1 }, default));

        Assert.NotEqual(first.Version, renewed.Version);
        Assert.IsType<SaveResult.Conflict>(await Store.SaveMandateAsync(read with { Status = MandateStatus.SteppedDown, EndedOn = read.Start }, default));
        var now = (await Store.GetMandateAsync("call-1/m-giulia", default))!;
        Assert.Equal((MandateStatus.Active, 1, renewed.Version), (now.Status, now.Renewals, now.Version));
    }

    [Fact]
    public async Task Mandates_are_listed_newest_first_by_start_ended_ones_included()
    {
        await Store.SaveMandateAsync(AMandate("mdt-2027"), default);
        await Store.SaveMandateAsync(AMandate("mdt-2025", new DateOnly(2025, 6, 2)) with { Status = MandateStatus.Ended }, default);
        await Store.SaveMandateAsync(AMandate("mdt-2028", new DateOnly(2028, 1, 10)) with { Status = MandateStatus.Active }, default);
        await Store.SaveMandateAsync(AMandate("mdt-2027-too"), default);   // appointed the same day, added later

        Assert.Equal(["mdt-2028", "mdt-2027-too", "mdt-2027", "mdt-2025"], (await Store.ListMandatesAsync(default)).Select(m => m.Id));
    }
}

/// The stored documents hold what the records hold, and neither the store's version nor what follows from the rest.
public sealed class RapporteurJsonTests
{
    [Fact]
    public void The_version_and_computed_properties_stay_out_of_the_documents()
    {
        var call = RapporteurJson.Write(RapporteurStoreContract.ACall() with { Version = "VERSION-7" });
        var nomination = RapporteurJson.Write(RapporteurStoreContract.ANomination() with { Version = "VERSION-7" });
        var mandate = RapporteurJson.Write(RapporteurStoreContract.AMandate() with { Version = "VERSION-7" });

        Assert.All([call, nomination, mandate], json => Assert.DoesNotContain("VERSION-7", json));
        Assert.DoesNotContain("\"id\"", nomination);   // computed from the call and the nominee
        Assert.DoesNotContain("isLive", nomination);
        Assert.DoesNotContain("isSelf", nomination);
        Assert.Equal("v2", RapporteurJson.ReadNomination(nomination, "v2").Version);
    }
}

public sealed class SqliteRapporteurStoreTests : RapporteurStoreContract, IDisposable
{
    readonly SqliteTestDatabase _db = new();

    protected override IRapporteurStore Store => new SqliteRapporteurStore(_db.Database);

    public void Dispose() => _db.Dispose();
}

public sealed class SharePointRapporteurStoreTests : RapporteurStoreContract
{
    readonly GraphTestSite _site = new();

    protected override IRapporteurStore Store => _site.Rapporteurs();

    IEnumerable<string> Writes(ListSpec spec) => _site.RequestsTo(spec).Where(r => r.IsWrite).Select(r => r.Method);

    [Fact]
    public async Task Every_save_is_one_write()
    {
        var store = _site.Rapporteurs();

        var call = (SaveResult.Saved)await store.SaveCallAsync(ACall(), default);
        await store.SaveCallAsync(ACall() with { Posts = 3, Version = call.Version }, default);
        var nomination = (SaveResult.Saved)await store.SaveNominationAsync(ANomination(), default);
        await store.SaveNominationAsync(ANomination() with { Status = NominationStatus.Withdrawn, Version = nomination.Version }, default);
        var mandate = (SaveResult.Saved)await store.SaveMandateAsync(AMandate(), default);
        await store.SaveMandateAsync(AMandate() with { Renewals = 2, Version = mandate.Version }, default);

        Assert.Equal(["POST", "PATCH"], Writes(SharePointRapporteurStore.Calls));
        Assert.Equal(["POST", "PATCH"], Writes(SharePointRapporteurStore.Nominations));
        Assert.Equal(["POST", "PATCH"], Writes(SharePointRapporteurStore.Mandates));
    }

    [Fact]
    public async Task A_first_nomination_whose_reply_was_lost_and_resent_is_saved_once_not_a_duplicate()
    {
        await _site.Lists.EnsureAsync(default);
        _site.Emulator.Fail(1, 503, GraphListEmulator.IsItemCreate, retryAfter: TimeSpan.Zero, afterApplying: true);

        var saved = Assert.IsType<SaveResult.Saved>(await _site.Rapporteurs().SaveNominationAsync(ANomination(), default));

        Assert.Equal(saved.Version, (await _site.Rapporteurs().GetNominationAsync("call-1/m-giulia", default))!.Version);
        Assert.Single(_site.Emulator.List(_site.ListName(SharePointRapporteurStore.Nominations))!.Items);
    }
}
