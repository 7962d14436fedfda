using System.Net;

namespace FocalBot.EndToEnd.Playground;

/// Serves files on loopback as OneDrive serves the files a person attaches in Teams: each at a URL of its own, read by
/// the bot from the `downloadUrl` of the file message (the bot accepts loopback sources in Development only). A URL
/// can be made to expire, as Teams' short-lived download URLs do.
public sealed class FileHost : IDisposable
{
    readonly HttpListener _listener = new();
    readonly Dictionary<string, byte[]> _files = [];
    readonly Lock _lock = new();
    readonly Uri _root;

    public FileHost()
    {
        // A free port: bind to it, release it, then listen there (HttpListener has no port 0).
        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _root = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(_root.AbsoluteUri);
        _listener.Start();
        _ = ServeAsync();
    }

    /// A URL that serves `content` until expired.
    public Uri Add(string name, byte[] content)
    {
        var key = $"{Guid.NewGuid():N}/{Uri.EscapeDataString(name)}";
        lock (_lock) _files[key] = content;
        return new Uri(_root, key);
    }

    public void Expire(Uri url)
    {
        lock (_lock) _files.Remove(url.AbsolutePath.TrimStart('/'));
    }

    async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            byte[]? content;
            lock (_lock) _files.TryGetValue(context.Request.Url!.AbsolutePath.TrimStart('/'), out content);
            context.Response.StatusCode = content is null ? 404 : 200;
            if (content is not null)
            {
                context.Response.ContentLength64 = content.Length;
                await context.Response.OutputStream.WriteAsync(content);
            }
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }
}
