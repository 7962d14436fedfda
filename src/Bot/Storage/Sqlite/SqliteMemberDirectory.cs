using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Microsoft.Data.Sqlite;

namespace FocalBot.Bot.Storage.Sqlite;

public sealed class SqliteMemberDirectory(SqliteDatabase db) : IMemberDirectory
{
    const string Columns = "id, display_name, role, state_code, organisation, title, email, phone, language, aad_object_id, tenant_id, status, is_lead";

    public async Task<Member?> FindByAadAsync(string tenantId, string aadObjectId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var command = connection.Command(
            $"SELECT {Columns} FROM members WHERE tenant_id = $tenant AND aad_object_id = $aad COLLATE NOCASE",
            ("$tenant", tenantId), ("$aad", aadObjectId));
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? Read(reader) : null;
    }

    public async Task<IReadOnlyList<Member>> ListAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var command = connection.Command($"SELECT {Columns} FROM members ORDER BY display_name");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var members = new List<Member>();
        while (await reader.ReadAsync(ct)) members.Add(Read(reader));
        return members;
    }

    public async Task SaveAsync(Member m, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var command = connection.Command($"""
            INSERT INTO members ({Columns}) VALUES ($id, $name, $role, $state, $org, $title, $email, $phone, $language, $aad, $tenant, $status, $lead)
            ON CONFLICT (id) DO UPDATE SET display_name = $name, role = $role, state_code = $state, organisation = $org, title = $title,
                email = $email, phone = $phone, language = $language, aad_object_id = $aad, tenant_id = $tenant, status = $status, is_lead = $lead
            """,
            ("$id", m.Id), ("$name", m.DisplayName), ("$role", m.Role.ToString()), ("$state", m.StateCode), ("$org", m.Organisation),
            ("$title", m.Title), ("$email", m.Email), ("$phone", m.Phone), ("$language", m.PreferredLanguage?.Code()),
            ("$aad", m.AadObjectId.ToLowerInvariant()), ("$tenant", m.TenantId), ("$status", m.Status.ToString()), ("$lead", m.IsLead ? 1 : 0));
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task SetLanguageAsync(string memberId, Language language, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var command = connection.Command("UPDATE members SET language = $language WHERE id = $id", ("$language", language.Code()), ("$id", memberId));
        if (await command.ExecuteNonQueryAsync(ct) == 0) throw new InvalidOperationException("No member has that id.");
    }

    static Member Read(SqliteDataReader r) => new()
    {
        Id = r.GetString(0),
        DisplayName = r.GetString(1),
        Role = Enum.Parse<MemberRole>(r.GetString(2)),
        StateCode = r.NullableString(3),
        Organisation = r.NullableString(4),
        Title = r.NullableString(5),
        Email = r.NullableString(6),
        Phone = r.NullableString(7),
        PreferredLanguage = Languages.Parse(r.NullableString(8)),
        AadObjectId = r.GetString(9),
        TenantId = r.GetString(10),
        Status = Enum.Parse<MemberStatus>(r.GetString(11)),
        IsLead = r.GetInt64(12) != 0,
    };
}
