using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Storage.SharePoint;
using FocalBot.Bot.Storage.Sqlite;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Storage;

public static class StorageSetup
{
    public const string Sqlite = "Sqlite";
    public const string SharePoint = "SharePoint";

    /// "Storage:Kind" picks the store; a bad choice stops the app at startup, not at a user's first message.
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        var kind = builder.Configuration["Storage:Kind"] ?? Sqlite;
        if (string.Equals(kind, Sqlite, StringComparison.OrdinalIgnoreCase)) AddSqlite(builder);
        else if (string.Equals(kind, SharePoint, StringComparison.OrdinalIgnoreCase)) builder.Services.AddSharePointStorage();
        else throw new InvalidOperationException($"Storage:Kind '{kind}' is not supported; use '{Sqlite}' (local) or '{SharePoint}' (production).");
        return builder;
    }

    static void AddSqlite(WebApplicationBuilder builder)
    {
        var path = builder.Configuration["Storage:Sqlite:Path"] ?? Path.Combine("data", "focalbot.db");
        builder.Services.AddSingleton(new SqliteDatabase(path, BusyTimeout(builder.Configuration["Storage:Sqlite:BusyTimeout"])));
        builder.Services.AddSingleton<IMemberDirectory, SqliteMemberDirectory>();
        builder.Services.AddSingleton<IConversationStore, SqliteConversationStore>();
        builder.Services.AddSingleton<IActivityLedger, SqliteActivityLedger>();
        builder.Services.AddSingleton<IAuditLog, SqliteAuditLog>();
        builder.Services.AddSingleton<IDeliveryStore, SqliteDeliveryStore>();
        builder.Services.AddSingleton<IJobLease, SqliteJobLease>();
        builder.Services.AddSingleton<FocalBot.Domain.Requests.IRequestStore, SqliteRequestStore>();
        builder.Services.AddSingleton<FocalBot.Domain.Meetings.IMeetingStore, SqliteMeetingStore>();
        builder.Services.AddHostedService<StorageInitializer>();
    }

    /// How long a write waits for a lock another process holds: long enough for a backup's short write, short enough
    /// that the user hears of the fault well within Teams' 15 s.
    static TimeSpan BusyTimeout(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting)) return SqliteDatabase.DefaultBusyTimeout;
        if (TimeSpan.TryParse(setting, System.Globalization.CultureInfo.InvariantCulture, out var t) && t >= TimeSpan.FromMilliseconds(100) && t <= TimeSpan.FromSeconds(10))
            return t;
        throw new InvalidOperationException($"Storage:Sqlite:BusyTimeout '{setting}' is not a time span from 00:00:00.1 to 00:00:10.");
    }
}

/// Creates the schema before the server takes its first request.
sealed class StorageInitializer(SqliteDatabase db) : StartupTask
{
    public override Task StartingAsync(CancellationToken ct) => db.EnsureSchemaAsync();
}
