namespace Helpdesk.ContentManagement.Metadata;

/// <summary>
/// Holds the definitions snapshot for all requests of this node. A save invalidates it when
/// its transaction ends; a generation counter keeps a request that loaded before the save
/// from putting its older snapshot back.
/// </summary>
/// <remarks>
/// NOTE: like the documents cache, the entry also expires after a minute so that other nodes
/// see a change without a distributed invalidation, which belongs to the scale-out work.
/// </remarks>
public sealed class ContentDefinitionCache
{
    private const long LifetimeMilliseconds = 60_000;

    private Entry? _entry;
    private long _generation;

    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>The snapshot last built, even when expired; reused if the document did not change.</summary>
    public ContentDefinitions? Last { get; private set; }

    public bool TryGet(out ContentDefinitions definitions)
    {
        var entry = Volatile.Read(ref _entry);
        if (entry is null || Environment.TickCount64 - entry.LoadedAt > LifetimeMilliseconds)
        {
            definitions = null!;
            return false;
        }

        definitions = entry.Definitions;
        return true;
    }

    /// <summary>Keeps the snapshot unless the cache was invalidated since <paramref name="generation"/> was read.</summary>
    public void Set(ContentDefinitions definitions, long generation)
    {
        if (generation != Generation)
        {
            return;
        }

        Last = definitions;
        Volatile.Write(ref _entry, new Entry(definitions, Environment.TickCount64));
    }

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        Volatile.Write(ref _entry, null);
    }

    private sealed record Entry(ContentDefinitions Definitions, long LoadedAt);
}
