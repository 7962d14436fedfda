using System.ComponentModel.DataAnnotations;

namespace FocalBot.Bot.Exports;

/// Section "Exports": where produced files go and how members reach them. Checked at startup.
public sealed class ExportOptions : IValidatableObject
{
    public const string Section = "Exports";

    /// Local store only: the folder of the files. Empty: "exports" beside the SQLite database.
    public string? Path { get; set; }

    /// Replaced by Bot:PublicUrl (PublicUrlOptions). Read only to refuse it: a deployment still setting it would
    /// otherwise hand out links to the local default without a word.
    public string? PublicBaseUrl { get; set; }

    /// Local store only: base64 of at least 32 random bytes that sign the links. Empty: a key is generated once and
    /// kept beside the SQLite database, so links survive a restart.
    public string? SigningKey { get; set; }

    /// Local store only: how long a link works (a compilation's, a participant list's). A calendar file's link lives
    /// at least this long, and longer when its meeting ends later.
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(1);

    /// SharePoint store only: the document library on the network's site that receives the files. It must exist.
    public string Library { get; set; } = "Compilations";

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!string.IsNullOrWhiteSpace(PublicBaseUrl))
            yield return new ValidationResult($"Exports:PublicBaseUrl is no longer read: set {PublicUrlOptions.Key}, the bot's public address, instead.", [nameof(PublicBaseUrl)]);

        if (!string.IsNullOrWhiteSpace(SigningKey) && !ExportSigningKey.TryParse(SigningKey, out _))
            yield return new ValidationResult($"Exports:SigningKey must be base64 of at least {ExportSigningKey.MinimumBytes} bytes (e.g. `openssl rand -base64 32`).", [nameof(SigningKey)]);

        if (LinkLifetime < TimeSpan.FromMinutes(1) || LinkLifetime > TimeSpan.FromDays(30))
            yield return new ValidationResult("Exports:LinkLifetime must be between 00:01:00 and 30.00:00:00.", [nameof(LinkLifetime)]);

        // SharePoint refuses these characters in a library's name.
        if (string.IsNullOrWhiteSpace(Library) || Library.Length > 128 || Library.IndexOfAny(['~', '"', '#', '%', '&', '*', ':', '<', '>', '?', '/', '\\', '{', '|', '}']) >= 0)
            yield return new ValidationResult("Exports:Library must be 1 to 128 characters, without ~\"#%&*:<>?/\\{|}.", [nameof(Library)]);
    }
}
