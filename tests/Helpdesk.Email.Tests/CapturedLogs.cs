using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Email.Tests;

/// <summary>Keeps every log line of a test site, so tests can assert on what an operator would read.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            lines.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {category} [{eventId.Id}] {formatter(state, exception)} {exception}");
        }
    }
}
