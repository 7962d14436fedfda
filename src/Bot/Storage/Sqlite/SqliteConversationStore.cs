using FocalBot.Bot.Protocol;
using Microsoft.Data.Sqlite;

namespace FocalBot.Bot.Storage.Sqlite;

public sealed class SqliteConversationStore(SqliteDatabase db) : IConversationStore
{
    const string Columns = "conversation_id, conversation_type, service_url, channel_id, tenant_id, bot_id, user_id, user_aad_object_id, team_id, is_dead";

    public async Task SaveAsync(ConversationReference r, CancellationToken ct)
    {
        await using var connection = await db.OpenWriterAsync(ct);
        await using var command = connection.Command($"""
            INSERT INTO conversations ({Columns}) VALUES ($id, $type, $url, $channel, $tenant, $bot, $user, $aad, $team, 0)
            ON CONFLICT (conversation_id) DO UPDATE SET conversation_type = $type, service_url = $url, channel_id = $channel,
                tenant_id = coalesce($tenant, tenant_id), bot_id = coalesce($bot, bot_id), user_id = coalesce($user, user_id),
                user_aad_object_id = coalesce($aad, user_aad_object_id), team_id = coalesce($team, team_id), is_dead = 0
            """,
            ("$id", r.ConversationId), ("$type", r.ConversationType), ("$url", r.ServiceUrl), ("$channel", r.ChannelId), ("$tenant", r.TenantId),
            ("$bot", r.BotId), ("$user", r.UserId), ("$aad", r.UserAadObjectId?.ToLowerInvariant()), ("$team", r.TeamId));
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<ConversationReference?> GetAsync(string conversationId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var command = connection.Command($"SELECT {Columns} FROM conversations WHERE conversation_id = $id", ("$id", conversationId));
        return await ReadOneAsync(command, ct);
    }

    public async Task<ConversationReference?> FindPersonalAsync(string tenantId, string aadObjectId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var command = connection.Command(
            $"SELECT {Columns} FROM conversations WHERE tenant_id = $tenant AND user_aad_object_id = $aad AND conversation_type = 'personal' AND is_dead = 0",
            ("$tenant", tenantId), ("$aad", aadObjectId.ToLowerInvariant()));
        return await ReadOneAsync(command, ct);
    }

    public async Task<ConversationReference?> FindTeamAsync(string? teamId, CancellationToken ct)
    {
        // The latest installation first (ISO instants sort as text); then a row's rowid, which grows with each new
        // conversation stored, so the highest is the team met last.
        await using var connection = await db.OpenAsync(ct);
        await using var command = connection.Command(
            $"SELECT {Columns} FROM conversations WHERE team_id IS NOT NULL AND is_dead = 0 AND ($team IS NULL OR team_id = $team) "
            + "ORDER BY installed_at IS NULL, installed_at DESC, rowid DESC LIMIT 1",
            ("$team", string.IsNullOrWhiteSpace(teamId) ? null : teamId));
        return await ReadOneAsync(command, ct);
    }

    public async Task SaveInstallAsync(ConversationReference channel, bool chosen, DateTimeOffset at, CancellationToken ct)
    {
        await SaveAsync(channel, ct);
        await using var connection = await db.OpenWriterAsync(ct);
        await using var command = connection.Command("""
            UPDATE conversations SET installed_at = $at WHERE conversation_id = $id AND ($chosen OR NOT EXISTS (
                SELECT 1 FROM conversations WHERE team_id = $team AND installed_at IS NOT NULL AND is_dead = 0))
            """,
            ("$id", channel.ConversationId), ("$team", channel.TeamId), ("$chosen", chosen),
            ("$at", at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture)));
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<bool> TryMarkWelcomedAsync(string conversationId, CancellationToken ct)
    {
        await using var connection = await db.OpenWriterAsync(ct);
        await using var command = connection.Command("UPDATE conversations SET welcomed = 1 WHERE conversation_id = $id AND welcomed = 0", ("$id", conversationId));
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    public async Task MarkDeadAsync(string conversationId, CancellationToken ct)
    {
        await using var connection = await db.OpenWriterAsync(ct);
        await using var command = connection.Command("UPDATE conversations SET is_dead = 1, welcomed = 0 WHERE conversation_id = $id", ("$id", conversationId));
        await command.ExecuteNonQueryAsync(ct);
    }

    static async Task<ConversationReference?> ReadOneAsync(SqliteCommand command, CancellationToken ct)
    {
        await using var r = await command.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return null;
        return new ConversationReference
        {
            ConversationId = r.GetString(0),
            ConversationType = r.GetString(1),
            ServiceUrl = r.GetString(2),
            ChannelId = r.GetString(3),
            TenantId = r.NullableString(4),
            BotId = r.NullableString(5),
            UserId = r.NullableString(6),
            UserAadObjectId = r.NullableString(7),
            TeamId = r.NullableString(8),
            IsDead = r.GetInt64(9) != 0,
        };
    }
}
