using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FocalBot.Domain.Members;
using Microsoft.AspNetCore.WebUtilities;

namespace FocalBot.Bot.Exports;

/// Links to local files: {Bot:PublicUrl}/exports/{id}?m={member}&r={role}&e={expiry}&s={signature}, the signature an
/// HMAC-SHA256 of file, member, role and expiry. Whoever holds a link holds the file until it expires, so it is bound
/// to one member and the role they had when it was made (checked still theirs, and the member still active, when
/// used: an office member who becomes a focal point loses the office's files), and lives the configured lifetime, or
/// until a later moment the caller names (a calendar file's link lives until its meeting has ended).
public sealed class ExportLinks(byte[] key, Uri publicUrl, TimeSpan lifetime, TimeProvider clock)
{
    public const string Route = "/exports";

    /// A link that works for the usual lifetime, or until `until` when that is later. The expiry is signed, so it is
    /// the one the link is refused after, whoever holds it.
    public ExportLink Create(string fileId, string memberId, MemberRole role, DateTimeOffset? until = null)
    {
        var usual = clock.GetUtcNow().Add(lifetime);
        var expires = (until > usual ? until.Value : usual).ToUnixTimeSeconds();
        var roleName = role.ToString();
        var query = $"m={Uri.EscapeDataString(memberId)}&r={roleName}&e={expires.ToString(CultureInfo.InvariantCulture)}&s={Sign(fileId, memberId, roleName, expires)}";
        var url = new Uri($"{publicUrl.AbsoluteUri.TrimEnd('/')}{Route}/{Uri.EscapeDataString(fileId)}?{query}");
        return new ExportLink(url, DateTimeOffset.FromUnixTimeSeconds(expires));
    }

    /// The role a verified link was made for, or null for any link this bot did not make for this file and member, or
    /// that expired.
    public MemberRole? Verify(string fileId, string? memberId, string? role, string? expires, string? signature)
    {
        if (string.IsNullOrEmpty(memberId) || string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(role)) return null;
        if (!Enum.TryParse<MemberRole>(role, ignoreCase: false, out var parsed) || parsed.ToString() != role) return null;
        if (!long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var expiry)) return null;
        if (clock.GetUtcNow().ToUnixTimeSeconds() >= expiry) return null;

        byte[] given;
        try { given = WebEncoders.Base64UrlDecode(signature); }
        catch (FormatException) { return null; }
        // Fixed time: a comparison that stops at the first wrong byte tells an attacker how much of a forgery is right.
        return CryptographicOperations.FixedTimeEquals(given, Mac(fileId, memberId, role, expiry)) ? parsed : null;
    }

    string Sign(string fileId, string memberId, string role, long expires) => WebEncoders.Base64UrlEncode(Mac(fileId, memberId, role, expires));

    // Newline-separated: no id, member id or role holds one, so no two different links sign the same text.
    byte[] Mac(string fileId, string memberId, string role, long expires) =>
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"focalbot-export-v2\n{fileId}\n{memberId}\n{role}\n{expires.ToString(CultureInfo.InvariantCulture)}"));
}
