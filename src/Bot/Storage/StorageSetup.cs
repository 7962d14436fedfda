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
        if (Kind(builder.Configuration) == Sqlite) AddSqlite(builder);
        else builder.Services.AddSharePointStorage();
        return builder;
    }

    /// The one reading of "Storage:Kind" (Sqlite when unset), for every part that follows the store: Sqlite or SharePoint.
    public static string Kind(IConfiguration configuration)
    {
        var kind = configuration["Storage:Kind"] ?? Sqlite;
        if (string.Equals(kind, Sqlite, StringComparison.OrdinalIgnoreCase)) return Sqlite;
        if (string.Equals(kind, SharePoint, StringComparison.OrdinalIgnoreCase)) return SharePoint;
        throw new InvalidOperationException($"Storage:Kind '{kind}' is not supported; use '{Sqlite}' (local) or '{SharePoint}' (production).");
    }

    /// The SQLite database file, "Storage:Sqlite:Path" (data/focalbot.db when unset).
    public static string SqlitePath(IConfiguration configuration) =>
        configuration["Storage:Sqlite:Path"] ?? Path.Combine("data", "focalbot.db");

    static void AddSqlite(WebApplicationBuilder builder)
    {
        var path = SqlitePath(builder.Configuration);
        builder.Services.AddSingleton(new SqliteDatabase(path, BusyTimeout(builder.Configuration["Storage:Sqlite:BusyTimeout"])));
        builder.Services.AddSingleton<IMemberDirectory, SqliteMemberDirectory>();
        builder.Services.AddSingleton<IConversationStore, SqliteConversationStore>();
        builder.Services.AddSingleton<IActivityLedger, SqliteActivityLedger>();
        builder.Services.AddSingleton<IAuditLog, SqliteAuditLog>();
        builder.Services.AddSingleton<IDeliveryStore, SqliteDeliveryStore>();
        builder.Services.AddSingleton<IJobLease, SqliteJobLease>();
        builder.Services.AddSingleton<FocalBot.Domain.Requests.IRequestStore, SqliteRequestStore>();
        builder.Services.AddSingleton<FocalBot.Domain.Meetings.IMeetingStore, SqliteMeetingStore>();
        builder.Services.AddSingleton<FocalBot.Domain.Decisions.IProcedureStore, SqliteProcedureStore>();
        builder.Services.AddSingleton<FocalBot.Domain.Rapporteurs.IRapporteurStore, SqliteRapporteurStore>();
        builder.Services.AddSingleton<FocalBot.Domain.Groups.IGroupStore, SqliteGroupStore>();
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
