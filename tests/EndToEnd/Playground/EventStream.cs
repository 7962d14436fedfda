using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace FocalBot.EndToEnd.Playground;

/// One of the Playground's websockets, read from connection on and kept whole: tests take a mark before they act
/// and await the first event after it that matches, with a timeout instead of a sleep.
/// The Playground flushes what it buffered to the first client only, so the fixture connects before any traffic.
public sealed class EventStream : IAsyncDisposable
{
    readonly ClientWebSocket _socket = new();
    readonly List<JsonNode> _events = [];
    readonly Lock _gate = new();
    readonly CancellationTokenSource _stop = new();
    TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    Task _reading = Task.CompletedTask;
    Exception? _fault;
    bool _disposed;

    EventStream(string name) => Name = name;

    public string Name { get; }

    public static async Task<EventStream> ConnectAsync(string name, Uri uri, CancellationToken ct)
    {
        var stream = new EventStream(name);
        stream._socket.Options.Proxy = null;   // loopback only
        await stream._socket.ConnectAsync(uri, ct);
        stream._reading = Task.Run(stream.ReadAsync);
        return stream;
    }

    /// The position after the last event so far: pass it to WaitForAsync to ignore what came before.
    public int Mark() { lock (_gate) return _events.Count; }

    public IReadOnlyList<JsonNode> Since(int mark) { lock (_gate) return _events.Skip(mark).ToList(); }

    /// The first event after `mark` that matches; throws with every event seen since the mark if none comes in time.
    public async Task<JsonNode> WaitForAsync(string what, int mark, Func<JsonNode, bool> match, TimeSpan? timeout = null)
    {
        var limit = timeout ?? Waits.Event;
        using var cts = new CancellationTokenSource(limit);
        for (var next = mark; ;)
        {
            Task changed;
            lock (_gate)
            {
                for (; next < _events.Count; next++)
                    if (match(_events[next])) return _events[next];
                changed = _changed.Task;
            }
            if (_fault is not null) throw new InvalidOperationException($"{Name} stream failed while waiting for {what}.", _fault);
            try { await changed.WaitAsync(cts.Token); }
            catch (OperationCanceledException) { throw new TimeoutException($"No {what} on the {Name} stream within {limit.TotalSeconds:F0} s.\n{Dump(mark)}"); }
        }
    }

    /// The events after `mark`, each cut to a readable length, for failure messages.
    public string Dump(int mark, int maxChars = 3000)
    {
        var events = Since(mark);
        var text = new StringBuilder($"--- {Name} stream, {events.Count} events since the mark ---\n");
        foreach (var e in events)
        {
            var json = e.ToJsonString(Json.Readable);
            text.AppendLine(json.Length <= maxChars ? json : json[..maxChars] + " …");
        }
        return text.ToString();
    }

    async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage) continue;
                var node = JsonNode.Parse(message.ToArray());
                message.SetLength(0);
                if (node is not null) Add(node);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested) { }
        catch (Exception e) { _fault = e; }
        finally { Signal(); }
    }

    void Add(JsonNode node)
    {
        lock (_gate) _events.Add(node);
        Signal();
    }

    void Signal()
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        _stop.Cancel();
        try { await _reading.WaitAsync(TimeSpan.FromSeconds(5)); } catch (Exception) { }
        _socket.Abort();
        _socket.Dispose();
        _stop.Dispose();
    }
}
