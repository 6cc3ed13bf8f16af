using Helpdesk.Modularity.Features;

namespace Helpdesk.ContentManagement.Display;

/// <summary>The field types available now: the drivers of enabled features, by field type name.</summary>
public sealed class ContentFieldDrivers
{
    private readonly IEnumerable<IContentFieldDisplayDriver> _drivers;
    private readonly IFeatureGate _gate;
    private Dictionary<string, IContentFieldDisplayDriver>? _active;

    public ContentFieldDrivers(IEnumerable<IContentFieldDisplayDriver> drivers, IFeatureGate gate)
    {
        _drivers = drivers;
        _gate = gate;
    }

    /// <summary>The active drivers, ordered by field type name (for the admin's "add field" list).</summary>
    public IReadOnlyCollection<IContentFieldDisplayDriver> Active => ActiveByType.Values;

    private Dictionary<string, IContentFieldDisplayDriver> ActiveByType =>
        _active ??= _gate.Active(_drivers)
            .OrderBy(d => d.FieldType, StringComparer.Ordinal)
            .ToDictionary(d => d.FieldType, StringComparer.Ordinal);

    /// <summary>The driver of an enabled field type, or null.</summary>
    public IContentFieldDisplayDriver? Find(string fieldType) => ActiveByType.GetValueOrDefault(fieldType);

    /// <summary>The driver of a field type whether or not its feature is enabled (recipes enable features first).</summary>
    public IContentFieldDisplayDriver? FindRegistered(string fieldType) =>
        _drivers.FirstOrDefault(d => d.FieldType == fieldType);
}
