using System.Text;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Members;

/// Downloads the CSV file the office sends in the personal chat, for the import. Teams gives a short-lived download
/// URL; the bot fetches only from Microsoft 365 (https, a *.sharepoint.com host: OneDrive and SharePoint) or, in
/// Development, from loopback, never from an address a message could choose. The size is capped and the text must be UTF-8.
public sealed class CsvDownloader(IHttpClientFactory clients, IHostEnvironment environment, IOptions<MemberOptions> options)
{
    public const string Client = "members.files";

    public enum Outcome { Read, HostRefused, TooLarge, NotUtf8, Unavailable }

    public sealed record Download(Outcome Outcome, string? Text = null);

    public int MaxKilobytes => options.Value.MaxImportKilobytes;

    public static bool IsAllowedSource(string url, bool development)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.UserInfo.Length > 0) return false;
        if (uri.Scheme == Uri.UriSchemeHttps && uri.IsDefaultPort && uri.Host.EndsWith(".sharepoint.com", StringComparison.OrdinalIgnoreCase)) return true;
        return development && uri.IsLoopback && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
    }

    public async Task<Download> DownloadAsync(string url, CancellationToken ct)
    {
        if (!IsAllowedSource(url, environment.IsDevelopment())) return new(Outcome.HostRefused);
        var max = MaxKilobytes * 1024L;
        try
        {
            using var response = await clients.CreateClient(Client).GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode) return new(Outcome.Unavailable);
            if (response.Content.Headers.ContentLength > max) return new(Outcome.TooLarge);

            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await stream.ReadAsync(chunk, ct)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > max) return new(Outcome.TooLarge);   // no Content-Length, or a wrong one
            }
            try { return new(Outcome.Read, new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length)); }
            catch (DecoderFallbackException) { return new(Outcome.NotUtf8); }
        }
        catch (HttpRequestException) { return new(Outcome.Unavailable); }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested) { return new(Outcome.Unavailable); }   // the client's timeout
    }
}
