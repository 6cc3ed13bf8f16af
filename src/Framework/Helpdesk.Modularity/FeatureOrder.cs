namespace Helpdesk.Modularity;

/// <summary>
/// Orders features so that every feature comes after the features it depends on, and reports
/// missing dependencies and cycles with the features involved.
/// </summary>
public static class FeatureOrder
{
    public static IReadOnlyList<FeatureInfo> Sort(IEnumerable<FeatureInfo> features)
    {
        var byId = features.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var ordered = new List<FeatureInfo>(byId.Count);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();

        foreach (var feature in byId.Values.OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            Visit(feature, byId, ordered, done, path);
        }

        return ordered;
    }

    private static void Visit(
        FeatureInfo feature,
        Dictionary<string, FeatureInfo> byId,
        List<FeatureInfo> ordered,
        HashSet<string> done,
        List<string> path)
    {
        if (done.Contains(feature.Id))
        {
            return;
        }

        if (path.Contains(feature.Id))
        {
            var cycle = path.Skip(path.IndexOf(feature.Id)).Append(feature.Id);
            throw new FeatureDependencyException(
                $"Features depend on each other in a cycle: {string.Join(" -> ", cycle)}.");
        }

        path.Add(feature.Id);
        foreach (var dependencyId in feature.Dependencies)
        {
            if (!byId.TryGetValue(dependencyId, out var dependency))
            {
                throw new FeatureDependencyException(
                    $"Feature '{feature.Id}' depends on '{dependencyId}', which no module provides.");
            }

            Visit(dependency, byId, ordered, done, path);
        }

        path.RemoveAt(path.Count - 1);
        done.Add(feature.Id);
        ordered.Add(feature);
    }
}
