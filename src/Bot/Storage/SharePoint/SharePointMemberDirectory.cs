using System.Globalization;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Storage.SharePoint;

/// Members in the list "{prefix} Members". A member's Version is its item's eTag; updates send it as If-Match, so a
/// change made since the member was read wins and the save reports Conflict.
public sealed class SharePointMemberDirectory(SharePointLists lists) : IMemberDirectory
{
    const string MemberId = "MemberId", IdentityKey = "IdentityKey", TenantId = "TenantId", AadObjectId = "AadObjectId",
        Role = "Role", StateCode = "StateCode", Organisation = "Organisation", JobTitle = "JobTitle", Email = "Email", Phone = "Phone",
        Language = "PreferredLanguage", Status = "Status", IsLead = "IsLead", JoinedOn = "JoinedOn", LeftOn = "LeftOn", WriteId = "WriteId";

    /// The built-in Title holds the display name, so the list reads well in SharePoint.
    internal static readonly ListSpec List = new("Members", "FocalBot: the network's members. Title is the display name.",
    [
        ColumnSpec.Text(MemberId, "Member id", 64).Key(),
        // One column for the identity: SharePoint enforces uniqueness on a single column and filters on one index at a time.
        ColumnSpec.Text(IdentityKey, "Identity (tenant|object id)").Key(),
        ColumnSpec.Text(TenantId, "Tenant id", 64),
        ColumnSpec.Text(AadObjectId, "Entra object id", 64),
        ColumnSpec.Choice<MemberRole>(Role, "Role"),
        ColumnSpec.Text(StateCode, "Member state", 8),
        ColumnSpec.Text(Organisation, "Organisation"),
        ColumnSpec.Text(JobTitle, "Job title"),
        ColumnSpec.Text(Email, "E-mail"),
        ColumnSpec.Text(Phone, "Phone", 64),
        ColumnSpec.Choice(Language, "Language", ["en", "fr"]),
        ColumnSpec.Choice<MemberStatus>(Status, "Status"),
        ColumnSpec.Flag(IsLead, "Lead focal point"),
        // Calendar dates as yyyy-MM-dd text: how a dateOnly column round-trips across time zones is not documented.
        ColumnSpec.Text(JoinedOn, "Joined on", 10),
        ColumnSpec.Text(LeftOn, "Left on", 10),
        // A fresh id per write lets a save whose answer was lost, and which the SDK resent, recognise itself.
        ColumnSpec.Text(WriteId, "Last write", 36),
    ]);

