using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Tests.Recipes;

/// <summary>Keeps every log line the host writes, so tests can assert on what an operator sees.</summary>
public sealed class LogCollector : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> _lines = new();

    public IReadOnlyList<LogLine> Lines => _lines.ToList();

    public ILogger CreateLogger(string categoryName) => new CollectingLogger(categoryName, _lines);

    public void Dispose()
    {
    }
}
