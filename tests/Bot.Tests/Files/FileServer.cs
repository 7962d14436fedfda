using System.Net;

namespace FocalBot.Bot.Tests.Files;

/// Serves files to the bot's download client by URL (any other URL answers 404, as an expired or deleted one does),
/// and records every request it gets.
public sealed class FileServer : HttpMessageHandler
{
    readonly Dictionary<string, (HttpStatusCode Status, byte[] Content, bool WithLength)> _files = [];
    readonly List<Uri> _requests = [];

    public IReadOnlyList<Uri> Requests { get { lock (_requests) return [.. _requests]; } }

    public FileServer Serve(string url, byte[] content, bool withLength = true, HttpStatusCode status = HttpStatusCode.OK)
    {
        lock (_requests) _files[url] = (status, content, withLength);
        return this;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        (HttpStatusCode Status, byte[] Content, bool WithLength) file;
        lock (_requests)
        {
            _requests.Add(request.RequestUri!);
            if (!_files.TryGetValue(request.RequestUri!.AbsoluteUri, out file)) file = (HttpStatusCode.NotFound, [], true);
        }
        HttpContent body = file.WithLength ? new ByteArrayContent(file.Content) : new StreamContent(new NoLengthStream(file.Content));
        return Task.FromResult(new HttpResponseMessage(file.Status) { Content = body });
    }

    protected override void Dispose(bool disposing) { }   // the factory may recycle it; the test owns it

    /// A stream that does not tell its length, like a chunked download.
    sealed class NoLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
