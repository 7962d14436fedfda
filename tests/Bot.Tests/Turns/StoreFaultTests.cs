using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using FocalBot.Bot.Help;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Storage.Sqlite;
using FocalBot.Bot.Storage;
using FocalBot.Bot.Tests.Support;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace FocalBot.Bot.Tests.Turns;

/// Faults of the store itself, the redelivery ledger's included, stay inside the turn's error boundary: a locked or full
/// SQLite file (provoked for real, not faked) gets the polite fault text in the user's language, within a few seconds,
/// and a turn whose work was saved is never reported as failed.
public sealed class StoreFaultTests : IDisposable
{
    readonly string _path = Path.Combine(Path.GetTempPath(), $"focalbot-faults-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            try { File.Delete(file); } catch (IOException) { }
    }

    BotApp Started(BotApp app)
    {
        app.Setting("Storage:Sqlite:Path", _path);
        _ = app.CreateClient();   // schema and members are stored before the test takes the file away
        return app;
    }

    static Payload FrenchInvoke() => Payload.Execute(HelpRoutes.Language, new JsonObject { ["language"] = "en" }).Locale("fr-FR");

    static async Task<JsonNode> BodyAsync(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    /// Holds SQLite's write lock from another connection, as a second process or a backup would.
    async Task<SqliteConnection> LockAsync()
    {
        var other = new SqliteConnection($"Data Source={_path};Pooling=False");
        await other.OpenAsync();
        await using var begin = other.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        await begin.ExecuteNonQueryAsync();
        return other;
    }

    [Fact]
    public async Task A_locked_database_gives_up_within_seconds_and_the_message_is_told_to_try_again()
    {
        using var app = Started(new BotApp().Setting("Storage:Sqlite:BusyTimeout", "00:00:00.5"));
        var payload = Payload.PersonalMessage("help").Locale("fr-FR");

        var watch = Stopwatch.StartNew();
        HttpResponseMessage response;
        await using (await LockAsync()) response = await app.PostAsync(payload);
        watch.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"The turn waited {watch.Elapsed.TotalSeconds:F1} s for the lock.");
        Assert.Equal(TurnTexts.Fault.Fr, Assert.Single(app.Connector.Sends).Activity.Text);
        Assert.Contains(app.Logs.Lines, l => l.Contains("SQLite Error 5:"));   // SQLITE_BUSY, as thrown by the ledger's claim

        await app.PostAsync(payload);   // the lock is gone: the redelivery was never claimed, so it runs

        Assert.Contains(HelpTexts.HelpTitle.Fr, app.Connector.Sends[^1].AllText);
    }

