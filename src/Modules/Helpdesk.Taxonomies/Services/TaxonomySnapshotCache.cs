using System.Collections.Concurrent;

namespace Helpdesk.Taxonomies.Services;

/// <summary>
/// Holds each taxonomy's snapshot for all requests of this node, and remembers taxonomies that
/// do not exist. Saving a taxonomy invalidates its entry when the transaction ends; a generation
/// counter keeps a request that loaded before the save from putting its older snapshot back.
/// </summary>
/// <remarks>
/// NOTE: as with the definitions cache, entries also expire after a minute so that other nodes
/// see a change without a distributed invalidation, which belongs to the scale-out work.
/// </remarks>
public sealed class TaxonomySnapshotCache
{
    private const long LifetimeMilliseconds = 60_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _generation;

    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>True when the cache knows the taxonomy; <paramref name="snapshot"/> is null when it does not exist.</summary>
    public bool TryGet(string taxonomyId, out TaxonomySnapshot? snapshot)
    {
        if (_entries.TryGetValue(taxonomyId, out var entry) && Environment.TickCount64 - entry.LoadedAt <= LifetimeMilliseconds)
        {
            snapshot = entry.Snapshot;
            return true;
        }

        snapshot = null;
        return false;
    }

    /// <summary>Keeps the snapshot unless the cache was invalidated since <paramref name="generation"/> was read.</summary>
    public void Set(string taxonomyId, TaxonomySnapshot? snapshot, long generation)
    {
        if (generation == Generation)
        {
            _entries[taxonomyId] = new Entry(snapshot, Environment.TickCount64);
        }
    }

    public void Invalidate(string taxonomyId)
    {
        Interlocked.Increment(ref _generation);
        _entries.TryRemove(taxonomyId, out _);
    }

    private sealed record Entry(TaxonomySnapshot? Snapshot, long LoadedAt);
}
