using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Tests.Recipes;

public sealed class CollectingLogger : ILogger
{
    private readonly string _category;
    private readonly ConcurrentQueue<LogLine> _lines;

    public CollectingLogger(string category, ConcurrentQueue<LogLine> lines)
    {
        _category = category;
        _lines = lines;
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(
        LogLevel logLevel,
        EventId eventId,
        TState state,
        Exception? exception,
        Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            _lines.Enqueue(new LogLine(_category, logLevel, formatter(state, exception)));
        }
    }
}
