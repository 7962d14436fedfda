using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Storage.SharePoint;
using FocalBot.Bot.Storage.Sqlite;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Storage;

/// The two stores "Storage:Kind" chooses between.
public enum StorageKind { Sqlite, SharePoint }

/// "Storage:Kind" and the SQLite file ("Storage:Sqlite:Path"), read once by AddStorage and registered for every part
/// that follows the store (Exports keeps its files beside the database, or in SharePoint).
public sealed record StorageChoice(StorageKind Kind, string SqlitePath)
{
    /// The folder of the SQLite file: the bot's data stays in one place.
    public string DataFolder => Path.GetDirectoryName(Path.GetFullPath(SqlitePath))!;
}

public static class StorageSetup
{
    /// "Storage:Kind" picks the store; a bad choice stops the app at startup, not at a user's first message.
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        var choice = new StorageChoice(Kind(builder.Configuration["Storage:Kind"]),
            builder.Configuration["Storage:Sqlite:Path"] ?? Path.Combine("data", "focalbot.db"));
        builder.Services.AddSingleton(choice);
        if (choice.Kind == StorageKind.Sqlite) AddSqlite(builder, choice.SqlitePath);
        else builder.Services.AddSharePointStorage();
        return builder;
    }

    /// Sqlite when unset; either name in any case.
    static StorageKind Kind(string? setting)
    {
        var kind = setting ?? nameof(StorageKind.Sqlite);
        if (string.Equals(kind, nameof(StorageKind.Sqlite), StringComparison.OrdinalIgnoreCase)) return StorageKind.Sqlite;
        if (string.Equals(kind, nameof(StorageKind.SharePoint), StringComparison.OrdinalIgnoreCase)) return StorageKind.SharePoint;
        throw new InvalidOperationException(
            $"Storage:Kind '{kind}' is not supported; use '{nameof(StorageKind.Sqlite)}' (local) or '{nameof(StorageKind.SharePoint)}' (production).");
    }

    static void AddSqlite(WebApplicationBuilder builder, string path)
    {
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
        builder.Services.AddSingleton<FocalBot.Domain.Outcomes.IOutcomeStore, SqliteOutcomeStore>();
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
