using System.Collections.Concurrent;
using System.Reflection;
using Helpdesk.Modularity.Manifest;

namespace Helpdesk.Modularity.Features;

/// <summary>
/// Knows which feature each type belongs to: a type registered by a feature's startup, a type
/// marked with <see cref="FeatureAttribute"/>, or any other type of a module assembly (its
/// main feature).
/// </summary>
public sealed class FeatureTypeMap
{
    private readonly ConcurrentDictionary<Type, string?> _features = new();
    private readonly Dictionary<Assembly, ModuleInfo> _modulesByAssembly;

    public FeatureTypeMap(ModuleCatalog catalog)
    {
        _modulesByAssembly = catalog.Modules.ToDictionary(m => m.Assembly);
    }

    /// <summary>Records that a startup registered this implementation for a feature.</summary>
    public void Register(Type type, string featureId) => _features[type] = featureId;

    public string? FeatureOf(Type type) => _features.GetOrAdd(type, Resolve);

    private string? Resolve(Type type)
    {
        var attribute = type.GetCustomAttribute<FeatureAttribute>();
        if (attribute is not null)
        {
            return attribute.FeatureId;
        }

        return _modulesByAssembly.TryGetValue(type.Assembly, out var module) ? module.Id : null;
    }
}
