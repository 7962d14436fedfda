using System.Diagnostics;
using System.Text;

namespace FocalBot.EndToEnd.Playground;

/// A process the fixture started (the bot or the Playground): its output is kept, line by line, to wait on and to
/// show when a test fails; disposing kills it with everything it started.
public sealed class ChildProcess : IAsyncDisposable
{
    readonly Process _process;
    readonly List<string> _lines = [];
    readonly Lock _gate = new();
    readonly Stopwatch _clock = Stopwatch.StartNew();
    TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    bool _disposed;

    ChildProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public int LineCount { get { lock (_gate) return _lines.Count; } }

    public static ChildProcess Start(string name, ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;   // keeps them off the test runner's console
        start.UseShellExecute = false;
        start.StandardOutputEncoding = Encoding.UTF8;
        start.StandardErrorEncoding = Encoding.UTF8;

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var child = new ChildProcess(name, process);
        process.OutputDataReceived += (_, e) => child.Append(e.Data, "");
        process.ErrorDataReceived += (_, e) => child.Append(e.Data, "err: ");
        process.Exited += (_, _) => child.Signal();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    void Append(string? line, string prefix)
    {
        if (line is null) return;
        lock (_gate) _lines.Add($"[{_clock.Elapsed.TotalSeconds,7:F3}s] {prefix}{line}");
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

    /// The first output line, from line number `since` on, that matches; null if the process exits first.
    public async Task<string?> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout, int since = 0)
    {
        var number = await WaitForLineNumberAsync(match, timeout, since);
        lock (_gate) return number < 0 ? null : _lines[number];
    }

    /// The number of the first output line, from line number `since` on, that matches; -1 if the process exits first.
    public async Task<int> WaitForLineNumberAsync(Func<string, bool> match, TimeSpan timeout, int since = 0)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (Find(match, since) is var hit and >= 0) return hit;
                changed = _changed.Task;
            }
            if (_process.HasExited)
            {
                _process.WaitForExit();   // drains the redirected output
                lock (_gate) return Find(match, since);
            }
            try { await changed.WaitAsync(cts.Token); }
            catch (OperationCanceledException) { throw new TimeoutException($"{Name}: no matching output line within {timeout.TotalSeconds:F0} s.\n{Output()}"); }
        }
    }

    int Find(Func<string, bool> match, int since)
    {
        for (var i = since; i < _lines.Count; i++)
            if (match(_lines[i])) return i;
        return -1;
    }

    /// Its output lines from line number `since` on, each with the time it came.
    public IReadOnlyList<string> Lines(int since = 0) { lock (_gate) return _lines.Skip(since).ToList(); }

    /// Its output from line number `since` on, labelled, for failure messages and test output.
    public string Output(int since = 0)
    {
        lock (_gate)
        {
            var exit = ExitNote();
            var lines = _lines.Skip(since).ToList();
            return $"--- {Name} output{exit}, {lines.Count} lines ---\n{string.Join('\n', lines)}";
        }
    }

    string ExitNote()
    {
        if (_disposed) return " (stopped)";
        return _process.HasExited ? $" (exited with {_process.ExitCode})" : "";
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (InvalidOperationException) { }   // never started or already gone
        catch (OperationCanceledException) { }
        _process.Dispose();
    }
}
