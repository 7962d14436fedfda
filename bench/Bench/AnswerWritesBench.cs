// Storage writes per answer: how many store writes one "save draft" and one "submit" of a state's answer cost, end to
// end through the bot (the answer itself, the redelivery ledger, the conversation reference, the audit log). Each write
// is one SQLite statement locally and one Graph request with SharePoint. Prints figures; asserts nothing.
using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Storage;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

static class AnswerWritesBench
{
    const string Tenant = "00000000-0000-4000-8000-000000000001";
    const string Sophie = "a0000000-0000-4000-8000-000000000001";
    const string Elise = "a0000000-0000-4000-8000-000000000002";

    public static async Task RunAsync()
    {
        var db = Path.Combine(Path.GetTempPath(), $"focalbot-writes-{Guid.NewGuid():N}.db");
        var writes = new WriteCounter();
        try
        {
            await using var bot = new CountingBot(db, writes);
            bot.UseKestrel(0);   // a real loopback caller: the local-development switch admits only that
            bot.StartServer();
            using var http = new HttpClient { BaseAddress = new Uri(bot.ClientOptions.BaseAddress.ToString()) };
            await PostAsync(http, Message(Elise, "help"));
            var form = new JsonObject
            {
                ["id"] = "bench-request", ["slots"] = "3", ["language"] = "en", ["title"] = "Benchmark request", ["background"] = "",
                ["q1"] = "First?", ["q2"] = "Second?", ["q3"] = "Third?", ["deadline"] = DateTime.UtcNow.AddDays(40).ToString("yyyy-MM-dd"),
                ["everyone"] = "true", ["kind"] = "AdHoc", ["anonymous"] = "false",
            };
            await PostAsync(http, Invoke(Sophie, "request.preview", form));
            var request = (await bot.Services.GetRequiredService<IRequestStore>().GetAsync("bench-request", default))!;
            await PostAsync(http, Invoke(Sophie, "request.send", new JsonObject { ["id"] = request.Id, ["version"] = request.Version }));

            var answers = new JsonObject { ["id"] = request.Id, ["answerVersion"] = "0", ["answerLanguage"] = "fr", ["a1"] = "Un.", ["a2"] = "Deux.", ["a3"] = "Trois." };
            writes.Reset();
            await PostAsync(http, Invoke(Elise, "request.save", answers));
            var draft = writes.Snapshot();
            writes.Reset();
            await PostAsync(http, Invoke(Elise, "request.submit", new JsonObject { ["id"] = request.Id, ["answerVersion"] = "1", ["answerLanguage"] = "fr" }));
            var submit = writes.Snapshot();

            Console.WriteLine($"Storage writes per answer (three questions, one turn each): save draft {draft.Values.Sum()} ({Describe(draft)}); " +
                              $"submit {submit.Values.Sum()} ({Describe(submit)})");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
        }
    }

    static string Describe(IReadOnlyDictionary<string, int> counts) => string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}"));

    static async Task PostAsync(HttpClient http, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync("/api/messages", content);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Bot answered {(int)response.StatusCode}");
    }

    static JsonObject Activity(string aad, string type) => new()
    {
        ["type"] = type, ["id"] = Guid.NewGuid().ToString("N"), ["locale"] = "fr-FR", ["channelId"] = "msteams", ["serviceUrl"] = "http://127.0.0.1:9/_connector/",
        ["from"] = new JsonObject { ["id"] = "29:" + aad, ["aadObjectId"] = aad },
        ["recipient"] = new JsonObject { ["id"] = "28:bench-bot", ["name"] = "FocalBot" },
        ["conversation"] = new JsonObject { ["id"] = "a:" + aad, ["conversationType"] = "personal", ["tenantId"] = Tenant },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
    };

    static string Message(string aad, string text)
    {
        var a = Activity(aad, "message");
        a["text"] = text;
        return a.ToJsonString();
    }

    static string Invoke(string aad, string verb, JsonObject data)
    {
        var a = Activity(aad, "invoke");
        a["name"] = "adaptiveCard/action";
        a["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } };
        return a.ToJsonString();
    }
}

/// Counts the write calls of the stores, by store and method.
sealed class WriteCounter
{
    ConcurrentDictionary<string, int> _counts = new();

    static readonly string[] Writes = ["Save", "Add", "Append", "TryClaim", "Complete", "Release", "MarkDead", "TryMark", "Reserve"];

    public void Count(string store, MethodInfo method)
    {
        if (Writes.Any(w => method.Name.StartsWith(w, StringComparison.Ordinal))) _counts.AddOrUpdate($"{store}.{method.Name.Replace("Async", "")}", 1, (_, n) => n + 1);
    }

    public void Reset() => _counts = new();

    public IReadOnlyDictionary<string, int> Snapshot() => new Dictionary<string, int>(_counts);
}

/// Forwards every call to the store it wraps, counting the writes.
class CountingProxy<T> : DispatchProxy where T : class
{
    T _inner = null!;
    WriteCounter _counter = null!;

    public static T Wrap(T inner, WriteCounter counter)
    {
        var proxy = Create<T, CountingProxy<T>>();
        var self = (CountingProxy<T>)(object)proxy;
        self._inner = inner;
        self._counter = counter;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? method, object?[]? args)
    {
        _counter.Count(typeof(T).Name.TrimStart('I'), method!);
        try { return method!.Invoke(_inner, args); }
        catch (TargetInvocationException e) when (e.InnerException is not null) { throw e.InnerException; }
    }
}

sealed class CountingBot(string db, WriteCounter writes) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder web) => web
        .UseEnvironment("Development")
        .UseSetting("Storage:Sqlite:Path", db)
        .UseSetting("Demo:Seed", "true")
        .UseSetting("Jobs:Enabled", "false")
        .ConfigureLogging(l => l.ClearProviders())
        .ConfigureTestServices(s =>
        {
            s.AddSingleton<IConnector>(new CountingConnector());
            Count<IRequestStore>(s);
            Count<IActivityLedger>(s);
            Count<IConversationStore>(s);
            Count<IAuditLog>(s);
            Count<IDeliveryStore>(s);
            Count<IMemberDirectory>(s);
        });

    void Count<T>(IServiceCollection services) where T : class
    {
        var registered = services.Last(d => d.ServiceType == typeof(T));
        var type = registered.ImplementationType ?? throw new InvalidOperationException($"{typeof(T).Name} has no implementation type.");
        services.AddSingleton(type);
        services.AddSingleton<T>(sp => CountingProxy<T>.Wrap((T)sp.GetRequiredService(type), writes));
    }
}
