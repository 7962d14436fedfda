namespace FocalBot.Bot.Files;

/// Downloads a file a member sent in the personal chat. Teams gives a short-lived, pre-authorised download URL; the
/// bot fetches only from Microsoft 365 (https, a *.sharepoint.com host: OneDrive and SharePoint) or, in Development,
/// from loopback, never from an address a message could choose. The size is capped by the caller (a members' CSV
/// file has its own limit), whatever the server says the length is.
public sealed class FileDownloader(IHttpClientFactory clients, IHostEnvironment environment)
{
    public const string Client = "files.download";

    public enum Outcome { Read, HostRefused, TooLarge, Unavailable }

    public sealed record Download(Outcome Outcome, byte[]? Content = null);

    public static bool IsAllowedSource(string url, bool development)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.UserInfo.Length > 0) return false;
        if (uri.Scheme == Uri.UriSchemeHttps && uri.IsDefaultPort && uri.Host.EndsWith(".sharepoint.com", StringComparison.OrdinalIgnoreCase)) return true;
        return development && uri.IsLoopback && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
    }

    public async Task<Download> DownloadAsync(string url, long maxBytes, CancellationToken ct)
    {
        if (!IsAllowedSource(url, environment.IsDevelopment())) return new(Outcome.HostRefused);
        try
        {
            using var response = await clients.CreateClient(Client).GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct);
            // An expired URL answers 401 or 403, a deleted file 404: to the member, all the same "send it again".
            if (!response.IsSuccessStatusCode) return new(Outcome.Unavailable);
            if (response.Content.Headers.ContentLength > maxBytes) return new(Outcome.TooLarge);

            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            using var buffer = new MemoryStream();
            var chunk = new byte[64 * 1024];
            int read;
            while ((read = await stream.ReadAsync(chunk, ct)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes) return new(Outcome.TooLarge);   // no Content-Length, or a wrong one
            }
            return new(Outcome.Read, buffer.ToArray());
        }
        catch (HttpRequestException) { return new(Outcome.Unavailable); }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested) { return new(Outcome.Unavailable); }   // the client's timeout
    }
}
