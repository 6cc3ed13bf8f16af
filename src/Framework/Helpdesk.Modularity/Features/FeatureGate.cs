namespace Helpdesk.Modularity.Features;

public sealed class FeatureGate : IFeatureGate
{
    private readonly FeatureTypeMap _typeMap;
    private readonly EnabledFeatures _enabled;

    public FeatureGate(FeatureTypeMap typeMap, EnabledFeatures enabled)
    {
        _typeMap = typeMap;
        _enabled = enabled;
    }

    public bool IsEnabled(string featureId) => _enabled.Contains(featureId);

    public bool IsEnabled(Type type)
    {
        var featureId = _typeMap.FeatureOf(type);

        return featureId is null || _enabled.Contains(featureId);
    }

    public string? FeatureOf(Type type) => _typeMap.FeatureOf(type);

    public IEnumerable<T> Active<T>(IEnumerable<T> extensions)
        where T : notnull => extensions.Where(extension => IsEnabled(extension.GetType()));
}
