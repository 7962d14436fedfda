using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace FocalBot.Bot.Exports;

/// Links to local files: {Bot:PublicUrl}/exports/{id}?m={member}&e={expiry}&s={signature}, the signature an
/// HMAC-SHA256 of file, member and expiry. Whoever holds a link holds the file until it expires, so it is bound to one
/// member (checked still active when used) and lives the configured lifetime, or until a later moment the caller
/// names (a calendar file's link lives until its meeting has ended).
public sealed class ExportLinks(byte[] key, Uri publicUrl, TimeSpan lifetime, TimeProvider clock)
{
    public const string Route = "/exports";

    /// A link that works for the usual lifetime, or until `until` when that is later. The expiry is signed, so it is
    /// the one the link is refused after, whoever holds it.
    public ExportLink Create(string fileId, string memberId, DateTimeOffset? until = null)
    {
        var usual = clock.GetUtcNow().Add(lifetime);
        var expires = (until > usual ? until.Value : usual).ToUnixTimeSeconds();
        var query = $"m={Uri.EscapeDataString(memberId)}&e={expires.ToString(CultureInfo.InvariantCulture)}&s={Sign(fileId, memberId, expires)}";
        var url = new Uri($"{publicUrl.AbsoluteUri.TrimEnd('/')}{Route}/{Uri.EscapeDataString(fileId)}?{query}");
        return new ExportLink(url, DateTimeOffset.FromUnixTimeSeconds(expires));
    }

    /// True only for a link this bot made for this file and member, before it expired.
    public bool Verify(string fileId, string? memberId, string? expires, string? signature)
    {
        if (string.IsNullOrEmpty(memberId) || string.IsNullOrEmpty(signature)) return false;
        if (!long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var expiry)) return false;
        if (clock.GetUtcNow().ToUnixTimeSeconds() >= expiry) return false;

        byte[] given;
        try { given = WebEncoders.Base64UrlDecode(signature); }
        catch (FormatException) { return false; }
        // Fixed time: a comparison that stops at the first wrong byte tells an attacker how much of a forgery is right.
        return CryptographicOperations.FixedTimeEquals(given, Mac(fileId, memberId, expiry));
    }

    string Sign(string fileId, string memberId, long expires) => WebEncoders.Base64UrlEncode(Mac(fileId, memberId, expires));

    // Newline-separated: neither an id nor a member id holds one, so no two different links sign the same text.
    byte[] Mac(string fileId, string memberId, long expires) =>
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"focalbot-export-v1\n{fileId}\n{memberId}\n{expires.ToString(CultureInfo.InvariantCulture)}"));
}
