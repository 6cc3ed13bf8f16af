namespace Helpdesk.Tests.Infrastructure;

/// <summary>The events <see cref="RecordingFeatureEventHandler"/> heard, shared across scopes.</summary>
public sealed class FeatureEventLog
{
    private readonly List<string> _events = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<string> Events
    {
        get
        {
            lock (_lock)
            {
                return _events.ToList();
            }
        }
    }

    public void Add(string entry)
    {
        lock (_lock)
        {
            _events.Add(entry);
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _events.Clear();
        }
    }
}