    public async Task<Member?> FindByAadAsync(string tenantId, string aadObjectId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(tenantId) || string.IsNullOrWhiteSpace(aadObjectId)) return null;
        var items = await lists.ItemsAsync(List, ct);
        var rows = await items.WhereAsync(IdentityKey, Identity(tenantId, aadObjectId), ct);
        return rows.Select(Read).FirstOrDefault(m => m.IsSamePersonAs(tenantId, aadObjectId));
    }

    public async Task<Member?> GetAsync(string id, CancellationToken ct) => await RowAsync(await lists.ItemsAsync(List, ct), id, ct) is { } row ? Read(row) : null;

    public async Task<IReadOnlyList<Member>> ListAsync(CancellationToken ct)
    {
        var items = await lists.ItemsAsync(List, ct);
        return [.. (await items.QueryAsync(null, int.MaxValue, ct)).Select(Read).OrderBy(m => m.DisplayName, StringComparer.Ordinal)];
    }

    public async Task<SaveResult> SaveAsync(Member member, CancellationToken ct)
    {
        var items = await lists.ItemsAsync(List, ct);
        var writeId = Guid.NewGuid().ToString();
        var fields = Fields(member, writeId);

        if (member.Version is null)
        {
            var created = await items.CreateAsync(fields, ct);
            if (created.Status == WriteStatus.Done) return new SaveResult.Saved(created.Row!.ETag);
            return await OursAsync(items, member.Id, writeId, ct) is { } landed ? new SaveResult.Saved(landed.ETag) : SaveResult.Duplicated;
        }

        var current = await RowAsync(items, member.Id, ct);
        if (current is null || current.ETag != member.Version) return SaveResult.Conflicted;

        var updated = await items.UpdateAsync(current.Id, fields, member.Version, ct);
        return updated.Status switch
        {
            WriteStatus.Done when updated.ETag is not null => new SaveResult.Saved(updated.ETag),
            // Graph did not say the new eTag: read it back; if someone wrote after us, the stale version makes the next save re-read.
            WriteStatus.Done => new SaveResult.Saved(await OursAsync(items, member.Id, writeId, ct) is { } ours ? ours.ETag : member.Version),
            WriteStatus.DuplicateKey => SaveResult.Duplicated,
            _ => await OursAsync(items, member.Id, writeId, ct) is { } landed ? new SaveResult.Saved(landed.ETag) : SaveResult.Conflicted,
        };
    }

    /// The member's item if it carries this write: a write the SDK resent after a lost answer finds its own first attempt.
    static async Task<ListRow?> OursAsync(ListItems items, string id, string writeId, CancellationToken ct) =>
        await RowAsync(items, id, ct) is { } row && row.Text(WriteId) == writeId ? row : null;

    static async Task<ListRow?> RowAsync(ListItems items, string id, CancellationToken ct) =>
        (await items.WhereAsync(MemberId, id, ct)).FirstOrDefault(r => r.Text(MemberId) == id);

    static string Identity(string tenantId, string aadObjectId) => $"{tenantId}|{aadObjectId}".ToLowerInvariant();

    /// The unique identity column: tenant|object id, or, while the identity is pending, a key no identity can take,
    /// so any number of members may wait for theirs.
    static string IdentityOf(Member m) => m.HasIdentity ? Identity(m.TenantId, m.AadObjectId) : $"pending:{m.Id}".ToLowerInvariant();

    static Dictionary<string, object?> Fields(Member m, string writeId) => new()
    {
        ["Title"] = m.DisplayName,
        [MemberId] = m.Id,
        [IdentityKey] = IdentityOf(m),
        [TenantId] = m.TenantId,
        [AadObjectId] = m.AadObjectId.ToLowerInvariant(),
        [Role] = m.Role.ToString(),
        [StateCode] = m.StateCode?.Value,
        [Organisation] = m.Organisation,
        [JobTitle] = m.Title,
        [Email] = m.Email,
        [Phone] = m.Phone,
        [Language] = m.PreferredLanguage?.Code(),
        [Status] = m.Status.ToString(),
        [IsLead] = m.IsLead,
        [JoinedOn] = Date(m.JoinedOn),
        [LeftOn] = Date(m.LeftOn),
        [WriteId] = writeId,
    };

    static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static DateOnly? Date(string? text) => text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    static Member Read(ListRow r) => new()
    {
        Id = r.RequiredText(MemberId),
        DisplayName = r.RequiredText("Title"),
        Role = Enum.Parse<MemberRole>(r.RequiredText(Role)),
        StateCode = Domain.Members.StateCode.ParseOptional(r.Text(StateCode)),
        Organisation = r.Text(Organisation),
        Title = r.Text(JobTitle),
        Email = r.Text(Email),
        Phone = r.Text(Phone),
        PreferredLanguage = Languages.Parse(r.Text(Language)),
        AadObjectId = r.Text(AadObjectId) ?? "",
        TenantId = r.Text(TenantId) ?? "",
        Status = Enum.Parse<MemberStatus>(r.RequiredText(Status)),
        IsLead = r.Flag(IsLead),
        JoinedOn = Date(r.Text(JoinedOn)),
        LeftOn = Date(r.Text(LeftOn)),
        Version = r.ETag,
    };
}
