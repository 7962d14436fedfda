using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace FocalBot.Bot.Files;

/// A file a member sent, stored and not attached yet: what the card offering it carries, so the press that attaches
/// it needs no second download.
public sealed record StoredUpload(string Id, string Name, string ContentType, long Length, string FileId, string? FileUrl);

/// Signs an offered upload for the member it was offered to. A card's data is input, never trusted: without the
/// signature a member could forge a press naming another file of the store (a compilation not released to them, a
/// state's annex) and be handed a link to it. The signature covers every field of the upload, the member and an
/// expiry, with the export signing key (HMAC-SHA256, its own prefix, so no export link signs the same text).
public sealed class UploadTickets(byte[] key, TimeProvider clock)
{
    /// How long an offer can be pressed: a member may come back to it the next days, not months later.
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    /// "expiry.signature", for the card's data.
    public string Issue(StoredUpload upload, string memberId)
    {
        var expires = clock.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds();
        return $"{expires.ToString(CultureInfo.InvariantCulture)}.{WebEncoders.Base64UrlEncode(Mac(upload, memberId, expires))}";
    }

    /// True only for a ticket issued for this very upload and member, not expired.
    public bool Verify(StoredUpload upload, string memberId, string? ticket)
    {
        if (ticket?.Split('.') is not [var expiry, var signature]) return false;
        if (!long.TryParse(expiry, NumberStyles.None, CultureInfo.InvariantCulture, out var expires) || clock.GetUtcNow().ToUnixTimeSeconds() >= expires) return false;
        byte[] given;
        try { given = WebEncoders.Base64UrlDecode(signature); }
        catch (FormatException) { return false; }
        return CryptographicOperations.FixedTimeEquals(given, Mac(upload, memberId, expires));
    }

    // Newline-separated, each field's length first: a name may hold anything the sanitiser keeps, so no field can
    // pass for the next one.
    byte[] Mac(StoredUpload u, string memberId, long expires)
    {
        var fields = new[] { u.Id, u.Name, u.ContentType, u.Length.ToString(CultureInfo.InvariantCulture), u.FileId, u.FileUrl ?? "", memberId,
            expires.ToString(CultureInfo.InvariantCulture) };
        var text = "focalbot-upload-v1\n" + string.Join("\n", fields.Select(f => $"{f.Length.ToString(CultureInfo.InvariantCulture)}:{f}"));
        return HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text));
    }
}
