using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace FocalBot.Bot.Tests.Support;

/// Keeps every log line, with its scopes and exception, so tests can check what never reaches the logs.
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    readonly ConcurrentQueue<string> _lines = new();
    IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<string> Lines => _lines.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);
    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;
    public void Dispose() { }

    sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<string>();
            owner._scopes.ForEachScope((scope, list) => list.Add(Describe(scope)), scopes);
            owner._lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} | {string.Join(" ", scopes)} | {exception}");
        }

        static string Describe(object? scope) => scope is IEnumerable<KeyValuePair<string, object?>> pairs
            ? string.Join(",", pairs.Select(p => $"{p.Key}={p.Value}"))
            : scope?.ToString() ?? "";
    }
}