    [Fact]
    public async Task A_locked_database_answers_an_invoke_with_the_fault_text_within_seconds()
    {
        using var app = Started(new BotApp().Setting("Storage:Sqlite:BusyTimeout", "00:00:00.5"));

        var watch = Stopwatch.StartNew();
        JsonNode body;
        await using (await LockAsync()) body = await BodyAsync(await app.PostAsync(FrenchInvoke()));
        watch.Stop();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"The invoke waited {watch.Elapsed.TotalSeconds:F1} s for the lock.");
        Assert.Equal(500, body["statusCode"]!.GetValue<int>());
        Assert.Equal(TurnTexts.Fault.Fr, body["value"]!["message"]!.GetValue<string>());
    }

    /// Caps the file at its size and fills the ledger with the keys of this conversation's next activities until one no
    /// longer fits: the id of that activity, whose claim now fails with SQLITE_FULL as on a full disk.
    static async Task<string> FillAsync(BotApp app, Payload like)
    {
        var db = app.Service<SqliteDatabase>();
        await using (var connection = await db.OpenAsync(default))
        await using (var pages = connection.Command("PRAGMA page_count"))
            db.MaxPageCount = (long)(await pages.ExecuteScalarAsync())!;

        var ledger = app.Service<IActivityLedger>();
        var conversation = like.Node["conversation"]!["id"]!.GetValue<string>();
        for (var i = 0; i < 10_000; i++)
        {
            var id = $"{i:D32}";   // as long as the activity ids Teams sends in these payloads
            try { await ledger.TryClaimAsync($"msteams|{conversation}|{id}", app.Clock.GetUtcNow(), default); }
            catch (SqliteException e) when (e.SqliteErrorCode == 13) { return id; }   // SQLITE_FULL
        }
        throw new InvalidOperationException("The capped file never filled up.");
    }

    static void MakeRoom(BotApp app)
    {
        app.Service<SqliteDatabase>().MaxPageCount = null;
        SqliteConnection.ClearAllPools();   // the cap stays on pooled connections
    }

    [Fact]
    public async Task A_full_disk_tells_the_user_in_their_language_and_the_redelivery_runs_once_there_is_room()
    {
        using var app = Started(new BotApp());
        var payload = Payload.PersonalMessage("help").Locale("fr-FR");
        payload.Set("id", await FillAsync(app, payload));

        var response = await app.PostAsync(payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());   // no stack trace, no problem details
        Assert.Equal(TurnTexts.Fault.Fr, Assert.Single(app.Connector.Sends).Activity.Text);
        Assert.Contains(app.Logs.Lines, l => l.Contains("SQLite Error 13:"));

        MakeRoom(app);
        await app.PostAsync(payload);

        Assert.Equal(2, app.Connector.Sends.Count);
        Assert.Contains(HelpTexts.HelpTitle.Fr, app.Connector.Sends[1].AllText);
    }

    [Fact]
    public async Task A_full_disk_answers_an_invoke_with_the_fault_text_and_changes_nothing()
    {
        using var app = Started(new BotApp());
        var payload = FrenchInvoke();
        payload.Set("id", await FillAsync(app, payload));

        var body = await BodyAsync(await app.PostAsync(payload));

        Assert.Equal(500, body["statusCode"]!.GetValue<int>());
        Assert.Equal(TurnTexts.Fault.Fr, body["value"]!["message"]!.GetValue<string>());
        Assert.Null((await app.Members.GetAsync("m-elise", default))!.PreferredLanguage);
        Assert.Empty(app.Connector.Sends);
    }

    [Fact]
    public async Task A_saved_and_audited_invoke_whose_ledger_completion_fails_is_still_answered_as_done()
    {
        using var app = Started(new BotApp().WithMembers(AMember.Elise(Language.Fr)).WithServices(s =>
            s.AddSingleton<IActivityLedger>(sp => new CompletionFails(new SqliteActivityLedger(sp.GetRequiredService<SqliteDatabase>())))));
        var payload = FrenchInvoke();

        var body = await BodyAsync(await app.PostAsync(payload));

        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal(InvokeResponse.CardType, body["type"]!.GetValue<string>());
        Assert.Equal(Language.En, (await app.Members.GetAsync("m-elise", default))!.PreferredLanguage);
        Assert.Contains(await app.Service<IAuditLog>().ListAsync(10, default), e => e.Action == HelpRoutes.AuditLanguageChanged);
        Assert.DoesNotContain(app.Logs.Lines, l => l.Contains("Turn failed"));
        Assert.Contains(app.Logs.Lines, l => l.StartsWith("Warning") && l.Contains("not recorded for a redelivery"));

        await app.Members.UpdateAsync("m-elise", m => m with { PreferredLanguage = Language.Fr }, default);
        var again = await BodyAsync(await app.PostAsync(payload));   // the claim stands: the turn does not run twice

        Assert.Equal(TurnTexts.StillWorking.Fr, again["value"]!.GetValue<string>());
        Assert.Equal(Language.Fr, (await app.Members.GetAsync("m-elise", default))!.PreferredLanguage);
    }

    sealed class CompletionFails(IActivityLedger inner) : IActivityLedger
    {
        public Task<bool> TryClaimAsync(string key, DateTimeOffset now, CancellationToken ct) => inner.TryClaimAsync(key, now, ct);
        public Task CompleteAsync(string key, string? invokeResponse, CancellationToken ct) =>
            throw new SqliteException("SQLite Error 13: 'database or disk is full'.", 13);
        public Task<string?> GetResponseAsync(string key, CancellationToken ct) => inner.GetResponseAsync(key, ct);
        public Task ReleaseAsync(string key, CancellationToken ct) => inner.ReleaseAsync(key, ct);
    }
}
