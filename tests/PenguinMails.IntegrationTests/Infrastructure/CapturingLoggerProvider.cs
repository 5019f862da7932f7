using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PenguinMails.IntegrationTests.Infrastructure;

/// <summary>Records every log entry with the fields of the scopes it was written in, as a JSON log line would carry them.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<CapturedLog> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    public sealed record CapturedLog(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, string?> Fields, string? Exception)
    {
        /// <summary>Everything the entry would print, for "no secret appears" checks.</summary>
        public string Text => $"{Message} {string.Join(' ', Fields.Select(f => $"{f.Key}={f.Value}"))} {Exception}";
    }

    private sealed class Logger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var fields = new Dictionary<string, string?>();
            provider._scopes.ForEachScope((scope, into) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                {
                    foreach (var (key, value) in pairs)
                    {
                        into[key] = value?.ToString();
                    }
                }
            }, fields);
            if (state is IEnumerable<KeyValuePair<string, object?>> own)
            {
                foreach (var (key, value) in own)
                {
                    fields[key] = value?.ToString();
                }
            }

            provider.Entries.Enqueue(new CapturedLog(category, logLevel, formatter(state, exception), fields, exception?.ToString()));
        }
    }
}
