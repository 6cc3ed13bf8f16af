using System.Collections.Immutable;

namespace Helpdesk.Modularity.Features;

/// <summary>
/// The set of enabled feature ids held in memory for the hot path (every request asks it).
/// <see cref="FeatureManager"/> replaces it after each committed change.
/// </summary>
/// <remarks>
/// NOTE: with several nodes each node holds its own copy, refreshed when that node changes
/// features or restarts; propagating changes between nodes belongs to the scale-out work.
/// </remarks>
public sealed class EnabledFeatures
{
    private ImmutableHashSet<string> _ids = ImmutableHashSet<string>.Empty;

    public IReadOnlySet<string> Ids => _ids;

    public bool Contains(string featureId) => _ids.Contains(featureId);

    public void Replace(IEnumerable<string> featureIds) =>
        _ids = featureIds.ToImmutableHashSet(StringComparer.Ordinal);
}
