using System.Globalization;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Microsoft.Data.Sqlite;

namespace FocalBot.Bot.Storage.Sqlite;

public sealed class SqliteMemberDirectory(SqliteDatabase db) : IMemberDirectory
{
    const string Columns = "id, display_name, role, state_code, organisation, title, email, phone, language, aad_object_id, tenant_id, status, is_lead, joined_on, left_on, version";

    public async Task<Member?> FindByAadAsync(string tenantId, string aadObjectId, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(tenantId) || string.IsNullOrWhiteSpace(aadObjectId)
            ? null   // pending identities are empty: they must never match anyone
            : await ReadOneAsync("tenant_id = $tenant AND aad_object_id = $aad", ct, ("$tenant", tenantId.ToLowerInvariant()), ("$aad", aadObjectId.ToLowerInvariant()));

    public async Task<Member?> GetAsync(string id, CancellationToken ct) => await ReadOneAsync("id = $id", ct, ("$id", id));

    public async Task<IReadOnlyList<Member>> ListAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var command = connection.Command($"SELECT {Columns} FROM members ORDER BY display_name");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var members = new List<Member>();
        while (await reader.ReadAsync(ct)) members.Add(Read(reader));
        return members;
    }

    public async Task<SaveResult> SaveAsync(Member m, CancellationToken ct)
    {
        await using var connection = await db.OpenWriterAsync(ct);
        // A new member whose id is stored already, or whose Teams identity another member has, is a duplicate.
        return await connection.SaveVersionedAsync("members", [("id", m.Id)],
        [
            ("display_name", m.DisplayName), ("role", m.Role.ToString()), ("state_code", m.StateCode?.Value), ("organisation", m.Organisation),
            ("title", m.Title), ("email", m.Email), ("phone", m.Phone), ("language", m.PreferredLanguage?.Code()),
            ("aad_object_id", m.AadObjectId.ToLowerInvariant()), ("tenant_id", m.TenantId.ToLowerInvariant()), ("status", m.Status.ToString()),
            ("is_lead", m.IsLead ? 1 : 0), ("joined_on", Date(m.JoinedOn)), ("left_on", Date(m.LeftOn)),
        ], m.Version, SaveResult.Duplicated, ct);
    }

    async Task<Member?> ReadOneAsync(string where, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var command = connection.Command($"SELECT {Columns} FROM members WHERE {where}", parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? Read(reader) : null;
    }

    static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static DateOnly? Date(string? text) => text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    static Member Read(SqliteDataReader r) => new()
    {
        Id = r.GetString(0),
        DisplayName = r.GetString(1),
        Role = Enum.Parse<MemberRole>(r.GetString(2)),
        StateCode = StateCode.ParseOptional(r.NullableString(3)),
        Organisation = r.NullableString(4),
        Title = r.NullableString(5),
        Email = r.NullableString(6),
        Phone = r.NullableString(7),
        PreferredLanguage = Languages.Parse(r.NullableString(8)),
        AadObjectId = r.GetString(9),
        TenantId = r.GetString(10),
        Status = Enum.Parse<MemberStatus>(r.GetString(11)),
        IsLead = r.GetInt64(12) != 0,
        JoinedOn = Date(r.NullableString(13)),
        LeftOn = Date(r.NullableString(14)),
        Version = r.GetInt64(15).ToString(CultureInfo.InvariantCulture),
    };
}
