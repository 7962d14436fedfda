using System.Security.Cryptography;
using FocalBot.Bot.Storage;

namespace FocalBot.Bot.Exports;

/// The key that signs links to local files: from configuration, or generated once and kept in a file only this
/// user can read, so links stay valid across restarts without anyone having to make up a secret.
public static class ExportSigningKey
{
    public const int MinimumBytes = 32;
    public const string FileName = "exports-signing.key";

    public static bool TryParse(string? base64, out byte[] key)
    {
        key = [];
        if (string.IsNullOrWhiteSpace(base64)) return false;
        try { key = Convert.FromBase64String(base64.Trim()); }
        catch (FormatException) { return false; }
        return key.Length >= MinimumBytes;
    }

    /// Exports:SigningKey when set, else the key kept in the data folder (made on first use).
    public static byte[] Of(ExportOptions options, StorageChoice storage) =>
        TryParse(options.SigningKey, out var configured) ? configured : LoadOrCreate(storage.DataFolder);

    public static byte[] LoadOrCreate(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(folder);
            // Written aside, then moved in without overwriting: a second instance starting at the same moment reads a
            // whole key, never a half-written file, and both end up with the same one.
            var temporary = Path.Combine(folder, $".{FileName}.{Guid.NewGuid():N}");
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using (var writer = new StreamWriter(new FileStream(temporary, options)))
                writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinimumBytes)));
            try { File.Move(temporary, path, overwrite: false); }
            catch (IOException) when (File.Exists(path)) { File.Delete(temporary); }
        }
        return TryParse(File.ReadAllText(path), out var key)
            ? key
            : throw new InvalidOperationException($"The export signing key file is damaged; delete {FileName} in the data folder to make a new one (existing links stop working).");
    }
}
